/**
 * Turns command-line paths (files, folders, globs) into the `.partnership` files to check, and
 * finds the rest of each file's network so that network rules see all of it.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

export const EXTENSION = '.partnership';
const IGNORED = ['**/node_modules/**', '**/.git/**'];
const NETWORK_DECLARATION = /^\s*network\s+[A-Za-z_]/m;

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
        try {
            stat = await fs.stat(absolute);
        } catch {
            stat = undefined;
        }
        if (stat?.isDirectory()) {
            const files = await filesUnder(absolute);
            if (files.length === 0) throw new UsageError(`no ${EXTENSION} files in folder: ${input}`);
            files.forEach(f => found.add(f));
        } else if (stat?.isFile()) {
            if (!absolute.endsWith(EXTENSION)) throw new UsageError(`not a ${EXTENSION} file: ${input}`);
            found.add(absolute);
        } else if (isDynamicPattern(input)) {
            const matches = await glob(input, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
            const files = matches.filter(f => f.endsWith(EXTENSION)).map(f => path.resolve(f));
            if (files.length === 0) throw new UsageError(`no ${EXTENSION} files match: ${input}`);
            files.forEach(f => found.add(f));
        } else {
            throw new UsageError(`no such file or folder: ${input}`);
        }
    }
    return [...found].sort();
}

/** All `.partnership` files in a folder tree. */
export async function filesUnder(folder: string): Promise<string[]> {
    const files = await glob(`**/*${EXTENSION}`, { cwd: folder, absolute: true, ignore: IGNORED, onlyFiles: true });
    return files.map(f => path.resolve(f)).sort();
}

/**
 * The folder of the network a file belongs to: the nearest folder, from the file's own upwards, that
 * holds a file declaring a `network`. The search stays inside the repository the file is in; outside
 * any repository it stays inside the working folder (as the editor stays inside its workspace), so a
 * stray network file in a parent such as /tmp never pulls its whole tree in.
 */
export class NetworkRootFinder {
    private readonly declares = new Map<string, Promise<boolean>>();

    constructor(private readonly cwd: string = process.cwd()) {}

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
        let result = this.declares.get(folder);
        if (!result) {
            result = (async () => {
                let entries: Dirent[];
                try {
                    entries = await fs.readdir(folder, { withFileTypes: true });
                } catch {
                    return false;
                }
                for (const entry of entries) {
                    if (!entry.isFile() || !entry.name.endsWith(EXTENSION)) continue;
                    const text = await fs.readFile(path.join(folder, entry.name), 'utf8').catch(() => '');
                    if (NETWORK_DECLARATION.test(text)) return true;
                }
                return false;
            })();
            this.declares.set(folder, result);
        }
        return result;
    }
}

function isInside(folder: string, parent: string): boolean {
    const relative = path.relative(parent, folder);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function exists(file: string): Promise<boolean> {
    try {
        await fs.access(file);
        return true;
    } catch {
        return false;
    }
}

/** Reads a source file as UTF-8 text; binary or unreadable files are usage errors. */
export async function readSource(file: string, display: string): Promise<SourceFile> {
    let bytes: Buffer;
    try {
        bytes = await fs.readFile(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
            : code === 'EISDIR' ? 'is a folder'
            : code === 'ENOENT' ? 'no such file'
            : (error as Error).message;
        throw new UsageError(`cannot read ${display}: ${reason}`);
    }
    if (bytes.includes(0)) throw new UsageError(`cannot read ${display}: binary file, not ${EXTENSION} text`);
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new UsageError(`cannot read ${display}: not valid UTF-8 text`);
    }
    return { path: file, text: text.charCodeAt(0) === 0xfeff ? text.substring(1) : text };
}
