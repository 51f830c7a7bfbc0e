/**
 * `partnership import --survey <answers.csv…> [paths] [--date DATE] [--dry-run]`: merges filled-in
 * survey answers (`partnership survey`'s CSV files, or the file its HTML form makes) into the
 * network's existing files. Per answered row, a `rating by …` line (and the row's comment as a `//`
 * line) at the end of the tie's block; per partner rated, its `value` line set from the mean of the
 * value answers it received. The text is edited where the declarations are (their source ranges),
 * then the file is laid out by the formatter, so nothing in it is lost, comments included, and
 * written atomically. partnership-views' survey.ts reads the answers and decides what they add;
 * docs/surveys.md.
 */
import { promises as fs } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import type { NetworkModel, SourceLocation } from 'partnership-language';
import { ImportError, isSpreadsheet } from 'partnership-views/import';
import { planSurveyImport, readSurveyAnswers, type SurveyAnswer, type SurveySkip } from 'partnership-views/survey';
import { terminalText } from 'partnership-views/terminal-text';
import { UsageError } from '../errors.js';
import { resolveTargets } from '../files.js';
import { formatSources, writeFormatted, type FormattedFile } from '../format.js';
import { noteLeftOut, networkKeys } from '../networks.js';
import { VALIDATE_SAMPLE_ABOVE } from '../options.js';
import { displayPath, loadWorkspace } from '../validate.js';

export interface SurveyImportOptions {
    /** The date of the ratings (YYYY-MM-DD); default: each answers file's modification date. */
    date?: string;
    dryRun?: boolean;
}

/** The answers files (spreadsheets) and the network paths among the command's arguments. */
export function splitSurveyArguments(files: readonly string[]): { answers: string[]; paths: string[] } {
    const answers = files.filter(file => isSpreadsheet(file));
    const paths = files.filter(file => !isSpreadsheet(file));
    return { answers, paths: paths.length > 0 ? paths : ['.'] };
}

/** A file's modification day in local time, as the answers' date. */
function localDate(date: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface Insertion {
    offset: number;
    /** Replaced characters from `offset` (0 for an insertion). */
    length: number;
    text: string;
}

export async function runSurveyImport(files: readonly string[], options: SurveyImportOptions): Promise<number> {
    const { answers: answerFiles, paths } = splitSurveyArguments(files);
    if (answerFiles.length === 0) throw new UsageError('--survey needs the answers files (.csv, .tsv or .xlsx) among the files given, then the network\'s folder or files (default .).');
    // The answers first: a file that can't be read or is no answers file stops the run before anything else.
    const answers: SurveyAnswer[] = [];
    const skipped: SurveySkip[] = [];
    const dates = new Map<string, string>();
    const read: string[] = [];
    for (const file of answerFiles) {
        const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]).catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message}.`);
        });
        let result: Awaited<ReturnType<typeof readSurveyAnswers>>;
        try {
            result = await readSurveyAnswers(file, bytes);
        } catch (error) {
            if (error instanceof ImportError) throw new UsageError(error.message);
            throw error;
        }
        for (const answer of result.answers) answers.push(answer);
        for (const skip of result.skipped) skipped.push(skip);
        dates.set(file, options.date ?? localDate(stat.mtime));
        read.push(`${file} (${result.rows} row${result.rows === 1 ? '' : 's'}${options.date ? '' : `, dated ${dates.get(file)}`})`);
    }
    const targets = await resolveTargets(paths, process.cwd());
    const workspace = await loadWorkspace(targets, { sampleAbove: VALIDATE_SAMPLE_ABOVE });
    noteLeftOut(workspace.skipped);
    const { Partnership } = workspace.services;
    const networks: NetworkModel[] = networkKeys(workspace).map(key => Partnership.network.Analyzer.resultFor(key).network).filter(network => network.declaration);
    if (networks.length === 0) throw new UsageError(`no network declaration in ${paths.join(', ')}: the answers go into an existing network (partnership import without --survey makes a new one).`);

    const dateOf = (answer: SurveyAnswer) => dates.get(answer.file.replace(/#[^/\\]*$/, '')) ?? dates.get(answer.file)!;
    const plan = planSurveyImport(networks, answers, dateOf);
    for (const skip of plan.skipped) skipped.push(skip);

    // The edits, by document.
    const documents = new Map<string, LangiumDocument>(workspace.documents.map(document => [document.uri.toString(), document]));
    const edits = new Map<string, Insertion[]>();
    const report: string[] = [];
    const where = (location: SourceLocation) => `${displayPath(URI.parse(location.uri).fsPath)}:${location.range.start.line + 1}`;
    const documentOf = (location: SourceLocation) => {
        const document = documents.get(location.uri);
        if (!document) throw new Error(`no document for ${location.uri}`);
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            throw new UsageError(`cannot add the answers to ${displayPath(document.uri.fsPath)}: it has syntax errors (run partnership validate, fix them, and import again); nothing written.`);
        }
        return document;
    };
    /** Lines added at the end of a declaration's block (a block added where it has none). */
    const addLines = (location: SourceLocation, lines: readonly string[]) => {
        const document = documentOf(location);
        const text = document.textDocument.getText();
        const end = document.textDocument.offsetAt(location.range.end);
        const list = edits.get(location.uri) ?? [];
        edits.set(location.uri, list);
        const body = lines.join('\n');
        if (text[end - 1] === '}') list.push({ offset: end - 1, length: 0, text: `\n${body}\n` });
        else list.push({ offset: end, length: 0, text: ` {\n${body}\n}` });
    };
    const ratedTies = new Set<string>();
    let ratings = 0;
    for (const rating of plan.ratings) {
        const lines = [rating.comment, rating.line].filter((line): line is string => line !== undefined);
        if (lines.length === 0) continue;
        addLines(rating.tie.location, lines);
        if (rating.line) {
            ratings++;
            ratedTies.add(`${rating.network.key}\n${rating.tie.name}`);
        }
        const from = `${rating.answer.file}:${rating.answer.row}`;
        report.push(`${where(rating.tie.location)} tie ${rating.tie.name}: ${rating.line ? `+ ${rating.line}` : `value answers of ${rating.rater} about ${rating.rated} only`}${rating.comment ? ', with a comment' : ''} (from ${from})`);
    }
    for (const value of plan.values) {
        const before = value.partner.value;
        const counts = Object.entries(value.answers) as Array<[string, number]>;
        const answers = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;
        const from = counts.every(([, n]) => n === counts[0][1]) ? answers(counts[0][1])
            : counts.map(([aspect, n], i) => (i === 0 ? `${answers(n)} for ${aspect}` : `${n} for ${aspect}`)).join(', ');
        if (before) {
            const document = documentOf(before.location);
            const list = edits.get(before.location.uri) ?? [];
            edits.set(before.location.uri, list);
            const start = document.textDocument.offsetAt(before.location.range.start);
            list.push({ offset: start, length: document.textDocument.offsetAt(before.location.range.end) - start, text: value.aspects });
        } else {
            addLines(value.partner.location, [`value ${value.aspects}`]);
        }
        const was = before ? valueText(before) : 'none';
        report.push(`${where(value.partner.location)} partner ${value.partner.name}: value ${value.aspects} (the mean of ${from}; before: ${was})`);
    }

    // Apply, format, check.
    const changed: FormattedFile[] = [];
    for (const [uri, list] of [...edits].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const document = documents.get(uri)!;
        const original = document.textDocument.getText();
        let text = original;
        // From the end, so offsets stay right; at one offset, in the order planned.
        const ordered = list.map((edit, i) => ({ edit, i })).sort((a, b) => b.edit.offset - a.edit.offset || b.i - a.i);
        for (const { edit } of ordered) text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
        const [formatted] = await formatSources([{ path: document.uri.fsPath, text }]);
        if (formatted.syntaxErrors.length > 0) {
            const error = formatted.syntaxErrors[0];
            throw new Error(`adding the answers to ${displayPath(document.uri.fsPath)} made text that does not parse (${error.line}:${error.column} ${error.message}); nothing written`);
        }
        changed.push({ file: document.uri.fsPath, text: original, formatted: formatted.formatted, syntaxErrors: [] });
    }
    if (!options.dryRun) await writeFormatted(changed);

    const out: string[] = [];
    out.push(`read ${read.join(', ')}`);
    for (const line of report) out.push(`${options.dryRun ? 'would add: ' : ''}${line}`);
    const problems = skipped.filter(s => !s.blank);
    const blank = skipped.filter(s => s.blank);
    const byPlace = (a: SurveySkip, b: SurveySkip) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row);
    for (const skip of [...problems].sort(byPlace)) out.push(`skipped ${skip.file}:${skip.row}: ${skip.reason}`);
    for (const skip of [...blank].sort(byPlace)) out.push(`left out ${skip.file}:${skip.row}: ${skip.reason}`);
    const names = changed.map(file => displayPath(file.file));
    const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
    const summary = `${options.dryRun ? 'would add' : 'added'} ${plural(ratings, 'rating')} to ${plural(ratedTies.size, 'tie')} and set the value of ${plural(plan.values.length, 'partner')}`
        + `${names.length > 0 ? ` in ${names.join(', ')}` : ''}; skipped ${plural(problems.length, 'row')}, ${plural(blank.length, 'row')} left blank`;
    out.push(summary);
    out.push(options.dryRun ? 'nothing written (--dry-run)' : names.length > 0 ? `Next: partnership validate ${paths.map(p => (/\s/.test(p) ? JSON.stringify(p) : p)).join(' ')}` : 'nothing to write');
    process.stdout.write(out.map(line => terminalText(line)).join('\n') + '\n');
    return 0;
}

function valueText(value: { influence?: number; involvement?: number; resources?: number }): string {
    const parts = (['influence', 'involvement', 'resources'] as const).filter(aspect => value[aspect] !== undefined).map(aspect => `${aspect} ${value[aspect]}`);
    return parts.length > 0 ? parts.join(' ') : 'none';
}
