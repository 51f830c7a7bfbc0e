/**
 * A check that throws is a bug of partnership, not of the user's text; it must never look like "no
 * problems". Wherever validation fails (one check on one node, or the validation of a whole
 * document), the document gets an error diagnostic coded `internal-error` that says so in plain
 * words and asks for a report; the stack goes in its data (`partnership validate` prints it with
 * PARTNERSHIP_DEBUG=1), not on the console, so the CLI's stderr stays one line per problem.
 * Used by the validator (validation/document-validator.ts, validation/validation-registry.ts) and
 * the linker (references/partnership-linker.ts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export const INTERNAL_ERROR = 'internal-error';

export const ISSUES_URL = 'https://github.com/partnership-lang/partnership-lang/issues';

/** The error in one line: `TypeError: Cannot read properties of undefined`. */
export function internalErrorDetail(error: unknown): string {
    return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, ' ').trim();
}

/** What the user reads: what happened, that it is not their fault, what to do. One line. */
export function internalErrorMessage(error: unknown): string {
    return `Internal error while checking this file, so its findings may be incomplete (${internalErrorDetail(error)}). `
        + `This is a bug in partnership, not in the file: please report it at ${ISSUES_URL}`;
}

/** The diagnostic's data: the error in one line, and its stack for PARTNERSHIP_DEBUG and bug reports. */
export function internalErrorData(error: unknown): { code: string; detail: string; stack?: string } {
    return { code: INTERNAL_ERROR, detail: internalErrorDetail(error), stack: error instanceof Error ? error.stack : undefined };
}

/** The diagnostic for a failure of the document's validation as a whole: at the start of the file. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
    return {
        severity: 1,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: internalErrorMessage(error),
        code: INTERNAL_ERROR,
        source: 'partnership',
        data: internalErrorData(error)
    };
}

