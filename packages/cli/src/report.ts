/** Output formats of `partnership validate`: text for people, JSON for tools. */
import pc from 'picocolors';
import { terminalJson, terminalText } from 'partnership-views/terminal-text';
import { hyperlink } from './terminal.js';
import { displayPath, type FileFinding, type LineRange, type ValidationResult } from './validate.js';

export interface Counts {
    errors: number;
    warnings: number;
    infos: number;
}

export function countFindings(findings: readonly FileFinding[]): Counts {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const finding of findings) {
        if (finding.severity === 'error') counts.errors++;
        else if (finding.severity === 'warning') counts.warnings++;
        else counts.infos++;
    }
    return counts;
}

const SEVERITY_COLOURS = { error: pc.red, warning: pc.yellow, info: pc.blue };

export interface TextOptions {
    /** Make each `[code]` an OSC 8 hyperlink to the code's documentation page (terminal.ts decides when). */
    hyperlinks?: boolean;
}

/**
 * `path:line:col severity message [code]`, related locations indented below, then a summary. With
 * `hyperlinks`, the `[code]` links to its page; the visible text is the same.
 */
export function formatText(result: ValidationResult, cwd: string, options: TextOptions = {}): string {
    const lines: string[] = [];
    // Display strings (titles, lanes, contacts in the messages; file names) as terminal text.
    const shown = shownPaths(file => terminalText(displayPath(file, cwd)));
    for (const finding of result.findings) {
        const where = `${shown(finding.file)}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        const code = options.hyperlinks && finding.docs ? hyperlink(finding.docs, `[${finding.code}]`) : `[${finding.code}]`;
        lines.push(`${where} ${SEVERITY_COLOURS[finding.severity](finding.severity)} ${terminalText(finding.message)} ${pc.dim(code)}`);
        for (const related of finding.related) {
            lines.push(pc.dim(`    ${shown(related.file)}:${related.range.start.line + 1}:${related.range.start.character + 1} ${terminalText(related.message)}`));
        }
    }
    lines.push(formatSummary(result.files.length, countFindings(result.findings), true));
    return lines.join('\n') + '\n';
}

/**
 * How each file is shown, worked out once per file: a big network's findings are in a few files, and
 * working out a relative path for each of 600,000 findings and their related locations took seconds.
 */
function shownPaths(show: (file: string) => string): (file: string) => string {
    const shown = new Map<string, string>();
    return file => {
        let text = shown.get(file);
        if (text === undefined) shown.set(file, text = show(file));
        return text;
    };
}

/** `✔ no problems in N files` or `✖ N problems (...) in N files`, coloured when `colour`. */
export function formatSummary(files: number, counts: Counts, colour: boolean): string {
    const fileCount = `${files} file${files === 1 ? '' : 's'}`;
    const total = counts.errors + counts.warnings + counts.infos;
    if (total === 0) {
        const summary = `✔ no problems in ${fileCount}`;
        return colour ? pc.green(summary) : summary;
    }
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}) in ${fileCount}`;
    if (!colour) return summary;
    return counts.errors > 0 ? pc.red(pc.bold(summary)) : pc.yellow(summary);
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/**
 * The last line of text output on a terminal, when there are findings: where to read more about
 * them (`partnership explain CODE`), with the code of the first finding as the example.
 */
export function explainHint(findings: readonly FileFinding[]): string | undefined {
    if (findings.length === 0) return undefined;
    return pc.dim(`What a finding's [CODE] checks and how to fix it: partnership explain CODE (e.g. partnership explain ${findings[0].code})`);
}

/** JSON schema version; bump it when a field changes meaning or goes away. */
export const JSON_SCHEMA_VERSION = 1;

interface JsonRange {
    start: { line: number; column: number };
    end: { line: number; column: number };
}

function jsonRange(range: LineRange): JsonRange {
    return {
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}

/** The stable JSON document described in docs/cli.md. */
export function formatJson(result: ValidationResult, cwd: string, today: string | undefined): string {
    const counts = countFindings(result.findings);
    const shown = shownPaths(file => displayPath(file, cwd));
    const document = {
        version: JSON_SCHEMA_VERSION,
        today: today ?? null,
        summary: { files: result.files.length, ...counts },
        files: result.files.map(file => displayPath(file, cwd)),
        findings: result.findings.map(finding => ({
            file: shown(finding.file),
            range: jsonRange(finding.range),
            severity: finding.severity,
            code: finding.code,
            message: finding.message,
            docs: finding.docs ?? null,
            related: finding.related.map(related => ({
                file: shown(related.file),
                range: jsonRange(related.range),
                message: related.message
            }))
        }))
    };
    return terminalJson(JSON.stringify(document, null, 2)) + '\n';
}
