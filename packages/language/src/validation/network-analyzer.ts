/**
 * Runs the network-level part of validation: assembles the network model of the document's network
 * (all its files), runs the cross-file structural checks and the rule catalog once per build and
 * network, and reports on each document the findings located in it.
 *
 * Every edit rebuilds the network, but not everything is computed again:
 * - what depends on the topology alone (paths, structural holes, cut vertices, eigenvector,
 *   components, density) is kept while the partners and ties stay the same (TopologyCache, keyed by
 *   the topology itself);
 * - the rules that judge each tie on its own keep each tie's findings while the tie (the same
 *   model object while its file is not re-parsed, model/build.ts) and what it reads stay the same
 *   (RuleMemo, rules/run.ts), so an edit re-judges the ties of the edited file only;
 * - a document whose findings are equal to the last build's gets the last build's array back, so
 *   the validator reuses its diagnostics (and the server does not send them again).
 * In the editor the rules run between checkpoints: a newer edit cancels an older one's analysis at
 * the next rule instead of waiting for it.
 */
import { interruptAndCheck, WorkspaceCache, type AstNode, type Cancellation, type ValidationAcceptor } from 'langium';
import type { PartnershipServices } from '../partnership-module.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { buildNetwork } from '../model/build.js';
import type { NetworkModel } from '../model/types.js';
import type { PartnershipSettings } from './partnership-settings.js';
import { groupByDocument, RULES, RuleMemo, runNetwork, runNetworkSteps, type Finding, type RunOptions, type RunResult } from '../rules/index.js';
import { PathCentralityCache, TopologyCache, type NetworkAnalysis } from '../analysis/index.js';
import type { Load } from '../model/load.js';
import { sameFindings } from '../utils/deep-equal.js';

export interface NetworkResult {
    network: NetworkModel;
    findings: Finding[];
    /**
     * Findings by the URI of the document they are located in. A document whose findings are equal
     * to those of the previous build keeps the previous build's array (the same object).
     */
    byUri: Map<string, Finding[]>;
    loads: ReadonlyMap<string, Load>;
    /** The network's metrics (computed on first use, once per build). */
    analysis(): NetworkAnalysis;
}

export class NetworkAnalyzer {
    private readonly groups: NetworkGroups;
    private readonly settings: PartnershipSettings;
    private readonly results: WorkspaceCache<string, NetworkResult>;
    /** The path search of earlier builds, reused while the ties stay the same (every edit rebuilds). */
    private readonly pathCache = new PathCentralityCache();
    /** The topology's metrics of earlier builds, per network, reused while partners and ties stay the same. */
    readonly topologyCache = new TopologyCache();
    /** The findings of the per-tie rules, kept per tie while the tie and what it reads stay the same. */
    readonly ruleMemo = new RuleMemo();
    /** The last findings of each document (the arrays handed out in byUri). */
    private readonly lastByUri = new Map<string, Finding[]>();
    /**
     * Whether to keep what the next edit reuses (the rule memo, each document's last findings). A
     * one-shot run (`partnership validate`) builds once: the memo's entry per tie and rule (400,000
     * of them at 50,000 ties) would only cost time and memory.
     */
    private editorCaches = true;

    constructor(services: PartnershipServices) {
        this.groups = services.shared.network.Groups;
        this.settings = services.network.Settings;
        this.results = new WorkspaceCache(services.shared);
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.lastByUri.delete(uri.toString());
        });
    }

    /** For a run that builds once and never edits: keep nothing for a next build (see editorCaches). */
    withoutEditorCaches(): void {
        this.editorCaches = false;
        this.lastByUri.clear();
    }

    /** The analysed network of a group key (cached until the next document change). */
    resultFor(groupKey: string): NetworkResult {
        return this.results.get(groupKey, () => {
            const { network, problems } = buildNetwork(groupKey, this.groups.documentsOf(groupKey));
            return this.assemble(network, problems, runNetwork(network, RULES, this.runOptions(groupKey)));
        });
    }

    /**
     * resultFor, with a checkpoint between the rules: when `cancelToken` is cancelled (a newer edit)
     * the analysis stops at the next checkpoint with Langium's OperationCancelled and nothing is kept.
     */
    async resultForAsync(groupKey: string, cancelToken: Cancellation.CancellationToken): Promise<NetworkResult> {
        const kept = this.kept(groupKey);
        if (kept) return kept;
        await interruptAndCheck(cancelToken);
        const { network, problems } = buildNetwork(groupKey, this.groups.documentsOf(groupKey));
        const steps = runNetworkSteps(network, RULES, this.runOptions(groupKey));
        let step = steps.next();
        // Betweenness and closeness (an all-pairs search when the ties changed) in steps, before the rules read them.
        if (!step.done && step.value) await step.value.analysis().pathsInSteps(() => interruptAndCheck(cancelToken));
        while (!step.done) {
            await interruptAndCheck(cancelToken);
            // Another caller (the build's validation, or a request) finished the same analysis meanwhile.
            const finished = this.kept(groupKey);
            if (finished) return finished;
            step = steps.next();
        }
        // A sync resultFor (an editor request) may have assembled it meanwhile: keep that one.
        const assembled = this.kept(groupKey);
        if (assembled) return assembled;
        const result = this.assemble(network, problems, step.value);
        this.results.set(groupKey, result);
        return result;
    }

    /** The analysis of a group this build already has, if any. */
    private kept(groupKey: string): NetworkResult | undefined {
        return this.results.has(groupKey) ? this.results.get(groupKey, () => { throw new Error('unreachable'); }) : undefined;
    }

    private runOptions(groupKey: string): RunOptions {
        return {
            today: this.settings.today,
            severities: this.settings.severities,
            memo: this.editorCaches ? this.ruleMemo : undefined,
            analysis: {
                sampleAbove: this.settings.sampleAbove,
                onProgress: this.settings.onAnalysisProgress,
                pathCache: this.pathCache,
                topologyCache: this.topologyCache,
                cacheKey: groupKey
            }
        };
    }

    private assemble(network: NetworkModel, problems: Finding[], run: RunResult): NetworkResult {
        const findings: Finding[] = [];
        for (const finding of problems) findings.push(finding);
        for (const finding of run.findings) findings.push(finding);
        const problemsByUri = groupByDocument(problems);
        const uris = new Set<string>(network.documents);
        for (const uri of problemsByUri.keys()) uris.add(uri);
        for (const uri of run.byUri.keys()) uris.add(uri);
        const byUri = new Map<string, Finding[]>();
        for (const uri of uris) {
            const own = problemsByUri.get(uri);
            const ran = run.byUri.get(uri);
            // The run hands out its last array for a document whose findings are the same objects.
            const list = own ? (ran ? own.concat(ran) : own) : ran ?? [];
            const last = this.lastByUri.get(uri);
            if (last && sameFindings(last, list)) {
                byUri.set(uri, last);
            } else {
                byUri.set(uri, list);
                if (this.editorCaches) this.lastByUri.set(uri, list);
            }
        }
        return { network, findings, byUri, loads: run.loads, analysis: run.analysis };
    }

    /**
     * resultForDocument for an editor request: the analysis runs between checkpoints (or is the one
     * the build made), so a request never holds the server for a whole analysis, and a newer edit
     * (which cancels `cancelToken`) stops it. Requests that read the analysis await this first.
     */
    resultForDocumentAsync(uri: string, cancelToken: Cancellation.CancellationToken): Promise<NetworkResult> {
        return this.resultForAsync(this.groups.groupOf(uri), cancelToken);
    }

    /** The analysed network a document belongs to. */
    resultForDocument(uri: string): NetworkResult {
        return this.resultFor(this.groups.groupOf(uri));
    }

    /** The findings located in a document (the previous build's array when they are equal to it). */
    async findingsOf(uri: string, cancelToken: Cancellation.CancellationToken): Promise<Finding[]> {
        return (await this.resultForAsync(this.groups.groupOf(uri), cancelToken)).byUri.get(uri) ?? [];
    }

    clear(): void {
        this.results.clear();
    }

    /** Validation hook: reports the network findings located in this document. */
    async validateDocument(root: AstNode, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const document = root.$document;
        if (!document) return;
        const uri = document.uri.toString();
        for (const finding of await this.findingsOf(uri, cancelToken)) {
            accept(finding.severity, finding.message, {
                node: root,
                range: finding.location.range,
                code: finding.code,
                codeDescription: { href: this.settings.docsUrl(finding.code) },
                relatedInformation: finding.related.map(related => ({ message: related.message, location: related.location })),
                data: { code: finding.code, element: finding.element, fix: finding.fix }
            });
        }
    }
}
