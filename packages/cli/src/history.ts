/**
 * `partnership history`: the networks of a folder at every commit that changed their files, as a
 * table with sparklines, JSON, CSV or an HTML page of charts, with the events between versions.
 *
 * Each version is built with the same language services as `validate`, judged on the version's own
 * date (a check-in was overdue then or not). The versions are built one after the other in one
 * workspace held in memory: a file whose blob is the same as in the previous version keeps its
 * parsed document, and only the files that changed are parsed again (the document builder relinks
 * and re-checks the rest of their network, as in the editor). `fresh` builds every version from
 * nothing instead: the benchmark's and the tests' point of comparison.
 */
import * as path from 'node:path';
import { URI, type FileSystemNode, type FileSystemProvider, type LangiumDocument } from 'langium';
import { createPartnershipServices, exceeds, formatHours, pushAll } from 'partnership-language';
import {
    HISTORY_FIGURES, historyEvents, historyRow, networkReport, num, renderHistoryHtml, terminalJson, terminalText,
    type HistoryCommit, type HistoryRow, type NetworkHistory, type ViewContext
} from 'partnership-views';
import type { NetworkModel } from 'partnership-language';
import sparkly from 'sparkly';
import { networkVersions, readBlobs, repositoryFolder, type CommitFilter, type Tree } from './history-git.js';
import { textColumns } from './metrics.js';
import { createProgress } from './progress.js';
import { displayPath } from './validate.js';
import { writeOutput } from './write.js';

/** The files of the versions, held in memory: the language services read changed files from here. */
class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    private node(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (this.files.has(key)) return { isFile: true, isDirectory: false, uri };
        const prefix = key.endsWith('/') ? key : `${key}/`;
        for (const file of this.files.keys()) if (file.startsWith(prefix)) return { isFile: false, isDirectory: true, uri };
        throw new Error(`ENOENT: ${uri.fsPath}`);
    }
    private text(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`ENOENT: ${uri.fsPath}`);
        return text;
    }
    private children(uri: URI): FileSystemNode[] {
        const prefix = uri.toString().replace(/\/?$/, '/');
        const names = new Map<string, boolean>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const [first, ...rest] = file.slice(prefix.length).split('/');
            names.set(first, (names.get(first) ?? false) || rest.length > 0);
        }
        return [...names].map(([name, folder]) => ({ isFile: !folder, isDirectory: folder, uri: URI.parse(prefix + name) }));
    }
    stat(uri: URI) { return Promise.resolve().then(() => this.node(uri)); }
    statSync(uri: URI) { return this.node(uri); }
    exists(uri: URI) { return Promise.resolve(this.existsSync(uri)); }
    existsSync(uri: URI) { try { this.node(uri); return true; } catch { return false; } }
    readBinary(uri: URI) { return Promise.resolve().then(() => new TextEncoder().encode(this.text(uri))); }
    readBinarySync(uri: URI) { return new TextEncoder().encode(this.text(uri)); }
    readFile(uri: URI) { return Promise.resolve().then(() => this.text(uri)); }
    readFileSync(uri: URI) { return this.text(uri); }
    readDirectory(uri: URI) { return Promise.resolve(this.children(uri)); }
    readDirectorySync(uri: URI) { return this.children(uri); }
}

export interface HistoryOptions extends CommitFilter {
    /** Build every version from nothing (no document kept from the previous version). */
    fresh?: boolean;
    onProgress?: (done: number, total: number) => void;
}

/** One version's networks: their rows and models, by group key. */
interface Version {
    /** The group keys of every network of the version, changed or not. */
    present: Set<string>;
    /** The networks whose files changed (all of them at the first version). */
    networks: Map<string, { row: HistoryRow; network: NetworkModel; name?: string; title?: string; folder: string }>;
}

/** Builds the versions one after the other, keeping the documents whose blob did not change. */
class VersionBuilder {
    private fs = new MemoryFileSystem();
    private services = this.create();
    private previous: Tree = new Map();
    /** The blob of each document, by URI. */
    private readonly blobs = new Map<string, string>();
    /** What each network's files were at its last version (its documents and their blobs). */
    private signatures = new Map<string, string>();

    constructor(private readonly top: string, private readonly fresh: boolean) {}

    private create() {
        const services = createPartnershipServices({ fileSystemProvider: () => this.fs }, { referenceIndex: false });
        // Every check, as `validate` runs them, on the documents an update rebuilds.
        services.shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
        return services;
    }

    private uriOf(file: string): URI {
        return URI.file(path.join(this.top, ...file.split('/')));
    }

    async build(commit: HistoryCommit, tree: Tree, texts: ReadonlyMap<string, string>): Promise<Version> {
        const textOf = (file: string) => texts.get(tree.get(file)!) ?? '';
        if (this.fresh) {
            this.fs = new MemoryFileSystem();
            this.services = this.create();
            this.previous = new Map();
        }
        this.blobs.clear();
        for (const [file, hash] of tree) this.blobs.set(this.uriOf(file).toString(), hash);
        const { shared, Partnership } = this.services;
        Partnership.network.Settings.today = commit.date;
        const documents = shared.workspace.LangiumDocuments;
        if (this.previous.size === 0) {
            const created: LangiumDocument[] = [];
            for (const file of tree.keys()) {
                const uri = this.uriOf(file);
                this.fs.files.set(uri.toString(), textOf(file));
                const document = shared.workspace.LangiumDocumentFactory.fromString(textOf(file), uri);
                documents.addDocument(document);
                created.push(document);
            }
            await shared.workspace.DocumentBuilder.build(created, { validation: true });
        } else {
            const changed: URI[] = [];
            const deleted: URI[] = [];
            for (const [file, hash] of tree) {
                if (this.previous.get(file) === hash) continue;
                const uri = this.uriOf(file);
                this.fs.files.set(uri.toString(), textOf(file));
                changed.push(uri);
            }
            for (const file of this.previous.keys()) {
                if (tree.has(file)) continue;
                const uri = this.uriOf(file);
                this.fs.files.delete(uri.toString());
                deleted.push(uri);
            }
            await shared.workspace.DocumentBuilder.update(changed, deleted);
        }
        this.previous = tree;
        return this.collect(commit);
    }

    private collect(commit: HistoryCommit): Version {
        const { shared, Partnership } = this.services;
        const context: ViewContext = { services: this.services, displayPath: uri => displayPath(uri.fsPath) };
        const groups = shared.network.Groups;
        const keys = [...new Set(shared.workspace.LangiumDocuments.all.map(doc => groups.groupOf(doc.uri)))].sort();
        const networks: Version['networks'] = new Map();
        const signatures = new Map<string, string>();
        for (const key of keys) {
            // A network whose files are the same as at its last version has no new version here.
            const signature = groups.documentsOf(key).map(doc => `${doc.uri.toString()} ${this.blobs.get(doc.uri.toString())}`).sort().join('\n');
            signatures.set(key, signature);
            if (this.signatures.get(key) === signature) continue;
            const report = networkReport(context, key);
            const counts = { errors: 0, warnings: 0, infos: 0 };
            for (const doc of groups.documentsOf(key)) {
                for (const d of doc.diagnostics ?? []) {
                    if (d.severity === 1) counts.errors++;
                    else if (d.severity === 2) counts.warnings++;
                    else counts.infos++;
                }
            }
            const network = Partnership.network.Analyzer.resultFor(key).network;
            networks.set(key, { row: historyRow(commit, report, network, counts), network, name: report.name, title: report.title, folder: report.folder });
        }
        this.signatures = signatures;
        return { present: new Set(keys), networks };
    }
}

/** The history of the networks in `folder` (a folder inside a git repository), oldest version first. */
export async function collectHistory(folder: string, options: HistoryOptions = {}): Promise<NetworkHistory[]> {
    const where = repositoryFolder(folder);
    const versions = networkVersions(where, options);
    const commits = versions.map(version => version.commit);
    const trees = versions.map(version => version.tree);
    const texts = readBlobs(where.top, trees.flatMap(tree => [...tree.values()]));
    const builder = new VersionBuilder(where.top, options.fresh ?? false);
    const histories = new Map<string, NetworkHistory>();
    const last = new Map<string, NetworkModel>();
    for (let i = 0; i < commits.length; i++) {
        const version = await builder.build(commits[i], trees[i], texts);
        for (const [key, entry] of version.networks) {
            const history = histories.get(key) ?? { key, folder: entry.folder, rows: [], events: [] };
            history.name = entry.name;
            history.title = entry.title;
            history.rows.push(entry.row);
            pushAll(history.events, historyEvents(commits[i], last.get(key), entry.network));
            histories.set(key, history);
            last.set(key, entry.network);
        }
        // A network gone from this version starts afresh if it comes back.
        for (const key of [...last.keys()]) if (!version.present.has(key)) last.delete(key);
        options.onProgress?.(i + 1, commits.length);
    }
    return [...histories.values()].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}

// ---------------------------------------------------------------- output

const plain = (value: number | null) => (value === null ? '–' : String(value));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const SPARK_WIDTH = 40;

/** At most SPARK_WIDTH values: the last of each stretch of versions. */
function sampled(values: Array<number | null>): Array<number | null> {
    if (values.length <= SPARK_WIDTH) return values;
    return Array.from({ length: SPARK_WIDTH }, (_, i) => values[Math.min(values.length - 1, Math.floor(((i + 1) * values.length) / SPARK_WIDTH) - 1)]);
}

function sparkline(values: Array<number | null>): string {
    const numbers = sampled(values).map(value => (value === null ? Number.NaN : value));
    return numbers.some(Number.isFinite) ? sparkly(numbers) : '';
}

function heading(history: NetworkHistory): string {
    return history.name ? `Network ${history.name}${history.title ? ` — ${history.title}` : ''} (${history.folder})` : `Loose files in ${history.folder} (no network declared)`;
}

/** The text table: a row per version, then a sparkline per figure and the events. */
export function formatHistoryText(histories: readonly NetworkHistory[]): string {
    if (histories.length === 0) return 'No commit changed a .partnership file of this folder.\n';
    const out: string[] = [];
    for (const history of histories) {
        const { rows, events } = history;
        out.push(terminalText(heading(history)), `  ${rows.length} version${rows.length === 1 ? '' : 's'}, ${rows[0].date} to ${rows[rows.length - 1].date}`, '');
        const header = ['date', 'commit', 'author', 'partners', 'ties', 'density', 'diversity', 'components', 'brokers', 'us load', 'trust', 'goals', 'progress', 'errors', 'warnings', 'infos'];
        const cells = rows.map(row => [
            row.date, row.commit.slice(0, 7), terminalText(row.author), String(row.partners), String(row.ties), plain(row.density), plain(row.diversity),
            String(row.components), String(row.brokers),
            row.usLoad === null ? '–' : `${formatHours(row.usLoad)}${row.budget === null ? '' : ` / ${formatHours(row.budget)}`}${row.budget !== null && exceeds(row.usLoad, row.budget) ? ' !' : ''}`,
            row.meanTrust === null ? '–' : num(row.meanTrust, 2), `${row.goalsAchieved}/${row.goals}`, percent(row.goalProgress),
            String(row.errors), String(row.warnings), String(row.infos)
        ]);
        pushAll(out, textColumns([header, ...cells], header.map((_, c) => c >= 3)).map(line => `  ${line}`));
        out.push('', '  us load: h/month given by us, of its budget (! over it); trust: the mean of the ties that state one; goals: achieved of all; progress: the mean share of the way to the targets', '');
        out.push(`  Trend, oldest to newest${rows.length > SPARK_WIDTH ? ` (${SPARK_WIDTH} of ${rows.length} versions)` : ''}`);
        const trend = HISTORY_FIGURES.map(([key, label]) => {
            const values = rows.map(row => row[key]);
            const known = values.filter((v): v is number => v !== null);
            const format = key === 'goalProgress' ? percent : plain;
            return [label, sparkline(values), known.length === 0 ? '–' : `${format(known[0])} → ${format(known[known.length - 1])}`];
        });
        out.push(...textColumns(trend, [false, false, false]).map(line => `    ${line}`), '');
        out.push(events.length === 0 ? '  No events: no partner joined or left, no tie changed, no goal was achieved.' : '  Events');
        for (const event of events) out.push(`    ${event.date}  ${event.commit.slice(0, 7)}  ${terminalText(event.text)}`);
        out.push('');
    }
    return out.join('\n');
}

export function formatHistoryJson(histories: readonly NetworkHistory[]): string {
    return terminalJson(JSON.stringify({
        version: 1,
        networks: histories.map(h => ({ name: h.name ?? null, title: h.title ?? null, folder: h.folder, rows: h.rows, events: h.events }))
    }, null, 2)) + '\n';
}

const CSV_COLUMNS = ['network', 'folder', 'date', 'commit', 'author', 'subject', 'partners', 'ties', 'density', 'diversity', 'components',
    'brokers', 'us', 'us_load', 'budget', 'mean_trust', 'goals', 'goals_achieved', 'goal_progress', 'errors', 'warnings', 'infos'] as const;

function csvCell(value: string | number | null): string {
    if (value === null) return '';
    const text = terminalText(String(value));
    // A cell a spreadsheet would read as a formula starts with a quote mark instead.
    const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatHistoryCsv(histories: readonly NetworkHistory[]): string {
    const lines = [CSV_COLUMNS.join(',')];
    for (const h of histories) {
        for (const r of h.rows) {
            lines.push([h.name ?? '', h.folder, r.date, r.commit, r.author, r.subject, r.partners, r.ties, r.density, r.diversity, r.components,
                r.brokers, r.us, r.usLoad, r.budget, r.meanTrust, r.goals, r.goalsAchieved, r.goalProgress, r.errors, r.warnings, r.infos].map(csvCell).join(','));
        }
    }
    return lines.join('\n') + '\n';
}

export interface HistoryCommandOptions extends CommitFilter {
    format: 'text' | 'json' | 'csv' | 'html';
    output?: string;
}

/** The histories with a progress bar on a terminal. */
export async function historyForCommand(folder: string, options: CommitFilter): Promise<NetworkHistory[]> {
    const progress = createProgress();
    try {
        return await collectHistory(folder, { ...options, onProgress: (done, total) => progress('history', done, total, 'commits') });
    } finally {
        progress.done();
    }
}

/** The `partnership history` command. */
export async function runHistory(folder: string, options: HistoryCommandOptions): Promise<number> {
    const histories = await historyForCommand(folder, options);
    const text = options.format === 'json' ? formatHistoryJson(histories)
        : options.format === 'csv' ? formatHistoryCsv(histories)
        : options.format === 'html' ? renderHistoryHtml(histories)
        : formatHistoryText(histories);
    if (options.output === undefined) {
        process.stdout.write(text);
        return 0;
    }
    await writeOutput(options.output, text);
    process.stdout.write(`wrote ${options.output}\n`);
    return 0;
}
