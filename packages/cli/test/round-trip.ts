/**
 * For the round-trip tests of the graph and Kumu exports: a network built in memory (from an
 * example folder or a text), its export in any graph format, and both the model and what a reader
 * gives back put in one plain shape, so that `expect(read).toEqual(model)` says what was lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { URI } from 'langium';
import { hoursPerMonth, type NetworkModel } from 'partnership-language';
import { exportGraph, networkReport, renderGraphs, type ExportGraph, type GraphFormat } from 'partnership-views';
import type { Cell, ImportedGive, ImportedNetwork } from 'partnership-views/import';
import { normalize } from 'partnership-views/import';
import { buildFiles } from './in-memory.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = ['food-access', 'county-emergency', 'clean-network'] as const;

export interface Built {
    network: NetworkModel;
    graph: ExportGraph;
    render(format: GraphFormat): string;
}

/** The `.partnership` files of an example folder, as `{ 'folder/file': text }`. */
export function exampleFiles(example: string): Record<string, string> {
    const folder = path.join(ROOT, 'examples', example);
    return Object.fromEntries(readdirSync(folder).filter(file => file.endsWith('.partnership')).sort()
        .map(file => [`${example}/${file}`, readFileSync(path.join(folder, file), 'utf8')]));
}

/** The network of the files (one network), its export graph and its renderings. */
export async function build(files: Record<string, string>): Promise<Built> {
    const { services, keys } = await buildFiles(files);
    const networkKeys = keys.filter(key => !key.startsWith('loose:'));
    if (networkKeys.length !== 1) throw new Error(`expected one network, got ${keys.join(', ')}`);
    const displayPath = (uri: URI) => decodeURIComponent(uri.path.replace(/^\/ws\/?/, '')) || '.';
    const context = { services, displayPath };
    const report = networkReport(context, networkKeys[0]);
    const graph = exportGraph(report, context);
    return {
        network: services.Partnership.network.Analyzer.resultFor(networkKeys[0]).network,
        graph,
        render: format => renderGraphs([graph], format)
    };
}

export interface PlainPartner {
    name: string;
    title?: string;
    sector?: string;
    plays: string[];
    capacityHours?: number;
    stage?: string;
    since?: string;
    contact?: string;
    gatekeeper: boolean;
    influence?: number;
    involvement?: number;
    resources?: number;
}

export interface PlainTie {
    ends: [string, string];
    effortHours?: number;
    strength?: string;
    trust?: number;
    reliability?: number;
    mission?: number;
    openness?: number;
    trustAsOf?: string;
    ratings?: Array<{ rater: string; reliability?: number; mission?: number; openness?: number; date: string }>;
    gives: Array<{ giver: string; values: string[] }>;
    asks: Array<{ giver: string; values: string[] }>;
    introducedBy?: string;
    lastCheckin?: string;
    checkin?: string;
}

export interface Plain {
    network: { name?: string; title?: string; us?: string; budgetHours?: number };
    partners: PlainPartner[];
    ties: PlainTie[];
}

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The model's partners and ties as the graph holds them: every partner but the ended ones (the
 * graph is the metrics' graph), each tie between two of them, in declaration order.
 */
export function plainModel(network: NetworkModel): Plain {
    const partners = [...network.partners.values()].filter(p => p.stage !== 'ended');
    const inGraph = new Set(partners.map(p => p.name));
    return {
        network: defined({
            name: network.declaration?.name, title: network.declaration?.title, us: network.declaration?.us,
            budgetHours: network.declaration?.budget?.hoursPerMonth
        }),
        partners: partners.map(p => defined({
            name: p.name, title: p.title, sector: p.sector, plays: p.roles, capacityHours: p.capacity?.hoursPerMonth,
            stage: p.stage, since: p.stageSince, contact: p.contact, gatekeeper: p.gatekeeper,
            influence: p.value?.influence, involvement: p.value?.involvement, resources: p.value?.resources
        })),
        ties: network.ties.filter(t => inGraph.has(t.left) && inGraph.has(t.right)).map(t => defined({
            ends: [t.left, t.right] as [string, string],
            effortHours: t.effort?.hoursPerMonth,
            strength: t.strength,
            // The trust line as written (a rated tie's trust, the ratings' mean, is not a line of it).
            trust: t.statedTrust?.overall,
            reliability: t.statedTrust?.reliability,
            mission: t.statedTrust?.mission,
            openness: t.statedTrust?.openness,
            trustAsOf: t.statedTrust?.asOf,
            ratings: t.ratings.length === 0 ? undefined
                : t.ratings.map(r => defined({ rater: r.rater, reliability: r.reliability, mission: r.mission, openness: r.openness, date: r.date })),
            gives: t.gives.map(g => ({ giver: g.giver, values: g.values })),
            asks: t.asks.map(a => ({ giver: a.asker, values: a.values })),
            introducedBy: t.introducedBy,
            lastCheckin: t.lastCheckin,
            checkin: t.checkin?.text
        }))
    };
}

/** Hours a month of what a reader passes on: a number (hours/month, as partnership graph writes them) or `N hours/week|year`. */
const hours = (cell: Cell | undefined) => {
    if (cell === undefined) return undefined;
    const rate = /^([\d.]+) hours?\/(week|month|year)$/.exec(cell.value);
    return rate ? hoursPerMonth(Number(rate[1]), rate[2]) : Number(cell.value);
};
const sides = (list: readonly ImportedGive[]) => list.map(g => ({ giver: g.giver.value, values: g.values.map(v => v.value) }));

/** What a reader gave, in the same shape. */
export function plainRecords(records: ImportedNetwork): Plain {
    return {
        network: defined({
            name: records.network.name?.value, title: records.network.title?.value, us: records.network.us?.value,
            budgetHours: hours(records.network.budget)
        }),
        partners: records.partners.map(p => defined({
            name: p.name.value, title: p.title?.value, sector: p.sector?.value, plays: p.plays.map(r => r.value),
            capacityHours: hours(p.capacity), stage: p.stage?.value, since: p.since?.value, contact: p.contact?.value,
            gatekeeper: p.gatekeeper?.value ?? false,
            influence: p.influence?.value, involvement: p.involvement?.value, resources: p.resources?.value
        })),
        ties: records.ties.map(t => defined({
            ends: [t.from.value, t.to.value] as [string, string],
            effortHours: hours(t.effort),
            strength: t.strength?.value,
            trust: t.trust?.value,
            reliability: t.reliability?.value,
            mission: t.mission?.value,
            openness: t.openness?.value,
            trustAsOf: t.trustAsOf?.value,
            ratings: t.ratings?.map(r => defined({
                rater: r.rater.value, reliability: r.reliability?.value, mission: r.mission?.value, openness: r.openness?.value, date: r.date.value
            })),
            gives: sides(t.gives),
            asks: sides(t.asks),
            introducedBy: t.introducedBy?.value,
            lastCheckin: t.lastCheckin?.value,
            checkin: t.checkin?.value
        }))
    };
}

/**
 * A network that holds what the examples don't: two roles, a tie's own check-in cadence, a giver
 * on two lines, one trust aspect alone, rates per week and year, a partner with no title, texts
 * with quotes, markup, `;`, `:` and `|`, a dormant and an ended partner (left out of the graph,
 * with its tie).
 */
export const EDGE_CASES = `network Edge "Edge <cases> & \\"quotes\\"" {
    us Hub
    budget 2 hours/week
}

role Convener
role Funder

partner Hub "Hub; the \\"centre\\": <b>A & B</b> | x" {
    sector nonprofit
    plays Convener, Funder
    capacity 120 hours/year
    gatekeeper
    stage active since 2024-01-31
    contact "Ana Ruiz; ana@example.org: Mon-Fri, 9-5 | ext. 12"
}

partner Plain

partner Sleepy "Sleepy, Inc." {
    sector business
    plays Funder
    stage dormant
}

partner Gone "Gone Partner" {
    stage ended since 2025-01-01
}

tie Hub -- Plain {
    strength weak
    effort 1 hour/week
    trust mission 2
    checkin every 2 weeks
    Hub gives funding
    Hub gives space, data
    Plain asks funding
    last-checkin 2026-05-31
}

tie Plain -- Sleepy {
    introduced-by Hub
    trust 5
}

tie Sleepy -- Gone {
    strength strong
}
`;

/**
 * The whole way back: the records made into files by the import (normalize.ts), and those files
 * built into a network again. Also what the import noted.
 */
export async function reimported(records: ImportedNetwork, folder: string): Promise<{ network: NetworkModel; files: Record<string, string>; notes: string[] }> {
    const { files, notes } = normalize(records, { fallbackName: folder });
    const { network } = await build(Object.fromEntries(Object.entries(files).map(([file, text]) => [`${folder}/${file}`, text])));
    return { network, files, notes: notes.map(note => `${note.kind}: ${note.message}`) };
}

/** The import writes one `gives` (`asks`) line per partner of a tie: the model with its lines so joined. */
export function sidesJoined(plain: Plain): Plain {
    const join = (sides: PlainTie['gives']) => {
        const byGiver = new Map<string, string[]>();
        for (const side of sides) byGiver.set(side.giver, [...new Set([...(byGiver.get(side.giver) ?? []), ...side.values])]);
        return [...byGiver].map(([giver, values]) => ({ giver, values }));
    };
    return { ...plain, ties: plain.ties.map(tie => ({ ...tie, gives: join(tie.gives), asks: join(tie.asks) })) };
}
