/**
 * fast-check generators of `.partnership` text for the property tests (properties.ts):
 *
 * - `tokenSoup`: random sequences of the grammar's vocabulary (every keyword of
 *   partnership.langium, names, numbers with units, dates, strings, comments, braces, `--`,
 *   `// @allow` lines) joined by random whitespace: mostly syntax errors, in every combination;
 * - `wellFormedDocument`: declarations that follow the grammar, with random (but legal) spacing,
 *   line breaks and comments between their tokens: these parse, so the formatter has to keep
 *   their meaning;
 * - `garbage`: random strings over every code unit (control characters, lone surrogates, astral
 *   characters) and over fragments of the vocabulary;
 * - `mutatedExample`: the files of examples/ with ranges of lines or characters deleted,
 *   duplicated, swapped, truncated or with a token dropped in;
 * - `lineBreakMix`: documents whose line breaks are rewritten with mixes of `\r`, `\n`, `\r\n`,
 *   U+2028, tabs, trailing whitespace and byte-order marks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { RULES, THRESHOLDS, SECTORS, VALUES } from '../../src/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../../..');

/** Every keyword of the grammar, read from partnership.langium so a new keyword is fuzzed too. */
export const KEYWORDS: readonly string[] = [...new Set(
    [...readFileSync(path.join(ROOT, 'packages/language/src/partnership.langium'), 'utf8')
        .replace(/^\s*\/\/.*$/gm, '')
        .matchAll(/'([^']+)'/g)].map(match => match[1])
)].sort();

/** The example files, as [relative path, text], in a fixed order. */
export const EXAMPLES: ReadonlyArray<readonly [string, string]> = readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.partnership'))
    .sort()
    .map(file => [file.split(path.sep).join('/'), readFileSync(path.join(ROOT, 'examples', file), 'utf8')] as const);

const RULE_CODES = RULES.map(rule => rule.meta.code);
const THRESHOLD_KEYS = THRESHOLDS.map(threshold => threshold.key);

/** A small pool, so that references often resolve and names often clash. */
const NAMES = ['A', 'B', 'C', 'FoodBank', 'Tenants', 'G1', 'R1', 'M1', 'x_y', 'a-b', 'Net'];

const isKeyword = new Set(KEYWORDS);

/** A name the grammar accepts (keywords are reserved). */
export const wellFormedName: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 1, arbitrary: fc.stringMatching(/^[_a-zA-Z]\w{0,8}(-\w{1,4}){0,2}$/).filter(n => !isKeyword.has(n)) }
);

export const name: fc.Arbitrary<string> = fc.oneof(
    { weight: 7, arbitrary: wellFormedName },
    // Keywords where a name belongs: `partner partner`.
    { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS.filter(k => /^[a-z]/.test(k))) }
);

/** A number the grammar accepts. */
export const wellFormedNumber: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('0', '1', '3', '4', '5', '6', '40', '0.5', '2.75', '100', '007', '99999999999999999999', '9'.repeat(400), `1${'0'.repeat(308)}.5`),
    fc.nat({ max: 10_000 }).map(String),
    fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`)
);

export const number: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('0', '1', '3', '4', '5', '6', '40', '0.5', '2.75', '100', '007', '99999999999999999999', '9'.repeat(400), '1e5', '1.', '-1'),
    fc.nat({ max: 10_000 }).map(String),
    fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`)
);

export const date: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('2026-11-01', '2026-02-29', '2024-02-29', '2026-13-45', '0000-00-00', '9999-12-31'),
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
);

const stringBody = fc.oneof(
    fc.constantFrom('', 'Eastside Food Bank', 'St. Mark\'s', 'Say \\"hi\\"', '<script>x</script> & more', 'é ü 😀', 'back\\\\slash', '   ', 'undefined'),
    fc.string({ maxLength: 12 }).map(s => s.replace(/["\\\r\n]/g, ''))
);

export const string: fc.Arbitrary<string> = fc.oneof(
    { weight: 8, arbitrary: stringBody.map(body => `"${body}"`) },
    // Unterminated, or broken by a line break.
    { weight: 1, arbitrary: fc.constantFrom('"unterminated', '"line\nbreak"', '"\\"', '"') }
);

export const allowComment: fc.Arbitrary<string> = fc.tuple(
    fc.array(fc.oneof(fc.constantFrom(...RULE_CODES), fc.constantFrom('no-such-rule', 'ISOLATED', '')), { minLength: 0, maxLength: 3 }),
    fc.constantFrom('', ' -- reason', ' --', ' because', ' -- why -- not')
).map(([codes, reason]) => `// @allow ${codes.join(', ')}${reason}`);

export const lineComment: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('//', '// note', '//x   ', '// { } -- "x', '///', '// tie A -- B'),
    allowComment
);

export const blockComment: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('/**/', '/* c */', '/* two\n   lines */', '/*\n * star\n */', '/* // inner */', '/* @allow isolated-partner -- x */', '/*\n\tx\n  \t*/', '/* a\r\n b */', '/* \n\n */'),
    fc.string({ maxLength: 10 }).map(s => `/*${s.replace(/\*\//g, '')}*/`)
);

export const rate: fc.Arbitrary<string> = fc.tuple(number, fc.constantFrom('hour', 'hours'), fc.constantFrom('week', 'month', 'year'), fc.constantFrom('/', ' / ', '/ '))
    .map(([amount, unit, per, slash]) => `${amount} ${unit}${slash}${per}`);

export const cadence: fc.Arbitrary<string> = fc.tuple(fc.option(number, { nil: undefined }), fc.constantFrom('week', 'weeks', 'month', 'months', 'year', 'years'))
    .map(([count, unit]) => `every ${count === undefined ? '' : `${count} `}${unit}`);

/** One token (or a short run of tokens, e.g. a rate) of the language. */
export const token: fc.Arbitrary<string> = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 6, arbitrary: name },
    { weight: 2, arbitrary: number },
    { weight: 1, arbitrary: rate },
    { weight: 1, arbitrary: cadence },
    { weight: 1, arbitrary: date },
    { weight: 2, arbitrary: string },
    { weight: 1, arbitrary: fc.constantFrom(...SECTORS, ...VALUES, ...RULE_CODES, ...THRESHOLD_KEYS) },
    { weight: 1, arbitrary: lineComment.map(comment => `${comment}\n`) },
    { weight: 1, arbitrary: blockComment },
    { weight: 3, arbitrary: fc.constantFrom('{', '}', '{', '}', '--', ',', '/', '%', '{}', '-', '.', '"', '*/', '/*', '\\') }
);

const whitespace = fc.constantFrom(' ', ' ', ' ', '\n', '\n', '  ', '\t', '\n\n', '\r\n', '\n    ', ' \n', '', '\u00a0', '\f');

/** Random sequences of the vocabulary. */
export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.tuple(token, whitespace), { maxLength: 80, size: 'medium' })
    .map(parts => parts.map(([t, ws]) => t + ws).join(''));

// ---------------------------------------------------------------------------------------------
// Well-formed declarations: token lists that follow the grammar.

type Tokens = string[];

const list = (item: fc.Arbitrary<string>): fc.Arbitrary<Tokens> =>
    fc.array(item, { minLength: 1, maxLength: 3 }).map(items => items.flatMap((item, i) => i === 0 ? [item] : [',', item]));

const rateTokens: fc.Arbitrary<Tokens> = fc.tuple(wellFormedNumber, fc.constantFrom('hour', 'hours'), fc.constantFrom('week', 'month', 'year'))
    .map(([amount, unit, per]) => [amount, unit, '/', per]);
const cadenceTokens: fc.Arbitrary<Tokens> = fc.tuple(fc.option(wellFormedNumber, { nil: undefined }), fc.constantFrom('week', 'weeks', 'month', 'months', 'year', 'years'))
    .map(([count, unit]) => count === undefined ? ['every', unit] : ['every', count, unit]);
const wellString = stringBody.map(body => `"${body}"`);

/** `keyword name "title"? { properties }?`, where each property is a token list. */
function declaration(keyword: string, properties: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> {
    return fc.tuple(wellFormedName, fc.option(wellString, { nil: undefined }), fc.option(fc.array(properties, { maxLength: 5 }), { nil: undefined }))
        .map(([n, title, block]) => [
            keyword, n, ...(title === undefined ? [] : [title]),
            ...(block === undefined ? [] : ['{', ...block.flat(), '}'])
        ]);
}

const networkDecl = declaration('network', fc.oneof(
    wellFormedName.map(n => ['us', n]),
    rateTokens.map(r => ['budget', ...r]),
    wellFormedName.map(n => ['backbone', n]),
    cadenceTokens.map(c => ['checkin', ...c]),
    fc.array(fc.oneof(
        fc.tuple(fc.oneof(fc.constantFrom(...THRESHOLD_KEYS), wellFormedName), wellFormedNumber, fc.boolean()).map(([key, value, percent]) => percent ? [key, value, '%'] : [key, value]),
        fc.tuple(fc.oneof(fc.constantFrom(...RULE_CODES), wellFormedName), fc.constantFrom('error', 'warning', 'info', 'off')).map(([code, severity]) => ['rule', code, severity])
    ), { maxLength: 3 }).map(settings => ['policy', '{', ...settings.flat(), '}'])
));

const goalDecl = declaration('goal', fc.oneof(
    list(wellFormedName).map(names => ['cocreated-by', ...names]),
    date.map(d => ['due', d])
));

const roleDecl = declaration('role', fc.oneof(
    list(fc.oneof(fc.constantFrom(...VALUES), wellFormedName)).map(values => ['provides', ...values]),
    list(wellFormedName).map(names => ['serves', ...names]),
    wellString.map(s => ['lane', s]),
    rateTokens.map(r => ['commitment', ...r])
));

const partnerDecl = declaration('partner', fc.oneof(
    fc.oneof(fc.constantFrom(...SECTORS), wellFormedName).map(s => ['sector', s]),
    list(wellFormedName).map(names => ['plays', ...names]),
    rateTokens.map(r => ['capacity', ...r]),
    fc.constant<Tokens>(['gatekeeper']),
    fc.constantFrom('prospect', 'exploring', 'active', 'dormant', 'ended').map(s => ['stage', s]),
    wellString.map(s => ['contact', s])
));

const trustTokens: fc.Arbitrary<Tokens> = fc.oneof(
    wellFormedNumber.map(n => ['trust', n]),
    fc.array(fc.tuple(fc.constantFrom('reliability', 'mission', 'openness'), wellFormedNumber), { minLength: 1, maxLength: 4 })
        .map(aspects => ['trust', ...aspects.flat()])
);

const tieDecl: fc.Arbitrary<Tokens> = fc.tuple(wellFormedName, wellFormedName, fc.option(fc.array(fc.oneof(
    fc.constantFrom('weak', 'moderate', 'strong').map(s => ['strength', s]),
    rateTokens.map(r => ['effort', ...r]),
    trustTokens,
    fc.tuple(wellFormedName, list(fc.oneof(fc.constantFrom(...VALUES), wellFormedName))).map(([giver, values]) => [giver, 'gives', ...values]),
    date.map(d => ['last-checkin', d]),
    cadenceTokens.map(c => ['checkin', ...c])
), { maxLength: 5 }), { nil: undefined })).map(([left, right, block]) => [
    'tie', left, '--', right, ...(block === undefined ? [] : ['{', ...block.flat(), '}'])
]);

const meetingDecl = declaration('meeting', fc.oneof(
    cadenceTokens,
    fc.tuple(wellFormedNumber, fc.constantFrom('hour', 'hours', 'minute', 'minutes')).map(([amount, unit]) => ['duration', amount, unit]),
    list(wellFormedName).map(names => ['roles', ...names]),
    list(wellFormedName).map(names => ['invites', ...names])
));

const PUNCTUATION = new Set(['{', '}', ',', '/', '%', '--']);

/**
 * What goes between two tokens of a well-formed document: whitespace, comments, or nothing where
 * the tokens cannot run together (next to punctuation; a number before a letter).
 */
function separator(before: string, after: string): fc.Arbitrary<string> {
    const glue = PUNCTUATION.has(before) || PUNCTUATION.has(after)
        || (/^\d/.test(before) && /^[a-z]/.test(after) && !/^\d{4}-/.test(before));
    const spaced = fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n    ', '  ', '\t', '\n\n\n', ' \n \n', '\n\t\t', ' \t\n') },
        // Whitespace to the lexer (`\s`), if not to the eye.
        { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u2028', '\ufeff', '\f', '\v', '\r', ' \r ', '\u3000') },
        { weight: 2, arbitrary: blockComment.map(c => ` ${c} `) },
        // Glued to the tokens, except to a `/`: `//* c */` would be a line comment.
        { weight: 1, arbitrary: blockComment.map(c => before === '/' || after === '/' ? ` ${c} ` : c) },
        { weight: 2, arbitrary: lineComment.map(c => ` ${c}\n`) },
        { weight: 1, arbitrary: lineComment.map(c => `\n${c}\n`) }
    );
    return glue ? fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 3, arbitrary: spaced }) : spaced;
}

/** A document of well-formed declarations with random legal layout and comments. */
export const wellFormedDocument: fc.Arbitrary<string> = fc.tuple(
    fc.array(fc.oneof(networkDecl, goalDecl, roleDecl, partnerDecl, tieDecl, meetingDecl), { maxLength: 6 }),
    fc.constantFrom('', '\n', '\n\n', '// header\n', '// @allow isolated-partner -- x\n', '/* top */ '),
    fc.constantFrom('', '\n', '\n\n\n', ' ', '// end', '// end\n', '/* end */'),
    fc.constantFrom('\n', '\n', '\n', '\r\n', 'mixed', '\r')
).chain(([declarations, head, tail, eol]) => {
    const tokens = declarations.flat();
    const separators = tokens.slice(1).map((t, i) => separator(tokens[i], t));
    return fc.tuple(...separators).map(seps => {
        const text = head + tokens.map((t, i) => (i === 0 ? '' : seps[i - 1]) + t).join('') + tail;
        if (eol === 'mixed') return text.replace(/\r?\n/g, (_, offset: number) => offset % 3 === 0 ? '\r\n' : '\n');
        return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
    });
});

// ---------------------------------------------------------------------------------------------
// Garbage.

/** Any code unit, including control characters and lone surrogates. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map(code => String.fromCharCode(code));
const special = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff', '\ud83d\ude00', '\ufeff', '\u2028', '\u2029', '\u200b', '\r', '\n', '\t', 'é', '\u0301');
const fragment = fc.constantFrom(...KEYWORDS, '{', '}', '--', '"', '//', '/*', '*/', '@allow', ' ', '\n', '4', '2026-', 'A', '-');

export const garbage: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }),
    fc.string({ unit: anyCodeUnit, maxLength: 300, size: 'medium' }),
    fc.string({ unit: fc.oneof(special, fragment, fc.string({ unit: 'grapheme', maxLength: 2 })), maxLength: 200, size: 'medium' })
);

// ---------------------------------------------------------------------------------------------
// Mutations of the examples.

/** An edit of a text; printed (in a counterexample) as what it does, e.g. `deleteLines(0.25, 0.5)`. */
export type Mutation = ((text: string) => string) & { [fc.toStringMethod](): string };

function described(name: string, args: unknown[], mutate: (text: string) => string): Mutation {
    return Object.assign(mutate, { [fc.toStringMethod]: () => `${name}(${args.map(arg => fc.stringify(arg)).join(', ')})` });
}

/** A range [from, to) of `length` items, as fractions so that shrinking moves towards the start. */
const span = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));
function range([a, b]: [number, number], length: number): [number, number] {
    const x = at(a, length);
    const y = at(b, length);
    return x <= y ? [x, y] : [y, x];
}

function onLines(name: string, edit: (lines: string[], r: [number, number], s: [number, number]) => string[]): fc.Arbitrary<Mutation> {
    return fc.tuple(span, span).map(([r, s]) => described(name, [r, s], (text: string) => {
        const lines = text.split('\n');
        return edit(lines, range(r, lines.length), range(s, lines.length)).join('\n');
    }));
}

function onChars(name: string, edit: (text: string, r: [number, number], s: [number, number]) => string): fc.Arbitrary<Mutation> {
    return fc.tuple(span, span).map(([r, s]) => described(name, [r, s], (text: string) => edit(text, range(r, text.length), range(s, text.length))));
}

const swap = <T extends string | string[]>(items: T, [a, b]: [number, number], [c, d]: [number, number]): T => {
    if (b > c && d > a) return items; // overlapping ranges: leave alone
    const [first, second] = a <= c ? [[a, b], [c, d]] : [[c, d], [a, b]];
    const parts = [items.slice(0, first[0]), items.slice(second[0], second[1]), items.slice(first[1], second[0]), items.slice(first[0], first[1]), items.slice(second[1])];
    return (typeof items === 'string' ? (parts as string[]).join('') : (parts as string[][]).flat()) as T;
};

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    onLines('deleteLines', (lines, [a, b]) => [...lines.slice(0, a), ...lines.slice(b)]),
    onLines('duplicateLines', (lines, [a, b]) => [...lines.slice(0, b), ...lines.slice(a, b), ...lines.slice(b)]),
    onLines('swapLines', (lines, r, s) => swap(lines, r, s)),
    onLines('truncateLines', (lines, [a]) => lines.slice(0, a)),
    onChars('deleteChars', (text, [a, b]) => text.slice(0, a) + text.slice(b)),
    onChars('duplicateChars', (text, [a, b]) => text.slice(0, b) + text.slice(a, b) + text.slice(b)),
    onChars('swapChars', (text, r, s) => swap(text, r, s)),
    onChars('truncate', (text, [a]) => text.slice(0, a)),
    fc.tuple(span, fc.oneof(token, special)).map(([r, inserted]) => described('insert', [r, inserted], (text: string) => {
        const [a] = range(r, text.length);
        return text.slice(0, a) + inserted + text.slice(a);
    }))
);

export const mutatedExample: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...EXAMPLES.map(([, text]) => text)), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([text, mutations]) => mutations.reduce((current, mutate) => mutate(current), text));

/** The examples that are split over several files, by folder. */
const NETWORK_FOLDERS: ReadonlyArray<ReadonlyArray<string>> = [...new Set(EXAMPLES.map(([file]) => path.posix.dirname(file)))]
    .map(folder => EXAMPLES.filter(([file]) => path.posix.dirname(file) === folder).map(([, text]) => text))
    .filter(texts => texts.length > 1);

/** A network of several files: an example folder with some of its files mutated. */
export const mutatedNetwork: fc.Arbitrary<string[]> = fc.constantFrom(...NETWORK_FOLDERS).chain(texts =>
    fc.tuple(...texts.map(text => fc.oneof(
        { weight: 2, arbitrary: fc.constant(text) },
        { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }).map(mutations => mutations.reduce((current, mutate) => mutate(current), text)) }
    ))));

// ---------------------------------------------------------------------------------------------
// Line breaks and whitespace as editors, tools and copy-paste leave them.

/** A line break of one kind or another, a stray `\r` beside one, or a Unicode line separator. */
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\r\r\n', '\r\n\r', '\n\n', '\r\n\r\n', '\u2028\n', '\n\u2028', '\u2029\r\n');
/** Whitespace left at the end of a line. */
const trailing = fc.constantFrom('', '', ' ', '\t', ' \t ', '\u00a0', '\ufeff', '\u2028', '\u2029', '\v', '\f');
/** Indentation of the next line: tabs, spaces, a stray byte-order mark. */
const indentation = fc.constantFrom('', '', '\t', ' \t', '\t\t  ', '\ufeff ');

/**
 * A document (well-formed, an example, or a mutated example) whose line breaks are rewritten with
 * arbitrary mixes of `\r`, `\n`, `\r\n`, U+2028/U+2029, tabs, trailing whitespace and stray
 * byte-order marks, perhaps with a byte-order mark in front and whitespace after its end. The k
 * layouts drawn are used in turn, one per line break; `null` keeps that line break as it was.
 */
export const lineBreakMix: fc.Arbitrary<string> = fc.tuple(
    fc.oneof(
        { weight: 3, arbitrary: wellFormedDocument },
        { weight: 1, arbitrary: fc.constantFrom(...EXAMPLES.map(([, text]) => text)) },
        { weight: 1, arbitrary: mutatedExample }
    ),
    fc.array(fc.option(fc.tuple(trailing, lineBreak, indentation).map(parts => parts.join('')), { freq: 3, nil: null }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    fc.array(fc.oneof(lineBreak, trailing), { maxLength: 4 })
).map(([text, layouts, bom, tail]) => {
    let index = 0;
    const body = text.replace(/\r\n|\r|\n/g, original => layouts[index++ % layouts.length] ?? original);
    return (bom ? '\ufeff' : '') + body + tail.join('');
});

/** Any document text: the mix the properties run on. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: tokenSoup },
    { weight: 3, arbitrary: wellFormedDocument },
    { weight: 2, arbitrary: garbage },
    { weight: 3, arbitrary: mutatedExample }
);

/** A position in a text, as an offset fraction (shrinks towards the start). */
export const offsetFraction: fc.Arbitrary<number> = fc.double({ min: 0, max: 1, noNaN: true });
