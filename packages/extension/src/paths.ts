/** Paths as the extension shows them (client and server; no imports). */

/** The last segment of a `/`-separated path: the file name of a URI's path, the folder's name of a folder ('' for none). */
export function baseName(path: string): string {
    return path.split('/').filter(Boolean).pop() ?? '';
}
