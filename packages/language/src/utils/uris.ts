/** URI strings as the editor and the model hold them (`file:///…/ties.partnership`). Browser-safe. */

/** The last path segment, decoded: the file name of a document URI, the folder name of a folder's. */
export function lastSegment(uri: string): string {
    return decodeURIComponent(uri.substring(uri.lastIndexOf('/') + 1));
}
