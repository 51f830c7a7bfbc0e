/**
 * Property (issue 19, item 2): for random folder and file names (two leading dots, backslashes,
 * spaces, a leading `-`, glob characters, non-ASCII letters, line breaks, hidden folders), a file
 * validated alone gives the findings it gives when its folder is validated, and every file inside
 * the working folder is named relative to it. In process, on real folders; test/cli-paths.test.ts
 * runs every command on a table of such names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveTargets } from '../src/files.js';
import { displayPath, validateFiles } from '../src/validate.js';

const top = mkdtempSync(path.join(tmpdir(), 'partnership-names-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

const piece = fc.constantFrom('..', '.', '\\', ' ', '-', '--', 'é', '☃', '東', '[', ']', '*', '?', '{', '}', "'", '"', '$', '%20', 'a', 'B', '1', '_',
    ...(process.platform === 'win32' ? [] : ['\n', '\t']));
/** A name of a file or folder the file system takes (no `/`, not `.` or `..`). */
const name = fc.array(piece, { minLength: 1, maxLength: 5 }).map(parts => parts.join('')).filter(n => n !== '.' && n !== '..' && n.length <= 40);
/** A file name: not hidden (a folder search passes hidden files over, by design). */
const fileName = name.filter(n => !n.startsWith('.')).map(n => `${n}.partnership`);

const NETWORK = 'network N {\n    us A\n}\n\npartner A { sector nonprofit }\n';
/** B is declared again in the other file of the folder; A, on line 8, may be the network's. */
const TIES = 'partner B { sector media }\n\ntie A -- B {\n    A gives funding\n    B gives data\n}\n\npartner A { sector media }\n';

let run = 0;
const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
};
const findingsIn = async (targets: string[], file: string) => (await validateFiles(targets, { today: '2026-11-01' })).findings
    .filter(finding => finding.file === file)
    .map(finding => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.code}`);

describe('property: a file alone and in its folder', () => {
    test('the same findings, and names relative to the working folder', async () => {
        await fc.assert(fc.asyncProperty(name, name, fileName, fileName, name, fc.boolean(), async (rootName, subName, tiesName, moreName, looseName, subIsNetwork) => {
            fc.pre(tiesName !== moreName);
            const repo = path.join(top, String(run++));
            mkdirSync(path.join(repo, '.git'), { recursive: true });
            const root = path.join(repo, rootName);
            const sub = path.join(root, subName);
            write(path.join(root, 'network.partnership'), NETWORK);
            write(path.join(sub, tiesName), TIES);
            write(path.join(sub, moreName), subIsNetwork ? 'network Sub\npartner B { sector media }\n' : 'partner B { sector media }\n');
            const loose = path.join(repo, `loose-${looseName}`);
            write(path.join(loose, tiesName), TIES);
            write(path.join(loose, moreName), 'partner A { sector media }\n');

            for (const file of [path.join(sub, tiesName), path.join(loose, tiesName)]) {
                const alone = await findingsIn([file], file);
                const inFolder = await findingsIn(await resolveTargets([path.dirname(file)], repo), file);
                expect(alone, file).toEqual(inFolder);
                expect(path.isAbsolute(displayPath(file, repo)), file).toBe(false);
            }
            // Without a network of its own, sub/ belongs to N, whose file comes first: the tie file's A is
            // a duplicate. With one, A is Sub's own.
            const ties = await findingsIn([path.join(sub, tiesName)], path.join(sub, tiesName));
            expect(ties.includes('8:9 duplicate-name')).toBe(!subIsNetwork);
            expect(ties.some(line => line.endsWith('unresolved-reference'))).toBe(false);
        }), { numRuns: 20, seed: 1902 });
    }, 300_000);
});
