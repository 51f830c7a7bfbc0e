import { describe, expect, it } from 'vitest';
import { ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { build, type Built } from '../helpers.js';
import { FILES } from './fixture.js';
import { params, positionIn, rangeIn, uriOf } from './lsp-helpers.js';

const NETWORK = 'coalition/network.partnership';
const ROLES = 'coalition/roles.partnership';
const PARTNERS = 'coalition/partners.partnership';
const TIES = 'coalition/ties/2026.partnership';
const YOUTH = 'coalition/youth/network.partnership';

async function renameAt(built: Built, file: string, needle: string, newName: string, options: { occurrence?: number; after?: string } = {}): Promise<WorkspaceEdit | undefined> {
    const document = built.documents.get(file)!;
    const position = positionIn(document, needle, { ...options, delta: 1 });
    return built.services.Partnership.lsp.RenameProvider!.rename(document, { ...params(document, position), newName });
}

function prepareAt(built: Built, file: string, needle: string, options: { occurrence?: number; after?: string; delta?: number } = {}) {
    const document = built.documents.get(file)!;
    const position = positionIn(document, needle, { delta: 1, ...options });
    return built.services.Partnership.lsp.RenameProvider!.prepareRename(document, params(document, position));
}

/** The edits of a workspace edit per file (by fixture name), sorted, as `line:col-col newText`. */
function editsByFile(built: Built, edit: WorkspaceEdit | undefined): Record<string, string[]> {
    const files = new Map([...built.documents.entries()].map(([file, document]) => [document.uri.toString(), file]));
    const result: Record<string, string[]> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        result[files.get(uri) ?? uri] = (edits as TextEdit[])
            .map(e => `${e.range.start.line + 1}:${e.range.start.character + 1}-${e.range.end.character + 1} ${e.newText}`)
            .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    }
    return result;
}

/** Applies a workspace edit to the fixture texts. */
function apply(built: Built, edit: WorkspaceEdit | undefined): Record<string, string> {
    const texts: Record<string, string> = {};
    for (const [file, document] of built.documents) {
        const edits = [...(edit?.changes?.[document.uri.toString()] ?? [])]
            .sort((a, b) => document.textDocument.offsetAt(b.range.start) - document.textDocument.offsetAt(a.range.start));
        let text = document.textDocument.getText();
        for (const e of edits) {
            text = text.slice(0, document.textDocument.offsetAt(e.range.start)) + e.newText + text.slice(document.textDocument.offsetAt(e.range.end));
        }
        texts[file] = text;
    }
    return texts;
}

async function rejection(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    return error as ResponseError<unknown>;
}

describe('rename', () => {
    it('renames a partner from a reference: its declaration and every reference, in all files of the network', async () => {
        const built = await build(FILES);
        const edit = await renameAt(built, TIES, 'FoodBank', 'FoodPantry', { occurrence: 1 });
        expect(editsByFile(built, edit)).toEqual({
            [NETWORK]: ['2:8-16 FoodPantry', '3:14-22 FoodPantry'],
            [ROLES]: ['2:18-26 FoodPantry'],
            [PARTNERS]: ['1:9-17 FoodPantry'],
            [TIES]: ['1:5-13 FoodPantry', '2:5-13 FoodPantry']
        });
        // After the edit the workspace is still valid: no unresolved references.
        const after = await build(apply(built, edit));
        expect(after.summary().filter(line => line.includes('unresolved-reference'))).toEqual([]);
        expect(after.documents.get(PARTNERS)!.textDocument.getText()).toContain('partner FoodPantry "Eastside Food Bank"');
    });

    it('renames a partner where it introduces a tie and where it asks in one', async () => {
        const file = 'n/network.partnership';
        const built = await build({ [file]: 'partner Bank\npartner City\npartner Way\ntie Bank -- City {\n    introduced-by Way\n    City asks data\n}\ntie City -- Way {\n    City asks funding\n}\n' });
        expect(apply(built, await renameAt(built, file, 'Way', 'UnitedWay', { after: 'partner ' }))[file]).toBe(
            'partner Bank\npartner City\npartner UnitedWay\ntie Bank -- City {\n    introduced-by UnitedWay\n    City asks data\n}\ntie City -- UnitedWay {\n    City asks funding\n}\n');
        expect(apply(built, await renameAt(built, file, 'City', 'Health', { after: 'partner ' }))[file]).toBe(
            'partner Bank\npartner Health\npartner Way\ntie Bank -- Health {\n    introduced-by Way\n    Health asks data\n}\ntie Health -- Way {\n    Health asks funding\n}\n');
    });

    it('renames a role from its declaration, and leaves the same name in another network alone', async () => {
        const built = await build(FILES);
        const edit = await renameAt(built, ROLES, 'Funder', 'Sponsor');
        expect(editsByFile(built, edit)).toEqual({
            [ROLES]: ['5:6-12 Sponsor'],
            [PARTNERS]: ['7:11-17 Sponsor']
        });
        // Clinic is declared in both networks: renaming the youth network's Clinic touches only its file.
        const youth = await renameAt(built, YOUTH, 'Clinic', 'HealthHub');
        expect(editsByFile(built, youth)).toEqual({ [YOUTH]: ['9:9-15 HealthHub', '13:21-27 HealthHub'] });
    });

    it('allows a name that is only taken in another network', async () => {
        const built = await build(FILES);
        const edit = await renameAt(built, PARTNERS, 'FoodBank', 'YouthCouncil');
        expect(Object.keys(editsByFile(built, edit)).sort()).toEqual([NETWORK, PARTNERS, ROLES, TIES].sort());
    });

    it('rejects a name that is taken in the network, by a declaration of any kind', async () => {
        const built = await build(FILES);
        const taken = await rejection(renameAt(built, PARTNERS, 'FoodBank', 'Clinic'));
        expect(taken.message).toBe("'Clinic' is already taken: a partner named 'Clinic' is declared in network folder 'coalition' (partners.partnership). Names are unique across partners, roles, goals and meetings of a network.");
        const role = await rejection(renameAt(built, TIES, 'Clinic', 'Funder'));
        expect(role.message).toContain("a role named 'Funder' is declared in network folder 'coalition' (roles.partnership)");
        const network = await rejection(renameAt(built, ROLES, 'Meals', 'Coalition'));
        expect(network.message).toContain("a network named 'Coalition'");
    });

    it('rejects names that are not valid names, and keywords', async () => {
        const built = await build(FILES);
        for (const name of ['Food Bank', 'Food--Bank', '-Food', '9Lives', 'Food-', '']) {
            const error = await rejection(renameAt(built, PARTNERS, 'FoodBank', name));
            expect(error.message).toMatch(/is not a valid name/);
        }
        const keyword = await rejection(renameAt(built, PARTNERS, 'FoodBank', 'active'));
        expect(keyword.message).toBe("'active' is a keyword and can't be used as a name.");
        // Hyphens between word parts are fine.
        expect(editsByFile(built, await renameAt(built, PARTNERS, 'FoodBank', 'Food-Bank'))[PARTNERS]).toEqual(['1:9-17 Food-Bank']);
    });

    it('renames to a name of any script, in NFC, and back from it', async () => {
        const built = await build(FILES);
        const edit = await renameAt(built, TIES, 'FoodBank', 'Église', { occurrence: 1 });
        expect(editsByFile(built, edit)).toEqual({
            [NETWORK]: ['2:8-16 Église', '3:14-22 Église'],
            [ROLES]: ['2:18-26 Église'],
            [PARTNERS]: ['1:9-17 Église'],
            [TIES]: ['1:5-13 Église', '2:5-13 Église']
        });
        const after = await build(apply(built, edit));
        expect(after.summary().filter(line => /unresolved-reference|syntax-error|duplicate-name/.test(line))).toEqual([]);
        // A new name typed with a combining accent (NFD) is written in NFC, the form names are compared in.
        const nfd = await renameAt(built, PARTNERS, 'FoodBank', 'Église'.normalize('NFD'));
        expect(editsByFile(built, nfd)[PARTNERS]).toEqual(['1:9-17 Église'.normalize('NFC')]);
        // From a Unicode name (UTF-16 columns: Église is 6 code units) to another script.
        const renamed = await build(apply(built, edit));
        const again = await renameAt(renamed, PARTNERS, 'Église', 'مركز-الغذاء');
        expect(editsByFile(renamed, again)[PARTNERS]).toEqual(['1:9-15 مركز-الغذاء']);
    });

    it('rejects a Unicode name that is not a name, and one that is taken in another spelling', async () => {
        const built = await build(FILES);
        for (const name of ['Égl ise', '٣Centre', 'École-', '-École', 'Café!', '\u0301Eglise']) {
            const error = await rejection(renameAt(built, PARTNERS, 'FoodBank', name));
            expect(error.message, name).toMatch(/is not a valid name/);
        }
        const renamed = await build(apply(built, await renameAt(built, PARTNERS, 'Clinic', 'Église')));
        const taken = await rejection(renameAt(renamed, PARTNERS, 'FoodBank', 'Église'.normalize('NFD')));
        expect(taken.message).toContain("'Église' is already taken: a partner named 'Église'");
    });

    it('returns an empty edit for the same name', async () => {
        const built = await build(FILES);
        expect(await renameAt(built, PARTNERS, 'FoodBank', 'FoodBank')).toEqual({ changes: {} });
    });
});

describe('prepare rename', () => {
    it('gives the range of a declaration name or of a resolved reference', async () => {
        const built = await build(FILES);
        expect(await prepareAt(built, PARTNERS, 'FoodBank')).toEqual(rangeIn(built.documents.get(PARTNERS)!, 'FoodBank'));
        expect(await prepareAt(built, TIES, 'Clinic', { after: 'gives' })).toEqual(rangeIn(built.documents.get(TIES)!, 'Clinic', { after: 'gives' }));
        expect(await prepareAt(built, NETWORK, 'Coalition')).toEqual(rangeIn(built.documents.get(NETWORK)!, 'Coalition'));
    });

    it('finds a name of any script at, in or right after it: letters outside the BMP, combining marks', async () => {
        const file = 'u/network.partnership';
        const nfd = 'Église'.normalize('NFD');
        const built = await build({ [file]: `partner 𝐀lpha\npartner ${nfd}\ntie 𝐀lpha -- ${nfd}\n` });
        const document = built.documents.get(file)!;
        for (const [needle, options] of [['𝐀lpha', {}], [nfd, {}], ['𝐀lpha', { after: 'tie ' }], [nfd, { after: '-- ' }]] as const) {
            const range = rangeIn(document, needle, options);
            const length = range.end.character - range.start.character;
            // At its first code unit (the high surrogate of 𝐀), inside it (before the combining accent), and right after it.
            for (const delta of [0, needle === nfd ? 1 : 2, length]) {
                expect(await prepareAt(built, file, needle, { ...options, delta }), `${needle} +${delta}`).toEqual(range);
            }
        }
    });

    it('refuses keywords, strings, vocabulary words and unresolved names', async () => {
        const built = await build({ ...FILES, 'coalition/more.partnership': 'partner Pantry {\n    plays Mentor\n    sector nonprofit\n}\n' });
        expect(await prepareAt(built, PARTNERS, 'partner')).toBeUndefined();
        expect(await prepareAt(built, PARTNERS, 'Eastside')).toBeUndefined();
        expect(await prepareAt(built, PARTNERS, 'nonprofit')).toBeUndefined();
        expect(await prepareAt(built, 'coalition/more.partnership', 'Mentor')).toBeUndefined();
        expect(uriOf(built, PARTNERS)).toMatch(/partners\.partnership$/);
    });
});
