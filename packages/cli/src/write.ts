/**
 * Writing a file all at once or not at all: the text goes to a temporary file in the same folder,
 * which gets the old file's permissions and is renamed over it. A failure (a full disk, a missing
 * folder) leaves the old file whole, or no file, and no temporary file behind, and so does an
 * interruption (cleanup.ts removes the temporary file on SIGINT and SIGTERM). Through a symbolic
 * link, the file it points to is replaced and the link stays.
 *
 * Only a regular file (or a new path) is replaced: what is not ours to replace, a character device
 * (`/dev/null`, a terminal), a FIFO, a socket, or `/dev/stdout` and the like, is opened and written
 * through, and stays what it was.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { terminalText } from 'partnership-views/terminal-text';
import { removeOnExit } from './cleanup.js';
import { UsageError } from './errors.js';

/** The descriptor of one of the process's open files that a path names (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`). */
function descriptorOf(file: string): number | undefined {
    const match = /^\/(?:dev\/(stdout|stderr|fd\/(\d+))|proc\/(self|\d+)\/fd\/(\d+))$/.exec(path.resolve(file));
    if (!match) return undefined;
    if (match[3] !== undefined && match[3] !== 'self' && Number(match[3]) !== process.pid) return undefined;
    return match[1] === 'stdout' ? 1 : match[1] === 'stderr' ? 2 : Number(match[2] ?? match[4]);
}

/** Writes to an open descriptor (stdout may be a pipe or a socket, which cannot be opened again by its path). */
function writeToDescriptor(fd: number, text: string): Promise<void> {
    const stream: Writable = fd === 1 ? process.stdout : fd === 2 ? process.stderr : createWriteStream('', { fd, autoClose: false });
    return new Promise((resolve, reject) => {
        stream.once('error', reject);
        stream.write(text, 'utf8', (error?: Error | null) => (error ? reject(error) : resolve()));
    });
}

export async function writeAtomically(file: string, text: string): Promise<void> {
    const fd = descriptorOf(file);
    if (fd !== undefined) return writeToDescriptor(fd, text);
    const target = await fs.realpath(file).catch(() => path.resolve(file));
    const stat = await fs.stat(target).catch(() => undefined);
    if (stat?.isDirectory()) throw Object.assign(new Error(`EISDIR: is a folder, open '${file}'`), { code: 'EISDIR' });
    if (stat && !stat.isFile()) {
        // A device, a FIFO, a socket: opened and written, never replaced.
        await fs.writeFile(target, text, { encoding: 'utf8', flag: 'w' });
        return;
    }
    const mode = stat ? stat.mode & 0o7777 : undefined;
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const release = removeOnExit(temporary);
    try {
        await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode: mode ?? 0o666 });
        // The mode given to writeFile is narrowed by the umask.
        if (mode !== undefined) await fs.chmod(temporary, mode);
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    } finally {
        release();
    }
}

/** Why a file could not be written, in a few words. */
export function writeReason(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT': return 'no such folder';
        case 'ENOTDIR': return 'a part of the path is a file, not a folder';
        case 'EISDIR': return 'is a folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EROFS': return 'read-only file system';
        case 'ENOSPC': return 'no space left on the device';
        case 'EDQUOT': return 'disk quota exceeded';
        case 'EMFILE': case 'ENFILE': return 'too many open files';
        case 'ELOOP': return 'symbolic link loop';
        case 'ENXIO': return 'no such device or address (a socket, or a device that is not there)';
        case 'EPIPE': return 'the reader went away';
        default: return error.message?.split('\n')[0] ?? String(error);
    }
}

/**
 * Writes a command's output file (`-o FILE`): as writeAtomically, and a failure is the one-line
 * usage error `cannot write FILE: REASON` (exit 2).
 */
export async function writeOutput(file: string, text: string): Promise<void> {
    try {
        await writeAtomically(file, text);
    } catch (error) {
        throw new UsageError(`cannot write ${terminalText(file)}: ${writeReason(error as NodeJS.ErrnoException)}`);
    }
}

/** Creates `folder` and its parents (nothing when it is there); `shown` names it in the one-line error. */
export async function createFolder(folder: string, shown = folder): Promise<void> {
    await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot create the folder ${shown}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file of that name is in the way' : error.message}.`);
    });
}
