/**
 * What `partnership diff` counts as the same network and the same finding (issue 19, item 5):
 * networks by folder and name (a network that moved folders by name when that is unambiguous);
 * findings by rule, element and message with the places it names left out, so that layout and
 * comments are never changes. The cases in memory, then a property: for random networks (well-formed
 * documents with random layout and comments, and mutated examples), formatting the base or adding
 * comment lines at the top of its files gives "No change". test/diff-cli.test.ts runs the cases end to end.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffSnapshots, formatDiffJson, formatDiffMarkdown, NO_CHANGE, positionFree } from '../src/diff.js';
import { formatSources } from '../src/format.js';
import { snapshotsOf } from './in-memory.js';
import { mutatedNetwork, wellFormedDocument } from '../../language/test/property/arbitraries.js';

const LABELS = { base: 'before', head: 'after' };
const NETWORK = 'network N\npartner A { sector nonprofit }\npartner B { sector media }\ntie A -- B {\n    A gives data\n    B gives funding\n}\n';

async function diff(base: Record<string, string>, head: Record<string, string>) {
    return diffSnapshots(await snapshotsOf(base), await snapshotsOf(head), LABELS);
}

describe('networks are matched by folder and name', () => {
    test('two networks of one name in sibling folders: each compared with its own base', async () => {
        const base = { 'a/n.partnership': NETWORK, 'b/n.partnership': NETWORK };
        for (const changed of ['a', 'b']) {
            const result = await diff(base, { ...base, [`${changed}/n.partnership`]: NETWORK.replace('sector media', 'sector faith') });
            expect(result.networks.map(n => [n.name, n.folder, n.change, n.elements.map(e => `${e.change} ${e.kind} ${e.name}`)]))
                .toEqual([['N', changed, 'changed', ['changed partner B']]]);
            expect(formatDiffMarkdown(result)).toContain(`\n### Network N in \`${changed}/\`\n`);
            expect(JSON.parse(formatDiffJson(result)).networks[0].folder).toBe(changed);
        }
        // A sibling added under the same name is an added network, not a change to the other one.
        const added = await diff({ 'a/n.partnership': NETWORK }, base);
        expect(added.networks.map(n => [n.name, n.folder, n.change])).toEqual([['N', 'b', 'added']]);
    });

    test('a network that moved to another folder is the same network when its name is unambiguous', async () => {
        const result = await diff({ 'a/n.partnership': NETWORK }, { 'moved/n.partnership': NETWORK });
        expect(formatDiffMarkdown(result)).toBe(`${NO_CHANGE}\n`);
    });

    test('loose files of different folders are different groups', async () => {
        const loose = 'partner Z { sector media }\n';
        const result = await diff({ 'x/a.partnership': loose, 'y/a.partnership': loose }, { 'x/a.partnership': loose, 'y/a.partnership': loose.replace('media', 'business') });
        expect(result.networks.map(n => [n.name, n.folder, n.elements.map(e => e.fields.map(f => f.text))])).toEqual([['(loose files)', 'y', [['sector media → business']]]]);
    });
});

describe('findings are matched without the places they name', () => {
    test('a duplicate-name whose first declaration moved down two lines is not a changed finding', async () => {
        const text = `${NETWORK}partner A { sector media }\n`;
        const result = await diff({ 'n/n.partnership': text }, { 'n/n.partnership': `// Partners, May 2026\n\n${text}` });
        expect(formatDiffMarkdown(result)).toBe(`${NO_CHANGE}\n`);
        // The finding is there on both sides, with the place in its message.
        const [snapshot] = await snapshotsOf({ 'n/n.partnership': text });
        expect(snapshot.findings.find(f => f.code === 'duplicate-name')?.message).toMatch(/\(n\.partnership:2:9\)/);
    });

    test('a finding on a tie written the other way round is one changed finding, not one introduced and one resolved', async () => {
        const result = await diff({ 'n/n.partnership': `${NETWORK}tie A -- B\n` }, { 'n/n.partnership': `${NETWORK}tie B -- A\n` });
        expect(result.networks.flatMap(n => n.findings).map(f => `${f.change} ${f.code} ${f.element}`)).toEqual(['changed duplicate-tie tie B -- A']);
    });

    test('positionFree leaves out file:line:col and keeps the rest', () => {
        expect(positionFree("'A' is already declared as a partner (partners.partnership:37:9); names must be unique in a network."))
            .toBe("'A' is already declared as a partner (…); names must be unique in a network.");
        expect(positionFree('TenantsUnion is asked for 20.3 h/month; its capacity is 20 h/month.')).toBe('TenantsUnion is asked for 20.3 h/month; its capacity is 20 h/month.');
    });

    test('a message that really changed is still a changed finding', async () => {
        const over = (hours: number) => `network N\npartner A { sector nonprofit capacity 1 hours/month }\npartner B { sector media }\ntie A -- B {\n    effort ${hours} hours/month\n    A gives data\n    B gives funding\n}\n`;
        const result = await diff({ 'n/n.partnership': over(2) }, { 'n/n.partnership': over(3) });
        expect(result.networks[0].findings.map(f => `${f.change} ${f.code}`)).toContain('changed partner-over-capacity');
    });
});

/** Files of one folder `net/`, as `{ path: text }`. */
const networkFiles: fc.Arbitrary<string[]> = fc.oneof(
    fc.array(wellFormedDocument, { minLength: 1, maxLength: 3 }),
    mutatedNetwork
);

describe('property: layout and comments are not changes', () => {
    test('formatting the base, or adding comment lines at the top of its files, gives No change', async () => {
        await fc.assert(fc.asyncProperty(
            networkFiles,
            fc.constantFrom('format', 'comment', 'both'),
            fc.constantFrom('// Reviewed in May\n', '// Reviewed in May\n\n', '/* reviewed */\n', '// a\n// b\n\n'),
            async (texts, change, comment) => {
                const base = Object.fromEntries(texts.map((text, i) => [`net/f${i}.partnership`, text]));
                let head = { ...base };
                if (change !== 'comment') {
                    const formatted = await formatSources(Object.entries(base).map(([file, text]) => ({ path: `/ws/${file}`, text })));
                    head = Object.fromEntries(formatted.map(file => [file.file.slice('/ws/'.length), file.formatted]));
                }
                if (change !== 'format') head = Object.fromEntries(Object.entries(head).map(([file, text]) => [file, comment + text.replace(/^\ufeff/, '')]));
                const result = diffSnapshots(await snapshotsOf(base), await snapshotsOf(head), LABELS);
                expect(formatDiffMarkdown(result)).toBe(`${NO_CHANGE}\n`);
            }
        ), { numRuns: 60, seed: 1919 });
    }, 240_000);
});
