/**
 * The linker walks the grammar's reference properties by hand (partnership-linker.ts); this checks
 * that it links every reference Langium's generic walk would find, on files using every kind of
 * reference, so a new reference property in the grammar cannot be missed silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { build } from '../helpers.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');

const EVERY_REFERENCE = `network N {
    us A
    backbone B
}
goal G {
    cocreated-by A, B
}
role R {
    serves G
}
partner A {
    plays R
}
partner B {
    plays R
}
tie A -- B {
    A gives funding
    B gives data
}
meeting M {
    every month
    duration 1 hour
    roles R
    invites A, B
}
`;

describe('linker', () => {
    test('links every reference of every kind, as the generic walk would find them', async () => {
        const files: Record<string, string> = { 'all/network.partnership': EVERY_REFERENCE };
        for (const folder of readdirSync(EXAMPLES, { withFileTypes: true }).filter(d => d.isDirectory())) {
            for (const file of readdirSync(path.join(EXAMPLES, folder.name)).filter(f => f.endsWith('.partnership'))) {
                files[`${folder.name}/${file}`] = readFileSync(path.join(EXAMPLES, folder.name, file), 'utf8');
            }
        }
        const built = await build(files);
        let total = 0;
        for (const [name, document] of built.documents) {
            const expected = AstUtils.streamAst(document.parseResult.value).flatMap(node => AstUtils.streamReferences(node)).map(info => info.reference).toArray();
            total += expected.length;
            expect(new Set(document.references), name).toEqual(new Set(expected));
            expect(expected.every(reference => 'ref' in reference && reference.ref !== undefined), name).toBe(true);
        }
        expect(total).toBeGreaterThan(100);
        // Every reference property of the grammar occurs in the sample.
        const properties = new Set(AstUtils.streamAst(built.documents.get('all/network.partnership')!.parseResult.value)
            .flatMap(node => AstUtils.streamReferences(node)).map(info => `${info.container.$type}.${info.property}`));
        expect([...properties].sort()).toEqual([
            'Give.giver', 'Goal.cocreatedBy', 'Meeting.invites', 'Meeting.roles', 'Network.backbone', 'Network.us',
            'Partner.plays', 'Role.serves', 'Tie.left', 'Tie.right'
        ]);
    });
});
