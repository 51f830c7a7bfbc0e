/**
 * Which network a document belongs to.
 *
 * A network is one folder tree: the folder of the file that declares `network X` and all its
 * subfolders, except subfolders that declare a network of their own. A document belongs to the
 * nearest enclosing folder (its own folder included) that holds a `network` declaration. Documents
 * with no such folder above them are loose: the loose files of one folder form a group of their own
 * (key `loose:` + folder URI), so a loose file still validates and unrelated folders stay apart.
 *
 * An unsaved buffer (an `untitled:` document, or any URI with no folder) has no folder: each is a
 * group of its own, a network (key: its URI) when it declares one, else loose (`loose:` + its URI).
 * Two unsaved buffers never share names, duplicates or ties.
 *
 * Names resolve only inside a group (see references/partnership-scope.ts) and network rules run per group.
 */
import { DocumentState, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isModel, isNetwork } from '../generated/ast.js';
import { lastSegment } from '../utils/uris.js';

/** Prefix of the group keys of loose files (files outside any network folder). */
export const LOOSE_PREFIX = 'loose:';

export function isLooseGroup(key: string): boolean {
    return key.startsWith(LOOSE_PREFIX);
}

export class NetworkGroups {
    private readonly documents: LangiumDocuments;
    private roots: Set<string> | undefined;
    private readonly keys = new Map<string, string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        // The grouping depends on which documents declare a network: recompute it once parsing is
        // done. Until then the previous grouping stays, which the document builder uses to decide
        // which documents an edit affects.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => this.clear());
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            if (deleted.length > 0) this.clear();
        });
    }

    clear(): void {
        this.roots = undefined;
        this.keys.clear();
    }

    /** The group key of a document: the folder URI of its network declaration, or `loose:<folder URI>`. */
    groupOf(uri: URI | string): string {
        const uriString = uri.toString();
        const cached = this.keys.get(uriString);
        if (cached !== undefined) return cached;
        const roots = this.networkRoots();
        if (isUnsaved(uriString)) {
            const key = roots.has(uriString) ? uriString : LOOSE_PREFIX + uriString;
            this.keys.set(uriString, key);
            return key;
        }
        let key = LOOSE_PREFIX + (folderOf(uriString) ?? '');
        let folder = folderOf(uriString);
        while (folder !== undefined) {
            if (roots.has(folder)) {
                key = folder;
                break;
            }
            folder = parentFolder(folder);
        }
        this.keys.set(uriString, key);
        return key;
    }

    /**
     * All documents of a group in a stable order: the files declaring a network first, then by
     * URI. The first declaration of a name counts; later ones are duplicates.
     */
    documentsOf(key: string): LangiumDocument[] {
        return this.documents.all
            .filter(doc => this.groupOf(doc.uri) === key)
            .toArray()
            .map(doc => ({ doc, first: declaresNetwork(doc) ? 0 : 1 }))
            .sort((a, b) => a.first - b.first || compareStrings(a.doc.uri.toString(), b.doc.uri.toString()))
            .map(entry => entry.doc);
    }

    /** The set of document URIs of a group. */
    urisOf(key: string): Set<string> {
        return new Set(this.documentsOf(key).map(doc => doc.uri.toString()));
    }

    private networkRoots(): Set<string> {
        if (!this.roots) {
            const roots = new Set<string>();
            for (const doc of this.documents.all) {
                if (declaresNetwork(doc)) {
                    const uri = doc.uri.toString();
                    // An unsaved buffer's network is the buffer alone.
                    const folder = isUnsaved(uri) ? uri : folderOf(uri);
                    if (folder !== undefined) roots.add(folder);
                }
            }
            this.roots = roots;
        }
        return this.roots;
    }
}

/**
 * Whether a text may declare a network, before it is parsed: `network` at the start of a line, or
 * after a block comment or a `}` on its line. A cheap test that errs towards yes (a comment line starting with `network`
 * passes it); `declaresNetwork` and `parsedDeclaresNetwork` give the parser's answer.
 */
export function mayDeclareNetwork(text: string): boolean {
    return /(?:^|\*\/|\})[^\S\r\n]*network\b/m.test(text);
}

/** Whether a parsed root declares a network (the parser's answer: comments and strings declare nothing). */
export function rootDeclaresNetwork(root: unknown): boolean {
    if (!isModel(root)) return false;
    // Asked for every file of a network on every build: a parsed tree is not changed, so its answer is kept.
    let declares = declaring.get(root);
    if (declares === undefined) declaring.set(root, declares = root.elements.some(isNetwork));
    return declares;
}

const declaring = new WeakMap<object, boolean>();

export function declaresNetwork(doc: LangiumDocument): boolean {
    return rootDeclaresNetwork(doc.parseResult?.value);
}

/** Folder part of a URI string, without a trailing slash; undefined at the top. */
export function folderOf(uri: string): string | undefined {
    const slash = uri.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const folder = uri.substring(0, slash);
    // Stop at the scheme root, e.g. 'file://'
    return folder.endsWith(':/') || folder.endsWith('://') || folder.endsWith(':') ? undefined : folder;
}

function parentFolder(folder: string): string | undefined {
    return folderOf(folder);
}

export function compareStrings(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a document URI is an unsaved buffer, with no folder: `untitled:Untitled-1` (VS Code's new
 * files), `untitled:/path/name` too, or any URI without a folder part.
 */
export function isUnsaved(uri: string): boolean {
    return uri.startsWith('untitled:') || folderOf(uri) === undefined;
}

/** A short, readable label for a group key (the folder's base name; an unsaved buffer's name). */
export function groupLabel(key: string): string {
    const uri = isLooseGroup(key) ? key.substring(LOOSE_PREFIX.length) : key;
    if (uri.startsWith('untitled:')) return lastSegment(uri.substring('untitled:'.length));
    return lastSegment(uri);
}

/** Where a group's names are declared, for messages: `in folder 'x' (no network declared there)`, `in network folder 'x'`, `in unsaved buffer 'Untitled-1'`. */
export function groupPlace(key: string, { noNetworkNote = true } = {}): string {
    const uri = isLooseGroup(key) ? key.substring(LOOSE_PREFIX.length) : key;
    if (isUnsaved(uri)) return `in unsaved buffer '${groupLabel(key)}'`;
    if (!isLooseGroup(key)) return `in network folder '${groupLabel(key)}'`;
    return `in folder '${groupLabel(key)}'${noNetworkNote ? ' (no network declared there)' : ''}`;
}
