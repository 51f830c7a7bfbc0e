/**
 * The network analyzer's caches (validation/network-analyzer.ts): after every kind of edit, the
 * findings, metrics, loads and diagnostics of the edited workspace equal those of a fresh build of
 * the same texts; the topology's metrics are reused exactly when the partners and ties stay the same;
 * an unchanged document keeps its findings (the same array); and a cache keyed wrongly is caught
 * by the comparison these tests (and the incremental-edits property) make.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, Cancellation, EmptyFileSystem, isOperationCancelled, setInterruptionPeriod, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { analyzeNetwork, TopologyCache, type TopologyMetrics } from '../../src/analysis/index.js';
import { analysisSnapshot, metricLines } from './analysis-snapshot.js';
import { sendOnlyChangedDiagnostics } from '../../src/validation/published-diagnostics.js';
import type { PartnershipDocumentBuilder } from '../../src/workspace/document-builder.js';
import { RuleMemo } from '../../src/rules/index.js';

const EXAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples/food-access');
const FILES = ['network.partnership', 'partners.partnership', 'ties.partnership'];
const TEXTS = Object.fromEntries(FILES.map(file => [file, readFileSync(path.join(EXAMPLE, file), 'utf8')]));

type Services = ReturnType<typeof createPartnershipServices>;

async function workspace(folder: string, texts: Record<string, string>): Promise<{ services: Services; documents: LangiumDocument[] }> {
    const services = createPartnershipServices(EmptyFileSystem);
    services.Partnership.network.Settings.today = '2026-11-01';
    const documents = FILES.map(file => services.shared.workspace.LangiumDocumentFactory.fromString(texts[file], URI.parse(`file:///${folder}/${file}`)));
    for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

function diagnosticsOf(services: Services, folder: string): string[] {
    return FILES.flatMap(file => (services.shared.workspace.LangiumDocuments.getDocument(URI.parse(`file:///${folder}/${file}`))?.diagnostics ?? [])
        .map(d => `${file}:${d.range.start.line}:${d.range.start.character} ${d.severity} ${String(d.code)} ${String(d.message).split(`'${folder}'`).join("'<folder>'")}`)).sort();
}

/**
 * One edit: a replacement in one file; whether it changes the topology (partners or ties); whether
 * the per-tie rules judge a tie again (a tie of the edited file, or any when what a rule reads changed); and
 * what becomes of the other files' links: kept and pointed at the new declarations ('rebound', what
 * the file declares is unchanged), 'relinked', or every file relinked ('all': a network file).
 */
interface Edit {
    kind: string;
    file: string;
    from: string | RegExp;
    to: string;
    topology: boolean;
    rejudge: boolean;
    links: 'rebound' | 'relinked' | 'all';
}

const TIE = 'tie EastsideFoodBank -- UnitedWayEast {\n    strength moderate\n    effort 4 hours/month\n    trust 4\n';
const EDITS: Edit[] = [
    { kind: 'a trust score', file: 'ties.partnership', from: TIE, to: TIE.replace('trust 4', 'trust 1'), topology: false, rejudge: true, links: 'rebound' },
    { kind: 'an effort', file: 'ties.partnership', from: TIE, to: TIE.replace('effort 4 hours/month', 'effort 400 hours/month'), topology: false, rejudge: true, links: 'rebound' },
    { kind: 'a comment', file: 'ties.partnership', from: '// The ties', to: '// Edited: the ties', topology: false, rejudge: true, links: 'rebound' },
    { kind: 'a display string', file: 'partners.partnership', from: '"Eastside Food Bank"', to: '"Eastside Food Bank and Pantry"', topology: false, rejudge: false, links: 'rebound' },
    { kind: 'a sector', file: 'partners.partnership', from: 'sector community-group', to: 'sector faith', topology: false, rejudge: false, links: 'rebound' },
    { kind: 'a capacity', file: 'partners.partnership', from: 'capacity 60 hours/month', to: 'capacity 2 hours/month', topology: false, rejudge: false, links: 'rebound' },
    { kind: 'a stage (exploring)', file: 'partners.partnership', from: 'stage active since 2021-09-01', to: 'stage exploring since 2021-09-01', topology: false, rejudge: true, links: 'rebound' },
    { kind: 'lines added above the partners', file: 'partners.partnership', from: /^/, to: '// Edited\n\n', topology: false, rejudge: false, links: 'rebound' },
    { kind: 'adding a partner', file: 'partners.partnership', from: /$/, to: '\npartner NewNeighbors "New Neighbors" {\n    sector resident\n}\n', topology: true, rejudge: false, links: 'relinked' },
    { kind: 'adding a partner first', file: 'partners.partnership', from: /^/, to: 'partner NewNeighbors "New Neighbors" {\n    sector resident\n}\n', topology: true, rejudge: false, links: 'relinked' },
    { kind: 'removing a partner', file: 'partners.partnership', from: /partner TenantsUnion[^}]*\}/, to: '', topology: true, rejudge: false, links: 'relinked' },
    { kind: 'adding a tie', file: 'ties.partnership', from: /$/, to: '\ntie TenantsUnion -- UnitedWayEast {\n    effort 2 hours/month\n    trust 3\n}\n', topology: true, rejudge: true, links: 'rebound' },
    { kind: 'removing a tie', file: 'ties.partnership', from: /tie EastsideFoodBank -- UnitedWayEast \{[^}]*\}/, to: '', topology: true, rejudge: true, links: 'rebound' },
    { kind: 'ending a partner', file: 'partners.partnership', from: 'stage active since 2021-09-01', to: 'stage ended since 2026-10-01', topology: true, rejudge: true, links: 'rebound' },
    { kind: 'renaming a partner', file: 'partners.partnership', from: 'partner TenantsUnion', to: 'partner TenantsUnionEast', topology: true, rejudge: false, links: 'relinked' },
    { kind: 'the minimum trust', file: 'network.partnership', from: 'min-trust 3', to: 'min-trust 5', topology: false, rejudge: true, links: 'all' },
    { kind: "the network's check-in cadence", file: 'network.partnership', from: 'checkin every 3 months', to: 'checkin every 1 month', topology: false, rejudge: true, links: 'all' },
    { kind: 'lines added above the network', file: 'network.partnership', from: /^/, to: '// Edited\n\n', topology: false, rejudge: true, links: 'all' }
];

describe('incremental analysis equals a fresh build', () => {
    for (const edit of EDITS) {
        test(`after an edit of ${edit.kind}`, async () => {
            const folder = 'incremental';
            const { services, documents } = await workspace(folder, TEXTS);
            const analyzer = services.Partnership.network.Analyzer;
            // Every metric computed, so that the next build finds them in the caches.
            analysisSnapshot(services, documents);
            const before = new Map(FILES.map(file => [file, analyzer.resultForDocument(`file:///${folder}/${file}`).byUri.get(`file:///${folder}/${file}`)]));
            const { hits, misses } = analyzer.topologyCache;
            const builder = services.shared.workspace.DocumentBuilder as PartnershipDocumentBuilder;
            const links = { ...builder.relinks };
            const judged = analyzer.ruleMemo.judged;
            const reused = analyzer.ruleMemo.reused;

            const texts = { ...TEXTS };
            const edited = texts[edit.file].replace(edit.from, edit.to);
            expect(edited, 'the edit applies').not.toBe(texts[edit.file]);
            texts[edit.file] = edited;
            const uri = URI.parse(`file:///${folder}/${edit.file}`);
            const registered = setTextDocument(services.shared, TextDocument.create(uri.toString(), 'partnership', 2, edited));
            try {
                await services.shared.workspace.DocumentBuilder.update([uri], []);
                const incremental = analysisSnapshot(services, documents, [`/${folder}`]);
                const fresh = await workspace('fresh', texts);
                expect(incremental).toEqual(analysisSnapshot(fresh.services, fresh.documents, ['/fresh']));
                expect(diagnosticsOf(services, folder)).toEqual(diagnosticsOf(fresh.services, 'fresh'));

                // The topology's metrics were reused exactly when partners and ties stayed the same.
                expect({ hits: analyzer.topologyCache.hits - hits > 0, misses: analyzer.topologyCache.misses - misses > 0 })
                    .toEqual({ hits: !edit.topology, misses: edit.topology });
                // The per-tie rules judged again only what the edit touched, and reused the rest (every
                // tie is in ties.partnership: an edit there re-judges them all).
                expect({ rejudged: analyzer.ruleMemo.judged > judged, reused: analyzer.ruleMemo.reused > reused })
                    .toEqual({ rejudged: edit.rejudge, reused: edit.file !== 'ties.partnership' });
                // The other files kept their links exactly when what the edited file declares stayed the same.
                expect({ rebound: builder.relinks.rebound - links.rebound, relinked: builder.relinks.relinked - links.relinked })
                    .toEqual({ rebound: edit.links === 'rebound' ? 1 : 0, relinked: edit.links === 'relinked' ? 1 : 0 });
                expectLinksIntoCurrentTrees(services);
                if (edit.kind === 'a comment') {
                    // Nothing but a comment changed: every document keeps its findings (the same arrays).
                    for (const file of FILES) {
                        expect(analyzer.resultForDocument(`file:///${folder}/${file}`).byUri.get(`file:///${folder}/${file}`), file).toBe(before.get(file));
                    }
                }
            } finally {
                registered.dispose();
            }
        });
    }
});

/** Every resolved reference of the workspace points at a node of a current syntax tree (none at an older parse). */
function expectLinksIntoCurrentTrees(services: Services): void {
    const current = new Set<AstNode>();
    const documents = services.shared.workspace.LangiumDocuments.all.toArray();
    for (const document of documents) for (const node of AstUtils.streamAst(document.parseResult.value)) current.add(node);
    let resolved = 0;
    for (const document of documents) {
        for (const reference of document.references) {
            const target = 'ref' in reference ? reference.ref : undefined;
            if (!target) continue;
            resolved++;
            expect(current.has(target), `${document.uri.path}: ${reference.$refText} points at an older parse`).toBe(true);
        }
    }
    expect(resolved).toBeGreaterThan(0);
}

describe('a cache keyed wrongly is caught', () => {
    /** A topology cache that ignores its key: the first topology's metrics for every later network. */
    class KeyIgnoringCache extends TopologyCache {
        override get(network: string, _ids: readonly string[], _ends: readonly string[], create: () => TopologyMetrics): TopologyMetrics {
            return super.get(network, ['the same key whatever the topology'], [], create);
        }
    }

    async function networkOf(texts: Record<string, string>, folder: string) {
        const { services, documents } = await workspace(folder, texts);
        return services.Partnership.network.Analyzer.resultForDocument(documents[0].uri.toString());
    }

    test('the topology changes under an unchanged key: the metrics differ from a fresh analysis', async () => {
        const first = await networkOf(TEXTS, 'a');
        const withTie = { ...TEXTS, 'ties.partnership': `${TEXTS['ties.partnership']}\ntie TenantsUnion -- UnitedWayEast {\n    effort 2 hours/month\n}\n` };
        const second = await networkOf(withTie, 'a');
        const fresh = metricLines(analyzeNetwork(second.network, second.loads));

        const right = new TopologyCache();
        metricLines(analyzeNetwork(first.network, first.loads, { topologyCache: right, cacheKey: 'n' }));
        expect(metricLines(analyzeNetwork(second.network, second.loads, { topologyCache: right, cacheKey: 'n' }))).toEqual(fresh);
        expect(right.misses).toBe(2);

        const wrong = new KeyIgnoringCache();
        metricLines(analyzeNetwork(first.network, first.loads, { topologyCache: wrong, cacheKey: 'n' }));
        expect(metricLines(analyzeNetwork(second.network, second.loads, { topologyCache: wrong, cacheKey: 'n' }))).not.toEqual(fresh);
        expect(wrong.hits).toBe(1);
    });

    test('a rule memo that ignores what the rule read keeps stale findings; the right one gives the fresh findings', async () => {
        /** A memo that keeps each tie's findings whatever the threshold or today (the prepared key). */
        class KeyIgnoringMemo extends RuleMemo {
            override findingsOf(...[entries, rule, , judge]: Parameters<RuleMemo['findingsOf']>): ReturnType<RuleMemo['findingsOf']> {
                return super.findingsOf(entries, rule, 'the same key whatever the rule read', judge);
            }
        }
        const lowTrust = async (memo: RuleMemo) => {
            const { services, documents } = await workspace('memo', TEXTS);
            const analyzer = services.Partnership.network.Analyzer;
            (analyzer as unknown as { ruleMemo: RuleMemo }).ruleMemo = memo;
            analyzer.clear();
            const count = () => analyzer.resultForDocument(documents[0].uri.toString()).findings.filter(f => f.code === 'low-trust-tie').length;
            const before = count();
            const uri = documents[0].uri;
            const registered = setTextDocument(services.shared, TextDocument.create(uri.toString(), 'partnership', 2, TEXTS['network.partnership'].replace('min-trust 3', 'min-trust 5')));
            try {
                await services.shared.workspace.DocumentBuilder.update([uri], []);
                return { before, after: count() };
            } finally {
                registered.dispose();
            }
        };
        const right = await lowTrust(new RuleMemo());
        expect(right.after).toBeGreaterThan(right.before);
        const wrong = await lowTrust(new KeyIgnoringMemo());
        expect(wrong).toEqual({ before: right.before, after: right.before });
    });

    test('findings equal to the last run\'s are its objects, and a document of such findings keeps its sorted array unsorted', async () => {
        const { services, documents } = await workspace('kept', TEXTS);
        const analyzer = services.Partnership.network.Analyzer;
        const key = services.shared.network.Groups.groupOf(documents[0].uri);
        const before = analyzer.resultFor(key);
        const { sorted, kept } = analyzer.ruleMemo;
        const [network, partners, ties] = documents.map(document => document.uri.toString());
        // A display string changes no finding: every finding is the last run's object, and no document is sorted again.
        const edited = TEXTS['partners.partnership'].replace('"Eastside Food Bank"', '"Eastside Food Bank and Pantry"');
        const registered = setTextDocument(services.shared, TextDocument.create(partners, 'partnership', 2, edited));
        try {
            await services.shared.workspace.DocumentBuilder.update([documents[1].uri], []);
            const after = analyzer.resultFor(key);
            expect(after).not.toBe(before);
            const lastObjects = new Set(before.findings);
            const partnerLevel = after.findings.filter(f => f.location.uri === partners);
            expect(partnerLevel.length).toBeGreaterThan(0);
            expect(after.findings.filter(f => !lastObjects.has(f)).map(f => f.code)).toEqual([]);
            expect(analyzer.ruleMemo.sorted - sorted).toBe(0);
            expect(analyzer.ruleMemo.kept - kept).toBe(new Set(after.findings.map(f => f.location.uri)).size);
            for (const uri of [network, partners, ties]) expect(after.byUri.get(uri), uri).toBe(before.byUri.get(uri));
        } finally {
            registered.dispose();
        }
    });

    test('an unchanged document keeps its diagnostics, the same objects, after an edit elsewhere', async () => {
        const { services, documents } = await workspace('same-diagnostics', TEXTS);
        const partners = documents[1].uri;
        const ties = () => services.shared.workspace.LangiumDocuments.getDocument(documents[2].uri)!.diagnostics ?? [];
        const edit = async (version: number, title: string) => {
            const edited = TEXTS['partners.partnership'].replace('"Eastside Food Bank"', `"${title}"`);
            const registered = setTextDocument(services.shared, TextDocument.create(partners.toString(), 'partnership', version, edited));
            try {
                await services.shared.workspace.DocumentBuilder.update([partners], []);
            } finally {
                registered.dispose();
            }
        };
        // The first update validates with the editor's categories (the first build ran them all).
        await edit(2, 'Eastside Food Bank and Pantry');
        const before = [...ties()];
        expect(before.length).toBeGreaterThan(0);
        await edit(3, 'Eastside Food Bank, Pantry and Kitchen');
        expect(ties()).toHaveLength(before.length);
        ties().forEach((diagnostic, i) => expect(diagnostic, JSON.stringify(diagnostic.message)).toBe(before[i]));
    });

    test('an unchanged topology with new efforts and trust: the reused topology gives the fresh metrics', async () => {
        const first = await networkOf(TEXTS, 'b');
        const edited = { ...TEXTS, 'ties.partnership': TEXTS['ties.partnership'].replace(TIE, TIE.replace('effort 4', 'effort 40').replace('trust 4', 'trust 2')) };
        const second = await networkOf(edited, 'b');
        const cache = new TopologyCache();
        metricLines(analyzeNetwork(first.network, first.loads, { topologyCache: cache, cacheKey: 'n' }));
        const reused = metricLines(analyzeNetwork(second.network, second.loads, { topologyCache: cache, cacheKey: 'n' }));
        expect(cache.hits).toBe(1);
        expect(reused).toEqual(metricLines(analyzeNetwork(second.network, second.loads)));
        expect(reused).not.toEqual(metricLines(analyzeNetwork(first.network, first.loads)));
    });
});

describe('diagnostics are sent only when they changed', () => {
    test('the same diagnostics for the same text are left out; a new text or a change is sent', async () => {
        const { services, documents } = await workspace('published', TEXTS);
        const sent: Array<{ uri: string; diagnostics: unknown[] }> = [];
        const connection = { sendDiagnostics: (params: { uri: string; diagnostics: unknown[] }) => { sent.push(params); return Promise.resolve(); } };
        const counts = sendOnlyChangedDiagnostics(services.shared, connection);
        const uri = documents[0].uri.toString();
        const diagnostics = documents[0].diagnostics ?? [];
        expect(diagnostics.length).toBeGreaterThan(0);
        connection.sendDiagnostics({ uri, diagnostics });
        connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(d => ({ ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } })) });
        expect(sent).toHaveLength(1);
        // A changed message, a moved range, one diagnostic fewer: sent.
        connection.sendDiagnostics({ uri, diagnostics: diagnostics.map((d, i) => (i === 0 ? { ...d, message: `${d.message}!` } : d)) });
        connection.sendDiagnostics({ uri, diagnostics: diagnostics.map((d, i) => (i === 0 ? { ...d, range: { ...d.range, end: { line: d.range.end.line, character: d.range.end.character + 1 } } } : d)) });
        connection.sendDiagnostics({ uri, diagnostics: diagnostics.slice(1) });
        expect(sent).toHaveLength(4);
        // The same diagnostics for a new version of the text: sent (the editor may have moved the old ones).
        const registered = setTextDocument(services.shared, TextDocument.create(uri, 'partnership', 7, `${TEXTS['network.partnership']}\n`));
        try {
            await services.shared.workspace.DocumentBuilder.update([documents[0].uri], []);
            connection.sendDiagnostics({ uri, diagnostics: diagnostics.slice(1) });
            expect(sent).toHaveLength(5);
        } finally {
            registered.dispose();
        }
        expect(counts).toEqual({ sent: 5, unchanged: 1 });
    });
});

describe('a newer edit cancels the analysis at the next checkpoint', () => {
    test('cancelled between two rules: OperationCancelled, nothing kept, and the next analysis is whole', async () => {
        const { services, documents } = await workspace('cancelled', TEXTS);
        const analyzer = services.Partnership.network.Analyzer;
        const key = services.shared.network.Groups.groupOf(documents[0].uri);
        const whole = analyzer.resultFor(key).findings.map(f => `${f.code} ${f.message}`);
        analyzer.clear();
        // A token that is cancelled once the analysis has asked a few times (it asks at each checkpoint).
        let asked = 0;
        const token = {
            get isCancellationRequested() { return ++asked > 3; },
            onCancellationRequested: () => ({ dispose() {} })
        };
        setInterruptionPeriod(0);
        try {
            await expect(analyzer.resultForAsync(key, token)).rejects.toSatisfy(isOperationCancelled);
        } finally {
            setInterruptionPeriod(10);
        }
        expect(asked).toBe(4);
        const again = await analyzer.resultForAsync(key, Cancellation.CancellationToken.None);
        expect(again.findings.map(f => `${f.code} ${f.message}`)).toEqual(whole);
        expect(analyzer.resultFor(key)).toBe(again);
    });
});

describe('a run that builds once keeps no editor caches', () => {
    test('without editor caches: the same diagnostics, no tie judged through the memo, and an edit still checked afresh', async () => {
        const batch = createPartnershipServices(EmptyFileSystem, { editorCaches: false });
        batch.Partnership.network.Settings.today = '2026-11-01';
        const documents = FILES.map(file => batch.shared.workspace.LangiumDocumentFactory.fromString(TEXTS[file], URI.parse(`file:///batch/${file}`)));
        for (const document of documents) batch.shared.workspace.LangiumDocuments.addDocument(document);
        await batch.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        const { services: editor } = await workspace('batch', TEXTS);
        expect(diagnosticsOf(batch, 'batch')).toEqual(diagnosticsOf(editor, 'batch'));
        expect(diagnosticsOf(batch, 'batch').length).toBeGreaterThan(5);
        const memo = batch.Partnership.network.Analyzer.ruleMemo;
        expect({ judged: memo.judged, reused: memo.reused, sorted: memo.sorted }).toEqual({ judged: 0, reused: 0, sorted: 0 });
        expect(editor.Partnership.network.Analyzer.ruleMemo.judged).toBeGreaterThan(0);

        const edited = TEXTS['ties.partnership'].replace(TIE, TIE.replace('trust 4', 'trust 1'));
        const document = documents[FILES.indexOf('ties.partnership')];
        setTextDocument(batch.shared, TextDocument.create(document.uri.toString(), 'partnership', 2, edited));
        await batch.shared.workspace.DocumentBuilder.update([document.uri], []);
        const { services: fresh } = await workspace('batch', { ...TEXTS, 'ties.partnership': edited });
        expect(diagnosticsOf(batch, 'batch')).toEqual(diagnosticsOf(fresh, 'batch'));
        expect(diagnosticsOf(batch, 'batch')).not.toEqual(diagnosticsOf(editor, 'batch'));
    });
});
