/**
 * Inlay hints: a few numbers the text doesn't show.
 *
 * - after a rate that is not per month (`2 hours/week`): `≈ 8.7 h/month`;
 * - after a partner's `capacity`: the partner's load, `load 12 h/month` (not for `us`, whose load
 *   is held against the network's budget and shown by the code lens);
 * - after a meeting's `duration`, when it has a cadence: what it costs each attendee a month;
 * - after a tie header `tie A -- B` that states trust: the tie's trust, `trust 4.33`.
 *
 * `≈` marks a rounded number, `=` an exact one.
 */
import { AstUtils, Cancellation, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { InlayHint, InlayHintParams, Position } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { durationHours, hoursPerMonth, timesPerMonth } from '../model/units.js';
import { exceeds, formatHours, nearlyEqual } from '../utils/numbers.js';
import type { NetworkAnalyzer } from '../validation/network-analyzer.js';
import type { PartnershipServices } from '../partnership-module.js';
import { perMonth, score } from './describe.js';
import { modelOf } from './declarations.js';
import { refreshAfterBuilds } from './refresh.js';

/** `= 2 h/month` when exact, `≈ 8.7 h/month` when rounded. */
export function approximately(hours: number): string {
    const exact = nearlyEqual(Number(formatHours(hours)), hours);
    return `${exact ? '=' : '≈'} ${perMonth(hours)}`;
}

export class PartnershipInlayHintProvider extends AbstractInlayHintProvider {
    private readonly analyzer: NetworkAnalyzer;

    constructor(services: PartnershipServices) {
        super();
        this.analyzer = services.network.Analyzer;
        refreshAfterBuilds(services, 'inlayHint');
    }

    /** The hints, once the analysis they read (loads, trust) is done between checkpoints, not inside the request. */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): Promise<InlayHint[] | undefined> {
        await this.analyzer.resultForDocumentAsync(document.uri.toString(), cancelToken);
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (ast.isRate(node)) this.rate(node, accept);
        else if (ast.isDuration(node)) this.duration(node, accept);
        else if (ast.isTie(node)) this.trust(node, accept);
    }

    private rate(rate: ast.Rate, accept: InlayHintAcceptor): void {
        const hours = hoursPerMonth(rate.amount, rate.per);
        const end = rate.$cstNode?.range.end;
        if (hours === undefined || !end) return;
        const parts: string[] = [];
        const tooltip: string[] = [];
        if (rate.per !== 'month') {
            parts.push(approximately(hours));
            tooltip.push(rate.per === 'week'
                ? `${formatHours(rate.amount)} h a week × 52/12 weeks a month`
                : `${formatHours(rate.amount)} h a year ÷ 12 months`);
        }
        const partner = rate.$container;
        if (ast.isPartner(partner) && rate.$containerProperty === 'capacity') {
            const load = this.loadOf(partner);
            if (load !== undefined) {
                const over = exceeds(load, hours) ? `, ${formatHours(load - hours)} over` : '';
                parts.push(`load ${perMonth(load)}${over}`);
                tooltip.push(`${partner.name}'s ties, meetings and role commitments in this network`);
            }
        }
        if (parts.length > 0) accept(hint(end, parts.join(' · '), tooltip.join('\n')));
    }

    /** The load of a partner that is held against its capacity (undefined for `us` or a duplicate). */
    private loadOf(partner: ast.Partner): number | undefined {
        const document = AstUtils.getDocument(partner);
        const uri = document.uri.toString();
        const result = this.analyzer.resultForDocument(uri);
        if (!modelOf(result.network, partner, uri) || result.network.declaration?.us === partner.name) return undefined;
        return result.loads.get(partner.name)?.hoursPerMonth ?? 0;
    }

    private duration(duration: ast.Duration, accept: InlayHintAcceptor): void {
        const meeting = duration.$container;
        const end = duration.$cstNode?.range.end;
        if (!ast.isMeeting(meeting) || !meeting.cadence || !end) return;
        const times = timesPerMonth(meeting.cadence.count ?? 1, meeting.cadence.unit);
        const length = durationHours(duration.amount, duration.unit);
        if (times === undefined || length === undefined || !(times * length > 0)) return;
        const every = meeting.cadence.$cstNode?.text.replace(/\s+/g, ' ') ?? 'its cadence';
        accept(hint(end, approximately(times * length), `${every}: ${score(times)} times a month × ${formatHours(length)} h, for each attendee`));
    }

    /**
     * The tie's trust as the model has it (the hover and the rules read the same number): none for a
     * trust the model does not count (a score out of range) or a tie the analysis leaves out.
     */
    private trust(tie: ast.Tie, accept: InlayHintAcceptor): void {
        const end = tie.right?.$refNode?.range.end;
        if (!end || !tie.trust) return;
        const uri = AstUtils.getDocument(tie).uri.toString();
        const trust = modelOf(this.analyzer.resultForDocument(uri).network, tie, uri)?.trust;
        if (!trust || !Number.isFinite(trust.average)) return;
        accept(hint(end, `trust ${score(trust.average)}`, trust.overall === undefined ? 'mean of the trust aspects given' : undefined));
    }
}

function hint(position: Position, label: string, tooltip?: string) {
    return { position, label, paddingLeft: true, ...(tooltip ? { tooltip } : {}) };
}
