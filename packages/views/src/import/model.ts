/**
 * What an importer reads, before it becomes `.partnership` text: the rows of a spreadsheet, a Kumu
 * export or a graph file, as loose records that still hold what was written (display names,
 * sectors and values as typed, hours in any unit) and where each came from. normalize.ts turns them
 * into names, vocabulary words and the canonical text, noting every change and every skip.
 *
 *   reader (csv.ts, xlsx.ts, kumu.ts, graph-files.ts) → ImportedNetwork → normalize.ts → files + notes
 */

/** Where a record or a value came from, for the summary: `partners.csv:7:3` or `Partners!C7`. */
export interface SourceRef {
    /** The file as the user named it. */
    file: string;
    /** 1-based row of a table (the header is row 1), or undefined for a whole file. */
    row?: number;
    /** 1-based column. */
    column?: number;
    /** A spreadsheet's sheet, for `Sheet!C7` coordinates (XLSX). */
    sheet?: string;
}

/** A value as written in the source, with where. */
export interface Cell<T = string> {
    value: T;
    source: SourceRef;
}

export interface ImportedPartner {
    /** A name or display name as written ("St. Mark's Church Pantry"); the key ties use. */
    name: Cell;
    /** A separate display name column, when there is one. */
    title?: Cell;
    sector?: Cell;
    /** Role names or titles. */
    plays: Cell[];
    /** Hours as written: "10", "10 hours/month", "2 h/week", "120 per year". */
    capacity?: Cell;
    stage?: Cell;
    since?: Cell;
    contact?: Cell;
    gatekeeper?: Cell<boolean>;
    /** The `value` parts, 1–5 each (graph files: `influence`, `involvement`, `resources`). */
    influence?: Cell<number>;
    involvement?: Cell<number>;
    resources?: Cell<number>;
    source: SourceRef;
}

export interface ImportedGive {
    /** The partner who gives, as written (a name or display name). */
    giver: Cell;
    values: Cell[];
}

export interface ImportedTie {
    from: Cell;
    to: Cell;
    effort?: Cell;
    strength?: Cell;
    /** Overall trust 1-5, or the three aspects. */
    trust?: Cell<number>;
    reliability?: Cell<number>;
    mission?: Cell<number>;
    openness?: Cell<number>;
    /** The trust line's `as-of` date, as written. */
    trustAsOf?: Cell;
    /** The tie's `rating` lines, in the order written (graph files only). */
    ratings?: ImportedRating[];
    gives: ImportedGive[];
    asks: ImportedGive[];
    introducedBy?: Cell;
    lastCheckin?: Cell;
    checkin?: Cell;
    source: SourceRef;
}

/** A `rating by RATER reliability N mission N openness N on DATE` line. */
export interface ImportedRating {
    /** The partner who rates, as written (a name or display name). */
    rater: Cell;
    reliability?: Cell<number>;
    mission?: Cell<number>;
    openness?: Cell<number>;
    date: Cell;
}

export interface ImportedRole {
    name: Cell;
    title?: Cell;
    provides: Cell[];
    /** Goal names or titles. */
    serves: Cell[];
    lane?: Cell;
    commitment?: Cell;
    source: SourceRef;
}

export interface ImportedGoal {
    name: Cell;
    title?: Cell;
    due?: Cell;
    measure?: Cell;
    cocreatedBy: Cell[];
    needs: Cell[];
    source: SourceRef;
}

export interface ImportedMeeting {
    name: Cell;
    title?: Cell;
    /** "every 2 weeks", "monthly", "weekly". */
    every?: Cell;
    /** "2 hours", "90 minutes", "1.5". */
    duration?: Cell;
    roles: Cell[];
    invites: Cell[];
    source: SourceRef;
}

export interface ImportedNetworkBlock {
    name?: Cell;
    title?: Cell;
    us?: Cell;
    budget?: Cell;
}

/** A problem or change worth telling the user, tied to where it is. */
export interface ImportNote {
    source: SourceRef;
    /** skipped: left out (with why); changed: written differently from the source (with how); note: kept, but look. */
    kind: 'skipped' | 'changed' | 'note';
    message: string;
}

export interface ImportedNetwork {
    network: ImportedNetworkBlock;
    partners: ImportedPartner[];
    ties: ImportedTie[];
    roles: ImportedRole[];
    goals: ImportedGoal[];
    meetings: ImportedMeeting[];
    /** What the reader itself noted (an unknown column, a blank row...). */
    notes: ImportNote[];
}

export function emptyImport(): ImportedNetwork {
    return { network: {}, partners: [], ties: [], roles: [], goals: [], meetings: [], notes: [] };
}

/** `partners.csv:7:3`, `Partners!C7`, or the file alone. */
export function whereOf(source: SourceRef): string {
    if (source.sheet !== undefined && source.row !== undefined) {
        return `${source.sheet}!${source.column !== undefined ? columnLetters(source.column) : ''}${source.row}`;
    }
    if (source.row === undefined) return source.file;
    return `${source.file}:${source.row}${source.column !== undefined ? `:${source.column}` : ''}`;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}
