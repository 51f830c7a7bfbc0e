/**
 * What `partnership history` reads from git: the commits that changed a folder's `.partnership`
 * files (on the first-parent line of HEAD, so a merged branch counts as one step), each commit's
 * `.partnership` files with their blob hashes, and the blobs' texts, each read once however many
 * versions share it (one `git cat-file --batch` for all of them). Reads only the local repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { HistoryCommit } from 'partnership-views';
import { UsageError } from './errors.js';
import { EXTENSION } from './files.js';

const MAX_BUFFER = 1024 * 1024 * 1024;

function git(args: string[], cwd: string): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_BUFFER });
}

/** A folder inside a git repository: the repository's top folder and the folder's path in it ('' for the top). */
export interface RepositoryFolder {
    top: string;
    /** With `/` separators, no leading or trailing one. */
    relative: string;
}

export function repositoryFolder(folder: string): RepositoryFolder {
    const absolute = path.resolve(folder);
    let stat;
    try {
        stat = statSync(absolute);
    } catch {
        throw new UsageError(`no such folder: ${folder}`);
    }
    if (!stat.isDirectory()) throw new UsageError(`not a folder: ${folder} (history reads a network's folder)`);
    let top: string;
    try {
        top = git(['rev-parse', '--show-toplevel'], absolute).trim();
    } catch {
        throw new UsageError(`not inside a git repository: ${folder}`);
    }
    const relative = path.relative(realpathSync(top), realpathSync(absolute)).split(path.sep).join('/');
    return { top, relative };
}

/** `:(glob)` pathspec of the folder's `.partnership` files at any depth; the folder's own glob characters escaped. */
function pathspecOf(relative: string): string {
    const escaped = relative.replace(/[*?[\]\\]/g, '\\$&');
    return `:(glob)${escaped === '' ? '' : `${escaped}/`}**/*${EXTENSION}`;
}

export interface CommitFilter {
    /** YYYY-MM-DD: versions authored on or after this date. */
    since?: string;
    /** The newest N versions (after `since`). */
    maxCount?: number;
}

/** A version of the folder: its commit and its `.partnership` files. */
export interface FolderVersion {
    commit: HistoryCommit;
    tree: Tree;
}

const REGULAR = new Set(['100644', '100755']);

/** A path that is part of a network: a regular `.partnership` file not under node_modules or .git. */
function counts(file: string, mode: string): boolean {
    return REGULAR.has(mode) && file.endsWith(EXTENSION) && !file.split('/').some(segment => IGNORED_SEGMENTS.has(segment));
}

/**
 * The versions of the folder: each commit of HEAD's first-parent line that changed its
 * `.partnership` files, oldest first, with the files at that commit. One `git log` gives the
 * commits and what each changed against its first parent; one `git ls-tree` gives the files at the
 * first version kept, and the later ones follow from the changes.
 */
export function networkVersions(where: RepositoryFolder, filter: CommitFilter = {}): FolderVersion[] {
    try {
        git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], where.top);
    } catch {
        throw new UsageError('the repository has no commits yet');
    }
    // The author's date as written (%aI keeps the author's own offset): the same in every time zone.
    const log = git(['log', '--first-parent', '--diff-merges=first-parent', '--raw', '-z', '--no-renames', '--no-abbrev',
        '--format=%x1e%H%x1f%aI%x1f%an%x1f%s', 'HEAD', '--', pathspecOf(where.relative)], where.top);
    const records = log.split('\x1e').filter(record => record !== '').map(record => {
        const [header, ...raw] = record.split('\0');
        const [commit, date, author, ...subject] = header.split('\x1f');
        // The changes: ":old-mode new-mode old-hash new-hash status", then the path.
        const changes: Array<{ mode: string; hash: string; status: string; file: string }> = [];
        for (let i = 0; i + 1 < raw.length; i += 2) {
            const fields = raw[i].replace(/^\n/, '');
            if (!fields.startsWith(':')) break;
            const [, mode, , hash, status] = fields.slice(1).split(' ');
            changes.push({ mode, hash, status, file: raw[i + 1] });
        }
        return { commit: { commit, date: date.slice(0, 10), author, subject: subject.join('\x1f') }, changes };
    }).reverse();
    const since = filter.since;
    let first = since === undefined ? 0 : records.findIndex(record => record.commit.date >= since);
    if (first < 0) return [];
    // A later version dated before --since (an author's clock) is left out too.
    const kept = records.slice(first).filter(record => since === undefined || record.commit.date >= since);
    const shown = filter.maxCount === undefined ? kept : kept.slice(Math.max(0, kept.length - filter.maxCount));
    if (shown.length === 0) return [];
    first = records.indexOf(shown[0]);
    const wanted = new Set(shown);
    let tree = treeAt(where, records[first].commit.commit);
    const versions: FolderVersion[] = [{ commit: records[first].commit, tree }];
    for (const record of records.slice(first + 1)) {
        tree = new Map(tree);
        for (const change of record.changes) {
            if (change.status.startsWith('D') || !counts(change.file, change.mode)) tree.delete(change.file);
            else tree.set(change.file, change.hash);
        }
        if (wanted.has(record)) versions.push({ commit: record.commit, tree });
    }
    return versions;
}

/** A version's `.partnership` files: path in the repository → blob hash. */
export type Tree = Map<string, string>;

const IGNORED_SEGMENTS = new Set(['node_modules', '.git']);

/**
 * The `.partnership` files of the folder at a commit. Only regular files count: a symbolic link, a
 * submodule entry (gitlink) or a file under node_modules is not part of the network, as in the working tree.
 */
export function treeAt(where: RepositoryFolder, commit: string): Tree {
    const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', where.relative === '' ? '.' : where.relative], where.top);
    const tree: Tree = new Map();
    for (const entry of listing.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0) continue;
        const [mode, type, hash] = entry.slice(0, tab).split(' ');
        const file = entry.slice(tab + 1);
        if (type === 'blob' && counts(file, mode)) tree.set(file, hash);
    }
    return tree;
}

// As `validate` reads a file: a byte-order mark stays in the text (the language reads past it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The texts of blobs, by hash, read in one `git cat-file --batch`. */
export function readBlobs(top: string, hashes: Iterable<string>): Map<string, string> {
    const wanted = [...new Set(hashes)];
    const texts = new Map<string, string>();
    if (wanted.length === 0) return texts;
    const run = spawnSync('git', ['cat-file', '--batch'], { cwd: top, input: wanted.join('\n') + '\n', maxBuffer: MAX_BUFFER });
    if (run.status !== 0) throw new UsageError(`git cat-file failed: ${run.stderr.toString().trim() || `exit ${run.status}`}`);
    const out = run.stdout;
    let at = 0;
    while (at < out.length) {
        const newline = out.indexOf(0x0a, at);
        if (newline < 0) break;
        const [hash, type, size] = out.subarray(at, newline).toString('latin1').split(' ');
        at = newline + 1;
        if (type === 'missing' || size === undefined) continue;
        const length = Number(size);
        // Invalid UTF-8 reads with replacement characters: the file then has errors, counted as such.
        texts.set(hash, decoder.decode(out.subarray(at, at + length)));
        at += length + 1;
    }
    return texts;
}
