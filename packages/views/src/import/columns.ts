/**
 * Which table holds what, and which column is which field: headers are matched without case,
 * spaces or punctuation ("Org name" = "org-name" = "ORGNAME"), against the aliases below, which
 * docs/import.md lists. Kumu's spreadsheet layout (Elements: Label, Type, Description, Tags;
 * Connections: From, To, Type, Strength) is one more set of aliases.
 *
 * A table is of the kind its sheet or file name says (partners.csv, a "Ties" sheet...), else of the
 * kind its headers say (a From and a To column: ties; else partners). A column that matches no
 * field is left out, with a note; blank rows are skipped quietly.
 */
import { pushAll } from 'partnership-language';
import type { Table, TableRow } from './tables.js';
import {
    emptyImport, type Cell, type ImportedGive, type ImportedGoal, type ImportedMeeting, type ImportedNetwork,
    type ImportedPartner, type ImportedRole, type ImportedTie, type SourceRef
} from './model.js';

export type TableKind = 'partners' | 'ties' | 'roles' | 'goals' | 'meetings' | 'network';

/** Lower case, letters and digits only. */
export function headerKey(header: string): string {
    return header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Table names for each kind (compared as header keys). */
const KIND_NAMES: Record<TableKind, string[]> = {
    partners: ['partners', 'partner', 'organizations', 'organisations', 'organization', 'organisation', 'orgs', 'members', 'elements', 'stakeholders', 'nodes'],
    ties: ['ties', 'tie', 'relationships', 'relationship', 'connections', 'links', 'edges', 'partnerships'],
    roles: ['roles', 'role'],
    goals: ['goals', 'goal', 'objectives'],
    meetings: ['meetings', 'meeting', 'events'],
    network: ['network', 'coalition', 'settings']
};

/** Field → header aliases, per kind. The first alias is the documented column name. */
export const COLUMNS = {
    partners: {
        name: ['name', 'organization', 'organisation', 'org', 'orgname', 'organizationname', 'organisationname', 'partner', 'partnername', 'label', 'shortname', 'id'],
        title: ['displayname', 'fullname', 'title', 'longname', 'officialname'],
        sector: ['sector', 'type', 'orgtype', 'organizationtype', 'organisationtype', 'category', 'kind'],
        plays: ['roles', 'role', 'plays', 'tags'],
        capacity: ['capacity', 'hourspermonth', 'hoursamonth', 'hoursmonth', 'hours', 'capacityhours', 'timeavailable', 'availability', 'hoursperweek', 'hoursperyear'],
        stage: ['stage', 'status', 'relationshipstage'],
        since: ['since', 'stagesince', 'joined', 'startdate', 'start'],
        contact: ['contact', 'contactperson', 'primarycontact', 'maincontact', 'contactname', 'email'],
        gatekeeper: ['gatekeeper', 'isgatekeeper']
    },
    ties: {
        from: ['from', 'source', 'partner1', 'partnera', 'organization1', 'organisation1', 'a'],
        to: ['to', 'target', 'partner2', 'partnerb', 'organization2', 'organisation2', 'b'],
        effort: ['effort', 'hourspermonth', 'hoursamonth', 'hours', 'time', 'efforthours', 'hoursperweek', 'hoursperyear'],
        strength: ['strength', 'tiestrength', 'relationshipstrength'],
        trust: ['trust', 'trustscore', 'overalltrust'],
        reliability: ['reliability', 'trustreliability'],
        mission: ['mission', 'trustmission', 'missionalignment'],
        openness: ['openness', 'trustopenness', 'opennesstodiscussion'],
        gives: ['gives', 'whogiveswhat', 'exchange'],
        fromGives: ['fromgives', 'sourcegives', 'partner1gives', 'partneragives', 'agives'],
        toGives: ['togives', 'targetgives', 'partner2gives', 'partnerbgives', 'bgives'],
        fromAsks: ['fromasks', 'sourceasks', 'partner1asks', 'partneraasks', 'aasks'],
        toAsks: ['toasks', 'targetasks', 'partner2asks', 'partnerbasks', 'basks'],
        introducedBy: ['introducedby', 'introducer', 'introducedthrough', 'via'],
        lastCheckin: ['lastcheckin', 'lastcheckedin', 'lastcontact', 'lastmeeting', 'checkedin'],
        checkin: ['checkin', 'checkinevery', 'checkincadence', 'cadence']
    },
    roles: {
        name: ['name', 'role', 'rolename', 'id'],
        title: ['title', 'displayname', 'fullname'],
        provides: ['provides', 'brings', 'offers', 'value', 'values'],
        serves: ['serves', 'goals', 'goal'],
        lane: ['lane', 'responsibility', 'responsibilities', 'description'],
        commitment: ['commitment', 'hourspermonth', 'hours', 'hoursperweek', 'hoursperyear']
    },
    goals: {
        name: ['name', 'goal', 'goalname', 'id'],
        title: ['title', 'displayname', 'description', 'fullname'],
        due: ['due', 'duedate', 'deadline', 'by'],
        measure: ['measure', 'indicator', 'metric'],
        cocreatedBy: ['cocreatedby', 'createdby', 'cocreators', 'setby'],
        needs: ['needs', 'needed', 'resourcesneeded']
    },
    meetings: {
        name: ['name', 'meeting', 'meetingname', 'id'],
        title: ['title', 'displayname', 'fullname'],
        every: ['every', 'cadence', 'frequency', 'howoften', 'recurrence'],
        duration: ['duration', 'length', 'hours', 'durationhours', 'minutes'],
        roles: ['roles', 'forroles'],
        invites: ['invites', 'invitees', 'attendees', 'participants', 'partners']
    },
    network: {
        name: ['name', 'network', 'networkname', 'id'],
        title: ['title', 'displayname', 'fullname', 'coalition'],
        us: ['us', 'ourorganization', 'ourorganisation', 'we', 'backboneorganization'],
        budget: ['budget', 'hourspermonth', 'ourhours', 'hours']
    }
} as const satisfies Record<TableKind, Record<string, readonly string[]>>;

/** The kind of a table from its name, else its headers. */
export function kindOf(table: Table): TableKind {
    const name = headerKey(table.name);
    for (const [kind, names] of Object.entries(KIND_NAMES) as Array<[TableKind, string[]]>) {
        if (names.some(n => name === n || name.endsWith(n) || name.startsWith(n))) return kind;
    }
    const keys = new Set(table.headers.map(headerKey));
    const has = (aliases: readonly string[]) => aliases.some(a => keys.has(a));
    if (has(COLUMNS.ties.from) && has(COLUMNS.ties.to)) return 'ties';
    return 'partners';
}

/** The column of each field in a table (first match wins), and the columns that match none. */
export function columnsOf(table: Table, kind: TableKind): { columns: Map<string, number>; unused: number[] } {
    const aliases = COLUMNS[kind] as Record<string, readonly string[]>;
    const columns = new Map<string, number>();
    const used = new Set<number>();
    const keys = table.headers.map(headerKey);
    // Each field by its aliases in order, so that an exact name ("name") beats a looser one ("id").
    for (const [field, names] of Object.entries(aliases)) {
        for (const alias of names) {
            const index = keys.findIndex((key, i) => key === alias && !used.has(i));
            if (index >= 0) {
                columns.set(field, index);
                used.add(index);
                break;
            }
        }
    }
    // Then a header that holds an alias ("Type of org", "Roles played", "Effort (hours per month)"):
    // the longest alias first, aliases of four letters or more only ("a", "id" would match anything).
    const loose = Object.entries(aliases)
        .filter(([field]) => !columns.has(field))
        .flatMap(([field, names]) => names.filter(alias => alias.length >= 4).map(alias => ({ field, alias })))
        .sort((a, b) => b.alias.length - a.alias.length);
    for (const { field, alias } of loose) {
        if (columns.has(field)) continue;
        // A header of a few words only: a sentence ("Fill in one row per organisation.") names no column.
        const index = keys.findIndex((key, i) => !used.has(i) && key.includes(alias) && isShortHeader(table.headers[i]));
        if (index >= 0) {
            columns.set(field, index);
            used.add(index);
        }
    }
    const unused = keys.flatMap((key, i) => (!used.has(i) && key !== '' ? [i] : []));
    return { columns, unused };
}

function isShortHeader(header: string): boolean {
    return !/[.!?]\s*$/.test(header) && header.trim().split(/\s+/).length <= 4;
}

/** "funding, data; space" → ["funding", "data", "space"]. */
export function splitList(text: string): string[] {
    return text.split(/[,;|\n]+/).map(part => part.trim()).filter(Boolean);
}

/** Reads tables into records. */
export function recordsOf(tables: readonly Table[]): ImportedNetwork {
    const result = emptyImport();
    for (const table of tables) {
        const kind = kindOf(table);
        const { columns, unused } = columnsOf(table, kind);
        const needed = kind === 'ties' ? ['from', 'to'] : kind === 'network' ? [] : ['name'];
        if (needed.some(field => !columns.has(field))) {
            // A sheet of instructions or totals, say: no column the import could key its rows on.
            result.notes.push({ source: { file: table.file, sheet: table.sheet, row: 1 }, kind: 'skipped', message: `${table.sheet !== undefined ? `sheet "${table.sheet}"` : 'this file'} has no ${needed.map(f => `"${(COLUMNS[kind] as Record<string, readonly string[]>)[f][0]}"`).join(' and ')} column for its ${kind}: left out.` });
            continue;
        }
        const at = (row: TableRow, column?: number): SourceRef => ({ file: table.file, sheet: table.sheet, row: row.row, ...(column !== undefined ? { column: column + 1 } : {}) });
        for (const index of unused) {
            result.notes.push({ source: { file: table.file, sheet: table.sheet, row: 1, column: index + 1 }, kind: 'skipped', message: `column "${table.headers[index]}" is not one the import knows for ${kind}: left out (docs/import.md lists the columns).` });
        }
        const field = (row: TableRow, name: string): Cell | undefined => {
            const index = columns.get(name);
            if (index === undefined) return undefined;
            const value = row.cells[index]?.trim() ?? '';
            return value === '' ? undefined : { value, source: at(row, index) };
        };
        const list = (row: TableRow, name: string): Cell[] => {
            const cell = field(row, name);
            return cell ? splitList(cell.value).map(value => ({ value, source: cell.source })) : [];
        };
        const number = (row: TableRow, name: string): Cell<number> | undefined => {
            const cell = field(row, name);
            if (!cell) return undefined;
            const value = Number(cell.value.replace(',', '.'));
            if (!Number.isFinite(value)) {
                result.notes.push({ source: cell.source, kind: 'skipped', message: `${name} "${cell.value}" is not a number: left out.` });
                return undefined;
            }
            return { value, source: cell.source };
        };
        const flag = (row: TableRow, name: string): Cell<boolean> | undefined => {
            const cell = field(row, name);
            if (!cell) return undefined;
            return { value: /^(yes|y|true|x|1|✓|✔)$/i.test(cell.value), source: cell.source };
        };
        // The header of the hours columns says the period when the cells are bare numbers.
        const hoursHeader = (name: string): string | undefined => {
            const index = columns.get(name);
            const key = index === undefined ? '' : headerKey(table.headers[index]);
            return /week/.test(key) ? 'week' : /year|annual/.test(key) ? 'year' : /month/.test(key) ? 'month' : undefined;
        };
        const hours = (row: TableRow, name: string): Cell | undefined => {
            const cell = field(row, name);
            const per = hoursHeader(name);
            return cell && per && /^\d+(\.\d+)?$/.test(cell.value) ? { value: `${cell.value} hours/${per}`, source: cell.source } : cell;
        };

        for (const row of table.rows) {
            if (row.cells.every(cell => cell.trim() === '')) continue;
            const source = at(row);
            const name = field(row, 'name');
            switch (kind) {
                case 'partners': {
                    if (!name) {
                        result.notes.push({ source, kind: 'skipped', message: 'a partner row with no name: left out.' });
                        continue;
                    }
                    const partner: ImportedPartner = {
                        name, title: field(row, 'title'), sector: field(row, 'sector'), plays: list(row, 'plays'),
                        capacity: hours(row, 'capacity'), stage: field(row, 'stage'), since: field(row, 'since'),
                        contact: field(row, 'contact'), gatekeeper: flag(row, 'gatekeeper'), source
                    };
                    result.partners.push(partner);
                    break;
                }
                case 'ties': {
                    const from = field(row, 'from');
                    const to = field(row, 'to');
                    if (!from || !to) {
                        result.notes.push({ source, kind: 'skipped', message: `a tie row with no ${!from && !to ? 'partners' : !from ? '"from" partner' : '"to" partner'}: left out.` });
                        continue;
                    }
                    const gives: ImportedGive[] = [];
                    const asks: ImportedGive[] = [];
                    const side = (target: ImportedGive[], giver: Cell, column: string) => {
                        const values = list(row, column);
                        if (values.length > 0) target.push({ giver, values });
                    };
                    side(gives, from, 'fromGives');
                    side(gives, to, 'toGives');
                    side(asks, from, 'fromAsks');
                    side(asks, to, 'toAsks');
                    // A "gives" column: "A: funding, data; B: space", or values the "from" side gives.
                    const both = field(row, 'gives');
                    if (both) pushAll(gives, givesOf(both, from));
                    const tie: ImportedTie = {
                        from, to, effort: hours(row, 'effort'), strength: field(row, 'strength'),
                        trust: number(row, 'trust'), reliability: number(row, 'reliability'), mission: number(row, 'mission'), openness: number(row, 'openness'),
                        gives, asks, introducedBy: field(row, 'introducedBy'), lastCheckin: field(row, 'lastCheckin'), checkin: field(row, 'checkin'), source
                    };
                    result.ties.push(tie);
                    break;
                }
                case 'roles': {
                    if (!name) continue;
                    const role: ImportedRole = { name, title: field(row, 'title'), provides: list(row, 'provides'), serves: list(row, 'serves'), lane: field(row, 'lane'), commitment: hours(row, 'commitment'), source };
                    result.roles.push(role);
                    break;
                }
                case 'goals': {
                    if (!name) continue;
                    const goal: ImportedGoal = { name, title: field(row, 'title'), due: field(row, 'due'), measure: field(row, 'measure'), cocreatedBy: list(row, 'cocreatedBy'), needs: list(row, 'needs'), source };
                    result.goals.push(goal);
                    break;
                }
                case 'meetings': {
                    if (!name) continue;
                    const meeting: ImportedMeeting = { name, title: field(row, 'title'), every: field(row, 'every'), duration: field(row, 'duration'), roles: list(row, 'roles'), invites: list(row, 'invites'), source };
                    result.meetings.push(meeting);
                    break;
                }
                case 'network': {
                    result.network = { name: name ?? result.network.name, title: field(row, 'title') ?? result.network.title, us: field(row, 'us') ?? result.network.us, budget: hours(row, 'budget') ?? result.network.budget };
                    break;
                }
            }
        }
    }
    return result;
}

/** "Bank: funding, data; Way: space" → two gives; without "X:", all values are the `from` side's. */
function givesOf(cell: Cell, from: Cell): ImportedGive[] {
    const parts = cell.value.split(/;|\n/).map(p => p.trim()).filter(Boolean);
    const named = parts.every(part => /^[^:]+:/.test(part));
    if (!named) return [{ giver: from, values: splitList(cell.value).map(value => ({ value, source: cell.source })) }];
    return parts.map(part => {
        const [giver, values] = [part.slice(0, part.indexOf(':')).trim(), part.slice(part.indexOf(':') + 1)];
        return { giver: { value: giver, source: cell.source }, values: splitList(values.replace(/;/g, ',')).map(value => ({ value, source: cell.source })) };
    });
}

/**
 * The CSV template (`partnership init --template csv`): one file per kind, the documented header
 * of each column and an example row; importing it gives a network with nothing changed or left out
 * but the example's own words.
 */
export const TEMPLATE: Record<'partners' | 'ties' | 'roles' | 'goals' | 'meetings', { headers: string[]; rows: string[][] }> = {
    partners: {
        headers: ['Name', 'Display name', 'Sector', 'Roles', 'Capacity', 'Stage', 'Since', 'Contact', 'Gatekeeper'],
        rows: [
            ['Our Organisation', '', 'nonprofit', 'Organiser', '40 hours/month', 'active', '', '', ''],
            ['Eastside Tenants Union', '', 'community-group', 'Outreach', '10 hours/month', 'active', '2024-03-01', 'Dana Lee, organiser', 'yes'],
            ['County Public Health', 'County Public Health Department', 'government', '', '', 'exploring', '2026-09-01', '', '']
        ]
    },
    ties: {
        headers: ['From', 'To', 'Effort', 'Strength', 'Trust', 'From gives', 'To gives', 'From asks', 'To asks', 'Introduced by', 'Last check-in', 'Check-in'],
        rows: [
            ['Our Organisation', 'Eastside Tenants Union', '3 hours/month', 'strong', '4', 'facilitation, funding', 'lived-experience', '', '', '', '2026-10-01', 'every 3 months'],
            ['Our Organisation', 'County Public Health', '1 hour/month', 'weak', '3', 'information', '', '', 'data', 'Eastside Tenants Union', '', '']
        ]
    },
    roles: {
        headers: ['Name', 'Title', 'Provides', 'Serves', 'Lane', 'Commitment'],
        rows: [
            ['Organiser', '', 'facilitation', 'Fresh Food', 'Convenes the partners and keeps the work moving', '4 hours/month'],
            ['Outreach', '', 'lived-experience, connections', 'Fresh Food', 'Brings residents\' voices to the table', '']
        ]
    },
    goals: {
        headers: ['Name', 'Title', 'Due', 'Measure', 'Co-created by', 'Needs'],
        rows: [['Fresh Food', 'More families within a mile of fresh food', '2027-12-31', 'households within a mile of fresh produce', 'Our Organisation, Eastside Tenants Union', 'facilitation, lived-experience']]
    },
    meetings: {
        headers: ['Name', 'Title', 'Every', 'Duration', 'Roles', 'Invites'],
        rows: [['Coalition Table', 'Monthly coalition table', 'monthly', '2 hours', 'Organiser, Outreach', '']]
    }
};
