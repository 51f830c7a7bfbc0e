/**
 * `partnership init [folder]`: writes the starting network of the language (packages/language
 * src/starter.ts) into a folder, asking on a terminal; `--template csv` writes the import's
 * spreadsheet template instead. Never overwrites a file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkStarterName, checkStarterTitle, parseBudget as parseStarterBudget, starterAnswers, StarterError, type StarterAnswers } from 'partnership-language';
import { createFolder, writeReason } from './write.js';
import { UsageError } from './errors.js';

export interface InitOptions {
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
}

export type InitAnswers = StarterAnswers;
export { STARTER_FILES as INIT_FILES, starterFiles as initTexts } from 'partnership-language';

/** A starter's error as the command line says it: `--budget: expected hours…`. */
function usage<T>(run: () => T): T {
    try {
        return run();
    } catch (error) {
        if (error instanceof StarterError) throw new UsageError(`--${error.field}: ${error.message}`);
        throw error;
    }
}

/** A budget from what a coordinator types (`10 h/week`), or a UsageError. */
export function parseBudget(text: string): string {
    return usage(() => parseStarterBudget(text));
}

/** The answers from the flags, with defaults taken from the folder's name. */
export function answersFrom(options: InitOptions, folder: string): InitAnswers {
    return usage(() => starterAnswers(options, path.basename(path.resolve(folder))));
}

/** Asks for each answer on a terminal, the default in brackets (Enter keeps it). */
export async function askAnswers(defaults: InitAnswers, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<InitAnswers> {
    const rl = createInterface({ input, terminal: false });
    // Lines are read as they come, typed or pasted ahead of the question (rl.question would drop those).
    const lines = rl[Symbol.asyncIterator]();
    try {
        const ask = async <T>(question: string, fallback: string, check: (answer: string) => T): Promise<T> => {
            for (;;) {
                output.write(`${question} [${fallback}]: `);
                const next = await lines.next();
                // The input ended (Ctrl-D): the default.
                const answer = (next.done ? '' : String(next.value)).trim() || fallback;
                if (next.done) output.write('\n');
                try {
                    return check(answer);
                } catch (error) {
                    if (next.done) throw error instanceof StarterError ? new UsageError(`${error.field}: ${error.message}`) : error;
                    output.write(`${error instanceof Error ? error.message : String(error)}\n`);
                }
            }
        };
        const name = await ask('Network name (one word)', defaults.name, answer => checkStarterName('name', answer));
        const title = await ask('Title', defaults.title, checkStarterTitle);
        const us = await ask('Your organisation, as a name (one word)', defaults.us, answer => checkStarterName('us', answer));
        const budget = await ask('Hours a month your organisation can give the coalition', defaults.budget, parseStarterBudget);
        return { name, title, us, budget };
    } finally {
        rl.close();
    }
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(text: string): string {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV template of `partnership import`: one file per kind, with its columns and an example (docs/import.md). */
export async function templateTexts(): Promise<Record<string, string>> {
    const { TEMPLATE } = await import('partnership-views/import');
    return Object.fromEntries(Object.entries(TEMPLATE).map(([kind, { headers, rows }]) => [
        `${kind}.csv`,
        [headers, ...rows].map(row => row.map(csvField).join(',')).join('\r\n') + '\r\n'
    ]));
}

/** Writes the files into `folder` (created if missing); none is written when any of them exists. */
export async function writeInit(folder: string, texts: Record<string, string>): Promise<string[]> {
    const files = Object.keys(texts).map(file => path.join(folder, file));
    for (const file of files) {
        if (await fs.lstat(file).then(() => true, () => false)) {
            throw new UsageError(`${file} already exists; init writes nothing over an existing file (choose an empty folder).`);
        }
    }
    await createFolder(folder);
    for (const [file, text] of Object.entries(texts)) {
        // `wx`: fails rather than replace a file made in the meantime.
        await fs.writeFile(path.join(folder, file), text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(error.code === 'EEXIST'
                ? `${path.join(folder, file)} already exists; init writes nothing over an existing file.`
                : `cannot write ${path.join(folder, file)}: ${writeReason(error)}.`);
        });
    }
    return files;
}
