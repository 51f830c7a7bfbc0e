import { EmptyFileSystem } from 'langium';
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { build, type Built } from '../helpers.js';
import { FILES } from './fixture.js';
import { params, positionIn, rangeIn, uriOf } from './lsp-helpers.js';

const NETWORK = 'coalition/network.partnership';
const ROLES = 'coalition/roles.partnership';
const PARTNERS = 'coalition/partners.partnership';
const TIES = 'coalition/ties/2026.partnership';
const YOUTH = 'coalition/youth/network.partnership';

async function definition(built: Built, file: string, needle: string, options: { occurrence?: number; after?: string } = {}) {
    const document = built.documents.get(file)!;
    const links = await built.services.Partnership.lsp.DefinitionProvider!.getDefinition(document, params(document, positionIn(document, needle, { ...options, delta: 1 })));
    return (links ?? []).map(link => ({ uri: link.targetUri, range: link.targetSelectionRange, origin: link.originSelectionRange }));
}

async function references(built: Built, file: string, needle: string, includeDeclaration: boolean, options: { occurrence?: number; after?: string } = {}) {
    const document = built.documents.get(file)!;
    const position = positionIn(document, needle, { ...options, delta: 1 });
    const locations = await built.services.Partnership.lsp.ReferencesProvider!.findReferences(document, { ...params(document, position), context: { includeDeclaration } });
    return sortLocations(locations);
}

function sortLocations(locations: Location[]): Location[] {
    return [...locations].sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function at(built: Built, file: string, needle: string, options: { occurrence?: number; after?: string } = {}): Location {
    return { uri: uriOf(built, file), range: rangeIn(built.documents.get(file)!, needle, options) };
}

describe('go to definition', () => {
    it('goes from a reference to the declaration in another file of the network', async () => {
        const built = await build(FILES);
        expect(await definition(built, PARTNERS, 'Funder')).toEqual([{
            uri: uriOf(built, ROLES),
            range: rangeIn(built.documents.get(ROLES)!, 'Funder'),
            origin: rangeIn(built.documents.get(PARTNERS)!, 'Funder')
        }]);
        // Tie endpoint and giver, in a subfolder, to partners.partnership.
        expect((await definition(built, TIES, 'Clinic')).map(d => [d.uri, d.range])).toEqual([[uriOf(built, PARTNERS), rangeIn(built.documents.get(PARTNERS)!, 'Clinic')]]);
        expect((await definition(built, TIES, 'Clinic', { after: 'gives', occurrence: 0 })).map(d => d.uri)).toEqual([uriOf(built, PARTNERS)]);
        // `us` in the network file; `serves` to a goal.
        expect((await definition(built, NETWORK, 'FoodBank')).map(d => d.uri)).toEqual([uriOf(built, PARTNERS)]);
        expect((await definition(built, ROLES, 'Meals', { after: 'serves' })).map(d => [d.uri, d.range])).toEqual([[uriOf(built, ROLES), rangeIn(built.documents.get(ROLES)!, 'Meals')]]);
    });

    it('resolves a name shared by two networks within the network of the reference', async () => {
        const built = await build(FILES);
        // The youth network's tie goes to its own Clinic, not to the coalition's.
        expect((await definition(built, YOUTH, 'Clinic', { after: 'tie' })).map(d => [d.uri, d.range]))
            .toEqual([[uriOf(built, YOUTH), rangeIn(built.documents.get(YOUTH)!, 'Clinic')]]);
    });

    it('finds nothing for a name that is only declared in another network', async () => {
        const built = await build({ ...FILES, 'coalition/more.partnership': 'partner Pantry {\n    plays Mentor\n}\n' });
        expect(await definition(built, 'coalition/more.partnership', 'Mentor')).toEqual([]);
    });

    it('works within one file (langium/test)', async () => {
        const services = createPartnershipServices(EmptyFileSystem).Partnership;
        await expectGoToDefinition(services)({
            text: 'role <|Helper|>\npartner A {\n    plays Hel<|>per\n}\n',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });
});

describe('find references', () => {
    it('finds the references of a partner in all files of the network, with or without the declaration', async () => {
        const built = await build(FILES);
        const expected = [
            at(built, TIES, 'FoodBank', { occurrence: 0 }),
            at(built, TIES, 'FoodBank', { occurrence: 1 }),
            at(built, NETWORK, 'FoodBank', { occurrence: 0 }),
            at(built, NETWORK, 'FoodBank', { occurrence: 1 }),
            at(built, ROLES, 'FoodBank')
        ];
        // Asked at the declaration...
        expect(await references(built, PARTNERS, 'FoodBank', false)).toEqual(sortLocations(expected));
        expect(await references(built, PARTNERS, 'FoodBank', true)).toEqual(sortLocations([...expected, at(built, PARTNERS, 'FoodBank')]));
        // ...or at any reference.
        expect(await references(built, TIES, 'FoodBank', true, { occurrence: 1 })).toEqual(sortLocations([...expected, at(built, PARTNERS, 'FoodBank')]));
    });

    it('does not mix up the same name in two networks', async () => {
        const built = await build(FILES);
        const coalitionClinic = await references(built, PARTNERS, 'Clinic', true);
        expect(coalitionClinic.map(location => location.uri)).not.toContain(uriOf(built, YOUTH));
        expect(coalitionClinic).toHaveLength(4); // declaration, cocreated-by, tie endpoint, giver
        const youthClinic = await references(built, YOUTH, 'Clinic', true);
        expect(youthClinic).toEqual(sortLocations([at(built, YOUTH, 'Clinic', { occurrence: 0 }), at(built, YOUTH, 'Clinic', { occurrence: 1 })]));
    });

    it('finds the references of a role and a goal', async () => {
        const built = await build(FILES);
        expect(await references(built, ROLES, 'Meals', false)).toEqual(sortLocations([
            at(built, ROLES, 'Meals', { occurrence: 1 }), at(built, ROLES, 'Meals', { occurrence: 2 })
        ]));
        expect(await references(built, ROLES, 'Outreach', false)).toEqual([at(built, PARTNERS, 'Outreach')]);
    });

    it('works within one file (langium/test)', async () => {
        const services = createPartnershipServices(EmptyFileSystem).Partnership;
        await expectFindReferences(services)({
            text: 'role <|Help<|>er|>\npartner A {\n    plays <|Helper|>\n}\nmeeting M {\n    roles <|Helper|>\n}\n',
            includeDeclaration: true,
            disposeAfterCheck: true
        });
    });
});
