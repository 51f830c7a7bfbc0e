/** A file the import can't read, in one line that names it (the CLI prints it and exits 2; the editor shows it). */
export class ImportError extends Error {}
