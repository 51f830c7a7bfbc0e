/**
 * The Check-ins view in the Explorer: every tie that is to be checked in, across the networks of
 * the workspace, on the rules' today (the `partnership.today` setting, else the server's date), in
 * the groups Overdue, Due this month, Later and Never checked in (the last only when it has ties).
 * An item is "Partner A — Partner B" (the partners' titles) with its date; clicking it opens the
 * tie. The data is the language server's (`partnership/checkins`, partnership-language
 * networkCheckins), so the view and the `overdue-checkin` / `never-checked-in` findings agree; it
 * is fetched again when findings change (after every edit of a network's files).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CHECKINS, type CheckinItem, type CheckinsData, type NetworkCheckinsData } from '../protocol.js';

export const CHECKINS_VIEW = 'partnership.checkins';

type GroupId = 'overdue' | 'dueThisMonth' | 'later' | 'never';

interface Group {
    id: GroupId;
    label: string;
    icon: vscode.ThemeIcon;
    /** Shown even when empty ("Overdue (0)" says there is nothing to catch up on). */
    always: boolean;
}

const GROUPS: readonly Group[] = [
    { id: 'overdue', label: 'Overdue', icon: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')), always: true },
    { id: 'dueThisMonth', label: 'Due this month', icon: new vscode.ThemeIcon('calendar'), always: true },
    { id: 'later', label: 'Later', icon: new vscode.ThemeIcon('clock'), always: true },
    { id: 'never', label: 'Never checked in', icon: new vscode.ThemeIcon('circle-large-outline'), always: false }
];

type Node =
    | { kind: 'group'; group: Group; entries: Entry[] }
    | { kind: 'checkin'; group: GroupId; entry: Entry };

interface Entry {
    item: CheckinItem;
    network: NetworkCheckinsData;
}

/** What the view shows, as plain data (the extension's API, for the tests). */
export interface CheckinsShown {
    /** Whether the view is open in the Explorer. */
    visible: boolean;
    /** The view's badge: how many check-ins are overdue (undefined for none). */
    badge?: number;
    today: string;
    groups: Array<{ label: string; items: Array<{ label: string; description: string; tooltip: string; command?: vscode.Command }> }>;
}

export class CheckinsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<Node | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly view: vscode.TreeView<Node>;
    private data: CheckinsData | undefined;
    private loading: Promise<CheckinsData | undefined> | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly client: BaseLanguageClient, private readonly started: Promise<void>) {
        this.view = vscode.window.createTreeView(CHECKINS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    }

    /** Fetches the check-ins again shortly (edits come in bursts); the badge follows even while the view is hidden. */
    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 300);
    }

    /** Fetches the check-ins now and redraws; resolves to what the server sent (undefined when it could not answer). */
    async refresh(): Promise<CheckinsData | undefined> {
        clearTimeout(this.timer);
        const loading = this.fetch();
        this.loading = loading;
        const data = await loading;
        if (this.loading !== loading) return this.loading; // A newer fetch is under way: it redraws.
        this.loading = undefined;
        if (data) {
            this.data = data;
            const overdue = data.networks.reduce((sum, network) => sum + network.overdue.length, 0);
            this.view.badge = overdue > 0 ? { value: overdue, tooltip: `${overdue} ${overdue === 1 ? 'check-in' : 'check-ins'} overdue` } : undefined;
            this.changed.fire(undefined);
        }
        return data;
    }

    private async fetch(): Promise<CheckinsData | undefined> {
        await this.started;
        try {
            return await this.client.sendRequest<CheckinsData>(CHECKINS, {});
        } catch {
            return undefined; // The server restarts or a newer edit cancelled it: the next refresh shows it.
        }
    }

    async getChildren(node?: Node): Promise<Node[]> {
        if (node) return node.kind === 'group' ? node.entries.map(entry => ({ kind: 'checkin', group: node.group.id, entry })) : [];
        const data = this.data ?? (await this.refresh());
        if (!data || data.networks.length === 0) return []; // The welcome text (package.json viewsWelcome).
        return GROUPS.map(group => ({ kind: 'group' as const, group, entries: data.networks.flatMap(network => network[group.id].map(item => ({ item, network }))) }))
            .map(node => (node.entries.length > 1 && data.networks.length > 1 ? { ...node, entries: merged(node.group.id, node.entries) } : node))
            .filter(node => node.group.always || node.entries.length > 0);
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (node.kind === 'group') {
            const item = new vscode.TreeItem(`${node.group.label} (${node.entries.length})`,
                node.entries.length === 0 ? vscode.TreeItemCollapsibleState.None
                    : node.group.id === 'later' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
            // An id of its own while empty: VS Code keeps an item's collapsed state by id, and a group
            // that was empty (no twistie) would otherwise stay shut when its first tie comes.
            item.id = `group:${node.group.id}${node.entries.length === 0 ? ':empty' : ''}`;
            item.iconPath = node.group.icon;
            item.contextValue = 'checkinGroup';
            return item;
        }
        const { item: checkin, network } = node.entry;
        const several = (this.data?.networks.length ?? 0) > 1;
        const item = new vscode.TreeItem(labelOf(checkin), vscode.TreeItemCollapsibleState.None);
        item.id = `checkin:${checkin.location.uri}#${checkin.tie}`;
        item.description = `${describe(checkin)}${several ? ` · ${network.name}` : ''}`;
        item.tooltip = tooltipOf(checkin, network, this.data?.today ?? '');
        item.iconPath = new vscode.ThemeIcon('link');
        item.contextValue = 'checkin';
        const uri = vscode.Uri.parse(checkin.location.uri);
        const { start, end } = checkin.nameLocation.range;
        item.command = {
            command: 'vscode.open',
            title: 'Open the tie',
            arguments: [uri, { selection: new vscode.Range(start.line, start.character, end.line, end.character), preview: true } satisfies vscode.TextDocumentShowOptions]
        };
        return item;
    }

    /** What the view shows now (fetched first when `fresh`). */
    async shown(fresh = true): Promise<CheckinsShown> {
        if (fresh) await this.refresh();
        const groups: CheckinsShown['groups'] = [];
        for (const node of await this.getChildren()) {
            const group = this.getTreeItem(node);
            const items = (await this.getChildren(node)).map(child => {
                const item = this.getTreeItem(child);
                return { label: String(item.label), description: String(item.description), tooltip: String(item.tooltip), command: item.command };
            });
            groups.push({ label: String(group.label), items });
        }
        return { visible: this.view.visible, badge: this.view.badge?.value, today: this.data?.today ?? '', groups };
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.view.dispose();
        this.changed.dispose();
    }
}

/** "Eastside Food Bank — Eastside Tenants Union" */
function labelOf(checkin: CheckinItem): string {
    return `${checkin.partners[0].title} — ${checkin.partners[1].title}`;
}

/** The item's date: "overdue since 2026-10-15 (17 days)", "due 2026-11-20", "never checked in". */
function describe(checkin: CheckinItem): string {
    if (checkin.overdueDays !== undefined) return `overdue since ${checkin.due} (${checkin.overdueDays} ${checkin.overdueDays === 1 ? 'day' : 'days'})`;
    if (checkin.due !== undefined) return `due ${checkin.due}`;
    return 'never checked in';
}

function tooltipOf(checkin: CheckinItem, network: NetworkCheckinsData, today: string): string {
    const [left, right] = checkin.partners;
    const named = (partner: { name: string; title: string }) => (partner.title === partner.name ? partner.name : `${partner.title} (${partner.name})`);
    const whose = checkin.cadenceOf === 'tie' ? 'this tie\'s cadence' : `${network.name}'s default cadence`;
    return [
        `tie ${checkin.tie}: ${named(left)} and ${named(right)}`,
        checkin.lastCheckin ? `Last check-in: ${checkin.lastCheckin}` : 'No check-in on record (last-checkin)',
        `Check in ${checkin.cadence} (${whose})`,
        checkin.overdueDays !== undefined ? `Was due by ${checkin.due}: ${checkin.overdueDays} ${checkin.overdueDays === 1 ? 'day' : 'days'} ago (as of ${today})`
            : checkin.due ? `Next due: ${checkin.due} (as of ${today})` : 'Record when the partners last checked in, or check in now: "Record a check-in today" on the tie',
        `${vscode.workspace.asRelativePath(vscode.Uri.parse(checkin.location.uri))}:${checkin.nameLocation.range.start.line + 1}`
    ].join('\n');
}

/** The entries of several networks in one group, in the group's order: by due date, the never checked in by network. */
function merged(group: GroupId, entries: Entry[]): Entry[] {
    if (group === 'never') return entries;
    return [...entries].sort((a, b) => (a.item.due! < b.item.due! ? -1 : a.item.due! > b.item.due! ? 1 : 0));
}
