/**
 * Quick fixes (LSP code actions of kind `quickfix`), each a WorkspaceEdit:
 *
 * - partner-without-role: "Assign role X to P" for each role of the network (the first
 *   MAX_ROLE_ACTIONS in declaration order), and "Create role PRole for P" (declares a role and
 *   assigns it);
 * - one-sided-tie: "Add what B gives (v)": a `B gives v` line in the tie, where v is the first value
 *   a role B plays provides, or `information`;
 * - unresolved-reference: "Change to Y" when a declared name is the likely one (the linker's "did you
 *   mean", preferred), and "Create partner|role|goal X" when no declaration of any kind has that name;
 * - any rule finding: "Allow CODE here": `// @allow CODE -- reason` above the declaration the finding
 *   belongs to, or `, CODE` added to an `@allow` comment already there;
 * - on a tie (the cursor anywhere in it; preferred on its overdue-checkin and never-checked-in
 *   diagnostics): "Record a check-in today": its `last-checkin` set to today (the rules' today: the
 *   `today` setting, else the server's local date), or a `last-checkin` line added at the end of its
 *   block, laid out as `partnership format` lays it out.
 *
 * New declarations go into the network's file that holds most declarations of that kind (the file
 * that declares the network wins a tie, then the order of the files' paths), right after the last
 * one of them; with none of that kind anywhere, at the end of the file that declares the network (or
 * of the current file, outside any network folder). See docs/editor.md.
 */
import { TextDocument, URI, isCompositeCstNode, isLeafCstNode, type AstNode, type AstReflection, type CompositeCstNode, type CstNode, type LangiumDocument, type LangiumDocuments, type ReferenceInfo } from 'langium';
import type { CodeActionProvider, Formatter } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { Element, ElementKind, NetworkModel } from '../model/types.js';
import { ALLOW_SYNTAX, AllowComments, startsLine } from '../model/suppression.js';
import type { NetworkAnalyzer, NetworkResult } from '../validation/network-analyzer.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { declaresNetwork } from '../workspace/network-groups.js';
import type { PartnershipServices } from '../partnership-module.js';
import { propertyNodes } from '../utils/cst-properties.js';
import { RULES_BY_CODE, type Finding, type FindingFix } from '../rules/index.js';
import { VALUES, wordOf } from '../model/facts.js';
import { elementOf } from '../model/network.js';
import { lastSegment } from '../utils/uris.js';
import { NAME_PATTERN } from './declarations.js';
import { CANONICAL_FORMATTING_OPTIONS } from './formatter.js';
import type { PartnershipSettings } from '../validation/partnership-settings.js';
import { localToday } from '../utils/dates.js';

/** At most this many "Assign role X" actions per partner (a long menu helps nobody). */
export const MAX_ROLE_ACTIONS = 20;
/** The value `B gives ...` gets when none of B's roles provides one. */
export const DEFAULT_GIVEN_VALUE = 'information';
/** The reason an `@allow` comment is created with, for the user to replace. */
export const ALLOW_REASON_PLACEHOLDER = 'reason';

const INDENT = '    ';

/** The findings "Record a check-in today" fixes (never-checked-in's own add-property fix is this action). */
const CHECKIN_CODES: ReadonlySet<string> = new Set(['overdue-checkin', 'never-checked-in']);

/** What diagnostics of ours carry in `data` (validation/network-analyzer.ts and Langium's linking errors). */
interface DiagnosticData {
    code?: string;
    element?: { kind: ElementKind; name: string };
    fix?: FindingFix;
    containerType?: string;
    property?: string;
    refText?: string;
    /** The declared name the linker suggests for an unresolved one. */
    suggestion?: string;
}

/** The declarations a quick fix can create for an unresolved name. */
type DeclarationType = 'Partner' | 'Role' | 'Goal';
const CREATABLE: ReadonlySet<string> = new Set<DeclarationType>(['Partner', 'Role', 'Goal']);

/** A document's text split into lines, with its line ending. */
class SourceText {
    readonly lines: string[];
    readonly eol: string;

    constructor(readonly text: string) {
        // Line breaks as in LSP positions: \r\n, \n or a lone \r.
        this.lines = text.split(/\r\n|\r|\n/);
        this.eol = text.includes('\r\n') ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
    }

    line(line: number): string {
        return this.lines[line] ?? '';
    }

    indentOf(line: number): string {
        return /^[ \t]*/.exec(this.line(line))![0];
    }

    /** The line's text after a position is blank or a `//` comment. */
    restIsBlank(position: Position): boolean {
        const rest = this.line(position.line).slice(position.character).trim();
        return rest === '' || rest.startsWith('//');
    }

    lineEnd(line: number): Position {
        return { line, character: this.line(line).length };
    }

    end(): Position {
        return this.lineEnd(this.lines.length - 1);
    }
}

/** The edits of one action, by document URI. */
class Edits {
    readonly changes: Record<string, TextEdit[]> = {};

    add(uri: string, edit: TextEdit | undefined): boolean {
        if (!edit) return false;
        (this.changes[uri] ??= []).push(edit);
        return true;
    }
}

/** The services a request reads. */
interface Services {
    analyzer: NetworkAnalyzer;
    groups: NetworkGroups;
    documents: LangiumDocuments;
    reflection: AstReflection;
    settings: PartnershipSettings;
    formatter: Formatter | undefined;
}

export class PartnershipCodeActionProvider implements CodeActionProvider {
    private readonly services: Services;

    constructor(services: PartnershipServices) {
        this.services = {
            analyzer: services.network.Analyzer,
            groups: services.shared.network.Groups,
            documents: services.shared.workspace.LangiumDocuments,
            reflection: services.shared.AstReflection,
            settings: services.network.Settings,
            formatter: services.lsp.Formatter
        };
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] | undefined {
        if (!wantsQuickFixes(params.context.only)) return undefined;
        const request = new ActionRequest(this.services, document, params.textDocument.uri);
        const actions: CodeAction[] = [];
        const seen = new Set<string>();
        const add = (action: CodeAction) => {
            const key = JSON.stringify([action.title, action.edit]);
            if (seen.has(key)) return;
            seen.add(key);
            actions.push(action);
        };
        for (const diagnostic of params.context.diagnostics) {
            for (const action of request.actionsFor(diagnostic)) add(action);
        }
        // On the tie at the cursor (the same action as a diagnostic's above is not repeated).
        const checkin = request.recordCheckinAt(params.range.start);
        if (checkin) add(checkin);
        return actions;
    }
}

/** One code action request: caches texts and the network result it needs. */
class ActionRequest {
    private readonly texts = new Map<string, SourceText>();
    private result: NetworkResult | undefined;
    private readonly documentUri: string;

    constructor(private readonly services: Services, private readonly document: LangiumDocument, private readonly clientUri: string) {
        this.documentUri = document.uri.toString();
    }

    private get network(): NetworkModel {
        return this.networkResult.network;
    }

    private get networkResult(): NetworkResult {
        return this.result ??= this.services.analyzer.resultForDocument(this.documentUri);
    }

    actionsFor(diagnostic: Diagnostic): CodeAction[] {
        const data = (diagnostic.data ?? {}) as DiagnosticData;
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : data.code;
        if (code === 'unresolved-reference') return this.createDeclarationActions(diagnostic, data);
        if (code === undefined || !RULES_BY_CODE.has(code)) return [];
        // The finding as the analysis has it now (works for clients that drop `data`), else `data`.
        const finding = this.findingOf(code, diagnostic.range);
        const element = finding?.element ?? data.element;
        const fix = finding?.fix ?? data.fix;
        const actions: CodeAction[] = [];
        if (fix?.kind === 'assign-role') actions.push(...this.assignRoleActions(diagnostic, fix.partner));
        if (fix?.kind === 'add-gives') actions.push(...this.addGivesActions(diagnostic, fix.tie, fix.giver));
        if (CHECKIN_CODES.has(code)) {
            const tie = this.tieAt(diagnostic.range.start);
            const action = tie && this.recordCheckin(tie, diagnostic);
            if (action) actions.push(action);
        } else if (fix?.kind === 'add-property') {
            actions.push(...this.addPropertyActions(diagnostic, fix.element, fix.lines, fix.title));
        }
        if (element) actions.push(...this.allowActions(diagnostic, code, element));
        return actions;
    }

    // ----- partner-without-role -------------------------------------------------------------

    private assignRoleActions(diagnostic: Diagnostic, partnerName: string): CodeAction[] {
        const partner = this.network.partners.get(partnerName);
        const node = partner && this.nodeOf(partner);
        if (!partner || !ast.isPartner(node)) return [];
        const uri = partner.location.uri;
        const roles = [...this.network.roles.keys()];
        const actions: CodeAction[] = [];
        for (const role of roles.slice(0, MAX_ROLE_ACTIONS)) {
            const edits = new Edits();
            if (!edits.add(this.editUri(uri), this.assignRole(node, uri, role))) continue;
            actions.push(quickFix(`Assign role ${role} to ${partnerName}`, diagnostic, edits, roles.length === 1));
        }
        const stubName = this.freeName(`${partnerName}Role`);
        const edits = new Edits();
        const declaration = this.declarationEdit('Role', `role ${stubName}`);
        // The `plays` edit first: where both insert at the same place (a partner without a block at
        // the end of the file), edits at one position apply in array order.
        if (declaration && edits.add(this.editUri(uri), this.assignRole(node, uri, stubName)) && edits.add(this.editUri(declaration.uri), declaration.edit)) {
            actions.push(quickFix(`Create role ${stubName} for ${partnerName}${this.elsewhere(declaration.uri)}`, diagnostic, edits, false));
        }
        return actions;
    }

    /** `plays role` in the partner's block: after its `plays` or `sector` line, else first. */
    private assignRole(node: ast.Partner, uri: string, role: string): TextEdit | undefined {
        const properties = propertyNodes(node);
        const anchor = last(properties.get('plays')) ?? last(properties.get('sector'));
        return this.addProperty(node, uri, anchor, `plays ${role}`);
    }

    /** A name no declaration of the network has: `base`, else `base2`, `base3`... */
    private freeName(base: string): string {
        const taken = (name: string) => this.isDeclared(name);
        if (!taken(base)) return base;
        for (let i = 2; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
    }

    private isDeclared(name: string): boolean {
        const network = this.network;
        return network.partners.has(name) || network.roles.has(name) || network.goals.has(name)
            || network.meetings.has(name) || network.declaration?.name === name;
    }

    // ----- one-sided-tie --------------------------------------------------------------------

    private addGivesActions(diagnostic: Diagnostic, tieName: string, giver: string): CodeAction[] {
        const tie = this.network.ties.find(t => t.name === tieName);
        const node = tie && this.nodeOf(tie);
        if (!tie || !ast.isTie(node)) return [];
        const value = this.valueGivenBy(giver);
        const anchor = last(node.gives.map(give => give.$cstNode).filter(isDefined));
        const edits = new Edits();
        if (!edits.add(this.editUri(tie.location.uri), this.addProperty(node, tie.location.uri, anchor, `${giver} gives ${value}`))) return [];
        return [quickFix(`Add what ${giver} gives (${giver} gives ${value})`, diagnostic, edits, true)];
    }

    /** The first value that a role the partner plays provides, else `information`. */
    private valueGivenBy(partnerName: string): string {
        const partner = this.network.partners.get(partnerName);
        for (const role of partner?.roles ?? []) {
            const value = this.network.roles.get(role)?.provides.find(v => (VALUES as readonly string[]).includes(v));
            if (value) return value;
        }
        return DEFAULT_GIVEN_VALUE;
    }

    // ----- a missing property (goal achieved, last-checkin, lane, decisions/conflict) ---------

    private addPropertyActions(diagnostic: Diagnostic, element: { kind: ElementKind; name: string }, lines: readonly string[], title: string): CodeAction[] {
        const model = element.kind === 'tie' ? this.network.ties.find(t => t.name === element.name)
            : element.kind === 'network' ? this.network.declaration
                : elementOf(this.network, element.kind, element.name);
        const node = model && this.nodeOf(model);
        const cst = node?.$cstNode;
        if (!model || !node || !cst || !isCompositeCstNode(cst) || lines.length === 0) return [];
        // After the block's last line (before its `}`), one line each, in order.
        const at = lastInBlock(cst);
        const edits = new Edits();
        const uri = model.location.uri;
        for (const line of lines) if (!edits.add(this.editUri(uri), this.addProperty(node, uri, at, line))) return [];
        return [quickFix(title, diagnostic, edits, true)];
    }

    // ----- Record a check-in today (a tie's last-checkin) -------------------------------------

    /** "Record a check-in today" on the tie of this document at `position`, if there is one. */
    recordCheckinAt(position: Position): CodeAction | undefined {
        const tie = this.tieAt(position);
        return tie && this.recordCheckin(tie);
    }

    /** The tie declared in this document whose text holds `position` (its ends included). */
    private tieAt(position: Position): ast.Tie | undefined {
        const root = this.document.parseResult?.value;
        if (!ast.isModel(root)) return undefined;
        const offset = this.document.textDocument.offsetAt(position);
        return root.elements.find((element): element is ast.Tie =>
            ast.isTie(element) && element.$cstNode !== undefined && element.$cstNode.offset <= offset && offset <= element.$cstNode.end);
    }

    /**
     * `last-checkin` set to today: the date replaced where the tie has the line (nothing to do when
     * it says today already), else a line added at the end of its block. A diagnostic given makes
     * the action its preferred fix.
     */
    private recordCheckin(tie: ast.Tie, diagnostic?: Diagnostic): CodeAction | undefined {
        const today = this.services.settings.today ?? localToday();
        const uri = this.documentUri;
        const dates = propertyNodes(tie).get('lastCheckin') ?? [];
        const edits = new Edits();
        if (dates.length > 0) {
            for (const date of dates) if (date.text !== today) edits.add(this.editUri(uri), { range: date.range, newText: today });
        } else {
            edits.add(this.editUri(uri), this.addBlockLine(tie, uri, `last-checkin ${today}`));
        }
        if (Object.keys(edits.changes).length === 0) return undefined;
        const title = `Record a check-in today (last-checkin ${today})`;
        if (diagnostic) return quickFix(title, diagnostic, edits, true);
        return { title, kind: CodeActionKind.QuickFix, isPreferred: false, edit: { changes: edits.changes } };
    }

    /**
     * A property line at the end of a declaration's block, in the layout of `partnership format`:
     * after the block's last line; a block added to a declaration without one; an empty one-line
     * block (`{ }`) opened onto three lines; a one-line block with properties laid out by the
     * formatter first (the declaration replaced by its formatted text with the line in it).
     */
    private addBlockLine(node: AstNode, uri: string, property: string): TextEdit | undefined {
        const cst = node.$cstNode;
        const text = this.textOf(uri);
        if (!cst || !isCompositeCstNode(cst) || !text) return undefined;
        const visible = ownContent(cst);
        const open = visible.find(child => isLeafCstNode(child) && child.text === '{');
        const close = [...visible].reverse().find(child => isLeafCstNode(child) && child.text === '}');
        if (!open || !close || close.range.start.line !== open.range.end.line) return this.addProperty(node, uri, lastInBlock(cst), property);
        const declIndent = text.indentOf(cst.range.start.line);
        const eol = text.eol;
        const inner = visible.slice(visible.indexOf(open) + 1, visible.indexOf(close));
        if (inner.length === 0) {
            return { range: { start: open.range.start, end: close.range.end }, newText: `{${eol}${declIndent}${INDENT}${property}${eol}${declIndent}}` };
        }
        const formatted = this.formattedText(uri, cst);
        const lastBreak = formatted?.lastIndexOf(eol) ?? -1;
        if (!formatted || lastBreak < 0 || !formatted.endsWith('}')) return this.addProperty(node, uri, lastInBlock(cst), property);
        return { range: cst.range, newText: `${formatted.slice(0, lastBreak)}${eol}${declIndent}${INDENT}${property}${formatted.slice(lastBreak)}` };
    }

    /** A node's text as the formatter lays it out (undefined where it cannot: syntax errors, no formatter). */
    private formattedText(uri: string, cst: CstNode): string | undefined {
        const document = this.documentOf(uri);
        const formatter = this.services.formatter;
        if (!document || !formatter) return undefined;
        const result = formatter.formatDocumentRange(document, { textDocument: { uri }, range: cst.range, options: CANONICAL_FORMATTING_OPTIONS });
        if (!Array.isArray(result) || result.length === 0) return undefined;
        const textDocument = document.textDocument;
        const inside = result.filter(edit => {
            const start = textDocument.offsetAt(edit.range.start);
            return start >= cst.offset && start < cst.end && textDocument.offsetAt(edit.range.end) <= cst.end;
        });
        const growth = inside.reduce((sum, edit) => sum + edit.newText.length - (textDocument.offsetAt(edit.range.end) - textDocument.offsetAt(edit.range.start)), 0);
        const edited = TextDocument.applyEdits(TextDocument.create(uri, 'partnership', 0, textDocument.getText()), inside);
        return edited.slice(cst.offset, cst.end + growth);
    }

    // ----- unresolved-reference -------------------------------------------------------------

    private createDeclarationActions(diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
        const name = data.refText ?? this.document.textDocument.getText(diagnostic.range);
        const actions: CodeAction[] = [];
        // Clients that drop `data` still have the message's "Did you mean 'Y'?".
        const suggestion = data.suggestion ?? /Did you mean '([^']+)'\?$/.exec(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value)?.[1];
        if (suggestion && NAME_PATTERN.test(suggestion) && this.isDeclared(suggestion)) {
            const edits = new Edits();
            edits.add(this.editUri(this.document.uri.toString()), { range: diagnostic.range, newText: suggestion });
            actions.push(quickFix(`Change to ${suggestion}`, diagnostic, edits, true));
        }
        const type = this.referenceType(data) ?? this.referenceTypeAt(diagnostic.range);
        if (!type || !NAME_PATTERN.test(name)) return actions;
        // The name exists as another kind: creating it again would be a duplicate-name error.
        if (this.isDeclared(name)) return actions;
        const word = wordOf(type);
        const declaration = this.declarationEdit(type, `${word} ${name}`);
        const edits = new Edits();
        if (!declaration || !edits.add(this.editUri(declaration.uri), declaration.edit)) return actions;
        actions.push(quickFix(`Create ${word} ${name}${this.elsewhere(declaration.uri)}`, diagnostic, edits, actions.length === 0));
        return actions;
    }

    private referenceType(data: DiagnosticData): DeclarationType | undefined {
        if (!data.containerType || !data.property) return undefined;
        try {
            const type = this.services.reflection.getReferenceType({ container: { $type: data.containerType }, property: data.property } as ReferenceInfo);
            return CREATABLE.has(type) ? type as DeclarationType : undefined;
        } catch {
            return undefined;
        }
    }

    /** Without `data`: the type of the unresolved reference written at the range. */
    private referenceTypeAt(range: Range): DeclarationType | undefined {
        for (const reference of this.document.references) {
            const at = reference.$refNode?.range;
            if (!at || !samePosition(at.start, range.start) || !samePosition(at.end, range.end)) continue;
            const container = reference.$refNode?.astNode;
            if (!container) continue;
            for (const [property, value] of Object.entries(container)) {
                const refs = Array.isArray(value) ? value : [value];
                if (!refs.includes(reference)) continue;
                return this.referenceType({ containerType: container.$type, property });
            }
        }
        return undefined;
    }

    /**
     * Where a new declaration of a type goes: after the last declaration of that type in the
     * network's file with most of them, else at the end of the file that declares the network (or
     * of this file).
     */
    private declarationEdit(type: DeclarationType, declaration: string): { uri: string; edit: TextEdit } | undefined {
        const groupKey = this.services.groups.groupOf(this.documentUri);
        const documents = this.services.groups.documentsOf(groupKey);
        let best: { uri: string; last: CstNode; count: number } | undefined;
        for (const doc of documents) {
            const root = doc.parseResult?.value;
            if (!ast.isModel(root)) continue;
            const nodes = root.elements.filter(e => e.$type === type && e.$cstNode);
            if (nodes.length > (best?.count ?? 0)) best = { uri: doc.uri.toString(), last: nodes[nodes.length - 1].$cstNode!, count: nodes.length };
        }
        if (best) {
            const text = this.textOf(best.uri);
            if (!text) return undefined;
            const end = best.last.range.end;
            const atLineEnd = text.restIsBlank(end);
            const position = atLineEnd ? text.lineEnd(end.line) : end;
            const following = text.lines[end.line + 1];
            const blankAfter = !atLineEnd || (following !== undefined && following.trim() !== '');
            const newText = `${text.eol}${text.eol}${declaration}${blankAfter ? text.eol : ''}`;
            return { uri: best.uri, edit: { range: { start: position, end: position }, newText } };
        }
        const target = documents.find(declaresNetwork)?.uri.toString() ?? this.documentUri;
        const text = this.textOf(target);
        if (!text) return undefined;
        const before = text.text === '' ? '' : text.text.endsWith(`${text.eol}${text.eol}`) ? '' : text.text.endsWith(text.eol) ? text.eol : `${text.eol}${text.eol}`;
        const end = text.end();
        return { uri: target, edit: { range: { start: end, end }, newText: `${before}${declaration}${text.eol}` } };
    }

    // ----- @allow ---------------------------------------------------------------------------

    private allowActions(diagnostic: Diagnostic, code: string, elementRef: { kind: ElementKind; name: string }): CodeAction[] {
        const element = elementOf(this.network, elementRef.kind, elementRef.name);
        if (!element) return [];
        const uri = element.location.uri;
        const text = this.textOf(uri);
        if (!text) return [];
        const { line, character } = element.location.range.start;
        if (!startsLine(text.line(line), character)) {
            // `} partner A`: the declaration goes on a line of its own, below the new comment.
            const start = { line, character: text.line(line).substring(0, character).trimEnd().length };
            const edits = new Edits();
            edits.add(this.editUri(uri), { range: { start, end: { line, character } }, newText: `${text.eol}// @allow ${code} -- ${ALLOW_REASON_PLACEHOLDER}${text.eol}` });
            return [quickFix(`Allow ${code} here`, diagnostic, edits, false)];
        }
        // The run of `//` lines right above the declaration; extend its nearest @allow comment.
        let first = line;
        while (first > 0 && ALLOW_SYNTAX.commentLine.test(text.line(first - 1))) first--;
        const run = new AllowComments(text.lines.slice(first, line).join('\n')).all().sort((a, b) => b.line - a.line);
        let edit: TextEdit;
        if (run.length > 0) {
            const nearest = run[0];
            if (nearest.codes.includes(code)) return [];
            const at = { line: first + nearest.line, character: nearest.codeColumns[nearest.codeColumns.length - 1].end };
            edit = { range: { start: at, end: at }, newText: `, ${code}` };
        } else {
            const at = { line, character: 0 };
            edit = { range: { start: at, end: at }, newText: `${text.indentOf(line)}// @allow ${code} -- ${ALLOW_REASON_PLACEHOLDER}${text.eol}` };
        }
        const edits = new Edits();
        edits.add(this.editUri(uri), edit);
        return [quickFix(`Allow ${code} here`, diagnostic, edits, false)];
    }

    // ----- helpers --------------------------------------------------------------------------

    private findingOf(code: string, range: Range): Finding | undefined {
        return this.networkResult.byUri.get(this.documentUri)
            ?.find(f => f.code === code && samePosition(f.location.range.start, range.start) && samePosition(f.location.range.end, range.end));
    }

    /** The AST node of a model element (the declaration starting where the element does). */
    private nodeOf(element: Element): AstNode | undefined {
        const root = this.documentOf(element.location.uri)?.parseResult?.value;
        if (!ast.isModel(root)) return undefined;
        const start = element.location.range.start;
        return root.elements.find(e => e.$cstNode && samePosition(e.$cstNode.range.start, start));
    }

    private documentOf(uri: string): LangiumDocument | undefined {
        if (uri === this.documentUri) return this.document;
        return this.services.documents.getDocument(URI.parse(uri));
    }

    private textOf(uri: string): SourceText | undefined {
        let text = this.texts.get(uri);
        if (!text) {
            const doc = this.documentOf(uri);
            if (!doc) return undefined;
            text = new SourceText(doc.textDocument.getText());
            this.texts.set(uri, text);
        }
        return text;
    }

    /** The URI to put in the edit: the client's spelling for the requested document. */
    private editUri(uri: string): string {
        return uri === this.documentUri ? this.clientUri : uri;
    }

    /** ` in partners.partnership` when a new declaration goes to another file. */
    private elsewhere(uri: string): string {
        return uri === this.documentUri ? '' : ` in ${lastSegment(uri)}`;
    }

    /**
     * Adds a property to a declaration's `{ ... }` block, on a line of its own after `anchor` (or
     * first, without an anchor); to a one-line block before its `}`; or adds a block.
     */
    private addProperty(node: AstNode, uri: string, anchor: CstNode | undefined, property: string): TextEdit | undefined {
        const cst = node.$cstNode;
        const text = this.textOf(uri);
        if (!cst || !isCompositeCstNode(cst) || !text) return undefined;
        const visible = ownContent(cst);
        const open = visible.find(child => isLeafCstNode(child) && child.text === '{');
        const close = [...visible].reverse().find(child => isLeafCstNode(child) && child.text === '}');
        const declIndent = text.indentOf(cst.range.start.line);
        const eol = text.eol;
        if (!open) {
            const end = cst.range.end;
            return { range: { start: end, end }, newText: ` {${eol}${declIndent}${INDENT}${property}${eol}${declIndent}}` };
        }
        if (!close || close.range.start.line < open.range.end.line) return undefined; // half-typed block
        if (close.range.start.line === open.range.end.line) {
            // `{ sector x }` → `{ sector x  plays R }`
            const line = text.line(close.range.start.line);
            let start = close.range.start.character;
            while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
            const separator = start === open.range.end.character ? ' ' : '  ';
            return {
                range: { start: { line: close.range.start.line, character: start }, end: close.range.start },
                newText: `${separator}${property} `
            };
        }
        const firstInside = visible.find(child => child !== close && child.range.start.line > open.range.end.line);
        const indent = firstInside && firstInside.range.start.line < close.range.start.line
            ? text.indentOf(firstInside.range.start.line)
            : declIndent + INDENT;
        const after = (anchor ?? open).range.end;
        if (text.restIsBlank(after)) {
            const at = text.lineEnd(after.line);
            return { range: { start: at, end: at }, newText: `${eol}${indent}${property}` };
        }
        // Something follows on the anchor's line: break the line there.
        const rest = text.line(after.line).slice(after.character);
        const spaces = rest.length - rest.trimStart().length;
        const closesHere = close.range.start.line === after.line && close.range.start.character === after.character + spaces;
        return {
            range: { start: after, end: { line: after.line, character: after.character + spaces } },
            newText: `${eol}${indent}${property}${eol}${closesHere ? declIndent : indent}`
        };
    }
}

/**
 * The visible CST children of a declaration's own rule: a declaration's CST node wraps the node of
 * its rule (`Element: ... | Partner | ...`), so unwrap while a node holds just a node of the same element.
 */
function ownContent(cst: CompositeCstNode): CstNode[] {
    let node = cst;
    for (;;) {
        const visible = node.content.filter(child => !child.hidden);
        const only = visible.length === 1 ? visible[0] : undefined;
        if (only && isCompositeCstNode(only) && only.astNode === node.astNode) node = only;
        else return visible;
    }
}

/** The last visible node inside a declaration's block, before its `}` (undefined for an empty block or none). */
function lastInBlock(cst: CompositeCstNode): CstNode | undefined {
    const visible = ownContent(cst);
    const close = [...visible].reverse().find(child => isLeafCstNode(child) && child.text === '}');
    const anchor = close ? visible[visible.indexOf(close) - 1] : undefined;
    return anchor && !(isLeafCstNode(anchor) && anchor.text === '{') ? anchor : undefined;
}

function quickFix(title: string, diagnostic: Diagnostic, edits: Edits, isPreferred: boolean): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: edits.changes } };
}

/** `only` lists the kinds the client asks for; a quick fix matches `quickfix` and its parents. */
function wantsQuickFixes(only: string[] | undefined): boolean {
    return !only || only.some(kind => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

function samePosition(a: Position, b: Position): boolean {
    return a.line === b.line && a.character === b.character;
}

function last<T>(items: readonly T[] | undefined): T | undefined {
    return items && items.length > 0 ? items[items.length - 1] : undefined;
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
