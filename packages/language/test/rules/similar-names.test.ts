import { describe, expect, it } from 'vitest';
import { isPartner, isTie, type Model } from '../../src/generated/ast.js';
import { build } from '../helpers.js';
import { findings } from '../rule-helpers.js';
import unhomoglyph from 'unhomoglyph';
import { describeCharacter, differences, likeness, skeleton } from '../../src/utils/look-alike.js';

const CYRILLIC_I = '\u0456';
const CYRILLIC_A = '\u0430';
const GREEK_O = '\u03bf';

describe('similar-names', () => {
    it('fires on the later of two partners whose names differ only in capital letters, related to the first', async () => {
        expect(await findings('similar-names', 'partner LincolnHigh\npartner Lincolnhigh\n')).toEqual([{
            text: 'Lincolnhigh',
            severity: 2,
            message: 'The partner Lincolnhigh and the partner LincolnHigh differ only in capital letters. If they are one partner, use one name; if they are two, give them names that tell them apart.',
            related: ['1: partner LincolnHigh is declared here'],
            data: expect.objectContaining({ code: 'similar-names', element: { kind: 'partner', name: 'Lincolnhigh' } })
        }]);
    });

    it('names the look-alike characters and their scripts: Cyrillic and Latin, Greek and Latin', async () => {
        const text = `partner Lincoln\npartner L${CYRILLIC_I}ncoln\nrole Outreach\nrole Outre${CYRILLIC_A}ch\ngoal Food\ngoal Fo${GREEK_O}d\n`;
        expect((await findings('similar-names', text)).map(f => [f.text, f.message, f.related])).toEqual([
            [`L${CYRILLIC_I}ncoln`, `The partner L${CYRILLIC_I}ncoln and the partner Lincoln differ only in characters that look alike: L${CYRILLIC_I}ncoln has Cyrillic ${CYRILLIC_I} (U+0456) where Lincoln has Latin i (U+0069). If they are one partner, use one name; if they are two, give them names that tell them apart.`,
                ['1: partner Lincoln is declared here']],
            [`Outre${CYRILLIC_A}ch`, `The role Outre${CYRILLIC_A}ch and the role Outreach differ only in characters that look alike: Outre${CYRILLIC_A}ch has Cyrillic ${CYRILLIC_A} (U+0430) where Outreach has Latin a (U+0061). If they are one role, use one name; if they are two, give them names that tell them apart.`,
                ['3: role Outreach is declared here']],
            [`Fo${GREEK_O}d`, `The goal Fo${GREEK_O}d and the goal Food differ only in characters that look alike: Fo${GREEK_O}d has Greek ${GREEK_O} (U+03BF) where Food has Latin o (U+006F). If they are one goal, use one name; if they are two, give them names that tell them apart.`,
                ['5: goal Food is declared here']]
        ]);
    });

    it('takes digits and letters that look alike: 0 and O, l, I and 1', async () => {
        const text = 'partner District1O\npartner District10\npartner Route1\npartner RouteI\npartner Routel\n';
        expect((await findings('similar-names', text)).map(f => String(f.message).split('. ')[0])).toEqual([
            'The partner District10 and the partner District1O differ only in characters that look alike: District10 has digit 0 (U+0030) where District1O has Latin O (U+004F)',
            'The partner RouteI and the partner Route1 differ only in characters that look alike: RouteI has Latin I (U+0049) where Route1 has digit 1 (U+0031)',
            'The partner Routel and the partner Route1 differ only in characters that look alike: Routel has Latin l (U+006C) where Route1 has digit 1 (U+0031)'
        ]);
    });

    it('compares every kind of declaration, the network too: they share one set of names', async () => {
        const text = 'network Eastside\n\npartner EASTSIDE\n\nrole Outreach\n\nmeeting outreach\n';
        expect((await findings('similar-names', text)).map(f => [f.text, f.message, f.related])).toEqual([
            ['EASTSIDE', 'The partner EASTSIDE and the network Eastside differ only in capital letters. Give them names that tell them apart.', ['1: network Eastside is declared here']],
            ['outreach', 'The meeting outreach and the role Outreach differ only in capital letters. Give them names that tell them apart.', ['5: role Outreach is declared here']]
        ]);
    });

    it('takes case and look-alikes together, and relates each later name to the first', async () => {
        const text = `partner Lincoln\npartner lincoln\npartner L${CYRILLIC_I}NCOLN\n`;
        expect((await findings('similar-names', text)).map(f => [f.text, String(f.message).split(':')[0], f.related])).toEqual([
            ['lincoln', 'The partner lincoln and the partner Lincoln differ only in capital letters. If they are one partner, use one name; if they are two, give them names that tell them apart.', ['1: partner Lincoln is declared here']],
            [`L${CYRILLIC_I}NCOLN`, `The partner L${CYRILLIC_I}NCOLN and the partner Lincoln differ only in capital letters and in characters that look alike`, ['1: partner Lincoln is declared here']]
        ]);
    });

    it('finds similar names across the files of one network', async () => {
        const built = await build({
            'net/network.partnership': 'network Net\n',
            'net/partners.partnership': 'partner FoodBank\n',
            'net/zone/partners.partnership': 'partner Foodbank\n'
        });
        expect(built.summary().filter(line => line.endsWith('similar-names'))).toEqual(['net/zone/partners.partnership:1:9 warning similar-names']);
        const [finding] = built.diagnostics('net/zone/partners.partnership').filter(d => d.code === 'similar-names');
        expect(finding.relatedInformation?.map(r => [r.location.uri, r.message])).toEqual([['file:///ws/net/partners.partnership', 'partner FoodBank is declared here']]);
    });

    it('is silent for names a reader tells apart, accents included', async () => {
        const text = 'partner Jose\npartner José\npartner Food-Bank\npartner FoodBank\npartner Église\npartner Eglise\npartner مركز\npartner مركزي\n';
        expect(await findings('similar-names', text)).toEqual([]);
    });

    it('is silent for one name written in NFC and in NFD: that is one name, and a reference in one spelling resolves to the other', async () => {
        const nfc = 'Église'.normalize('NFC');
        const nfd = 'Église'.normalize('NFD');
        expect(nfc).not.toBe(nfd);
        const built = await build({ 'net/main.partnership': `partner ${nfc}\npartner Tenants\ntie ${nfd} -- Tenants\ntie Tenants -- José\npartner ${'José'.normalize('NFD')}\n` });
        const diagnostics = built.diagnostics('net/main.partnership');
        expect(diagnostics.filter(d => d.code === 'similar-names' || d.code === 'unresolved-reference' || d.severity === 1)).toEqual([]);
        const model = built.documents.get('net/main.partnership')!.parseResult.value as Model;
        const [toEglise, toJose] = model.elements.filter(isTie);
        const partners = model.elements.filter(isPartner);
        expect(toEglise.left.ref).toBe(partners[0]);
        expect(toEglise.left.ref?.name).toBe(nfc);
        expect(toJose.right.ref).toBe(partners[2]);
        expect(toJose.right.ref?.name).toBe('José'.normalize('NFC'));
    });

    it('reads a name declared twice, in NFC and in NFD, as a duplicate-name, not as similar names', async () => {
        const built = await build({ 'net/main.partnership': `partner ${'Église'.normalize('NFC')}\npartner ${'Église'.normalize('NFD')}\n` });
        expect(built.summary().filter(line => /duplicate-name|similar-names/.test(line))).toEqual(['net/main.partnership:2:9 error duplicate-name']);
    });

    it('follows the policy and @allow', async () => {
        const off = 'network N {\n    policy {\n        rule similar-names off\n    }\n}\n\npartner LincolnHigh\npartner Lincolnhigh\n';
        expect(await findings('similar-names', off)).toEqual([]);
        const allowed = 'partner LincolnHigh\n// @allow similar-names -- two schools: Lincoln High and the Lincoln high-school parents\npartner Lincolnhigh\n';
        expect(await findings('similar-names', allowed)).toEqual([]);
    });
});

describe('look-alike names (utils/look-alike.ts)', () => {
    it("computes Unicode's skeletons", () => {
        expect(skeleton(`C${CYRILLIC_A}fe`)).toBe('Cafe');
        expect(skeleton('B0b')).toBe('BOb');
        expect([skeleton('Route1'), skeleton('RouteI'), skeleton('Routel')]).toEqual(['Routel', 'Routel', 'Routel']);
        expect(skeleton('Bam')).toBe(skeleton('Barn'));
    });

    it('takes the ASCII prototypes from the same data as every other character', () => {
        const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
        expect(skeleton(ascii)).toBe(unhomoglyph(ascii).normalize('NFD'));
        expect(skeleton('Community')).toBe('Cornrnunity');
    });

    it('tells how two names are alike', () => {
        expect(likeness('LincolnHigh', 'Lincolnhigh')).toBe('case');
        expect(likeness('Straße', 'STRASSE')).toBe('case');
        expect(likeness('Lincoln', `L${CYRILLIC_I}ncoln`)).toBe('look-alike');
        expect(likeness('lincoln', `L${CYRILLIC_I}NCOLN`)).toBe('case-and-look-alike');
        expect(likeness('Lincoln', 'Lincoln')).toBeUndefined();
        expect(likeness('Jose', 'José')).toBeUndefined();
    });

    it('describes characters and where names differ', () => {
        expect(describeCharacter(CYRILLIC_A)).toBe('Cyrillic а (U+0430)');
        expect(describeCharacter('0')).toBe('digit 0 (U+0030)');
        expect(describeCharacter('\u0301')).toBe('the mark U+0301');
        expect(describeCharacter('𝐀')).toBe('𝐀 (U+1D400)');
        expect(differences('Barn', 'Bam')).toEqual([['rn', 'm']]);
        expect(differences(`C${CYRILLIC_A}f${CYRILLIC_A}`, 'Cafa')).toEqual([[CYRILLIC_A, 'a'], [CYRILLIC_A, 'a']]);
    });
});
