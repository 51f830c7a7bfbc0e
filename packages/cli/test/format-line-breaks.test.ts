/**
 * `partnership format`'s own path (src/format.ts: read the file, format, write it back keeping a
 * byte-order mark) is idempotent whatever the line breaks: a second run writes nothing and
 * `--check` finds nothing to do. The inputs are the property tests' lineBreakMix (mixes of `\r`,
 * `\n`, `\r\n`, stray `\r`s, U+2028, tabs, byte-order marks, trailing whitespace); the editor's path
 * is the same property in packages/language/test/property/properties.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { lineBreakMix } from '../../language/test/property/arbitraries.js';
import { formatFiles, needsFormatting, writeFormatted } from '../src/format.js';

const folder = mkdtempSync(path.join(tmpdir(), 'format-line-breaks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Formats the file as `partnership format FILE` does: whether it was rewritten, and its bytes afterwards. */
async function formatOnDisk(file: string): Promise<{ changed: boolean; bytes: string }> {
    const result = await formatFiles([file]);
    await writeFormatted(result.files);
    return { changed: result.files.some(needsFormatting), bytes: JSON.stringify(readFileSync(file, 'latin1')) };
}

describe('partnership format: a second run changes nothing, whatever the line breaks', () => {
    test.each([
        ['a lone \\r after the last line break', 'partner A "x"\n\r', 'partner A "x"\n'],
        ['\\r\\r\\n at the end', 'partner A {\n}\r\r\n', 'partner A {}\n'],
        ['a Windows file ending in \\r\\n\\r', 'goal A\r\n\r\ngoal B\r\n\r', 'goal A\r\n\r\ngoal B\r\n'],
        ['a byte-order mark and a lone \\r', '\ufeffgoal A\n\r', '\ufeffgoal A\n'],
        // Both used to be taken off as it was read, so the file on disk no longer matched what was read.
        ['two byte-order marks', '\ufeff\ufeffgoal A\n\n', '\ufeffgoal A\n']
    ])('%s', async (_name, text, expected) => {
        const file = path.join(folder, 'pinned.partnership');
        writeFileSync(file, text);
        expect((await formatOnDisk(file)).changed).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(expected);
        expect(await formatOnDisk(file)).toEqual({ changed: false, bytes: JSON.stringify(Buffer.from(expected).toString('latin1')) });
    });

    test('property: format(format(x)) is format(x) on disk, and --check then passes (fast-check, 150 cases)', async () => {
        let counter = 0;
        // A NUL byte makes a binary file, which partnership refuses to read (files.ts).
        await fc.assert(fc.asyncProperty(lineBreakMix.filter(text => !text.includes('\u0000')), async text => {
            const file = path.join(folder, `case-${counter++}.partnership`);
            writeFileSync(file, text);
            const once = await formatOnDisk(file);
            // The second run finds nothing to do (so `--check` passes) and the bytes stay.
            expect(await formatOnDisk(file)).toEqual({ changed: false, bytes: once.bytes });
            rmSync(file);
        }), { numRuns: 150, seed: 20261101 });
    }, 120_000);
});
