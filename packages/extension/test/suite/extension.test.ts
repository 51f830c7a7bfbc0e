/**
 * The extension in a real VS Code, driven through the VS Code API as a user's editor would be. The
 * same suite runs in VS Code for the web (test/web, the browser entry and the Web Worker server:
 * run here) and on the desktop (test/desktop, the Node entry: where VS Code can be downloaded).
 *
 * The workspace is a copy of examples/food-access with `partnership.today` set to 2026-11-01 in its
 * .vscode/settings.json, so the findings are those pinned in test/examples.test.ts.
 */
import * as vscode from 'vscode';
import { expect } from 'chai';
import type { CheckinsShown } from '../../src/client/checkins-view.js';

const EXTENSION_ID = 'partnership-lang.partnership-vscode';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const file = (name: string) => vscode.Uri.joinPath(folder(), name);
const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map(d => String(typeof d.code === 'object' ? d.code.value : d.code));

/** Waits until `check` returns a value other than undefined/false, or fails with `what`. */
async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
    const start = Date.now();
    for (;;) {
        const value = await check();
        if (value !== undefined && value !== false) return value;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

async function open(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(file(name));
    return vscode.window.showTextDocument(document, { preview: false });
}

/** The position of the `occurrence`-th `text` in a document (0-based), plus `offset` characters. */
function positionOf(document: vscode.TextDocument, text: string, offset = 0, occurrence = 0): vscode.Position {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(text, index + 1);
    if (index < 0) throw new Error(`'${text}' not found in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

async function replace(document: vscode.TextDocument, text: string, by: string): Promise<void> {
    const start = positionOf(document, text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(start, start.translate(0, text.length)), by);
    expect(await vscode.workspace.applyEdit(edit)).to.equal(true);
}

suite('Partnership extension', function () {
    this.timeout(120_000);

    suiteSetup(async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        expect(extension, `${EXTENSION_ID} is installed`).to.not.equal(undefined);
        await open('network.partnership');
        await extension!.activate();
    });

    test('activates on a .partnership file and reports the example\'s findings with codes and ranges', async () => {
        expect(vscode.extensions.getExtension(EXTENSION_ID)!.isActive).to.equal(true);
        const network = file('network.partnership');
        const partners = file('partners.partnership');
        const ties = file('ties.partnership');
        // The other two files are not open: the server read them from the workspace (in the browser,
        // through the client), as it must for the network-level findings.
        await until('the findings of all three files', () =>
            codes(network).includes('over-budget') && codes(partners).length === 5 && codes(ties).length === 3);
        expect(codes(network).sort()).to.deep.equal(['backbone-overloaded', 'goal-off-track', 'over-budget', 'unused-role']);
        expect(codes(partners).sort()).to.deep.equal(['disengaged-broker', 'partner-over-capacity', 'partner-without-role', 'rushed-commitment', 'single-point-of-failure']);
        expect(codes(ties).sort()).to.deep.equal(['never-checked-in', 'one-sided-tie', 'unanswered-ask']);
        const overBudget = vscode.languages.getDiagnostics(network).find(d => String(d.code) === 'over-budget' || (d.code as { value: string }).value === 'over-budget')!;
        expect(overBudget.severity).to.equal(vscode.DiagnosticSeverity.Error);
        expect(overBudget.message).to.equal('EastsideFoodBank spends 41.6 h/month on ties, meetings and role commitments; budget is 40 h/month (1.6 h/month over).');
        expect([overBudget.range.start.line, overBudget.range.start.character]).to.deep.equal([6, 11]);
        expect(overBudget.relatedInformation?.length).to.equal(9);
    });

    test('an edit in one file updates a finding in another', async () => {
        const ties = (await open('ties.partnership')).document;
        // 8 → 6 hours/month on a tie of ours: 39.6 h/month, within the 40 h budget set in network.partnership.
        await replace(ties, 'effort 8 hours/month', 'effort 6 hours/month');
        await until('over-budget to go from network.partnership', () => !codes(file('network.partnership')).includes('over-budget'));
        await replace(ties, 'effort 6 hours/month', 'effort 8 hours/month');
        await until('over-budget to come back', () => codes(file('network.partnership')).includes('over-budget'));
    });

    test('hover on a partner shows its name, sector, load and network numbers', async () => {
        const ties = (await open('ties.partnership')).document;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ties.uri, positionOf(ties, 'TenantsUnion', 2));
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        expect(text).to.contain('Eastside Tenants Union');
        expect(text).to.contain('community-group');
        expect(text).to.match(/betweenness/i);
    });

    test('completion after `plays` offers the roles of the network, across files', async () => {
        const partners = (await open('partners.partnership')).document;
        const at = positionOf(partners, 'plays Distribution', 'plays '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', partners.uri, at);
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        expect(labels).to.include.members(['Distribution', 'Outreach', 'Evidence', 'Funder', 'Sourcing']);
    });

    test('go to definition jumps from a tie to the partner declared in another file', async () => {
        const ties = (await open('ties.partnership')).document;
        const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', ties.uri, positionOf(ties, 'TenantsUnion', 2));
        expect(locations.length).to.equal(1);
        const target = 'targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri;
        const range = 'targetUri' in locations[0] ? (locations[0].targetSelectionRange ?? locations[0].targetRange) : locations[0].range;
        expect(target.path).to.match(/partners\.partnership$/);
        const partners = await vscode.workspace.openTextDocument(target);
        expect(partners.getText(range)).to.equal('TenantsUnion');
    });

    test('formatting gives the canonical layout', async () => {
        // An untitled document: a network of its own, the example's stays as it is.
        const document = await vscode.workspace.openTextDocument({ language: 'partnership', content: 'partner   Scratch "A scratch partner" { sector nonprofit\n  plays Outreach }\n' });
        const uri = document.uri;
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
        const edit = new vscode.WorkspaceEdit();
        edit.set(uri, edits);
        await vscode.workspace.applyEdit(edit);
        expect(document.getText()).to.equal('partner Scratch "A scratch partner" {\n    sector nonprofit\n    plays Outreach\n}\n');
    });

    test('a quick fix assigns a role to the partner without one', async () => {
        const partners = (await open('partners.partnership')).document;
        const diagnostic = await until('partner-without-role', () =>
            vscode.languages.getDiagnostics(partners.uri).find(d => String(d.code) === 'partner-without-role' || (d.code as { value: string } | undefined)?.value === 'partner-without-role'));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', partners.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map(a => a.title);
        const assign = actions.find(a => a.title.startsWith('Assign role '));
        expect(assign, `an "Assign role" action among ${JSON.stringify(titles)}`).to.not.equal(undefined);
        expect(titles).to.include('Allow partner-without-role here');
        expect(await vscode.workspace.applyEdit(assign!.edit!)).to.equal(true);
        await until('partner-without-role to go', () => !codes(partners.uri).includes('partner-without-role'));
        await vscode.commands.executeCommand('undo');
    });

    test('Show Network Graph opens the webview and draws every partner and tie', async () => {
        await open('network.partnership');
        const drawn = await vscode.commands.executeCommand<{ title: string; nodes: number; edges: number }>('partnership.showGraph');
        expect(drawn.title).to.equal('EastsideFood — Eastside Food Access Coalition');
        expect(drawn.nodes).to.equal(8);
        expect(drawn.edges).to.equal(7);
        const tabs = vscode.window.tabGroups.all.flatMap(group => group.tabs);
        expect(tabs.some(tab => tab.input instanceof vscode.TabInputWebview && tab.label === 'Network graph: EastsideFood'),
            `a graph tab among ${JSON.stringify(tabs.map(t => t.label))}`).to.equal(true);
    });

    test('the graph view redraws when a file of the network changes', async () => {
        const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { graphDrawn(): { nodes: number; edges: number } | undefined };
        const ties = (await open('ties.partnership')).document;
        const start = positionOf(ties, 'tie EastsideHigh -- EastsideFoodBank');
        const end = ties.positionAt(ties.getText().indexOf('}', ties.offsetAt(start)) + 1);
        const edit = new vscode.WorkspaceEdit();
        edit.delete(ties.uri, new vscode.Range(start, end));
        expect(await vscode.workspace.applyEdit(edit)).to.equal(true);
        await until('the graph without the EastsideHigh tie', () => api.graphDrawn()?.edges === 6);
        await vscode.commands.executeCommand('undo');
        await until('the graph with it again', () => api.graphDrawn()?.edges === 7);
    });

    test('Show Metrics and the status bar give the network\'s numbers', async () => {
        const metrics = await vscode.commands.executeCommand<{ title: string; rows: Array<{ id: string }> }>('partnership.showMetrics', file('network.partnership'));
        expect(metrics.rows.length).to.equal(8);
        expect(metrics.rows[0].id).to.equal('EastsideFoodBank');
        await open('network.partnership');
        const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { statusText(): string | undefined };
        const status = await until('the status bar item', () => api.statusText());
        expect(status).to.equal('$(organization) EastsideFood: 41.6 / 40 h/month');
    });

    test('Show Metrics adds Trust and value once the network records a value score', async () => {
        type Shown = { trustValue?: { points: Array<{ id: string; quadrant: string }>; off: Array<{ id: string }> } };
        const before = await vscode.commands.executeCommand<Shown>('partnership.showMetrics', file('network.partnership'));
        expect(before.trustValue).to.equal(undefined);
        const partners = (await open('partners.partnership')).document;
        await replace(partners, '    capacity 60 hours/month\n', '    capacity 60 hours/month\n    value influence 5 involvement 4 resources 4\n');
        const after = await until('the metrics with trust and value', async () =>
            (await vscode.commands.executeCommand<Shown>('partnership.showMetrics', file('network.partnership'))).trustValue);
        // The food bank's ties state trust (no ratings): its trust is theirs, its value 4.33.
        expect(after.points.map(p => `${p.id} ${p.quadrant}`)).to.deep.equal(['EastsideFoodBank rely-on']);
        expect(after.off.length).to.equal(7);
        await vscode.commands.executeCommand('undo');
        await until('the metrics without it again', async () =>
            (await vscode.commands.executeCommand<Shown>('partnership.showMetrics', file('network.partnership'))).trustValue === undefined);
    });

    test('the Check-ins view lists the ties by when they are due and opens a tie when clicked', async () => {
        const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { checkins(): Promise<CheckinsShown> };
        const shown = (view: CheckinsShown) => view.groups.map(g => [g.label, ...g.items.map(i => `${i.label} | ${i.description}`)]);
        // The view is in the Explorer of a workspace with .partnership files (its `when`): focus opens it.
        const first = await until('the view open in the Explorer', async () => {
            await vscode.commands.executeCommand('partnership.checkins.focus');
            const view = await api.checkins();
            return view.visible && view;
        }, 10_000);
        expect(first.today).to.equal('2026-11-01');
        // Every tie of the example checked in within its 3 months; UnitedWayEast's never, and the
        // exploring UrbanFarmsCoop is not expected to be yet.
        expect(shown(first)).to.deep.equal([
            ['Overdue (0)'],
            ['Due this month (0)'],
            ['Later (5)',
                'Eastside Food Bank — Eastside Tenants Union | due 2026-12-15',
                'Eastside Food Bank — County Public Health Department | due 2027-01-02',
                "Eastside Food Bank — St. Mark's Church Pantry | due 2027-01-08",
                'Eastside High School — Eastside Food Bank | due 2027-01-14',
                "St. Mark's Church Pantry — Eastside Tenants Union | due 2027-01-20"],
            ['Never checked in (1)', 'Eastside Food Bank — United Way of the Eastside | never checked in']
        ]);
        expect(first.badge).to.equal(undefined);
        // Two check-ins further back: the view follows the edit.
        const ties = (await open('ties.partnership')).document;
        await replace(ties, 'last-checkin 2026-09-15', 'last-checkin 2026-07-15');
        await replace(ties, 'last-checkin 2026-10-20', 'last-checkin 2026-08-20');
        const edited = await until('the overdue tie in the view', async () => {
            const view = await api.checkins();
            return view.groups[0].items.length === 1 && view.groups[1].items.length === 1 && view;
        });
        expect(shown(edited).slice(0, 2)).to.deep.equal([
            ['Overdue (1)', 'Eastside Food Bank — Eastside Tenants Union | overdue since 2026-10-15 (17 days)'],
            ['Due this month (1)', "St. Mark's Church Pantry — Eastside Tenants Union | due 2026-11-20"]
        ]);
        expect(edited.badge).to.equal(1);
        const overdue = edited.groups[0].items[0];
        expect(overdue.tooltip).to.contain('tie EastsideFoodBank -- TenantsUnion: Eastside Food Bank (EastsideFoodBank) and Eastside Tenants Union (TenantsUnion)');
        expect(overdue.tooltip).to.contain('Last check-in: 2026-07-15');
        expect(overdue.tooltip).to.contain("Check in every 3 months (EastsideFood's default cadence)");
        expect(overdue.tooltip).to.contain('ties.partnership:3');
        // Clicking the item opens the file at the tie, its header selected.
        await open('network.partnership');
        await vscode.commands.executeCommand(overdue.command!.command, ...(overdue.command!.arguments ?? []));
        const editor = await until('the ties file in front', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/ties.partnership') && vscode.window.activeTextEditor);
        expect(editor.document.getText(editor.selection)).to.equal('tie EastsideFoodBank -- TenantsUnion');
        expect(editor.selection.start.line).to.equal(2);
        await replace(ties, 'last-checkin 2026-07-15', 'last-checkin 2026-09-15');
        await replace(ties, 'last-checkin 2026-08-20', 'last-checkin 2026-10-20');
        await until('the view as it was', async () => JSON.stringify(shown(await api.checkins())) === JSON.stringify(shown(first)));
    });

    test('the code action Record a check-in today sets the tie\'s last-checkin to today', async () => {
        const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { checkins(): Promise<CheckinsShown> };
        const ties = (await open('ties.partnership')).document;
        const original = ties.getText();
        const title = 'Record a check-in today (last-checkin 2026-11-01)';
        // The preferred quick fix of never-checked-in: a last-checkin line at the end of the tie's block.
        const never = await until('never-checked-in', () => vscode.languages.getDiagnostics(ties.uri).find(d => String(typeof d.code === 'object' ? d.code.value : d.code) === 'never-checked-in'));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ties.uri, never.range, vscode.CodeActionKind.QuickFix.value);
        const record = actions.find(a => a.title === title);
        expect(record, `"${title}" among ${JSON.stringify(actions.map(a => a.title))}`).to.not.equal(undefined);
        expect(record!.isPreferred).to.equal(true);
        expect(await vscode.workspace.applyEdit(record!.edit!)).to.equal(true);
        expect(ties.getText()).to.contain('tie EastsideFoodBank -- UnitedWayEast {\n    strength moderate\n    effort 4 hours/month\n    trust 4\n    UnitedWayEast gives funding\n    last-checkin 2026-11-01\n}\n');
        await until('never-checked-in to go', () => !codes(ties.uri).includes('never-checked-in'));
        // With the cursor on a tie: its last-checkin replaced.
        const actionsAt = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ties.uri, new vscode.Range(positionOf(ties, 'strength strong', 3), positionOf(ties, 'strength strong', 3)));
        const atCursor = actionsAt.find(a => a.title === title);
        expect(atCursor, `"${title}" among ${JSON.stringify(actionsAt.map(a => a.title))}`).to.not.equal(undefined);
        expect(await vscode.workspace.applyEdit(atCursor!.edit!)).to.equal(true);
        expect(ties.getText()).to.contain('    TenantsUnion gives lived-experience, volunteers\n    last-checkin 2026-11-01\n}');
        expect(ties.getText()).to.not.contain('2026-09-15');
        // The view: no tie left never checked in, both due in three months.
        const view = await until('both in Later', async () => {
            const shown = await api.checkins();
            return shown.groups.length === 3 && shown;
        });
        expect(view.groups[2].items.map(i => `${i.label} | ${i.description}`).slice(-2)).to.deep.equal([
            'Eastside Food Bank — Eastside Tenants Union | due 2027-02-01',
            'Eastside Food Bank — United Way of the Eastside | due 2027-02-01'
        ]);
        // The file as it was.
        const all = new vscode.WorkspaceEdit();
        all.replace(ties.uri, new vscode.Range(ties.positionAt(0), ties.positionAt(ties.getText().length)), original);
        expect(await vscode.workspace.applyEdit(all)).to.equal(true);
        await until('never-checked-in to come back', () => codes(ties.uri).includes('never-checked-in'));
    });

    test('New Network… writes the starting network of partnership init, which has no problem, and never overwrites', async () => {
        const target = file('riverside-start');
        const before = codes(file('network.partnership'));
        const written = await vscode.commands.executeCommand<vscode.Uri[]>('partnership.newNetwork', target, { name: 'RiversideStart', title: 'Riverside start', us: 'RiversideLibrary', budget: '20' });
        expect(written.map(uri => uri.path.split('/').pop())).to.deep.equal(['network.partnership', 'partners.partnership', 'ties.partnership']);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(written[0]));
        expect(text).to.contain('network RiversideStart "Riverside start" {');
        expect(text).to.contain('    us RiversideLibrary\n    budget 20 hours/month\n');
        // It opened the network file; the status bar shows the new network once the server has it.
        expect(vscode.window.activeTextEditor?.document.uri.toString()).to.equal(written[0].toString());
        const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { statusText(): string | undefined };
        await until('the new network in the status bar', () => api.statusText() === '$(organization) RiversideStart: 2 / 20 h/month');
        for (const uri of written) expect(vscode.languages.getDiagnostics(uri).map(d => `${d.code}: ${d.message}`), uri.path).to.deep.equal([]);
        // The folder events of the new files drop none of the workspace's own network (they did).
        await new Promise(resolve => setTimeout(resolve, 1500));
        expect(codes(file('network.partnership'))).to.deep.equal(before);
        // A second time into the same folder: nothing is written.
        await vscode.workspace.fs.writeFile(written[2], new TextEncoder().encode('// mine\n'));
        expect(await vscode.commands.executeCommand('partnership.newNetwork', target, { name: 'Other' })).to.equal(undefined);
        expect(new TextDecoder().decode(await vscode.workspace.fs.readFile(written[2]))).to.equal('// mine\n');
        expect(new TextDecoder().decode(await vscode.workspace.fs.readFile(written[0]))).to.contain('network RiversideStart');
        // An answer that is not a name: nothing is written.
        expect(await vscode.commands.executeCommand('partnership.newNetwork', file('bad-start'), { name: 'Two words' })).to.equal(undefined);
        expect(await vscode.workspace.fs.stat(file('bad-start')).then(() => true, () => false)).to.equal(false);
    });

    test('Import from File… writes the files partnership import writes from a spreadsheet, with its summary', async () => {
        const csv = file('sheets/partners.csv');
        await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode(
            "Organization,Type,Hours per month\nSt. Mark's Church Pantry,Church,8\nEastside Food Bank,NGO,60\nRadio Uno,Broadcaster,\n"));
        const ties = file('sheets/ties.csv');
        await vscode.workspace.fs.writeFile(ties, new TextEncoder().encode('From,To,Effort,Strength\nEastside Food Bank,St. Mark\'s Church Pantry,2 h/week,high\n'));
        const target = file('imported');
        const result = await vscode.commands.executeCommand<{ written: vscode.Uri[]; summary: string }>('partnership.importFromFile', [csv, ties], target);
        expect(result.written.map(uri => uri.path.split('/').pop())).to.deep.equal(['network.partnership', 'partners.partnership', 'ties.partnership']);
        expect(result.summary.split('\n').slice(0, 2)).to.deep.equal([
            'Read partners.csv (3 rows), ties.csv (1 row).',
            'Wrote imported/network.partnership, imported/partners.partnership, imported/ties.partnership: 3 partners, 1 tie, 0 roles, 0 goals, 0 meetings.'
        ]);
        expect(result.summary).to.contain('partners.csv:4:2 skipped: sector "Broadcaster" is not one the language knows');
        const partners = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.written[1]));
        expect(partners).to.contain('partner StMarksChurchPantry "St. Mark\'s Church Pantry" {\n    sector faith\n    capacity 8 hours/month\n}');
        expect(new TextDecoder().decode(await vscode.workspace.fs.readFile(result.written[2]))).to.equal('tie EastsideFoodBank -- StMarksChurchPantry {\n    strength strong\n    effort 2 hours/week\n}\n');
        // The network is the server's at once: its findings come, with no syntax or reference error among them.
        const network = await until('findings of the imported network', () => {
            const found = vscode.languages.getDiagnostics(result.written[1]);
            return found.length > 0 && found;
        });
        expect(network.filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => d.code)).to.deep.equal([]);
        // Again into the same folder: nothing is written over the files.
        expect(await vscode.commands.executeCommand('partnership.importFromFile', [csv], target)).to.equal(undefined);
        // A workbook (test/fixtures/coalition.xlsx), read by exceljs in the server.
        const book = await vscode.commands.executeCommand<{ written: vscode.Uri[]; summary: string }>('partnership.importFromFile', [file('sheets/coalition.xlsx')], file('from-xlsx'));
        expect(book.summary.split('\n')[0]).to.equal('Read coalition.xlsx (2 sheets: Partners (2 rows), Ties (1 row)).');
        expect(new TextDecoder().decode(await vscode.workspace.fs.readFile(book.written[2]))).to.equal('tie EastsideFoodBank -- TenantsUnion {\n    effort 3 hours/month\n}\n');
    });

    test('Export Report writes the HTML report of the network', async () => {
        const target = file('report.html');
        const written = await vscode.commands.executeCommand<vscode.Uri>('partnership.exportReport', file('network.partnership'), target);
        expect(written.toString()).to.equal(target.toString());
        const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        expect(html).to.match(/^<!DOCTYPE html>/);
        expect(html).to.contain('Partnership report: EastsideFood');
        expect(html).to.contain('over-budget');
    });
});
