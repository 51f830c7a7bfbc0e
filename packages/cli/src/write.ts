/**
 * Writing a file all at once or not at all: the text goes to a temporary file in the same folder,
 * which gets the old file's permissions and is renamed over it. A failure (a full disk, a missing
 * folder) leaves the old file whole, or no file, and no temporary file behind. Through a symbolic
 * link, the file it points to is replaced and the link stays.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

export async function writeAtomically(file: string, text: string): Promise<void> {
    const target = await fs.realpath(file).catch(() => path.resolve(file));
    const mode = await fs.stat(target).then(stat => stat.mode & 0o7777, () => undefined);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode: mode ?? 0o666 });
        // The mode given to writeFile is narrowed by the umask.
        if (mode !== undefined) await fs.chmod(temporary, mode);
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

/** Creates `folder` and its parents (nothing when it is there); `shown` names it in the one-line error. */
export async function createFolder(folder: string, shown = folder): Promise<void> {
    await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot create the folder ${shown}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file of that name is in the way' : error.message}.`);
    });
}
