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

/** The commits that changed the folder's `.partnership` files, oldest first. */
export function networkCommits(where: RepositoryFolder, filter: CommitFilter = {}): HistoryCommit[] {
    try {
        git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], where.top);
    } catch {
        throw new UsageError('the repository has no commits yet');
    }
    // The author's date as written (%aI keeps the author's own offset): the same in every time zone.
    const log = git(['log', '--first-parent', '-z', '--format=%H%x1f%aI%x1f%an%x1f%s', 'HEAD', '--', pathspecOf(where.relative)], where.top);
    const commits = log.split('\0').filter(record => record.trim() !== '').map(record => {
        const [commit, date, author, ...subject] = record.replace(/^\n/, '').split('\x1f');
        return { commit, date: date.slice(0, 10), author, subject: subject.join('\x1f') };
    }).reverse();
    const since = filter.since;
    const kept = since === undefined ? commits : commits.filter(commit => commit.date >= since);
    return filter.maxCount === undefined ? kept : kept.slice(Math.max(0, kept.length - filter.maxCount));
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
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !file.endsWith(EXTENSION)) continue;
        if (file.split('/').some(segment => IGNORED_SEGMENTS.has(segment))) continue;
        tree.set(file, hash);
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
