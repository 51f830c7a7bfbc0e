import { describe, expect, it } from 'vitest';
import { isName, nameFromText, NAME_CHARACTER, NAME_PATTERN } from '../../src/utils/names.js';

describe('names (utils/names.ts)', () => {
    it('takes names of any script, as the grammar does, in any normal form', () => {
        for (const name of ['EastsideFoodBank', 'St_Marks', 'Food-Bank', '_x', 'JoséMartíCenter', 'Église', 'Église'.normalize('NFD'), 'مركز', 'مركز-المدينة', 'Ünterstützung', 'Καφενείο', 'Дом2', 'पुस्तकालय', '図書館', '𝐀lpha', 'Ward٣']) {
            expect(isName(name), name).toBe(true);
        }
        for (const text of ['', 'Food Bank', 'Food--Bank', '-Food', 'Food-', '9Lives', '٣Ward', '\u0301Eglise', 'Café!', "O'Neil", 'partner', 'last-checkin']) {
            expect(isName(text), text).toBe(false);
        }
        expect(NAME_PATTERN.flags).toContain('u');
    });

    it('knows the characters of a name one code unit at a time (the word at the cursor)', () => {
        for (const c of ['a', 'É', '_', '7', '٣', '\u0301', 'م', '\ud835']) expect(NAME_CHARACTER.test(c), c).toBe(true);
        for (const c of [' ', '-', '{', '"', '.']) expect(NAME_CHARACTER.test(c), c).toBe(false);
    });

    it('makes names from display strings, keeping letters of any script with their accents, in NFC', () => {
        expect(nameFromText('José Martí Center')).toBe('JoséMartíCenter');
        expect(nameFromText('José Martí Center'.normalize('NFD'))).toBe('JoséMartíCenter'.normalize('NFC'));
        expect(nameFromText("St. Mark's Church Pantry")).toBe('StMarksChurchPantry');
        expect(nameFromText('St. Mark’s Church Pantry')).toBe('StMarksChurchPantry');
        expect(nameFromText('مركز المدينة')).toBe('مركزالمدينة');
        expect(nameFromText('école du quartier')).toBe('ÉcoleDuQuartier');
        expect(nameFromText('straße der jugend')).toBe('StraßeDerJugend');
        expect(nameFromText('ßtudio')).toBe('ßtudio');
        expect(nameFromText('Дом молодёжи')).toBe('ДомМолодёжи');
        expect(nameFromText('YMCA of Eastside')).toBe('YMCAOfEastside');
        expect(nameFromText('4H Club')).toBe('_4HClub');
        expect(nameFromText('٣ نجوم')).toBe('_٣نجوم');
        expect(nameFromText('partner')).toBe('Partner');
        expect(nameFromText('active')).toBe('Active');
        expect(nameFromText('!!! ---')).toBe('Unnamed');
        expect(nameFromText('🍎 🍐', 'Fruit')).toBe('Fruit');
        for (const text of ['José Martí Center', 'مركز المدينة', '4H Club', "St. Mark's", 'Дом молодёжи', '\u0301accent first']) {
            expect(isName(nameFromText(text)), text).toBe(true);
        }
    });
});
