/**
 * Turns command-line paths (files, folders, globs) into the `.partnership` files to check, and
 * finds the rest of each file's network so that network rules see all of it.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { rootDeclaresNetwork } from 'partnership-language/node';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

export const EXTENSION = '.partnership';
/**
 * The largest source file read (bytes). Memory and time grow faster than the text: an 8 MB file
 * (10,000 partners, 50,000 ties) takes about 8 s and 1 GB, a 16 MB one about 30 s and 2.6 GB, so a
 * bigger file is refused before it is read rather than exhausting the heap half-way.
 */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface SourceFile {
    /** Absolute path. */
    path: string;
    text: string;
}

/** Resolves paths, folders (searched recursively) and globs to absolute file paths, sorted. */
export async function resolveTargets(inputs: readonly string[], cwd: string): Promise<string[]> {
    const found = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        let stat;
        let statError: NodeJS.ErrnoException | undefined;
        try {
            stat = await fs.stat(absolute);
        } catch (error) {
            statError = error as NodeJS.ErrnoException;
        }
        if (stat?.isDirectory()) {
            const files = await filesUnder(absolute);
            if (files.length === 0) throw new UsageError(`no ${EXTENSION} files in folder: ${input}`);
            files.forEach(f => found.add(f));
        } else if (stat?.isFile()) {
            if (!absolute.endsWith(EXTENSION)) throw new UsageError(`not a ${EXTENSION} file: ${input}`);
            found.add(absolute);
        } else if (stat) {
            throw new UsageError(`not a regular file: ${input}`);
        } else if (statError?.code === 'ELOOP') {
            throw new UsageError(`symbolic link loop: ${input}`);
        } else if (await isSymbolicLink(absolute)) {
            throw new UsageError(`broken symbolic link: ${input} -> ${await fs.readlink(absolute).catch(() => '?')}`);
        } else if (isDynamicPattern(input)) {
            const matches = await glob(input, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
            const files = matches.filter(f => f.endsWith(EXTENSION)).map(f => path.resolve(f));
            if (files.length === 0) throw new UsageError(`no ${EXTENSION} files match: ${input}`);
            files.forEach(f => found.add(f));
        } else {
            throw new UsageError(`no such file or folder: ${input}`);
        }
    }
    return uniqueFiles([...found]);
}

async function isSymbolicLink(file: string): Promise<boolean> {
    try {
        return (await fs.lstat(file)).isSymbolicLink();
    } catch {
        return false;
    }
}

/**
 * The files, sorted, with one path per file on disk: a file reached by several paths (through a
 * symbolic link to it or to a folder above it, say a link to its parent folder) is neither read twice
 * nor reported as declaring its names twice. The path kept is, in this order: one of `preferred`, one
 * that is not itself a link, the shortest, the first in sort order.
 */
export async function uniqueFiles(files: readonly string[], preferred: ReadonlySet<string> = new Set()): Promise<string[]> {
    const byReal = new Map<string, { file: string; link: boolean }>();
    const depth = (file: string) => file.split(path.sep).length;
    const better = (a: { file: string; link: boolean }, b: { file: string; link: boolean }) =>
        preferred.has(a.file) !== preferred.has(b.file) ? preferred.has(a.file)
        : a.link !== b.link ? !a.link
        : depth(a.file) !== depth(b.file) ? depth(a.file) < depth(b.file)
        : a.file < b.file;
    for (const file of files) {
        // A path that cannot be resolved (gone, a link loop) stays as it is; reading it says why.
        const real = await fs.realpath(file).catch(() => file);
        const candidate = { file, link: real !== file && await isSymbolicLink(file) };
        const kept = byReal.get(real);
        if (kept === undefined || better(candidate, kept)) byReal.set(real, candidate);
    }
    return [...byReal.values()].map(kept => kept.file).sort();
}

/**
 * All `.partnership` files in a folder tree, as the editor's workspace finds them: hidden files and
 * folders (a name starting with `.`, `.git` among them) and `node_modules` are skipped; symbolic
 * links are followed, to files and to folders, each folder walked once (a link back up the tree is
 * not walked again); broken links are passed over. The folder's own name, and every name below it,
 * is taken as it is: spaces, backslashes, brackets, a leading `-` or `..`, line breaks.
 */
export async function filesUnder(folder: string): Promise<string[]> {
    const files: string[] = [];
    const walked = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
        const real = await fs.realpath(dir).catch(() => undefined);
        if (real === undefined || walked.has(real)) return;
        walked.add(real);
        let entries: Dirent[];
        try {
            entries = await fs.readdir(dir, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (isHidden(entry.name) || entry.name === 'node_modules') continue;
            const file = path.join(dir, entry.name);
            const kind = await kindOf(entry, file);
            if (kind === 'folder') await walk(file);
            else if (kind === 'file' && entry.name.endsWith(EXTENSION)) files.push(file);
        }
    };
    await walk(path.resolve(folder));
    return uniqueFiles(files);
}

/**
 * The outermost folder between `root` and `file` that a folder search passes over (a hidden folder,
 * node_modules), if any: a file given by its path there still has its folder's files read with it,
 * as when its folder is given.
 */
export function skippedFolderBetween(root: string, file: string): string | undefined {
    const relative = path.relative(root, path.dirname(file));
    if (relative === '' || !isWithin(relative)) return undefined;
    const segments = relative.split(path.sep);
    const index = segments.findIndex(segment => isHidden(segment) || segment === 'node_modules');
    return index < 0 ? undefined : path.join(root, ...segments.slice(0, index + 1));
}

/** A name the workspace passes over, as the editor's does: a hidden file or folder. */
function isHidden(name: string): boolean {
    return name.startsWith('.');
}

/** What a folder entry is, through a symbolic link; undefined for a broken link or anything else. */
async function kindOf(entry: Dirent, file: string): Promise<'file' | 'folder' | undefined> {
    if (entry.isFile()) return 'file';
    if (entry.isDirectory()) return 'folder';
    if (!entry.isSymbolicLink()) return undefined;
    const stat = await fs.stat(file).catch(() => undefined);
    return stat?.isFile() ? 'file' : stat?.isDirectory() ? 'folder' : undefined;
}

/**
 * The other files of a loose file's group: the `.partnership` files of its own folder (not of
 * subfolders, which are groups of their own), as the editor groups loose files per folder.
 */
export async function looseSiblings(file: string): Promise<string[]> {
    const folder = path.dirname(file);
    let entries: Dirent[];
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    const siblings: string[] = [];
    for (const entry of entries) {
        if (isHidden(entry.name) || !entry.name.endsWith(EXTENSION)) continue;
        const sibling = path.join(folder, entry.name);
        if (await kindOf(entry, sibling) === 'file') siblings.push(sibling);
    }
    return siblings.sort();
}

/**
 * The folder of the network a file belongs to: the nearest folder, from the file's own upwards, that
 * holds a file declaring a `network`. The search stays inside the repository the file is in; outside
 * any repository it stays inside the working folder (as the editor stays inside its workspace), so a
 * stray network file in a parent such as /tmp never pulls its whole tree in.
 */
export class NetworkRootFinder {
    private readonly folders = new Map<string, Promise<boolean>>();

    /**
     * `parse` is the parser of the services that will build the files (one parser per run: building
     * one costs as much as checking a small network).
     */
    constructor(private readonly parse: (text: string) => unknown, private readonly cwd: string = process.cwd()) {}

    /**
     * Whether a file's text declares a network, as the language server reads it: the parser decides
     * (a `network X` line inside a block comment declares nothing; `/* c *\/ network X`,
     * `network /* c *\/ X` and `partner A network X` do). Only a text without the word is
     * not parsed.
     */
    private declares(text: string): boolean {
        return /\bnetwork\b/.test(text) && rootDeclaresNetwork(this.parse(text));
    }

    async rootOf(file: string): Promise<string | undefined> {
        const start = path.dirname(file);
        const limit = (await this.repositoryRoot(start)) ?? (isInside(start, this.cwd) ? this.cwd : start);
        for (let folder = start; ; folder = path.dirname(folder)) {
            if (await this.declaresNetwork(folder)) return folder;
            if (folder === limit || path.dirname(folder) === folder) return undefined;
        }
    }

    private async repositoryRoot(folder: string): Promise<string | undefined> {
        for (; ; folder = path.dirname(folder)) {
            if (await exists(path.join(folder, '.git'))) return folder;
            if (path.dirname(folder) === folder) return undefined;
        }
    }

    private declaresNetwork(folder: string): Promise<boolean> {
        let result = this.folders.get(folder);
        if (!result) {
            result = (async () => {
                let entries: Dirent[];
                try {
                    entries = await fs.readdir(folder, { withFileTypes: true });
                } catch {
                    return false;
                }
                for (const entry of entries) {
                    // As filesUnder reads the folder: hidden files are not part of it, a link to a file is.
                    if (isHidden(entry.name) || !entry.name.endsWith(EXTENSION)) continue;
                    const file = path.join(folder, entry.name);
                    if (await kindOf(entry, file) !== 'file') continue;
                    // A file too big to read (readSource refuses it) declares nothing.
                    const size = await fs.stat(file).then(stat => stat.size, () => 0);
                    if (size > MAX_SOURCE_BYTES) continue;
                    const text = await fs.readFile(file, 'utf8').catch(() => '');
                    if (this.declares(text)) return true;
                }
                return false;
            })();
            this.folders.set(folder, result);
        }
        return result;
    }
}

function isInside(folder: string, parent: string): boolean {
    return isWithin(path.relative(parent, folder));
}

/**
 * Whether a path made by path.relative stays inside the folder it is relative to: it does not climb
 * out (`..`, `../x`) and is not on another drive. A name that merely starts with two dots (`..x`) is
 * an ordinary name inside it.
 */
export function isWithin(relative: string): boolean {
    return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

async function exists(file: string): Promise<boolean> {
    try {
        await fs.access(file);
        return true;
    } catch {
        return false;
    }
}

/** Reads a source file as UTF-8 text; binary, oversized or unreadable files are usage errors. */
export async function readSource(file: string, display: string): Promise<SourceFile> {
    const bytes = await readSourceBytes(file, display);
    if (bytes.includes(0)) throw new UsageError(`cannot read ${display}: binary file, not ${EXTENSION} text`);
    let text: string;
    try {
        // The byte-order mark is taken off below, once: TextDecoder would take one off too, and a
        // file starting with two would lose both (and `format` would then refuse to write it back).
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
        const { line, column } = firstInvalidUtf8(bytes);
        throw new UsageError(`cannot read ${display}:${line}:${column}: not valid UTF-8 text (probably saved as Windows-1252 or Latin-1: save it again as UTF-8)`);
    }
    return { path: file, text: text.charCodeAt(0) === 0xfeff ? text.substring(1) : text };
}

/** Where the first byte that is not UTF-8 is, as a line and a column (counted in characters). */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
    // The longest prefix with no invalid byte (read as a stream, a sequence cut at its end is not one).
    const valid = (length: number) => {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
            return true;
        } catch {
            return false;
        }
    };
    let low = 0;
    let high = bytes.length;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (valid(mid)) low = mid; else high = mid - 1;
    }
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, low), { stream: true });
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    return { line, column: before.length - lineStart + 1 - (line === 1 && before.charCodeAt(0) === 0xfeff ? 1 : 0) };
}

async function readSourceBytes(file: string, display: string): Promise<Buffer> {
    try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
        if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
        if (stat.size > MAX_SOURCE_BYTES) {
            throw new UsageError(`cannot read ${display}: ${megabytes(stat.size)} is over the limit of ${megabytes(MAX_SOURCE_BYTES)} per file`);
        }
        const bytes = await fs.readFile(file);
        // The file grew between the size check and the read.
        if (bytes.length > MAX_SOURCE_BYTES) {
            throw new UsageError(`cannot read ${display}: ${megabytes(bytes.length)} is over the limit of ${megabytes(MAX_SOURCE_BYTES)} per file`);
        }
        return bytes;
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`cannot read ${display}: ${readReason(error as NodeJS.ErrnoException)}`);
    }
}

/** Why a file could not be read or written, in a few words. */
export function readReason(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EROFS': return 'read-only file system';
        case 'EISDIR': return 'is a folder';
        case 'ENOTREG': return 'not a regular file';
        case 'ENOENT': return 'no such file (deleted or moved while partnership ran, or a broken symbolic link)';
        case 'ELOOP': return 'symbolic link loop';
        case 'ENOSPC': return 'no space left on the device';
        case 'EMFILE': case 'ENFILE': return 'too many open files';
        default: return error.message.split('\n')[0];
    }
}

function megabytes(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
