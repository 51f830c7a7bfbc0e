/**
 * `partnership survey [paths] -o folder [--today DATE]`: for each partner of each network with a
 * tie (partnership-views' survey.ts says who is asked about whom), an answers file to fill in
 * (`Network-Partner.csv`) and a self-contained HTML form that builds the same file
 * (`Network-Partner.html`), plus README.md: which files go to whom. docs/surveys.md.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { localToday, type NetworkModel } from 'partnership-language';
import { markdownText } from 'partnership-views/markdown-text';
import { displayName, readSurveyAnswers, surveyCsv, surveyFileBases, surveyRequests, type SurveyRequest } from 'partnership-views/survey';
import { surveyHtml } from 'partnership-views/survey-form';
import { terminalText } from 'partnership-views/terminal-text';
import { UsageError } from './errors.js';
import { readReason } from './files.js';
import { loadNetworks } from './networks.js';
import { displayPath } from './validate.js';
import { createFolder, writeAtomically, writeReason } from './write.js';

export interface SurveyCommandOptions {
    /** The folder the surveys are written into. */
    output: string;
    /** The survey's date, shown on the forms and in README.md (YYYY-MM-DD); default: today. */
    today?: string;
}

interface NetworkSurveys {
    network: NetworkModel;
    folder: string;
    requests: SurveyRequest[];
}

export async function runSurvey(paths: string[], options: SurveyCommandOptions): Promise<number> {
    const today = options.today ?? localToday();
    const surveys: NetworkSurveys[] = [];
    for (const { folder, network, errors } of await loadNetworks(paths, today)) {
        const requests = surveyRequests(network, today);
        if (!requests) {
            process.stderr.write(`partnership: note: the files in ${terminalText(folder)} belong to no network (no network declaration); no surveys for them\n`);
            continue;
        }
        if (errors > 0) {
            process.stderr.write(`partnership: note: ${terminalText(folder)} has ${errors} error${errors === 1 ? '' : 's'}; the surveys hold only the ties that parsed and linked (run partnership validate)\n`);
        }
        if (requests.length === 0) process.stderr.write(`partnership: note: ${terminalText(folder)} has no ties between partners that have not ended; no surveys for it\n`);
        surveys.push({ network, folder, requests });
    }
    surveys.sort((a, b) => compare(a.network.declaration!.name, b.network.declaration!.name) || compare(a.folder, b.folder));
    const all = surveys.flatMap(s => s.requests);
    if (all.length === 0) throw new UsageError('no surveys to write: no network with ties between partners was found in the paths given.');
    const bases = surveyFileBases(all);
    const out = path.resolve(options.output);
    await createFolder(out, options.output);
    const files: Array<{ name: string; text: string }> = [];
    let i = 0;
    for (const { network, requests } of surveys) {
        const us = network.declaration?.us;
        const coordinator = us ? displayName({ name: us, title: network.partners.get(us)?.title }) : undefined;
        for (const request of requests) {
            const base = bases[i++];
            files.push({ name: `${base}.csv`, text: surveyCsv(request) });
            files.push({ name: `${base}.html`, text: await surveyHtml(request, { csvFile: `${base}.csv`, coordinator }) });
        }
    }
    files.push({ name: 'README.md', text: readme(surveys, bases, today) });
    // Nothing is written over answers that came back, or over a file partnership survey did not write.
    for (const file of files) {
        const target = path.join(out, file.name);
        const problem = await replaceProblem(target);
        if (problem) throw new UsageError(`${displayPath(target)} ${problem}; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.`);
    }
    for (const file of files) {
        const target = path.join(out, file.name);
        try {
            await writeAtomically(target, file.text);
        } catch (error) {
            throw new UsageError(`cannot write ${terminalText(displayPath(target))}: ${writeReason(error as NodeJS.ErrnoException)}`);
        }
    }
    const shown = displayPath(out);
    i = 0;
    for (const { requests } of surveys) {
        for (const request of requests) {
            const base = bases[i++];
            const ties = request.others.length;
            process.stdout.write(terminalText(`${request.respondent.name}: ${path.join(shown, `${base}.html`)} and .csv (${ties} tie${ties === 1 ? '' : 's'})`) + '\n');
        }
    }
    process.stdout.write(`wrote ${all.length} survey${all.length === 1 ? '' : 's'} (${all.length * 2} files) and ${terminalText(path.join(shown, 'README.md'))}, which says which files go to whom.\n`);
    process.stdout.write(`Next: send each partner its .html form (or .csv file); when the answers are back: partnership import --survey ${terminalText(path.join(shown, '*.csv'))} ${paths.map(p => terminalText(/\s/.test(p) ? JSON.stringify(p) : p)).join(' ')}\n`);
    return 0;
}

/** Why an existing file must not be replaced by a new survey file; undefined when it may (or is not there). */
async function replaceProblem(file: string): Promise<string | undefined> {
    let bytes: Buffer;
    try {
        // A device or a FIFO would be read without end (/dev/zero) or wait for a writer: not ours to write over.
        const stat = await fs.stat(file);
        if (stat.isDirectory()) return 'is a folder';
        if (!stat.isFile()) return 'is not a regular file (a device, a FIFO or a socket)';
        bytes = await fs.readFile(file);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        return `cannot be read (${readReason(error as NodeJS.ErrnoException)})`;
    }
    if (file.endsWith('.md')) return bytes.toString('utf8').startsWith(README_HEADING) ? undefined : 'is there and is no survey index';
    if (file.endsWith('.html')) return bytes.toString('utf8').includes('<form id="survey"') ? undefined : 'is there and is no survey form';
    try {
        const { answers, skipped } = await readSurveyAnswers(file, bytes);
        return answers.length > 0 || skipped.some(skip => !skip.blank) ? 'already holds answers' : undefined;
    } catch {
        return 'is there and is no survey answers file';
    }
}

const README_HEADING = '# Trust and value surveys';

/** README.md of the folder: per network, each partner with its contact and its two files. */
function readme(surveys: readonly NetworkSurveys[], bases: readonly string[], today: string): string {
    const lines = [
        README_HEADING,
        '',
        `Written by \`partnership survey\` on ${today}. Send each partner its form (the \`.html\` file: it opens in any browser,`,
        'offline, and makes the answers file) or its answers file (the `.csv` file, to fill in with a spreadsheet program).',
        'When the answers are back, `partnership import --survey` adds them to the network as `rating` and `value` lines.',
        'The questions and what each score means are in docs/surveys.md.',
        ''
    ];
    let i = 0;
    for (const { network, requests } of surveys) {
        const declaration = network.declaration!;
        lines.push(`## ${markdownText(declaration.title || declaration.name)}`, '');
        lines.push('| partner | contact | ties | form | answers file |', '|---|---|---|---|---|');
        for (const request of requests) {
            const base = bases[i++];
            const who = request.respondent.title ? `${markdownText(request.respondent.title)} (${markdownText(request.respondent.name)})` : markdownText(request.respondent.name);
            lines.push(`| ${who} | ${request.respondent.contact ? markdownText(request.respondent.contact) : '—'} | ${request.others.length} | [${markdownText(`${base}.html`)}](${base}.html) | [${markdownText(`${base}.csv`)}](${base}.csv) |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
