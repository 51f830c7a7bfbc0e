/** The action's inputs (action.yml), read as the runner passes them (INPUT_<NAME> variables) and checked. */
import * as core from '@actions/core';

export interface Inputs {
    paths: string[];
    maxWarnings: number | undefined;
    sarif: boolean;
    sarifFile: string;
    commentDiff: boolean;
    formatCheck: boolean;
    today: string | undefined;
    token: string;
}

export function readInputs(): Inputs {
    const paths = core.getMultilineInput('paths').flatMap(line => line.split(/\s+/)).filter(Boolean);
    const maxWarnings = core.getInput('max-warnings');
    if (maxWarnings !== '' && !/^\d+$/.test(maxWarnings)) {
        throw new Error(`The input max-warnings must be a whole number of 0 or more (or empty for no limit), not "${maxWarnings}".`);
    }
    const today = core.getInput('today');
    if (today !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
        throw new Error(`The input today must be a date written YYYY-MM-DD (or empty for the day the workflow runs), not "${today}".`);
    }
    return {
        paths: paths.length > 0 ? paths : ['.'],
        maxWarnings: maxWarnings === '' ? undefined : Number(maxWarnings),
        sarif: boolean('sarif', false),
        sarifFile: core.getInput('sarif-file') || 'partnership.sarif',
        commentDiff: boolean('comment-diff', true),
        formatCheck: boolean('format-check', false),
        today: today || undefined,
        token: core.getInput('github-token')
    };
}

/** An empty input (a runner that does not fill in defaults, a local run) takes the default of action.yml. */
function boolean(name: string, fallback: boolean): boolean {
    if (core.getInput(name) === '') return fallback;
    try {
        return core.getBooleanInput(name);
    } catch {
        throw new Error(`The input ${name} must be true or false, not "${core.getInput(name)}".`);
    }
}
