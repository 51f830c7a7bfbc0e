/**
 * GitHub Actions output of `partnership validate` (`--format github`): one workflow command per
 * finding, which GitHub shows as an annotation on the line, then the usual summary.
 */
import { countFindings, formatSummary } from './report.js';
import { displayPath, type FileFinding, type ValidationResult } from './validate.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

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
        ['file', displayPath(finding.file, cwd)],
        ['line', String(start.line + 1)],
        ['col', String(start.character + 1)],
        ['endLine', String(end.line + 1)],
        ['endColumn', String(end.character + 1)],
        ['title', finding.code]
    ].map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
    return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}`;
}

export function formatGithub(result: ValidationResult, cwd: string): string {
    const lines = result.findings.map(finding => githubCommand(finding, cwd));
    lines.push(formatSummary(result.files.length, countFindings(result.findings), false));
    return lines.join('\n') + '\n';
}
