/** Defaults the command line states in its help, on their own so that `--help` loads no command. */

/** `partnership validate` estimates betweenness above this many partners unless `--exact` is given. */
export const VALIDATE_SAMPLE_ABOVE = 5000;
