/**
 * Langium's file system for the Web Worker: the `.partnership` files the client has read, kept in
 * memory by URI. Folders are what the files' paths imply.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { PartnershipSharedServices } from 'partnership-language';
import type { DidChangeFilesParams, FileContent } from '../protocol.js';

export class ClientFileSystem implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    replaceAll(files: readonly FileContent[]): void {
        this.files.clear();
        for (const file of files) this.files.set(key(file.uri), file.text);
    }

    /**
     * Takes the client's news of changed and deleted files, and rebuilds what they touch. Like the
     * editor's notifications, the update is announced to the request gate when it is asked for
     * and reported applied once its documents have changed.
     */
    async apply(params: DidChangeFilesParams, shared: PartnershipSharedServices): Promise<void> {
        const applied = shared.requests.Gate.updateRequested();
        try {
            for (const file of params.changed) this.files.set(key(file.uri), file.text);
            for (const uri of params.deleted) this.files.delete(key(uri));
            const changed = params.changed.map(file => URI.parse(file.uri));
            const deleted = params.deleted.map(uri => URI.parse(uri));
            const builder = shared.workspace.DocumentBuilder;
            await shared.workspace.WorkspaceLock.write(async token => {
                const listener = builder.onUpdate(() => applied());
                try {
                    await builder.update(changed, deleted, token);
                } finally {
                    listener.dispose();
                }
            });
        } finally {
            applied();
        }
    }

    statSync(uri: URI): FileSystemNode {
        const k = key(uri);
        if (this.files.has(k)) return { isFile: true, isDirectory: false, uri };
        if (this.isFolder(k)) return { isFile: false, isDirectory: true, uri };
        throw new Error(`No such file or folder: ${uri.toString()}`);
    }

    existsSync(uri: URI): boolean {
        const k = key(uri);
        return this.files.has(k) || this.isFolder(k);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(key(uri));
        if (text === undefined) throw new Error(`No such file: ${uri.toString()}`);
        return text;
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderPrefix(key(uri));
        const children = new Map<string, boolean>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const rest = file.substring(prefix.length);
            const slash = rest.indexOf('/');
            if (slash < 0) children.set(rest, true);
            else if (!children.has(rest.substring(0, slash))) children.set(rest.substring(0, slash), false);
        }
        return [...children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, isFile]) => ({
            isFile,
            isDirectory: !isFile,
            uri: URI.parse(prefix + name)
        }));
    }

    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    async exists(uri: URI): Promise<boolean> { return this.existsSync(uri); }
    async readFile(uri: URI): Promise<string> { return this.readFileSync(uri); }
    async readBinary(uri: URI): Promise<Uint8Array> { return this.readBinarySync(uri); }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }

    private isFolder(k: string): boolean {
        const prefix = folderPrefix(k);
        for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
        return false;
    }
}

/** One spelling per URI (VS Code and Langium may encode differently). */
function key(uri: URI | string): string {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).toString();
}

function folderPrefix(k: string): string {
    return k.endsWith('/') ? k : `${k}/`;
}
