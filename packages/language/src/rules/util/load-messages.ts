/** How the load rules (over-budget, partner-over-capacity) word a load and point at what makes it up. */
import type { Load } from '../../model/load.js';
import type { RelatedLocation } from '../../model/types.js';
import { formatHours } from '../../utils/numbers.js';
import { joinWords } from '../../utils/words.js';

/** "ties and meetings", "ties, meetings and role commitments" */
export function describeItems(load: Load): string {
    const words: string[] = [];
    if (load.items.some(i => i.kind === 'tie')) words.push('ties');
    if (load.items.some(i => i.kind === 'meeting')) words.push('meetings');
    if (load.items.some(i => i.kind === 'commitment')) words.push('role commitments');
    return joinWords(words);
}

/** One related location per contributing tie, meeting and commitment. */
export function loadRelated(load: Load): RelatedLocation[] {
    return load.items.map(item => ({
        message: `${item.label}: ${formatHours(item.hoursPerMonth)} h/month`,
        location: item.location
    }));
}
