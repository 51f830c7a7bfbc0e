/**
 * A network's dates as calendar events (`partnership calendar` writes them as iCalendar): pure data
 * from the network model and a day, browser-safe, so the editor could show the same events.
 *
 * - Each tie's next check-in (packages/language/src/lsp/checkins.ts, the Check-ins view's grouping,
 *   which reads nextCheckin as `overdue-checkin` does): on its due date; an overdue one on today,
 *   its summary saying "Overdue check-in" and its description "Overdue since <due date>"; a tie
 *   that is to be checked in but has none on record (as `never-checked-in` finds it) on today, as a
 *   first check-in.
 * - Each meeting with a cadence, as a recurring event: the rhythm comes from its `every ...` (weeks,
 *   months or years; a fractional count becomes a number of days), its length from `duration` (an
 *   all-day event without one). The language gives meetings no day or time, so the first one is on
 *   the first day of a week (Monday), month or year on or after today (periodStartOnOrAfter), at
 *   MEETING_START in the reader's own time zone (a floating time).
 * - Each goal not marked achieved: its `due` date and its target's date (one event when they are
 *   the same day), on those days, past or not.
 * - The network's next review (nextReview, as `overdue-review` judges it): on its due date; on today
 *   when overdue or when no review is on record.
 *
 * Every event has a UID made of what it is and the network's name only (`checkin-A--B@Net.partnership`),
 * so that the same element gives the same UID on every run, whatever else changes, and importing the
 * calendar again updates its events instead of adding them twice.
 */
import {
    attendees, daysBetween, elementOf, isValidDate, measureValue, networkCheckins, nextReview, periodStartOnOrAfter, cadenceDays, playersByRole,
    type Cadence, type Checkin, type GoalModel, type MeetingModel, type NetworkModel, type SourceLocation, type TieModel
} from 'partnership-language';

/** The time of day the calendar puts meetings at (floating: the reader's own time zone). */
export const MEETING_START = '10:00';

export type CalendarEventKind = 'checkin' | 'meeting' | 'goal' | 'review';

/** An iCalendar RRULE's parts: every `interval` days, weeks, months or years, without end. */
export interface CalendarRepeat {
    freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
    interval: number;
}

export interface CalendarEvent {
    /** Stable across runs: the kind of event, the element's name(s) and the network's name (see calendarUid). */
    uid: string;
    kind: CalendarEventKind;
    summary: string;
    /** Plain sentences, one a line. */
    description: string;
    /** The day (YYYY-MM-DD): of an all-day event, or the day a timed event starts. */
    date: string;
    /** A timed event: starts at `start` (HH:MM, floating local time) and lasts `minutes`. Absent: all day. */
    time?: { start: string; minutes: number };
    /** A recurring event's rule. */
    repeat?: CalendarRepeat;
    /** The day an overdue check-in or review was due (the event is then on today). */
    overdueSince?: string;
    categories: string[];
    /** Where the element is declared: the file relative to the network's folder, and its line (from 1). */
    source: { file: string; line: number };
}

export interface NetworkCalendar {
    /** The network's name (UIDs end in `@<name>.partnership`). */
    network: string;
    /** Its title, else its name. */
    title: string;
    /** By date, then check-ins, meetings, goals, reviews, then UID. */
    events: CalendarEvent[];
}

const KIND_ORDER: Record<CalendarEventKind, number> = { checkin: 0, meeting: 1, goal: 2, review: 3 };

/**
 * The events of a network with a `network` declaration on `today` (YYYY-MM-DD); undefined for loose
 * files (no network name to make UIDs of).
 */
export function networkCalendar(network: NetworkModel, today: string): NetworkCalendar | undefined {
    if (!isValidDate(today)) throw new Error(`networkCalendar: today must be a date as YYYY-MM-DD, not '${today}'`);
    const declaration = network.declaration;
    if (!declaration) return undefined;
    const context: Context = { network, today, name: declaration.name, label: labelOf(declaration.name, declaration.title) };
    const events = [...checkinEvents(context), ...meetingEvents(context), ...goalEvents(context), ...reviewEvents(context)];
    events.sort((a, b) => compare(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compare(a.uid, b.uid));
    return { network: declaration.name, title: text(declaration.title ?? declaration.name), events };
}

/**
 * A UID from the kind of event, the element's name(s) and the network's name:
 * `checkin-A--B@Net.partnership`, `meeting-Steering@Net.partnership`, `review@Net.partnership`.
 * Names are percent-encoded as UTF-8 except ASCII letters, digits, `_` and `-` (`Café` is `Caf%C3%A9`),
 * so every UID is plain ASCII and two different names never give the same UID. A name holds no `--`,
 * so `A--B` reads one way only.
 */
export function calendarUid(kind: string, names: readonly string[], network: string): string {
    const part = names.map(encodeName).join('--');
    return `${kind}${part ? `-${part}` : ''}@${encodeName(network)}.partnership`;
}

function encodeName(name: string): string {
    return [...new TextEncoder().encode(name)].map(byte => {
        const char = String.fromCharCode(byte);
        return /[A-Za-z0-9_-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }).join('');
}

interface Context {
    network: NetworkModel;
    today: string;
    name: string;
    /** `Eastside Food Access Coalition (EastsideFood)`. */
    label: string;
}

// ------------------------------------------------------------------ check-ins

function checkinEvents(context: Context): CalendarEvent[] {
    const { network, today } = context;
    const checkins = networkCheckins(network, today);
    const dated = [...checkins.overdue, ...checkins.dueThisMonth, ...checkins.later];
    return [...dated.map(checkin => checkinEvent(context, checkin)), ...checkins.never.map(checkin => checkinEvent(context, checkin))];
}

function checkinEvent(context: Context, checkin: Checkin): CalendarEvent {
    const { network, today } = context;
    const tie = elementOf(network, 'tie', checkin.tie) as TieModel;
    const [left, right] = checkin.partners.map(p => text(p.title));
    const between = `${left} — ${right}`;
    const cadence = `${checkin.cadence}${checkin.cadenceOf === 'tie' ? ' (this tie\'s cadence)' : ' (the network\'s cadence)'}`;
    const file = sourceOf(network, tie.properties.lastCheckin ?? tie.nameLocation);
    const lines: string[] = [];
    let summary: string;
    let date: string;
    const categories = ['Check-in'];
    if (checkin.due === undefined) {
        summary = `First check-in: ${between}`;
        date = today;
        lines.push(`Check in with ${left} and ${right}: no check-in is on record for their tie, which is to be checked in ${cadence}.`);
        lines.push(`Then add last-checkin with the date to the tie ${tie.name} (${where(file)}).`);
        categories.push('Never checked in');
    } else {
        const overdue = checkin.overdueDays !== undefined;
        summary = `${overdue ? 'Overdue check-in' : 'Check-in'}: ${between}`;
        date = overdue ? today : checkin.due;
        if (overdue) {
            lines.push(`Overdue since ${checkin.due} (${count(checkin.overdueDays!, 'day')} as of ${today}).`);
            categories.push('Overdue');
        }
        lines.push(`Check in with ${left} and ${right}: the last check-in on their tie was ${checkin.lastCheckin}, and it is checked in ${cadence}, so the next ${overdue ? 'was' : 'is'} due ${checkin.due}.`);
        lines.push(`Then set last-checkin on the tie ${tie.name} to the date (${where(file)}).`);
    }
    lines.push(`Network: ${context.label}.`);
    const ends = [tie.left, tie.right].sort(compare);
    return {
        uid: calendarUid('checkin', ends, context.name), kind: 'checkin', summary, description: lines.join('\n'), date,
        overdueSince: checkin.overdueDays !== undefined ? checkin.due : undefined, categories, source: file
    };
}

// ------------------------------------------------------------------ meetings

function meetingEvents(context: Context): CalendarEvent[] {
    const players = playersByRole(context.network);
    const events: CalendarEvent[] = [];
    for (const meeting of context.network.meetings.values()) {
        const cadence = meeting.cadence;
        if (!cadence || !(cadence.count > 0)) continue;
        const date = periodStartOnOrAfter(context.today, cadence.unit);
        if (date === undefined) continue;
        events.push(meetingEvent(context, meeting, cadence, date, players));
    }
    return events;
}

function meetingEvent(context: Context, meeting: MeetingModel, cadence: Cadence, date: string, players: ReadonlyMap<string, readonly string[]>): CalendarEvent {
    const { network } = context;
    const title = (name: string) => text(network.partners.get(name)?.title ?? name);
    const repeat = repeatOf(cadence);
    const minutes = meeting.durationHours !== undefined && meeting.durationHours > 0 && Number.isFinite(meeting.durationHours)
        ? Math.round(meeting.durationHours * 60) : undefined;
    const file = sourceOf(network, meeting.nameLocation);
    const lines = [`${text(meeting.title ?? meeting.name)} (meeting ${meeting.name}): ${cadence.text}${minutes ? `, ${duration(minutes)}` : ', no duration written'}.`];
    if (repeat.freq === 'DAILY') lines.push(`${cadence.text} is shown as every ${count(repeat.interval, 'day')}.`);
    for (const role of meeting.roles) {
        const who = (players.get(role) ?? []).filter(name => network.partners.has(name));
        const roleTitle = network.roles.get(role)?.title;
        lines.push(`By role ${role}${roleTitle ? ` (${text(roleTitle)})` : ''}: ${who.length > 0 ? who.map(title).join(', ') : 'no partner plays it'}.`);
    }
    const invited = meeting.invites.filter(name => network.partners.has(name));
    if (invited.length > 0) lines.push(`Invited: ${invited.map(title).join(', ')}.`);
    const everyone = attendees(meeting, players).filter(name => network.partners.has(name));
    lines.push(everyone.length > 0 ? `${count(everyone.length, 'partner')} in all.` : 'No partner attends: it has no roles or invites that name partners.');
    const first = { week: 'the first Monday', month: 'the first 1st of a month', year: 'the first 1 January' }[cadence.unit];
    lines.push(`The .partnership files give the meeting's rhythm, not its day${minutes ? ' or time' : ''}: this event starts on ${date}, ${first} on or after ${context.today}${minutes ? `, at ${MEETING_START} your time` : ''}. Move it to the real day${minutes ? ' and time' : ''} in your calendar.`);
    lines.push(`Declared in ${where(file)}. Network: ${context.label}.`);
    return {
        uid: calendarUid('meeting', [meeting.name], context.name), kind: 'meeting', summary: text(meeting.title ?? meeting.name),
        description: lines.join('\n'), date, time: minutes ? { start: MEETING_START, minutes } : undefined, repeat, categories: ['Meeting'], source: file
    };
}

/**
 * The RRULE of a cadence: FREQ=WEEKLY/MONTHLY/YEARLY with INTERVAL the count when it is whole
 * (`every 2 weeks` is FREQ=WEEKLY;INTERVAL=2); a fractional count (`every 1.5 weeks`) in whole days.
 */
export function repeatOf(cadence: Pick<Cadence, 'count' | 'unit'>): CalendarRepeat {
    if (Number.isInteger(cadence.count)) {
        return { freq: cadence.unit === 'week' ? 'WEEKLY' : cadence.unit === 'month' ? 'MONTHLY' : 'YEARLY', interval: cadence.count };
    }
    return { freq: 'DAILY', interval: Math.max(1, Math.round(cadenceDays(cadence))) };
}

function duration(minutes: number): string {
    return minutes % 60 === 0 ? count(minutes / 60, 'hour') : count(minutes, 'minute');
}

// ------------------------------------------------------------------ goals

function goalEvents(context: Context): CalendarEvent[] {
    const events: CalendarEvent[] = [];
    for (const goal of context.network.goals.values()) {
        if (goal.achieved !== undefined) continue;
        const due = goal.due !== undefined && isValidDate(goal.due) ? goal.due : undefined;
        const target = goal.target && isValidDate(goal.target.date) ? goal.target : undefined;
        if (due) events.push(goalEvent(context, goal, 'due', due, target?.date === due));
        if (target && target.date !== due) events.push(goalEvent(context, goal, 'target', target.date, false));
    }
    return events;
}

function goalEvent(context: Context, goal: GoalModel, of: 'due' | 'target', date: string, withTarget: boolean): CalendarEvent {
    const { network, today } = context;
    const name = text(goal.title ?? goal.name);
    const location = of === 'due' ? goal.properties.due ?? goal.nameLocation : goal.target!.location;
    const file = sourceOf(network, location);
    const target = goal.target ? `${measureValue(goal.target.value)} by ${goal.target.date}` : undefined;
    const lines = [of === 'due'
        ? `The goal ${goal.name} is due on ${date}${withTarget && target ? `, when its target is to be reached too: ${target}` : ''}.`
        : `The goal ${goal.name} is to reach its target of ${measureValue(goal.target!.value)} by ${date}.`];
    if (goal.measure) lines.push(`Measure: ${text(goal.measure)}.`);
    const latest = [...goal.progress].filter(p => isValidDate(p.date)).sort((a, b) => compare(a.date, b.date)).pop();
    if (latest) lines.push(`Latest reading: ${measureValue(latest.value)} on ${latest.date}.`);
    if (goal.cocreatedBy.length > 0) lines.push(`Co-created by: ${goal.cocreatedBy.map(p => text(network.partners.get(p)?.title ?? p)).join(', ')}.`);
    const past = date < today;
    if (past) lines.push(`Past: ${count(daysBetween(date, today), 'day')} ago as of ${today}, and the goal is not marked achieved. If it was reached, record the date (achieved YYYY-MM-DD).`);
    lines.push(`Declared in ${where(file)}. Network: ${context.label}.`);
    return {
        uid: calendarUid(of === 'due' ? 'goal-due' : 'goal-target', [goal.name], context.name), kind: 'goal',
        summary: of === 'due' ? `Goal due: ${name}` : `Goal target: ${name} — ${measureValue(goal.target!.value)}`,
        description: lines.join('\n'), date, categories: past ? ['Goal', 'Past due'] : ['Goal'], source: file
    };
}

// ------------------------------------------------------------------ the review

function reviewEvents(context: Context): CalendarEvent[] {
    const { network, today } = context;
    const declaration = network.declaration!;
    const next = nextReview(declaration);
    if (!next) return [];
    const file = sourceOf(network, declaration.properties.lastReview ?? next.cadence.location);
    const overdue = next.due !== undefined && daysBetween(next.due, today) > 0;
    const lines: string[] = [];
    if (overdue) lines.push(`Overdue since ${next.due} (${count(daysBetween(next.due!, today), 'day')} as of ${today}).`);
    lines.push(next.due === undefined
        ? `The network is to be reviewed ${next.cadence.text}, and no review is on record.`
        : `The network is reviewed ${next.cadence.text}; the last review was ${declaration.lastReview}, so the next is due ${next.due}.`);
    lines.push('Review with the partners whether the partnership is achieving what it set out to, works for everyone and is still needed.');
    lines.push(`Then ${declaration.lastReview ? 'set' : 'add'} last-review with the date (${where(file)}). Network: ${context.label}.`);
    const categories = ['Review'];
    if (overdue) categories.push('Overdue');
    if (next.due === undefined) categories.push('Never reviewed');
    return [{
        uid: calendarUid('review', [], context.name), kind: 'review',
        summary: `${overdue ? 'Overdue review' : next.due === undefined ? 'First review' : 'Review'}: ${text(declaration.title ?? declaration.name)}`,
        description: lines.join('\n'), date: overdue || next.due === undefined ? today : next.due!,
        overdueSince: overdue ? next.due : undefined, categories, source: file
    }];
}

// ------------------------------------------------------------------ text

/**
 * A display string as calendar text: line breaks become spaces (a summary is one line, a
 * description's lines are ours), and control characters, which iCalendar text may not hold, become
 * U+FFFD. Escaping `;`, `,` and `\` is the iCalendar writer's job.
 */
export function text(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

function labelOf(name: string, title: string | undefined): string {
    return title ? `${text(title)} (${name})` : name;
}

/** Where an element is written: its file relative to the network's folder (the same from any working folder), and its line. */
function sourceOf(network: NetworkModel, location: SourceLocation): { file: string; line: number } {
    const folder = network.key.startsWith('loose:') ? network.key.substring('loose:'.length) : network.key;
    const relative = location.uri.startsWith(`${folder}/`) ? location.uri.substring(folder.length + 1) : location.uri.substring(location.uri.lastIndexOf('/') + 1);
    let file: string;
    try {
        file = decodeURIComponent(relative);
    } catch {
        file = relative;
    }
    return { file: text(file), line: location.range.start.line + 1 };
}

function where(source: { file: string; line: number }): string {
    return `${source.file}, line ${source.line}`;
}

function count(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
