/**
 * Assembles the network model from the parsed and linked documents of one network, and reports the
 * structural problems that only show across files: duplicate names, duplicate ties and a second
 * `network` declaration.
 */
import { isAstNode, type AstNode, type LangiumDocument, type Reference } from 'langium';
import { propertyNode, propertyNodes } from '../utils/cst-properties.js';
import * as ast from '../generated/ast.js';
import type {
    Cadence, Element, Finding, GoalModel, Hours, MeetingModel, NetworkDeclaration, NetworkModel, Observation, PartnerModel, PolicyModel,
    PartnerValue, Range, Rating, RoleModel, SeveritySetting, SourceLocation, TieModel, Trust
} from './types.js';
import { isValidDate } from '../utils/dates.js';
import { latestRatings } from './network.js';
import { AllowComments } from './suppression.js';
import { propertiesOf, SECTORS } from './facts.js';
import { cadenceMonths, durationHours, hoursPerMonth, timesPerMonth } from './units.js';
import { lastSegment } from '../utils/uris.js';

export interface BuiltNetwork {
    network: NetworkModel;
    /** Cross-file structural errors (always errors, not configurable). */
    problems: Finding[];
}

/**
 * Per parse (the AST objects live as long as the parse): see the Tie case of buildNetwork. With the
 * model, which of the tie's references resolved (`links`): relinking (a partner declared or removed
 * in another file) changes the model without a new parse.
 */
const tieCache = new WeakMap<ast.Tie, { links: string; model: TieModel }>();
/** Per parse, like tieCache: a partner's model and which of its roles (`plays`) resolved. */
const partnerCache = new WeakMap<ast.Partner, { links: string; model: PartnerModel }>();
const allowCache = new WeakMap<ast.Model, AllowComments>();

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const CADENCE_UNITS: Partial<Record<string, Cadence['unit']>> = {
    week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year'
};

/**
 * An element's property locations (of every property of its declaration, model/facts.ts) are read
 * only when a finding is reported, so they are looked up on first use: at 50,000 ties the eager
 * look-up cost half a second. `properties` is an enumerable accessor (in Object.keys, spreads and
 * JSON, after the element's other fields), the same getter for every element, which finds the
 * element's syntax node (then, once read, the locations) in a hidden field. A getter closure of its
 * own per element, and Object.assign of a tie's 20 fields, made V8 turn every element into a
 * dictionary (about 800 bytes more a tie, 40 MB at 50,000 ties, and slower to read); an object
 * literal and one shared accessor keep the elements of a kind in one shape.
 */
const PROPERTIES = Symbol('properties');
interface LazyProperties {
    readonly location: SourceLocation;
    [PROPERTIES]: AstNode | Record<string, SourceLocation>;
}
const PROPERTIES_ACCESSOR: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: LazyProperties): Record<string, SourceLocation> {
        const held = this[PROPERTIES];
        if (!isAstNode(held)) return held;
        const found: Record<string, SourceLocation> = {};
        const index = propertyNodes(held);
        for (const { property } of propertiesOf(held.$type)) {
            const cst = index.get(property)?.[0];
            if (cst) found[property] = { uri: this.location.uri, range: cst.range };
        }
        this[PROPERTIES] = found;
        return found;
    }
};
function lazyProperties<T extends { location: SourceLocation }>(element: T, node: AstNode): T & { properties: Record<string, SourceLocation> } {
    Object.defineProperty(element, 'properties', PROPERTIES_ACCESSOR);
    // Not enumerable (and a symbol): invisible to Object.keys, for-in, spreads and JSON.
    Object.defineProperty(element, PROPERTIES, { value: node, writable: true, enumerable: false, configurable: false });
    return element as T & { properties: Record<string, SourceLocation> };
}

export function buildNetwork(key: string, documents: readonly LangiumDocument[]): BuiltNetwork {
    const thresholds = new Map<string, number>();
    const severities = new Map<string, SeveritySetting>();
    const network: NetworkModel = {
        key,
        policy: { thresholds, severities } satisfies PolicyModel,
        partners: new Map(),
        roles: new Map(),
        goals: new Map(),
        meetings: new Map(),
        ties: [],
        documents: documents.map(doc => doc.uri.toString())
    };
    const problems: Finding[] = [];
    const declared = new Map<string, Element>();
    const tieKeys = new Map<string, TieModel>();

    const declare = (element: Element) => {
        const previous = declared.get(element.name);
        if (previous) {
            problems.push({
                code: 'duplicate-name',
                severity: 'error',
                message: `'${element.name}' is already declared as a ${previous.kind} (${describe(previous.nameLocation)}); names must be unique in a network.`,
                location: element.nameLocation,
                element: { kind: element.kind, name: element.name },
                related: [{ message: `first declaration of '${element.name}'`, location: previous.nameLocation }]
            });
            return false;
        }
        declared.set(element.name, element);
        return true;
    };

    for (const document of documents) {
        const root = document.parseResult?.value;
        if (!ast.isModel(root)) continue;
        const uri = document.uri.toString();
        let allows = allowCache.get(root);
        if (!allows) allowCache.set(root, allows = AllowComments.of(document));
        // The fields every element starts with (written out in each element's object literal: a
        // spread of them makes V8 build the rest of the literal field by field, slowly); `properties`
        // (read on first use) is added last by lazyProperties.
        // A node's range is worked out when asked (parser/cst-nodes.ts): asked once per element for
        // its location, name location and @allow line, which share the one range.
        let rangeNode: AstNode | undefined;
        let rangeOfNode: Range | undefined;
        const rangeOf = (node: AstNode): Range | undefined => {
            if (node !== rangeNode) {
                rangeNode = node;
                rangeOfNode = node.$cstNode?.range;
            }
            return rangeOfNode;
        };
        const locate = (node: AstNode): SourceLocation => ({ uri, range: rangeOf(node) ?? EMPTY_RANGE });
        const nameLocate = (node: AstNode, nameRange: Range | undefined): SourceLocation => ({ uri, range: nameRange ?? rangeOf(node) ?? EMPTY_RANGE });
        const allowedFor = (node: AstNode) => {
            const start = rangeOf(node)?.start;
            return allows.allowedAt(start?.line ?? 0, start?.character ?? 0);
        };
        const where = (node: AstNode, property: string): SourceLocation | undefined => {
            const cst = propertyNode(node, property);
            return cst ? { uri, range: cst.range } : undefined;
        };
        // An amount too large for a number (Infinity, an invalid-amount error) is left out, like a missing one.
        const hours = (rate: ast.Rate | undefined): Hours | undefined => rate && Number.isFinite(rate.amount) && rate.per !== undefined ? {
            hoursPerMonth: hoursPerMonth(rate.amount, rate.per),
            text: rate.$cstNode ? oneLine(rate.$cstNode.text) : `${rate.amount} ${rate.unit}/${rate.per}`,
            location: { uri, range: rate.$cstNode?.range ?? EMPTY_RANGE }
        } : undefined;
        const cadence = (every: ast.Cadence | undefined): Cadence | undefined => {
            const unit = every?.unit === undefined ? undefined : CADENCE_UNITS[every.unit];
            return every && unit ? {
                count: every.count ?? 1,
                unit,
                text: every.$cstNode ? oneLine(every.$cstNode.text) : `every ${every.count ?? 1} ${every.unit}`,
                location: { uri, range: every.$cstNode?.range ?? EMPTY_RANGE }
            } : undefined;
        };
        // A value too large for a number is left out (invalid-amount reports it), as is one without its date.
        const observation = (reading: ast.Observation | ast.Target | undefined): Observation | undefined =>
            reading && Number.isFinite(reading.value) && reading.date ? { value: reading.value, date: reading.date, location: { uri, range: reading.$cstNode?.range ?? EMPTY_RANGE } } : undefined;
        /** Where each resolved name of a reference list is written (first occurrence). */
        const refLocations = (refs: ReadonlyArray<Reference<ast.Partner | ast.Role | ast.Goal>>): Map<string, SourceLocation> => {
            const locations = new Map<string, SourceLocation>();
            for (const ref of refs) {
                if (ref.ref && ref.$refNode && !locations.has(ref.$refText)) locations.set(ref.$refText, { uri, range: ref.$refNode.range });
            }
            return locations;
        };
        const buildPartner = (node: ast.Partner): PartnerModel => lazyProperties({
            name: node.name,
            location: locate(node),
            nameLocation: nameLocate(node, where(node, 'name')?.range),
            allowed: allowedFor(node),
            kind: 'partner' as const,
            title: node.title,
            // An unknown sector is an error (unknown-sector); it does not count as a sector.
            sector: node.sector !== undefined && (SECTORS as readonly string[]).includes(node.sector) ? node.sector : undefined,
            roles: refNames(node.plays),
            capacity: hours(node.capacity),
            gatekeeper: node.gatekeeper,
            stage: node.stage?.value as PartnerModel['stage'],
            stageSince: node.stage?.since,
            contact: node.contact,
            value: valueOf(node.value, { uri, range: node.value?.$cstNode?.range ?? EMPTY_RANGE })
        }, node);

        const buildTie = (node: ast.Tie, left: string, right: string): TieModel => {
            // The header ends at the second partner's name: the reference's own syntax node is the
            // node of the `right` property (found without a walk over the tie's syntax).
            const header = node.right?.$refNode ?? propertyNode(node, 'right');
            const tieName = `${left} -- ${right}`;
            // Not spread into the literal below (a spread makes V8 build the rest of it field by field, slowly).
            const { trust, statedTrust, ratings } = trustAndRatings(node, uri);
            return lazyProperties({
                name: tieName,
                location: locate(node),
                nameLocation: nameLocate(node, header && node.$cstNode ? { start: rangeOf(node)!.start, end: header.range.end } : undefined),
                allowed: allowedFor(node),
                kind: 'tie' as const,
                left,
                right,
                strength: node.strength as TieModel['strength'],
                effort: hours(node.effort),
                trust,
                statedTrust,
                ratings,
                gives: node.gives.map(give => ({
                    giver: give.giver.$refText,
                    values: [...give.values],
                    location: { uri, range: give.$cstNode?.range ?? EMPTY_RANGE }
                })),
                asks: node.asks.map(ask => ({
                    asker: ask.asker.$refText,
                    values: [...ask.values],
                    location: { uri, range: ask.$cstNode?.range ?? EMPTY_RANGE }
                })),
                introducedBy: refName(node.introducedBy),
                lastCheckin: node.lastCheckin,
                checkinMonths: node.checkin && cadenceMonths(node.checkin.count ?? 1, node.checkin.unit),
                checkin: cadence(node.checkin)
            }, node);
        };

        for (const node of root.elements) {
            // A declaration whose name did not parse is a syntax error already; leave it out of the model.
            if (ast.isTie(node) ? !node.left?.$refText || !node.right?.$refText : !node.name) continue;
            switch (node.$type) {
                case 'Network': {
                    const decl: NetworkDeclaration = lazyProperties({
                        name: node.name,
                        location: locate(node),
                        nameLocation: nameLocate(node, where(node, 'name')?.range),
                        allowed: allowedFor(node),
                        kind: 'network' as const,
                        title: node.title,
                        us: refName(node.us),
                        budget: hours(node.budget),
                        backbone: refName(node.backbone),
                        checkinMonths: node.checkin && cadenceMonths(node.checkin.count ?? 1, node.checkin.unit),
                        checkin: cadence(node.checkin),
                        purpose: node.purpose as NetworkDeclaration['purpose'],
                        vision: node.vision,
                        decisions: node.decisions,
                        conflict: node.conflict,
                        communication: node.communication,
                        review: cadence(node.review),
                        lastReview: node.lastReview
                    }, node);
                    if (network.declaration) {
                        problems.push({
                            code: 'duplicate-network',
                            severity: 'error',
                            message: `This folder tree already declares network '${network.declaration.name}' (${describe(network.declaration.nameLocation)}); a network folder holds one network block. Put another network in a folder of its own.`,
                            location: decl.nameLocation,
                            element: { kind: 'network', name: decl.name },
                            related: [{ message: `network '${network.declaration.name}' is declared here`, location: network.declaration.nameLocation }]
                        });
                        break;
                    }
                    network.declaration = decl;
                    declare(decl);
                    for (const policy of node.policies) {
                        for (const setting of policy.settings) {
                            if (ast.isThreshold(setting)) {
                                thresholds.set(setting.key, setting.percent ? setting.value / 100 : setting.value);
                            } else {
                                severities.set(setting.code, setting.severity as SeveritySetting);
                            }
                        }
                    }
                    break;
                }
                case 'Partner': {
                    // Built once per parse and linking, like a tie (below).
                    const links = resolvedBits(node.plays);
                    let cached = partnerCache.get(node);
                    if (!cached || cached.links !== links) partnerCache.set(node, cached = { links, model: buildPartner(node) });
                    const partner = cached.model;
                    if (declare(partner)) network.partners.set(partner.name, partner);
                    break;
                }
                case 'Role': {
                    const role: RoleModel = lazyProperties({
                        name: node.name,
                        location: locate(node),
                        nameLocation: nameLocate(node, where(node, 'name')?.range),
                        allowed: allowedFor(node),
                        kind: 'role' as const,
                        title: node.title,
                        provides: [...node.provides],
                        serves: refNames(node.serves),
                        lane: node.lane,
                        commitment: hours(node.commitment)
                    }, node);
                    if (declare(role)) network.roles.set(role.name, role);
                    break;
                }
                case 'Goal': {
                    const goal: GoalModel = lazyProperties({
                        name: node.name,
                        location: locate(node),
                        nameLocation: nameLocate(node, where(node, 'name')?.range),
                        allowed: allowedFor(node),
                        kind: 'goal' as const,
                        title: node.title,
                        cocreatedBy: refNames(node.cocreatedBy),
                        due: node.due,
                        needs: [...node.needs],
                        needLocations: (propertyNodes(node).get('needs') ?? []).map(cst => ({ uri, range: cst.range })),
                        measure: node.measure,
                        baseline: observation(node.baseline),
                        target: observation(node.target),
                        progress: node.progress.flatMap(reading => observation(reading) ?? []),
                        achieved: node.achieved
                    }, node);
                    if (declare(goal)) network.goals.set(goal.name, goal);
                    break;
                }
                case 'Meeting': {
                    const perMonth = node.cadence && timesPerMonth(node.cadence.count ?? 1, node.cadence.unit);
                    const duration = node.duration && durationHours(node.duration.amount, node.duration.unit);
                    const meeting: MeetingModel = lazyProperties({
                        name: node.name,
                        location: locate(node),
                        nameLocation: nameLocate(node, where(node, 'name')?.range),
                        allowed: allowedFor(node),
                        kind: 'meeting' as const,
                        title: node.title,
                        perMonth,
                        cadence: cadence(node.cadence),
                        durationHours: duration,
                        hoursPerMonth: (perMonth ?? 0) * (duration ?? 0),
                        roles: refNames(node.roles),
                        invites: refNames(node.invites),
                        inviteLocations: refLocations(node.invites)
                    }, node);
                    if (declare(meeting)) network.meetings.set(meeting.name, meeting);
                    break;
                }
                case 'Tie': {
                    const left = node.left.$refText;
                    const right = node.right.$refText;
                    // A tie's model depends on its own syntax (names are kept as written) and on which of
                    // its references resolve, so it is built once per parse and linking: an edit
                    // elsewhere in the network reuses it (and rules/run.ts the tie's findings).
                    const links = tieLinks(node);
                    let cached = tieCache.get(node);
                    if (!cached || cached.links !== links) tieCache.set(node, cached = { links, model: buildTie(node, left, right) });
                    const tie = cached.model;
                    if (!node.left.ref || !node.right.ref || left === right) break; // reported elsewhere
                    const tieKey = left < right ? `${left}\u0000${right}` : `${right}\u0000${left}`;
                    const previous = tieKeys.get(tieKey);
                    if (previous) {
                        problems.push({
                            code: 'duplicate-tie',
                            severity: 'error',
                            message: `The tie between ${left} and ${right} is already declared (${describe(previous.nameLocation)}); keep one tie per pair of partners.`,
                            location: tie.nameLocation,
                            element: { kind: 'tie', name: tie.name },
                            related: [{ message: `first declaration of ${previous.name}`, location: previous.nameLocation }]
                        });
                        break;
                    }
                    tieKeys.set(tieKey, tie);
                    network.ties.push(tie);
                    break;
                }
            }
        }
    }
    return { network, problems };
}

/** Which of the references a tie's model reads resolution of (introduced-by, the raters) resolved, as a string. */
function tieLinks(node: ast.Tie): string {
    let links = node.introducedBy?.ref ? '1' : '0';
    for (const rating of node.ratings) links += rating.rater?.ref ? '1' : '0';
    return links;
}

/** Which of a list of references resolved, as a string of 0s and 1s. */
function resolvedBits(refs: ReadonlyArray<Reference<AstNode>>): string {
    let bits = '';
    for (const ref of refs) bits += ref.ref ? '1' : '0';
    return bits;
}

function refName(ref: Reference<ast.Partner | ast.Role | ast.Goal> | undefined): string | undefined {
    return ref?.ref ? ref.$refText : undefined;
}

/** Names of resolved references; unresolved ones are reported by the linker. */
function refNames(refs: ReadonlyArray<Reference<ast.Partner | ast.Role | ast.Goal>>): string[] {
    const names: string[] = [];
    for (const ref of refs) {
        if (ref.ref && !names.includes(ref.$refText)) names.push(ref.$refText);
    }
    return names;
}

/** A score outside 1–5 is an error (trust-out-of-range, value-out-of-range). */
const validScore = (score: number) => Number.isInteger(score) && score >= 1 && score <= 5;
const mean = (scores: readonly number[]) => scores.reduce((a, b) => a + b, 0) / scores.length;

type AspectScores<K extends string> = Partial<Record<K, number>> & { average: number };

/**
 * The first score of each aspect, and their mean. A score outside 1–5 leaves no mean (NaN), so it
 * neither raises nor lowers anything the rules and metrics compute.
 */
function aspectScores<K extends string>(aspects: ReadonlyArray<{ kind: string; score: number }>): AspectScores<K> {
    const result = { average: NaN } as AspectScores<K>;
    const scores: number[] = [];
    for (const aspect of aspects) {
        const kind = aspect.kind as K;
        if (aspect.kind && aspect.score !== undefined && result[kind] === undefined) {
            (result as Partial<Record<K, number>>)[kind] = aspect.score;
            scores.push(aspect.score);
        }
    }
    result.average = scores.length > 0 && scores.every(validScore) ? mean(scores) : NaN;
    return result;
}

function statedTrustOf(trust: ast.Trust | undefined): Trust | undefined {
    if (!trust) return undefined;
    const asOf = trust.asOf !== undefined && isValidDate(trust.asOf) ? trust.asOf : undefined;
    if (trust.overall !== undefined) {
        return { overall: trust.overall, average: validScore(trust.overall) ? trust.overall : NaN, asOf, source: 'stated' };
    }
    // The aspects' object completed in place (a spread of it into a new literal was most of the
    // function's time): the same fields in the same order.
    const stated = aspectScores<'reliability' | 'mission' | 'openness'>(trust.aspects) as Trust;
    stated.asOf = asOf;
    stated.source = 'stated';
    return stated;
}

/** Text as one line: each run of white space one space (most amounts are written so already: no new string for them). */
function oneLine(text: string): string {
    return /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * A tie's stated trust, its ratings, and the trust the rules and metrics read: the mean of each
 * rater's latest rating where there are ratings (per aspect, and overall the mean of the raters'
 * means), else the stated trust.
 */
function trustAndRatings(node: ast.Tie, uri: string): Pick<TieModel, 'trust' | 'statedTrust' | 'ratings'> {
    const statedTrust = statedTrustOf(node.trust);
    const ratings: Rating[] = node.ratings.filter(rating => rating.rater?.ref && rating.date !== undefined).map(rating => ({
        rater: rating.rater.$refText,
        ...aspectScores<'reliability' | 'mission' | 'openness'>(rating.aspects),
        date: rating.date,
        location: { uri, range: rating.$cstNode?.range ?? EMPTY_RANGE }
    }));
    const latest = latestRatings(ratings);
    if (latest.length === 0) return { trust: statedTrust, statedTrust, ratings };
    const trust: Trust = { average: NaN, source: 'ratings', asOf: latest.map(r => r.date).reduce((a, b) => (b > a ? b : a)) };
    for (const aspect of ['reliability', 'mission', 'openness'] as const) {
        const scores = latest.map(r => r[aspect]).filter((score): score is number => score !== undefined);
        if (scores.length > 0) trust[aspect] = scores.every(validScore) ? mean(scores) : NaN;
    }
    trust.average = latest.every(r => Number.isFinite(r.average)) ? mean(latest.map(r => r.average)) : NaN;
    return { trust, statedTrust, ratings };
}

function valueOf(value: ast.PartnerValue | undefined, location: SourceLocation): PartnerValue | undefined {
    if (!value) return undefined;
    const { average, ...parts } = aspectScores<'influence' | 'involvement' | 'resources'>(value.aspects);
    return { ...parts, score: average, location };
}

/** `ties.partnership:12:5`, for messages that point elsewhere. */
export function describe(location: SourceLocation): string {
    return `${lastSegment(location.uri)}:${location.range.start.line + 1}:${location.range.start.character + 1}`;
}
