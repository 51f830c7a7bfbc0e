/**
 * Which `// @allow` comments count (issue 19, item 2): only `//` line comments as the parser reads
 * them. A line reading `// @allow ...` inside a block comment is part of that comment (it silences
 * nothing and is not reported as malformed); `//` inside a string is no comment.
 */
import { describe, expect, it } from 'vitest';
import { build, codes } from '../helpers.js';

const findings = async (text: string) => codes((await build({ 'n/a.partnership': text })).diagnostics('n/a.partnership'))
    .filter(line => /isolated-partner|invalid-allow|unknown-rule/.test(line));

describe('@allow comments are the parser\'s line comments', () => {
    it('a line comment right above a declaration silences its code', async () => {
        expect(await findings('// @allow isolated-partner -- on purpose\npartner A { sector media }\n')).toEqual([]);
    });

    it.each([
        ['the line above the declaration, inside a block comment that ends on it', '/* notes\n// @allow isolated-partner -- an old note */\npartner A { sector media }\n'],
        ['a run of such lines inside a block comment ending above', '/*\n// @allow isolated-partner -- old\n*/\npartner A { sector media }\n'],
        ['a block comment holding the line, then a real comment line', '/*\n// @allow isolated-partner -- old */\n// kept apart\npartner A { sector media }\n']
    ])('in a block comment (%s), it silences nothing', async (_what, text) => {
        const line = text.split('\n').findIndex(l => l.startsWith('partner A')) + 1;
        expect(await findings(text)).toEqual([`${line}:9 warning isolated-partner`]);
    });

    it('a malformed one inside a block comment is not an invalid-allow error, nor are its codes checked', async () => {
        expect(await findings('/*\n// @allow isolated partner because\n// @allow no-such-rule -- x\n*/\npartner A { sector media }\npartner B { sector media }\n'))
            .toEqual(['5:9 warning isolated-partner', '6:9 warning isolated-partner']);
        // The same lines as line comments are checked.
        expect(await findings('// @allow isolated partner because\n// @allow no-such-rule -- x\npartner A { sector media }\n'))
            .toEqual(['1:1 error invalid-allow', '2:11 error unknown-rule', '3:9 warning isolated-partner']);
    });

    it('in a string it is no comment', async () => {
        expect(await findings('partner A "// @allow isolated-partner -- x" { sector media }\n')).toEqual(['1:9 warning isolated-partner']);
    });

    it('a real line comment in a run with a block comment\'s last line above it still counts', async () => {
        expect(await findings('/* header */\n// @allow isolated-partner -- on purpose\npartner A { sector media }\n')).toEqual([]);
    });
});
