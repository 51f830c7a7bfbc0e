/**
 * GitHub Actions output of `partnership validate` (`--format github`): one workflow command per
 * finding, which GitHub shows as an annotation on the line, then the usual summary.
 */
import { terminalText } from 'partnership-views/terminal-text';
import { countFindings, formatSummary } from './report.js';
import { displayPath, type FileFinding, type ValidationResult } from './validate.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Controls shown as escapes (terminal-text.ts), but line breaks kept: escapeData writes them as
 * %0D and %0A, which give GitHub a file's real name and a message's lines.
 */
function visible(value: string): string {
    return value.split(/(\r|\n)/).map((part, i) => (i % 2 === 1 ? part : terminalText(part))).join('');
}

/** Escapes a workflow command's message (the part after `::`). */
export function escapeData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (file, title, ...). */
export function escapeProperty(value: string): string {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(finding: FileFinding, cwd: string): string {
    const { start, end } = finding.range;
    const properties = [
        ['file', visible(displayPath(finding.file, cwd))],
        ['line', String(start.line + 1)],
        ['col', String(start.character + 1)],
        ['endLine', String(end.line + 1)],
        ['endColumn', String(end.character + 1)],
        ['title', finding.code]
    ].map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
    return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(visible(finding.message))}`;
}

export function formatGithub(result: ValidationResult, cwd: string): string {
    const lines = result.findings.map(finding => githubCommand(finding, cwd));
    lines.push(formatSummary(result.files.length, countFindings(result.findings), false));
    return lines.join('\n') + '\n';
}
