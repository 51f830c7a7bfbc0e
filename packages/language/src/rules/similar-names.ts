import type { Element, NetworkModel } from '../model/types.js';
import { describeRun, differences, likeness, likenessKeys } from '../utils/look-alike.js';
import type { Rule } from './types.js';

type Named = Exclude<Element, { kind: 'tie' }>;

/**
 * Two declared names of one network that a reader can't tell apart: the same but for capital
 * letters, or for characters that look alike (Unicode's confusables: Latin `a` and Cyrillic `а`,
 * `0` and `O`). Partners, roles, goals, meetings and the network share one set of names, so any two
 * of them are compared. Names are already in NFC: two spellings of one name are one name
 * (duplicate-name if declared twice), not similar names.
 */
export const similarNames: Rule = {
    meta: {
        code: 'similar-names',
        defaultSeverity: 'warning',
        summary: 'two declared names differ only in capital letters or in characters that look alike',
        fixable: false
    },
    check({ network }, report) {
        const first = new Map<string, Named>();
        for (const element of declarations(network)) {
            const keys = likenessKeys(element.name);
            const earlier = keys.map(key => first.get(key)).find(other => other !== undefined && other.name !== element.name);
            for (const key of keys) if (!first.has(key)) first.set(key, element);
            if (!earlier) continue;
            const how = likeness(element.name, earlier.name);
            if (!how) continue;
            report({
                message: message(element, earlier, how),
                location: element.nameLocation,
                element: { kind: element.kind, name: element.name },
                related: [{ message: `${earlier.kind} ${earlier.name} is declared here`, location: earlier.nameLocation }]
            });
        }
    }
};

function message(element: Named, earlier: Named, how: NonNullable<ReturnType<typeof likeness>>): string {
    const both = `The ${element.kind} ${element.name} and the ${earlier.kind} ${earlier.name}`;
    const advice = element.kind === earlier.kind
        ? `If they are one ${element.kind}, use one name; if they are two, give them names that tell them apart.`
        : 'Give them names that tell them apart.';
    if (how === 'case') return `${both} differ only in capital letters. ${advice}`;
    const where = differences(element.name, earlier.name)
        .map(([mine, theirs]) => `${describeRun(mine)} where ${earlier.name} has ${describeRun(theirs)}`)
        .join(', ');
    const what = how === 'look-alike' ? 'differ only in characters that look alike' : 'differ only in capital letters and in characters that look alike';
    return `${both} ${what}: ${element.name} has ${where}. ${advice}`;
}

/** The network's named declarations in the order they are written (file by file). */
function declarations(network: NetworkModel): Named[] {
    const all: Named[] = [
        ...(network.declaration ? [network.declaration] : []),
        ...network.partners.values(), ...network.roles.values(), ...network.goals.values(), ...network.meetings.values()
    ];
    const order = new Map(network.documents.map((uri, index) => [uri, index]));
    return all.sort((a, b) => (order.get(a.nameLocation.uri) ?? 0) - (order.get(b.nameLocation.uri) ?? 0)
        || a.nameLocation.range.start.line - b.nameLocation.range.start.line
        || a.nameLocation.range.start.character - b.nameLocation.range.start.character);
}
