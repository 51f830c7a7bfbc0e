/** The starting network (src/starter.ts) that `partnership init` and the editor's "New Network…" write. */
import { describe, expect, it } from 'vitest';
import { StarterError, starterAnswers, starterFiles } from '../src/starter.js';
import { build } from './helpers.js';

describe('starter network', () => {
    it('takes its defaults from the folder\'s name, and builds with no diagnostic at all', async () => {
        const answers = starterAnswers({}, 'river-city');
        expect(answers).toEqual({ name: 'RiverCity', title: 'River city coalition', us: 'OurOrganisation', budget: '40 hours/month' });
        const files = starterFiles(answers, '2026-11-01');
        const built = await build(Object.fromEntries(Object.entries(files).map(([file, text]) => [`river-city/${file}`, text])), { today: '2026-11-01' });
        expect(built.summary()).toEqual([]);
    });

    it('takes a folder named in any script: its name keeps the letters, its title starts with a capital', async () => {
        expect(starterAnswers({}, 'école-du-quartier')).toMatchObject({ name: 'ÉcoleDuQuartier', title: 'École du quartier coalition' });
        expect(starterAnswers({}, 'مركز-المدينة')).toMatchObject({ name: 'مركزالمدينة', title: 'مركز المدينة coalition' });
        expect(starterAnswers({ name: 'Église', us: 'JoséMartíCenter' }, 'net')).toMatchObject({ name: 'Église', us: 'JoséMartíCenter' });
        // A name typed with combining accents (NFD) is written in NFC.
        expect(starterAnswers({ name: 'Église'.normalize('NFD') }, 'net').name).toBe('Église'.normalize('NFC'));
        const files = starterFiles(starterAnswers({ us: 'JoséMartíCenter' }, 'école'), '2026-11-01');
        const built = await build(Object.fromEntries(Object.entries(files).map(([file, text]) => [`école/${file}`, text])), { today: '2026-11-01' });
        expect(built.summary()).toEqual([]);
    });

    it.each([
        [{ name: 'North CC' }, 'name', '"North CC" is not a name'],
        [{ us: 'tie' }, 'us', '"tie" is not a name'],
        [{ budget: 'a lot' }, 'budget', 'expected hours a month, week or year'],
        [{ title: 'say "hi"' }, 'title', 'write the title without double quotes']
    ])('refuses %j, naming the answer (%s)', (given, field, message) => {
        let error: unknown;
        try {
            starterAnswers(given, 'net');
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(StarterError);
        expect((error as StarterError).field).toBe(field);
        expect((error as StarterError).message).toContain(message);
    });
});
