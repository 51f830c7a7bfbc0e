/**
 * Runs the network-level part of validation: assembles the network model of the document's network
 * (all its files), runs the cross-file structural checks and the rule catalog once per build and
 * network, and reports on each document the findings located in it.
 */
import { WorkspaceCache, type AstNode, type ValidationAcceptor } from 'langium';
import type { PartnershipServices } from '../partnership-module.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { buildNetwork } from '../model/build.js';
import type { NetworkModel } from '../model/types.js';
import type { PartnershipSettings } from './partnership-settings.js';
import { RULES, runNetwork, type Finding } from '../rules/index.js';
import { PathCentralityCache, type NetworkAnalysis } from '../analysis/index.js';
import type { Load } from '../model/load.js';

export interface NetworkResult {
    network: NetworkModel;
    findings: Finding[];
    /** Findings by the URI of the document they are located in. */
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

    constructor(services: PartnershipServices) {
        this.groups = services.shared.network.Groups;
        this.settings = services.network.Settings;
        this.results = new WorkspaceCache(services.shared);
    }

    /** The analysed network of a group key (cached until the next document change). */
    resultFor(groupKey: string): NetworkResult {
        return this.results.get(groupKey, () => {
            const { network, problems } = buildNetwork(groupKey, this.groups.documentsOf(groupKey));
            const sampleAbove = this.settings.sampleAbove;
            const run = runNetwork(network, RULES, {
                today: this.settings.today,
                severities: this.settings.severities,
                analysis: { sampleAbove, onProgress: this.settings.onAnalysisProgress, pathCache: this.pathCache }
            });
            const findings = [...problems, ...run.findings];
            const byUri = new Map<string, Finding[]>();
            for (const finding of findings) {
                const list = byUri.get(finding.location.uri) ?? [];
                list.push(finding);
                byUri.set(finding.location.uri, list);
            }
            return { network, findings, byUri, loads: run.loads, analysis: run.analysis };
        });
    }

    /** The analysed network a document belongs to. */
    resultForDocument(uri: string): NetworkResult {
        return this.resultFor(this.groups.groupOf(uri));
    }

    clear(): void {
        this.results.clear();
    }

    /** Validation hook: reports the network findings located in this document. */
    validateDocument(root: AstNode, accept: ValidationAcceptor): void {
        const document = root.$document;
        if (!document) return;
        const uri = document.uri.toString();
        for (const finding of this.resultForDocument(uri).byUri.get(uri) ?? []) {
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
