/**
 * The requests the extension adds to the language server protocol. Client (src/client) and server
 * (src/server) share these names and shapes; both run in Node (desktop) and in a browser (web).
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { TrustValueView } from 'partnership-views/trust-value-chart';

/** `partnership/networkSummary`: the network of a document, for the status bar. */
export const NETWORK_SUMMARY = 'partnership/networkSummary';
/** `partnership/graph`: the network as drawn in the graph view (positions from ForceAtlas2). */
export const GRAPH = 'partnership/graph';
/** `partnership/metrics`: the metrics table of the network. */
export const METRICS = 'partnership/metrics';
/** `partnership/report`: the self-contained HTML report of `partnership report`. */
export const REPORT = 'partnership/report';
/**
 * `partnership/checkins`: the check-ins of every network of the workspace on the server's today (the
 * `today` setting, else its local date), for the Check-ins view. No parameters.
 */
export const CHECKINS = 'partnership/checkins';
/**
 * `partnership/didChangeFiles` (notification, web only): the client read `.partnership` files of the
 * workspace (or saw them change or go) with `vscode.workspace.fs`; the server in its Web Worker has no
 * disk of its own.
 */
export const DID_CHANGE_FILES = 'partnership/didChangeFiles';

/**
 * `partnership/starterNetwork`: the starting network of "New Network…" (the language's starter,
 * as `partnership init` writes it): the answers given, checked, with defaults from the folder's
 * name, and the files; or which answer can't be used and why.
 */
export const STARTER = 'partnership/starterNetwork';

export interface StarterAnswersParams {
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
}

export interface StarterParams {
    /** The name of the folder the network goes into (for the defaults). */
    folderName: string;
    answers: StarterAnswersParams;
    /** YYYY-MM-DD: the baseline's and the last check-in's date; default: the server's today. */
    today?: string;
}

export type StarterResult =
    | { answers: Required<StarterAnswersParams>; files: Record<string, string> }
    | { error: { field: keyof StarterAnswersParams; message: string } };

/**
 * `partnership/import`: "Import from File…": the files' bytes (base64) in, the three files of
 * `partnership import` (formatted) and its summary out; or why the files can't be imported.
 */
export const IMPORT = 'partnership/import';

export interface ImportParams {
    files: Array<{ name: string; base64: string }>;
    /** The name of the folder the network goes into (the network's name when the files give none). */
    folderName: string;
    /** The folder's path as the summary shows it, relative to the workspace. */
    folderLabel: string;
}

export type ImportResult = { files: Record<string, string>; summary: string } | { error: string };

export interface DocumentParams {
    /** A document of the network. */
    uri: string;
}

export interface NetworkSummary {
    /** The network's name, or undefined for loose files. */
    name?: string;
    title?: string;
    /** The network's folder, relative to the workspace folder. */
    folder: string;
    files: number;
    partners: number;
    ties: number;
    density: number;
    us?: string;
    /** h/month */
    load?: number;
    budget?: number;
    errors: number;
    warnings: number;
}

export interface Location {
    uri: string;
    range: Range;
}

export interface GraphNode {
    id: string;
    label: string;
    sector?: string;
    color: string;
    /** Radius in px, by betweenness. */
    size: number;
    x: number;
    y: number;
    betweenness: number;
    degree: number;
    broker: boolean;
    cutVertex: boolean;
    location?: Location;
}

export interface GraphEdge {
    source: string;
    target: string;
    strength?: string;
    thickness: number;
    color: string;
    /** A one-line description: strength, effort, trust. */
    label: string;
    /** The tie's trust (1–5) as the rules read it, when it has any: the view can colour ties by it. */
    trust?: number;
    location?: Location;
}

export interface GraphData {
    /** The heading: the network's name and title ("EastsideFood — Eastside Food Access Coalition"), or "Loose files in <folder>". */
    title: string;
    /** The network's name alone (or "Loose files in <folder>"), for the view's tab. */
    name: string;
    nodes: GraphNode[];
    edges: GraphEdge[];
    sectors: Array<{ sector: string; color: string }>;
    /** Betweenness estimated from a sample (large networks). */
    estimated: boolean;
    errors: number;
}

export interface MetricsData {
    /** The heading, as GraphData's. */
    title: string;
    /** The network's name alone, as GraphData's. */
    name: string;
    summary: Array<[string, string]>;
    columns: Array<{ header: string; numeric: boolean }>;
    /** One row per partner, by betweenness; cells are display strings, one per column. */
    rows: Array<{ id: string; cells: string[]; broker: boolean; over: boolean; location?: Location }>;
    legend: string;
    /** The goals table's columns (partnership-views GOAL_COLUMNS). */
    goalColumns: Array<{ header: string; numeric: boolean }>;
    /** One row per goal, in declaration order: its status (`on-track`, `achieved`, …) and display strings, one per goal column. */
    goals: Array<{ id: string; status: string; cells: string[]; location?: Location }>;
    /** The date the goals were judged against. */
    today: string;
    /** Trust and value (partnership-views trustValueView), when the network has a `value` or a `rating`. */
    trustValue?: TrustValueView;
}

/** One tie's check-in (partnership-language networkCheckins). */
export interface CheckinItem {
    /** `A -- B` */
    tie: string;
    /** The tie's two ends as written, each with its title (its name where it has none). */
    partners: [{ name: string; title: string }, { name: string; title: string }];
    /** YYYY-MM-DD; none for a tie never checked in. */
    lastCheckin?: string;
    /** When the next check-in is due; none for a tie never checked in. */
    due?: string;
    /** Days past `due` (overdue ones only). */
    overdueDays?: number;
    /** As written, e.g. `every 3 months`. */
    cadence: string;
    cadenceOf: 'tie' | 'network';
    /** The whole tie declaration. */
    location: Location;
    /** Its `tie A -- B` header, where the view puts the cursor. */
    nameLocation: Location;
}

/** The check-ins of one network, by group. */
export interface NetworkCheckinsData {
    /** The network's name, or `Loose files in <folder>`. */
    name: string;
    title?: string;
    /** The network's folder, relative to the workspace folder. */
    folder: string;
    /** Most overdue first. */
    overdue: CheckinItem[];
    /** Due from today to the end of this month, soonest first. */
    dueThisMonth: CheckinItem[];
    /** Due after this month, soonest first. */
    later: CheckinItem[];
    /** A cadence applies, no `last-checkin` is written (as never-checked-in reports), in declaration order. */
    never: CheckinItem[];
}

export interface CheckinsData {
    /** The day the check-ins are judged on. */
    today: string;
    /** The networks with at least one check-in, by folder. */
    networks: NetworkCheckinsData[];
}

export interface ReportData {
    /** A file name for the report, e.g. `EastsideFood-report.html`. */
    fileName: string;
    html: string;
}

export interface FileContent {
    uri: string;
    text: string;
}

export interface DidChangeFilesParams {
    changed: FileContent[];
    deleted: string[];
}

/** The initialization options the client sends (the language server's own, plus the web's files). */
export interface InitializationOptions {
    today?: string;
    rules?: Record<string, string>;
    sampleAbove?: number;
    /** Web only: the workspace's `.partnership` files, read by the client. */
    files?: FileContent[];
}
