/**
 * Hover: what the editor shows over a name. Partners, roles, goals, meetings and the network
 * (at their declaration, its keyword, or any reference to them), ties (anywhere in a tie except on a
 * partner name, which shows the partner), policy keys and rule codes (in `rule CODE ...` and in
 * `// @allow CODE` comments).
 *
 * The content comes from the network's analysis (NetworkAnalyzer), which is rebuilt on every build
 * of any file of the network, so a hover in one file reflects an edit in another.
 */
import { AstUtils, Cancellation, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { describe as describeLocation } from '../model/build.js';
import { AllowComments } from '../model/suppression.js';
import type { Element } from '../model/types.js';
import { DECLARATION_FACTS, wordOf } from '../model/facts.js';
import { isAt, modelOf } from './declarations.js';
import { elementOf } from '../model/network.js';
import type { NetworkAnalyzer, NetworkResult } from '../validation/network-analyzer.js';
import type { PartnershipSettings } from '../validation/partnership-settings.js';
import type { PartnershipServices } from '../partnership-module.js';
import {
    describeGoal, describeIgnoredTie, describeMeeting, describeNetwork, describePartner, describeRole, describeRule,
    describeThreshold, describeTie
} from './describe.js';
import { localToday } from '../utils/dates.js';

export class PartnershipHoverProvider implements HoverProvider {
    private readonly analyzer: NetworkAnalyzer;
    private readonly settings: PartnershipSettings;
    private readonly references: References;

    constructor(services: PartnershipServices) {
        this.analyzer = services.network.Analyzer;
        this.settings = services.network.Settings;
        this.references = services.references.References;
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams, cancelToken = Cancellation.CancellationToken.None): Promise<Hover | undefined> {
        const allowed = this.allowCodeAt(document, params.position);
        if (allowed) return allowed;
        // The analysis the description reads, between checkpoints (not in one piece inside the request).
        await this.analyzer.resultForDocumentAsync(document.uri.toString(), cancelToken);
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden || offset < leaf.offset || offset >= leaf.end) return undefined;
        const value = this.contentAt(document, leaf);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** The markdown for the leaf under the cursor, if it names something worth describing. */
    protected contentAt(document: LangiumDocument, leaf: CstNode): string | undefined {
        // A declaration's name, or a reference to a declaration.
        const [target] = this.references.findDeclarations(leaf);
        if (target) return this.describeDeclaration(target);

        const node = leaf.astNode;
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        if (ast.isRuleSeverity(node) && feature === 'code') {
            return describeRule(node.code, this.settings.docsBase, this.result(document).network);
        }
        if (ast.isThreshold(node) && feature === 'key') {
            return describeThreshold(node.key, this.result(document).network);
        }
        const tie = AstUtils.getContainerOfType(node, ast.isTie);
        if (tie) return this.describeDeclaration(tie);
        // The keyword that starts a declaration (`partner`, `network`, ...).
        if (ast.isElement(node) && node.$cstNode && leaf.offset === node.$cstNode.offset) {
            return this.describeDeclaration(node);
        }
        return undefined;
    }

    /** The description of a declaration, from the analysis of the network it belongs to. */
    protected describeDeclaration(node: AstNode): string | undefined {
        const document = AstUtils.getDocument(node);
        const uri = document.uri.toString();
        const result = this.result(document);
        const { network } = result;
        if (ast.isTie(node)) {
            const left = node.left?.$refText ?? '?';
            const right = node.right?.$refText ?? '?';
            const model = modelOf(network, node, uri);
            return model ? describeTie(result, model, this.settings.today ?? localToday()) : describeIgnoredTie(left, right);
        }
        if (!ast.isElement(node)) return undefined;
        const declaration = node as Declaration;
        if (!declaration.name) return undefined;
        const model = elementFor(result, declaration);
        if (!model || !isAt(model.location, uri, node)) return duplicate(declaration, firstNamed(result, declaration.name));
        switch (model.kind) {
            case 'partner': return describePartner(result, model);
            case 'network': return describeNetwork(result);
            case 'role': return describeRole(result, model);
            case 'goal': return describeGoal(result, model, this.settings.today ?? localToday());
            case 'meeting': return describeMeeting(result, model);
            default: return undefined;
        }
    }

    private result(document: LangiumDocument): NetworkResult {
        return this.analyzer.resultForDocument(document.uri.toString());
    }

    /** A rule code in a `// @allow CODE, CODE -- reason` comment. */
    private allowCodeAt(document: LangiumDocument, position: HoverParams['position']): Hover | undefined {
        const line = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
        if (!line.includes('@allow')) return undefined;
        const [comment] = new AllowComments(line.replace(/\r?\n$/, '')).all();
        const code = comment?.codeColumns.find(c => c.start <= position.character && position.character < c.end);
        if (!code) return undefined;
        const value = describeRule(code.code, this.settings.docsBase, this.result(document).network);
        if (!value) return undefined;
        const range: Range = { start: { line: position.line, character: code.start }, end: { line: position.line, character: code.end } };
        return { contents: { kind: 'markdown', value }, range };
    }
}

type Declaration = ast.Network | ast.Partner | ast.Role | ast.Goal | ast.Meeting;

/** The model element a declaration's name maps to (the first declaration of that name). */
function elementFor(result: NetworkResult, node: Declaration): Element | undefined {
    return elementOf(result.network, DECLARATION_FACTS[node.$type].kind, node.name);
}

/** The declaration the analysis keeps for a name, of any kind. */
function firstNamed(result: NetworkResult, name: string): Element | undefined {
    const { network } = result;
    return (network.declaration?.name === name ? network.declaration : undefined)
        ?? network.partners.get(name) ?? network.roles.get(name) ?? network.goals.get(name) ?? network.meetings.get(name);
}

/** A declaration that the analysis leaves out because its name (or the network block) came first elsewhere. */
function duplicate(node: Declaration, first: Element | undefined): string {
    const kind = wordOf(node.$type);
    if (ast.isNetwork(node)) {
        return `**${node.name}** — network\n\nA second network block in this folder tree: it is ignored, including its policy.`;
    }
    const where = first ? ` (${describeLocation(first.nameLocation)})` : '';
    return `**${node.name}** — ${kind}\n\nA second declaration of \`${node.name}\`: the first one${where} counts, and this one is left out of the analysis.`;
}
