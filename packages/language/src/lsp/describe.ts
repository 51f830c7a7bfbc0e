/**
 * Readable descriptions of a network's elements, as markdown: what the editor shows on hover, and
 * the one-line summary of its code lens. Plain functions of an analysed network (NetworkResult), so
 * they are tested without a language server and read whatever the last build computed.
 *
 * Numbers: scores (metrics, trust) with at most two decimals, hours with at most one
 * (formatHours), always per month.
 */
import type { NetworkResult } from '../validation/network-analyzer.js';
import type { Load } from '../model/load.js';
import { attendees, latestRatings, nextCheckin, playersByRole, tiesOf } from '../model/network.js';
import type { GoalModel, Hours, MeetingModel, NetworkModel, PartnerModel, Rating, RoleModel, TieModel } from '../model/types.js';
import { exceeds, fallsBelow, formatFigure, formatHours, groupedNumber, nearlyEqual } from '../utils/numbers.js';
import { docsUrl } from '../rules/docs.js';
import { RULES_BY_CODE, thresholdOf } from '../rules/index.js';
import { daysBetween, isValidDate } from '../utils/dates.js';
import { goalProgress, measureValue, paceText, type GoalProgress } from '../model/goals.js';
import { THRESHOLDS_BY_KEY } from '../rules/policy.js';
import { isStructuralCode, STRUCTURAL_CODES } from '../rules/structural.js';

/**
 * A score for reading: at most two decimals (a value below 0.01 keeps two significant digits, so
 * the density of a large network doesn't read 0); `—` when undefined or not a number.
 */
export function score(value: number | undefined): string {
    if (value === undefined || !Number.isFinite(value)) return '—';
    return formatFigure(value);
}

/** `12.5 h/month`. */
export function perMonth(hours: number): string {
    return `${formatHours(hours)} h/month`;
}

/** `2 h/month`, or `8.7 h/month (2 hours/week)` when written in another unit. */
export function rateText(hours: Hours): string {
    return /\/\s*month$/.test(hours.text) ? perMonth(hours.hoursPerMonth) : `${perMonth(hours.hoursPerMonth)} (${hours.text})`;
}

/** Free text (titles, lanes, contacts) inside markdown: characters that would format are escaped. */
export function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

function count(n: number, one: string, many = `${one}s`): string {
    return `${groupedNumber(n, 0)} ${n === 1 ? one : many}`;
}

/** Names, comma-separated; a long list is cut after `max` names. */
function list(names: readonly string[], none = 'none', max = 12): string {
    if (names.length === 0) return none;
    return names.length > max ? `${names.slice(0, max).join(', ')}, … (${groupedNumber(names.length, 0)} in all)` : names.join(', ');
}

/** `**Title** — kind \`Name\`` or `**Name** — kind`. */
function heading(kind: string, name: string, title?: string): string {
    return title ? `**${escapeMarkdown(title)}** — ${kind} \`${name}\`` : `**${name}** — ${kind}`;
}

/** Markdown blocks joined by blank lines, empty ones left out. */
function blocks(...parts: Array<string | undefined | false>): string {
    return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

function threshold(network: NetworkModel, key: string): number {
    return thresholdOf(network, key);
}

/** What a partner's load is made of: `ties 16 · meetings 5.3 · role commitments 4 h/month`. */
function loadParts(load: Load | undefined): string | undefined {
    if (!load || load.items.length === 0) return undefined;
    const sums = { tie: 0, meeting: 0, commitment: 0 };
    for (const item of load.items) sums[item.kind] += item.hoursPerMonth;
    const parts = [
        sums.tie > 0 ? `ties ${formatHours(sums.tie)}` : undefined,
        sums.meeting > 0 ? `meetings ${formatHours(sums.meeting)}` : undefined,
        sums.commitment > 0 ? `role commitments ${formatHours(sums.commitment)}` : undefined
    ].filter(Boolean);
    return `${parts.join(' · ')} h/month`;
}

/**
 * The load line of a partner: against the network's budget for `us`, against its capacity for
 * anyone else. `34 of 40 h/month capacity`, `41.6 of 40 h/month budget (us), 1.6 over`.
 */
export function loadSummary(result: NetworkResult, partner: PartnerModel): string {
    const load = result.loads.get(partner.name)?.hoursPerMonth ?? 0;
    const declaration = result.network.declaration;
    const over = (limit: number) => (exceeds(load, limit) ? `, ${formatHours(load - limit)} over` : '');
    if (declaration?.us === partner.name) {
        const budget = declaration.budget?.hoursPerMonth;
        return budget === undefined
            ? `${perMonth(load)} (\`us\`; no budget set)`
            : `${formatHours(load)} of ${perMonth(budget)} budget (\`us\`)${over(budget)}`;
    }
    const capacity = partner.capacity?.hoursPerMonth;
    return capacity === undefined
        ? `${perMonth(load)} (no capacity stated)`
        : `${formatHours(load)} of ${perMonth(capacity)} capacity${over(capacity)}`;
}

/** Hover of a partner: who it is, its load, and its position in the network. */
export function describePartner(result: NetworkResult, partner: PartnerModel): string {
    const { network } = result;
    const analysis = result.analysis();
    const metrics = analysis.byId.get(partner.name);
    const facts = [
        partner.sector ? `sector ${partner.sector}` : undefined,
        partner.roles.length > 0 ? `plays ${partner.roles.join(', ')}` : 'plays no role',
        partner.stage ? `stage ${partner.stage}${partner.stageSince ? ` since ${partner.stageSince}` : ''}` : undefined,
        partner.gatekeeper ? 'gatekeeper' : undefined,
        partner.contact ? `contact ${escapeMarkdown(partner.contact)}` : undefined
    ].filter(Boolean).join(' · ');
    const value = partner.value;
    const valueParts = value ? (['influence', 'involvement', 'resources'] as const).filter(kind => value[kind] !== undefined).map(kind => `${kind} ${value[kind]}`) : [];
    const valueBlock = value ? `**Value score:** ${Number.isFinite(value.score) ? score(value.score) : '— (a score is outside 1 to 5)'} (${valueParts.join(' · ')})` : undefined;

    const load = result.loads.get(partner.name);
    const parts = loadParts(load);
    const loadBlock = `**Load:** ${loadSummary(result, partner)}${parts ? `  \n${parts}` : ''}`;

    if (!metrics) return blocks(heading('partner', partner.name, partner.title), facts, valueBlock, loadBlock);

    const ties = tiesOf(network, partner.name);
    const trusted = ties.filter(tie => tie.trust && Number.isFinite(tie.trust.average)).length;
    const estimated = analysis.estimated;
    const betweenness = metrics.betweenness;
    const closeness = metrics.closeness;
    const numbers = [
        `- ties (degree): ${metrics.degree}`,
        `- weighted degree: ${perMonth(metrics.weightedDegree)} of tie effort`,
        `- betweenness: ${score(betweenness)}${estimated ? ` (estimated from ${groupedNumber(analysis.sources, 0)} of ${count(analysis.partners.length, 'partner')})` : ''}`,
        `- closeness: ${Number.isNaN(closeness) && estimated ? '— (not computed when betweenness is estimated)' : score(closeness)}`,
        `- constraint: ${score(metrics.constraint)}`,
        `- efficiency: ${score(metrics.efficiency)}`,
        `- average trust: ${metrics.averageTrust === undefined ? '— (no tie states trust)' : `${score(metrics.averageTrust)} (${trusted} of ${count(ties.length, 'tie')} state trust)`}`
    ].join('\n');

    const brokerFrom = threshold(network, 'broker-betweenness');
    const flags: string[] = [];
    if (betweenness >= brokerFrom) {
        flags.push(`◆ **Broker**: betweenness ${score(betweenness)} ≥ ${score(brokerFrom)} (policy \`broker-betweenness\`)`);
    }
    if (metrics.cutVertex) {
        const parts = analysis.partsWithout(partner.name);
        flags.push(`✂ **Cut vertex**: without it the network falls into ${parts.length} parts (${parts.map(part => part.length).join(' + ')} partners)`);
    }
    return blocks(heading('partner', partner.name, partner.title), facts, valueBlock, loadBlock, numbers, flags.join('\n\n'));
}

/** What flows each way: `A gives funding, space; B gives volunteers`. */
export function flows(tie: TieModel): string {
    const side = (partner: string) => {
        const values: string[] = [];
        for (const give of tie.gives) {
            if (give.giver !== partner) continue;
            for (const value of give.values) if (!values.includes(value)) values.push(value);
        }
        return `${partner} gives ${values.length > 0 ? values.join(', ') : 'nothing recorded'}`;
    };
    return `${side(tie.left)}; ${side(tie.right)}`;
}

/** Trust as `4.33 (reliability 4 · mission 5 · openness 4)`, or undefined when not stated. */
export function trustText(tie: TieModel): string | undefined {
    const trust = tie.trust;
    if (!trust) return undefined;
    const aspects = (['reliability', 'mission', 'openness'] as const)
        .filter(kind => trust[kind] !== undefined)
        .map(kind => `${kind} ${trust[kind]}`);
    return aspects.length > 0 ? `${score(trust.average)} (${aspects.join(' · ')})` : score(trust.average);
}

/** Each side's latest rating and the gap between them: `**Ratings:** A 4.67 (on 2026-06-01) · B 2.33 (on 2026-06-02) · gap 2.33`. */
function ratingsText(tie: TieModel): string | undefined {
    const latest = latestRatings(tie.ratings);
    if (latest.length === 0) return undefined;
    const shown = (rating: Rating) => `${rating.rater} ${Number.isFinite(rating.average) ? score(rating.average) : '—'} (on ${rating.date})`;
    const left = latest.find(rating => rating.rater === tie.left);
    const right = latest.find(rating => rating.rater === tie.right);
    const gap = left && right && Number.isFinite(left.average) && Number.isFinite(right.average) ? ` · gap ${score(Math.abs(left.average - right.average))}` : '';
    return `**Ratings** (each side's latest): ${latest.map(shown).join(' · ')}${gap}`;
}

/** Hover of a tie: trust, effort, strength, flows and check-ins. */
export function describeTie(result: NetworkResult, tie: TieModel, today: string): string {
    const facts = [
        tie.strength ? `strength ${tie.strength}` : undefined,
        tie.effort ? `effort ${rateText(tie.effort)} for each side` : 'no effort stated'
    ].filter(Boolean).join(' · ');
    const trust = trustText(tie);
    const minTrust = threshold(result.network, 'min-trust');
    const low = tie.trust && fallsBelow(tie.trust.average, minTrust) ? ` — below the network's min-trust ${score(minTrust)}` : '';

    const cadence = tie.checkin ?? result.network.declaration?.checkin;
    const cadenceText = cadence ? `${cadence.text} (${tie.checkin ? 'this tie' : 'network default'})` : 'no cadence set';
    let checkin = `**Check-in:** ${tie.lastCheckin ? `last ${tie.lastCheckin}` : 'none recorded'} · ${cadenceText}`;
    const next = nextCheckin(tie, result.network.declaration?.checkin);
    if (next) {
        const late = daysBetween(next.due, today);
        checkin += ` · next due ${next.due}${late > 0 ? ` (overdue by ${count(late, 'day')})` : ''}`;
    }
    return blocks(
        `**tie ${tie.left} -- ${tie.right}**`,
        facts,
        `**Trust:** ${trust ? `${trust}${low}${tie.trust?.source === 'ratings' ? ' — the mean of the latest ratings' : ''}${tie.trust?.asOf ? `, as of ${tie.trust.asOf}` : ''}` : 'not stated'}`,
        ratingsText(tie),
        `**Gives:** ${flows(tie)}`,
        tie.asks.length > 0 ? `**Asks:** ${tie.asks.map(ask => `${ask.asker} asks ${ask.values.join(', ')}`).join('; ')}` : undefined,
        tie.introducedBy ? `**Introduced by** ${tie.introducedBy}` : undefined,
        checkin
    );
}

/** Hover of a tie that the analysis leaves out (self-tie, duplicate, unknown partner). */
export function describeIgnoredTie(left: string, right: string): string {
    return blocks(`**tie ${left} -- ${right}**`,
        'Left out of the analysis: a tie of a partner to itself, a second tie between the same two partners, or a tie to a name that is not a partner.');
}

/** The `us` line of a network: `EastsideFoodBank: 41.6 of 40 h/month budget, 1.6 over`. */
function usLoad(result: NetworkResult): string | undefined {
    const declaration = result.network.declaration;
    if (!declaration?.us) return undefined;
    const partner = result.network.partners.get(declaration.us);
    return partner ? `**Load of \`us\` ${declaration.us}:** ${loadSummary(result, partner).replace(' (`us`)', '')}` : undefined;
}

/** Hover of the network declaration: size, density, diversity, components, cut vertices, load. */
export function describeNetwork(result: NetworkResult): string {
    const declaration = result.network.declaration;
    const metrics = result.analysis().network;
    const sectors = Object.keys(metrics.sectors).length;
    const cuts = metrics.cutVertices;
    const numbers = [
        `- ${count(metrics.partners, 'partner')}, ${count(metrics.ties, 'tie')} in ${count(result.network.documents.length, 'file')}`,
        `- density: ${score(metrics.density)}`,
        `- sector diversity (Blau index): ${sectors === 0 ? '— (no partner states a sector)' : `${score(metrics.blauIndex)} over ${count(sectors, 'sector')}`}`,
        `- components: ${metrics.components}`,
        `- cut vertices: ${cuts.length}${cuts.length > 0 ? ` (${cuts.slice(0, 5).join(', ')}${cuts.length > 5 ? ', …' : ''})` : ''}`
    ].join('\n');
    const charter = declaration ? [
        declaration.purpose ? `- purpose: ${declaration.purpose}` : undefined,
        declaration.vision ? `- vision: ${escapeMarkdown(declaration.vision)}` : undefined,
        declaration.decisions ? `- decisions: ${escapeMarkdown(declaration.decisions)}` : undefined,
        declaration.conflict ? `- conflict: ${escapeMarkdown(declaration.conflict)}` : undefined,
        declaration.communication ? `- communication: ${escapeMarkdown(declaration.communication)}` : undefined,
        declaration.review ? `- reviewed ${declaration.review.text}${declaration.lastReview ? `, last ${declaration.lastReview}` : ', never yet'}` : undefined
    ].filter(Boolean).join('\n') : undefined;
    return blocks(
        declaration ? heading('network', declaration.name, declaration.title) : '**Loose files** — no network declared',
        charter || undefined,
        numbers,
        usLoad(result)
    );
}

/** Hover of a role: who plays it, what it serves, what it costs. */
export function describeRole(result: NetworkResult, role: RoleModel): string {
    const players = playersByRole(result.network).get(role.name) ?? [];
    const meetings = [...result.network.meetings.values()].filter(meeting => meeting.roles.includes(role.name)).map(meeting => meeting.name);
    const facts = [
        role.provides.length > 0 ? `provides ${role.provides.join(', ')}` : undefined,
        role.lane ? `lane “${escapeMarkdown(role.lane)}”` : undefined
    ].filter(Boolean).join(' · ');
    const lines = [
        `- played by: ${list(players, 'nobody')}`,
        `- serves: ${list(role.serves, 'no goal')}`,
        role.commitment
            ? `- commitment: ${rateText(role.commitment)} for each player${players.length > 1 ? `, ${perMonth(role.commitment.hoursPerMonth * players.length)} in all` : ''}`
            : undefined,
        meetings.length > 0 ? `- attends: ${meetings.join(', ')}` : undefined
    ].filter(Boolean).join('\n');
    return blocks(heading('role', role.name, role.title), facts, lines);
}

/** The measure's journey: `1,200 (2025-01-01) → 1,310 (2026-09-30) → target 1,440 by 2027-12-31`. */
function goalMeasure(goal: GoalModel, today: string): string | undefined {
    const progress = goalProgress(goal, today);
    const steps = [
        goal.baseline ? `${measureValue(goal.baseline.value)} (${goal.baseline.date})` : undefined,
        progress.latest ? `${measureValue(progress.latest.value)} (${progress.latest.date})` : undefined,
        goal.target ? `target ${measureValue(goal.target.value)} by ${goal.target.date}` : undefined
    ].filter(Boolean);
    const lines = [
        goal.measure ? `**Measure:** ${escapeMarkdown(goal.measure)}` : undefined,
        steps.length > 0 ? steps.join(' → ') : undefined,
        statusLine(goal, progress, today)
    ].filter(Boolean);
    return lines.length > 0 ? lines.join('  \n') : undefined;
}

function statusLine(goal: GoalModel, progress: GoalProgress, today: string): string | undefined {
    const due = progress.dueDate && progress.daysToDue !== undefined
        ? progress.daysToDue >= 0 ? `, ${count(progress.daysToDue, 'day')} to ${progress.dueDate}` : ''
        : '';
    switch (progress.status) {
        case 'achieved': return `🎉 **Achieved** on ${goal.achieved}`;
        case 'past-due': {
            const deadline = progress.deadline!;
            return `⚠ **Past due**: ${deadline.of === 'target' ? 'the target was due by' : 'due'} ${deadline.date}, ${count(daysBetween(deadline.date, today), 'day')} ago, and not achieved`;
        }
        case 'on-track': return `✔ **On track**: ${paceText(progress, goal.baseline, goal.target)}${due}`;
        case 'off-track': return `⚠ **Off track**: ${paceText(progress, goal.baseline, goal.target)}${due}`;
        default: return undefined;
    }
}

/** Hover of a goal: its measure and where it stands, the roles serving it and the partners working on it. */
export function describeGoal(result: NetworkResult, goal: GoalModel, today: string): string {
    const roles = [...result.network.roles.values()].filter(role => role.serves.includes(goal.name)).map(role => role.name);
    const players = playersByRole(result.network);
    const partners = [...new Set(roles.flatMap(role => players.get(role) ?? []))];
    const lines = [
        `- served by roles: ${list(roles)}`,
        `- partners working on it: ${list(partners, 'nobody')}`,
        `- co-created by: ${list(goal.cocreatedBy, 'nobody')}`,
        goal.needs.length > 0 ? `- needs: ${goal.needs.join(', ')}` : undefined,
        goal.due ? `- due ${goal.due}${dueIn(goal.due, today)}` : undefined
    ].filter(Boolean).join('\n');
    return blocks(heading('goal', goal.name, goal.title), goalMeasure(goal, today), lines);
}

/** ` (in 425 days)`, ` (today)`, ` (12 days ago)`. */
function dueIn(date: string, today: string): string {
    if (!isValidDate(date) || !isValidDate(today)) return '';
    const days = daysBetween(today, date);
    return days === 0 ? ' (today)' : days > 0 ? ` (in ${count(days, 'day')})` : ` (${count(-days, 'day')} ago)`;
}

/** Hover of a meeting: what it costs each attendee, and who attends. */
export function describeMeeting(result: NetworkResult, meeting: MeetingModel): string {
    const players = playersByRole(result.network);
    const people = attendees(meeting, players).filter(name => result.network.partners.has(name));
    let cost: string;
    if (meeting.perMonth === undefined || meeting.durationHours === undefined) {
        cost = `Costs nothing: ${meeting.perMonth === undefined ? 'no cadence' : 'no duration'} stated.`;
    } else {
        cost = `**${perMonth(meeting.hoursPerMonth)}** for each attendee (${formatTimes(meeting.perMonth)} a month × ${formatHours(meeting.durationHours)} h)`;
        if (people.length > 1) cost += `, ${perMonth(meeting.hoursPerMonth * people.length)} in all`;
    }
    const lines = [
        `- attended by: ${list(people, 'nobody')}`,
        meeting.roles.length > 0 ? `- roles: ${meeting.roles.join(', ')}` : undefined,
        meeting.invites.length > 0 ? `- invites: ${meeting.invites.join(', ')}` : undefined
    ].filter(Boolean).join('\n');
    return blocks(heading('meeting', meeting.name, meeting.title), cost, lines);
}

/** `2.17 times`, `once`, `0.33 times`. */
function formatTimes(times: number): string {
    return nearlyEqual(times, 1) ? 'once' : `${score(times)} times`;
}

/** Hover of a rule code: its summary, default severity, the severity in this network and its page. */
export function describeRule(code: string, docsBase: string, network?: NetworkModel): string | undefined {
    if (isStructuralCode(code)) {
        return blocks(
            `**${code}** — structural check`,
            `Fires when ${STRUCTURAL_CODES[code]}.`,
            'Always an error; it can\'t be configured or silenced.',
            `[Documentation](${docsUrl(code, true, docsBase)})`
        );
    }
    const rule = RULES_BY_CODE.get(code);
    if (!rule) return undefined;
    const setting = network?.policy.severities.get(code);
    return blocks(
        `**${code}** — rule`,
        `Fires when ${rule.meta.summary}.`,
        `Default severity: ${rule.meta.defaultSeverity}${setting ? ` · in this network: ${setting} (policy)` : ''}`,
        `[Documentation](${docsUrl(code, false, docsBase)})`
    );
}

/** Hover of a policy threshold key: what it means, its default, range and value in this network. */
export function describeThreshold(key: string, network?: NetworkModel): string | undefined {
    const spec = THRESHOLDS_BY_KEY.get(key);
    if (!spec) return undefined;
    const value = network ? threshold(network, key) : spec.default;
    return blocks(
        `**${key}** — policy threshold`,
        `The ${spec.description}.`,
        `Default ${score(spec.default)} · allowed ${score(spec.min)}–${score(spec.max)} · in this network: ${score(value)}`
    );
}

/**
 * The code lens of a network: `load 41.6 / 40 h/month budget · 8 partners · 7 ties · density 0.25`.
 * The load part is left out when the network names no `us`.
 */
export function networkSummary(result: NetworkResult): string {
    const { network } = result;
    const metrics = result.analysis().network;
    const parts: string[] = [];
    const us = network.declaration?.us;
    if (us && network.partners.has(us)) {
        const load = result.loads.get(us)?.hoursPerMonth ?? 0;
        const budget = network.declaration?.budget?.hoursPerMonth;
        parts.push(budget === undefined ? `load ${perMonth(load)} (no budget)` : `load ${formatHours(load)} / ${perMonth(budget)} budget`);
    }
    parts.push(count(metrics.partners, 'partner'), count(metrics.ties, 'tie'), `density ${score(metrics.density)}`);
    return parts.join(' · ');
}
