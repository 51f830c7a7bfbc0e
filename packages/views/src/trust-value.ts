/**
 * Trust and value, as PARTNER maps them: each partner's trust score against its value score, both
 * from what the other partners said of it, in four quadrants (rely on, invest in, re-engage,
 * reconsider); and the ties whose two sides see them most differently. Plain data
 * (TrustValueView), drawn by trust-value-chart.ts for the HTML report and the editor's metrics view.
 * docs/metrics.md ("Trust and value") documents the definitions.
 *
 * Browser-safe (no Node import).
 */
import { compareStrings, isEnded, latestRatings, thresholdOf } from 'partnership-language';
import type { NetworkModel, TieModel } from 'partnership-language';
import { quadrantOf, TRUST_GAP_ROWS, type SideRating, type TrustGapRow, type TrustValueOff, type TrustValuePoint, type TrustValueView } from './trust-value-chart.js';

const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/** The ties the graph draws: both ends declared and not `ended`, no self-tie, the first of a pair. */
function drawnTies(network: NetworkModel): TieModel[] {
    const seen = new Set<string>();
    const ties: TieModel[] = [];
    for (const tie of network.ties) {
        const [a, b] = [network.partners.get(tie.left), network.partners.get(tie.right)];
        if (!a || !b || tie.left === tie.right || isEnded(a) || isEnded(b)) continue;
        const key = tie.left < tie.right ? `${tie.left}\u0000${tie.right}` : `${tie.right}\u0000${tie.left}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ties.push(tie);
    }
    return ties;
}

/** Each rater's latest rating with a mean (scores in range), by rater. */
function sides(tie: TieModel): Map<string, SideRating> {
    const byRater = new Map<string, SideRating>();
    for (const rating of latestRatings(tie.ratings)) {
        if (finite(rating.average)) byRater.set(rating.rater, { rater: rating.rater, average: rating.average, date: rating.date });
    }
    return byRater;
}

/**
 * Whether a network has anything for the Trust and value section: a partner with a `value`, or a
 * tie with a `rating`.
 */
export function hasTrustValue(network: NetworkModel): boolean {
    for (const partner of network.partners.values()) if (partner.value) return true;
    return network.ties.some(tie => tie.ratings.length > 0);
}

/**
 * The trust × value view of a network. A partner's trust: over its ties, what the other side says
 * of it — the other side's latest rating where it rated the tie; for a tie nobody rated, the tie's
 * stated `trust` (which speaks for both sides); a tie only the partner itself rated says nothing of
 * it. Its value: its `value` score. Partners with either missing (and `ended` ones) are listed off
 * the chart with the reason.
 */
export function trustValueView(network: NetworkModel): TrustValueView {
    const ties = drawnTies(network);
    const said = new Map<string, { sum: number; rated: number; stated: number }>();
    const add = (id: string, score: number, kind: 'rated' | 'stated') => {
        const entry = said.get(id) ?? { sum: 0, rated: 0, stated: 0 };
        entry.sum += score;
        entry[kind]++;
        said.set(id, entry);
    };
    const gaps: TrustGapRow[] = [];
    const maxGap = thresholdOf(network, 'max-trust-gap');
    for (const tie of ties) {
        const bySide = sides(tie);
        const [left, right] = [bySide.get(tie.left), bySide.get(tie.right)];
        if (left) add(tie.right, left.average, 'rated');
        if (right) add(tie.left, right.average, 'rated');
        if (tie.ratings.length === 0 && tie.trust && finite(tie.trust.average)) {
            add(tie.left, tie.trust.average, 'stated');
            add(tie.right, tie.trust.average, 'stated');
        }
        if (left && right) {
            const gap = Math.abs(left.average - right.average);
            // Rounded as trust-gap rounds it, so that the table flags the ties the rule reports.
            gaps.push({ tie: tie.name, left, right, gap, flagged: Math.round(gap * 100) / 100 >= maxGap });
        }
    }
    const points: TrustValuePoint[] = [];
    const off: TrustValueOff[] = [];
    for (const partner of network.partners.values()) {
        const label = partner.title ?? partner.name;
        if (isEnded(partner)) {
            if (partner.value) off.push({ id: partner.name, label, reason: 'ended' });
            continue;
        }
        const entry = said.get(partner.name);
        const value = partner.value && finite(partner.value.score) ? partner.value : undefined;
        const trust = entry ? entry.sum / (entry.rated + entry.stated) : undefined;
        if (!value || !entry || trust === undefined) {
            const reason = !value && !entry ? 'no value score and no trust' : !value ? (partner.value ? 'value score out of range' : 'no value score') : 'no trust said of it';
            off.push({ id: partner.name, label, reason, ...(trust === undefined ? {} : { trust }), ...(value ? { value: value.score } : {}) });
            continue;
        }
        points.push({
            id: partner.name, label, trust, value: value.score,
            influence: value.influence, involvement: value.involvement, resources: value.resources,
            rated: entry.rated, stated: entry.stated,
            quadrant: quadrantOf(trust, value.score)
        });
    }
    gaps.sort((a, b) => b.gap - a.gap || compareStrings(a.tie, b.tie));
    return { points, off, gaps: gaps.slice(0, TRUST_GAP_ROWS), ratedByBoth: gaps.length, maxGap };
}
