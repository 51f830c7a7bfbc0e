/**
 * The network model: plain typed data assembled from all documents of one network, with units
 * normalised to hours per month. Nothing of Langium leaks past this point except source locations,
 * so analysis and rules are plain TypeScript that also runs in a browser.
 */

/** Zero-based, as in LSP. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface SourceLocation { uri: string; range: Range }

export type ElementKind = 'network' | 'partner' | 'role' | 'goal' | 'tie' | 'meeting';

export interface ElementBase {
    kind: ElementKind;
    /** The element's name (for a tie: `A -- B`). */
    name: string;
    /** The whole declaration. */
    location: SourceLocation;
    /** Where the element is named (a tie: its `tie A -- B` header). */
    nameLocation: SourceLocation;
    /** Locations of single properties, e.g. `budget`, `effort`, `capacity`. */
    properties: Partial<Record<string, SourceLocation>>;
    /** Rule codes silenced by `// @allow CODE -- reason` comments right above the declaration. */
    allowed: ReadonlySet<string>;
}

/** An amount of time per month, with where it was written and how. */
export interface Hours {
    hoursPerMonth: number;
    /** As written, e.g. `2 hours/week`. */
    text: string;
    location: SourceLocation;
}

/** A check-in cadence as written, e.g. `every 3 months` (count 3, unit month). */
export interface Cadence {
    count: number;
    unit: 'week' | 'month' | 'year';
    /** As written, e.g. `every 3 months`. */
    text: string;
    location: SourceLocation;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface PolicyModel {
    /** Thresholds as written (percentages already divided by 100). */
    thresholds: ReadonlyMap<string, number>;
    /** Severity overrides by rule code. */
    severities: ReadonlyMap<string, SeveritySetting>;
}

export interface NetworkDeclaration extends ElementBase {
    kind: 'network';
    title?: string;
    us?: string;
    budget?: Hours;
    backbone?: string;
    /** Default check-in cadence, in months. */
    checkinMonths?: number;
    /** Default check-in cadence as written (for calendar arithmetic). */
    checkin?: Cadence;
    purpose?: 'joint-action' | 'sharing';
    vision?: string;
    decisions?: string;
    conflict?: string;
    communication?: string;
    /** How often the partnership itself is reviewed. */
    review?: Cadence;
    lastReview?: string;
}

export interface PartnerModel extends ElementBase {
    kind: 'partner';
    title?: string;
    sector?: string;
    roles: string[];
    capacity?: Hours;
    gatekeeper: boolean;
    stage?: Stage;
    /** When the partner entered its stage (`stage exploring since 2026-02-01`). */
    stageSince?: string;
    contact?: string;
    /** `value influence 4 involvement 3 resources 5`: how the partners rate this partner's value. */
    value?: PartnerValue;
}

/** A partner's value (PARTNER's power/influence, level of involvement, resource contribution), 1 to 5 each. */
export interface PartnerValue {
    influence?: number;
    involvement?: number;
    resources?: number;
    /** The value score: the mean of the parts given; NaN when one is outside 1–5 (value-out-of-range). */
    score: number;
    location: SourceLocation;
}

export type Stage = 'prospect' | 'exploring' | 'active' | 'dormant' | 'ended';

export interface RoleModel extends ElementBase {
    kind: 'role';
    title?: string;
    provides: string[];
    serves: string[];
    lane?: string;
    commitment?: Hours;
}

export interface GoalModel extends ElementBase {
    kind: 'goal';
    title?: string;
    cocreatedBy: string[];
    due?: string;
    /** Kinds of value the goal needs. */
    needs: string[];
    /** Where each of `needs` is written (same order). */
    needLocations: SourceLocation[];
    measure?: string;
    baseline?: Observation;
    target?: Observation;
    /** Readings of the measure, in the order written (`latestProgress` picks the latest date). */
    progress: Observation[];
    achieved?: string;
}

/** A value of a goal's measure on (or, for a target, by) a date. */
export interface Observation {
    value: number;
    /** YYYY-MM-DD as written. */
    date: string;
    location: SourceLocation;
}

export interface Give {
    giver: string;
    values: string[];
    location: SourceLocation;
}

export interface Ask {
    asker: string;
    values: string[];
    location: SourceLocation;
}

export interface Trust {
    reliability?: number;
    mission?: number;
    openness?: number;
    /** `trust 4`: one score for all aspects. */
    overall?: number;
    /** Mean of the scores given (of the raters' means, for trust from ratings). */
    average: number;
    /** When it was assessed: `as-of`, or the date of the latest rating it comes from. */
    asOf?: string;
    /** Stated with `trust`, or the mean of each rater's latest `rating`. */
    source: 'stated' | 'ratings';
}

/** `rating by A reliability 4 mission 5 openness 3 on 2026-06-01`: one side's survey answer about the tie. */
export interface Rating {
    rater: string;
    reliability?: number;
    mission?: number;
    openness?: number;
    /** Mean of the aspects given; NaN when one is outside 1–5 (trust-out-of-range). */
    average: number;
    date: string;
    location: SourceLocation;
}

export interface TieModel extends ElementBase {
    kind: 'tie';
    left: string;
    right: string;
    strength?: 'weak' | 'moderate' | 'strong';
    effort?: Hours;
    /**
     * The tie's trust, as every rule and metric reads it: the mean of the latest `rating` of each
     * rater where there are ratings, else the `trust` stated (see `statedTrust`).
     */
    trust?: Trust;
    /** The `trust` line as written, if any. */
    statedTrust?: Trust;
    /** The survey answers, in the order written. */
    ratings: Rating[];
    gives: Give[];
    asks: Ask[];
    /** The mutual contact the tie came through. */
    introducedBy?: string;
    lastCheckin?: string;
    /** The tie's own check-in cadence in months, if set. */
    checkinMonths?: number;
    /** The tie's own check-in cadence as written, if set. */
    checkin?: Cadence;
}

export interface MeetingModel extends ElementBase {
    kind: 'meeting';
    title?: string;
    /** Meetings per month. */
    perMonth?: number;
    /** The meeting's cadence as written, e.g. `every 2 weeks` (for calendar recurrences). */
    cadence?: Cadence;
    /** Hours per meeting. */
    durationHours?: number;
    /** Hours per month for each attendee (perMonth × durationHours), 0 when either is missing. */
    hoursPerMonth: number;
    roles: string[];
    invites: string[];
    /** Where each name in `invites` is written (the first occurrence of a name). */
    inviteLocations: ReadonlyMap<string, SourceLocation>;
}

export type Element = NetworkDeclaration | PartnerModel | RoleModel | GoalModel | TieModel | MeetingModel;

export interface NetworkModel {
    /** The group key: the URI of the network's folder, '' for files outside any network folder. */
    key: string;
    /** The network declaration (the first one, if there are several). */
    declaration?: NetworkDeclaration;
    policy: PolicyModel;
    partners: Map<string, PartnerModel>;
    roles: Map<string, RoleModel>;
    goals: Map<string, GoalModel>;
    meetings: Map<string, MeetingModel>;
    ties: TieModel[];
    /** The URIs of the network's documents. */
    documents: string[];
}

// ---------------------------------------------------------------- findings

export interface RelatedLocation {
    message: string;
    location: SourceLocation;
}

/** What a quick fix could do; read by the editor's code actions. */
export type FindingFix =
    | { kind: 'add-gives'; tie: string; giver: string }
    | { kind: 'assign-role'; partner: string }
    /** Add property lines at the end of a declaration's block (`achieved 2026-11-01`, `lane "…"`). */
    | { kind: 'add-property'; element: { kind: ElementKind; name: string }; lines: string[]; title: string };

/**
 * A finding is data: the same finding feeds the editor, the CLI and reports.
 * Its location is where the user should look; related locations are what contributes.
 */
export interface Finding {
    code: string;
    severity: Severity;
    message: string;
    location: SourceLocation;
    element?: { kind: ElementKind; name: string };
    related: RelatedLocation[];
    fix?: FindingFix;
}
