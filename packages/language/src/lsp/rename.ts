/**
 * Rename of a network, partner, role, goal or meeting, from its declaration or any reference, in
 * all files of its network. The new name must be a valid name (not a keyword) and free in the
 * network: partners, roles, goals, meetings and the network share one set of names. Otherwise the
 * request fails with a message the editor shows.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
// The connection of the language server comes from vscode-languageserver; its ResponseError is
// the one the connection turns into an error response (Langium's own copy would not be).
import {
    LSPErrorCodes, ResponseError, type CancellationToken, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit
} from 'vscode-languageserver';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { groupPlace } from '../workspace/network-groups.js';
import type { PartnershipScopeProvider } from '../references/partnership-scope.js';
import { DECLARATIONS, NAME_PATTERN, fileName } from './declarations.js';
import { NAMED_DECLARATION_TYPES, isNamedDeclarationType } from '../model/facts.js';
import { keywordsOfGrammar } from '../utils/names.js';

export class PartnershipRenameProvider extends DefaultRenameProvider {
    private readonly groups: NetworkGroups;
    private readonly scopes: PartnershipScopeProvider;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: LangiumServices & { shared: { network: { Groups: NetworkGroups } } }) {
        super(services);
        this.groups = services.shared.network.Groups;
        this.scopes = services.references.ScopeProvider as PartnershipScopeProvider;
        this.keywords = keywordsOfGrammar();
    }

    /**
     * The range of the name under the cursor (a declaration's name or a resolved reference), which
     * the editor offers for editing; nothing elsewhere.
     */
    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, _cancelToken?: CancellationToken): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (!target || !isNamedDeclarationType(target.$type)) return undefined;
        return this.renameNodeRange(document, params.position);
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target || !isNamedDeclarationType(target.$type)) return undefined;
        // One name in any normal form: written as its NFC, the form declarations and references are compared in.
        const newName = params.newName.trim().normalize('NFC');
        const oldName = (target as AstNode & { name?: string }).name;
        if (newName === oldName) return { changes: {} };
        this.checkName(newName);
        this.checkFree(target, newName);
        return super.rename(document, { ...params, newName }, cancelToken);
    }

    private targetAt(document: LangiumDocument, position: RenameParams['position']): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private checkName(name: string): void {
        if (!NAME_PATTERN.test(name)) {
            throw fail(`'${name}' is not a valid name: a name starts with a letter (of any script) or '_' and continues with letters, digits and '_', with single hyphens between word parts (Food-Bank, staff_time, JoséMartí).`);
        }
        if (this.keywords.has(name)) {
            throw fail(`'${name}' is a keyword and can't be used as a name.`);
        }
    }

    /** The new name must not be declared in the network yet, by a declaration of any kind. */
    private checkFree(target: AstNode, name: string): void {
        const uri = AstUtils.getDocument(target).uri;
        const group = this.groups.groupOf(uri);
        for (const type of NAMED_DECLARATION_TYPES) {
            const existing = this.scopes.scopeFor(group, type).getElement(name);
            if (existing) {
                const where = groupPlace(group, { noNetworkNote: false });
                throw fail(`'${name}' is already taken: a ${DECLARATIONS[type].word} named '${name}' is declared ${where} (${fileName(existing.documentUri.toString())}). Names are unique across partners, roles, goals and meetings of a network.`);
            }
        }
    }
}

function fail(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}
