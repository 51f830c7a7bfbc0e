/**
 * What many diagnostics say alike is one object, not a copy each (memory of a big network: 60,000
 * findings at 10,000 partners): the documentation link of a code (src/validation/document-validator.ts)
 * and never-checked-in's fix and related message (src/rules/never-checked-in.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { build } from '../helpers.js';

const TEXT = `network N {
    checkin every 6 months
}
partner A { sector zzz }
partner B { sector yyy }
partner C
tie A -- B
tie B -- C
tie C -- A
`;

type Fix = { kind: string; element: { kind: string; name: string }; lines: string[]; title: string };
const fixOf = (d: Diagnostic) => (d.data as { fix: Fix }).fix;

describe('parts shared by diagnostics', () => {
    it('diagnostics of one code share their documentation link; other codes have their own', async () => {
        const built = await build({ 'net/main.partnership': TEXT });
        const all = built.diagnostics('net/main.partnership');
        const byCode = (code: string) => all.filter(d => d.code === code);
        const never = byCode('never-checked-in');
        const sectors = byCode('unknown-sector');
        expect(never).toHaveLength(3);
        expect(sectors).toHaveLength(2);
        expect(never[0].codeDescription?.href).toMatch(/never-checked-in/);
        expect(new Set(never.map(d => d.codeDescription)).size).toBe(1);
        expect(new Set(sectors.map(d => d.codeDescription)).size).toBe(1);
        expect(sectors[0].codeDescription).not.toBe(never[0].codeDescription);
        expect(sectors[0].codeDescription?.href).toMatch(/unknown-sector/);
    });

    it("never-checked-in: one fix line, title and related message for the run's findings, one element object per tie", async () => {
        const built = await build({ 'net/main.partnership': TEXT });
        const never = built.diagnostics('net/main.partnership').filter(d => d.code === 'never-checked-in');
        const fixes = never.map(fixOf);
        expect(fixes.map(f => [f.element.name, f.lines, f.title])).toEqual([
            ['A -- B', ['last-checkin 2026-11-01'], 'Record a check-in today (last-checkin 2026-11-01)'],
            ['B -- C', ['last-checkin 2026-11-01'], 'Record a check-in today (last-checkin 2026-11-01)'],
            ['C -- A', ['last-checkin 2026-11-01'], 'Record a check-in today (last-checkin 2026-11-01)']
        ]);
        expect(new Set(fixes.map(f => f.lines)).size).toBe(1);
        expect(new Set(never.map(d => d.relatedInformation?.[0].message)).size).toBe(1);
        for (const d of never) expect((d.data as { element: unknown }).element).toBe(fixOf(d).element);
    });
});
