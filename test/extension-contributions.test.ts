/**
 * What the extension contributes besides its code (packages/extension/package.json): the TextMate
 * grammar highlights what a reader scans for, the problem matcher reads `partnership validate`'s
 * output, every snippet expands to text that parses, the settings reach the language server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createPartnershipServices, RULES } from 'partnership-language';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { useLspServer } from './lsp-client.js';

const require = createRequire(import.meta.url);
const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));

describe('the TextMate grammar (syntaxes/partnership.tmLanguage.json)', () => {
    let grammar: textmate.IGrammar;

    beforeAll(async () => {
        const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
        const file = path.join(ROOT, 'syntaxes/partnership.tmLanguage.json');
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text)
            }),
            loadGrammar: async () => textmate.parseRawGrammar(readFileSync(file, 'utf8'), file)
        });
        const [contribution] = MANIFEST.contributes.grammars;
        expect(contribution).toEqual({ language: 'partnership', scopeName: 'source.partnership', path: './syntaxes/partnership.tmLanguage.json' });
        grammar = (await registry.loadGrammar('source.partnership'))!;
    });

    /** The innermost scope of the first character of `part` in `line`. */
    function scopeOf(line: string, part: string, occurrence = 0): string {
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = line.indexOf(part, at + 1);
        expect(at, `'${part}' in '${line}'`).toBeGreaterThanOrEqual(0);
        const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
        const token = tokens.find(t => t.startIndex <= at && at < t.endIndex)!;
        return token.scopes[token.scopes.length - 1];
    }

    test.each([
        ['partner TenantsUnion "Eastside Tenants Union" {', 'partner', 'keyword.control.partnership'],
        ['partner TenantsUnion "Eastside Tenants Union" {', 'TenantsUnion', 'entity.name.type.partnership'],
        ['partner TenantsUnion "Eastside Tenants Union" {', '"Eastside', 'string.quoted.double.partnership'],
        ['tie EastsideFoodBank -- TenantsUnion {', 'EastsideFoodBank', 'variable.other.partner.partnership'],
        ['tie EastsideFoodBank -- TenantsUnion {', '--', 'keyword.operator.tie.partnership'],
        ['tie EastsideFoodBank -- TenantsUnion {', 'TenantsUnion', 'variable.other.partner.partnership'],
        ['    last-checkin 2026-09-15', '2026-09-15', 'constant.numeric.date.partnership'],
        ['    effort 2 hours/week', '2', 'constant.numeric.partnership'],
        ['    effort 2 hours/week', 'hours', 'keyword.other.unit.partnership'],
        ['    effort 2 hours/week', 'week', 'keyword.other.unit.partnership'],
        ['    duration 90 minutes', 'minutes', 'keyword.other.unit.partnership'],
        ['    trust reliability 4 mission 5', 'reliability', 'keyword.control.partnership'],
        ['    trust reliability 4 mission 5', '4', 'constant.numeric.partnership'],
        ['// @allow isolated-partner -- first talk is in January', '@allow', 'keyword.other.allow.partnership'],
        ['// @allow isolated-partner -- first talk is in January', 'isolated-partner', 'constant.language.rule-code.partnership'],
        ['// @allow isolated-partner -- first talk is in January', 'first', 'comment.line.partnership'],
        ['    capacity 20 hours/month   // what they can give', 'what', 'comment.line.partnership']
    ])('%s: %s is %s', (line, part, scope) => {
        expect(scopeOf(line, part)).toBe(scope);
    });

    test('names in any script: declared names and tie partners are whole, with accents, combining marks, other scripts', () => {
        const nfd = 'Église'.normalize('NFD');
        for (const [line, name, scope] of [
            ['partner JoséMartíCenter "José Martí Center" {', 'JoséMartíCenter', 'entity.name.type.partnership'],
            [`partner ${nfd} {`, nfd, 'entity.name.type.partnership'],
            ['role مركز-المدينة', 'مركز-المدينة', 'entity.name.type.partnership'],
            ['goal Ünterstützung', 'Ünterstützung', 'entity.name.type.partnership'],
            ['tie JoséMartíCenter -- 𝐀lpha {', 'JoséMartíCenter', 'variable.other.partner.partnership'],
            ['tie JoséMartíCenter -- 𝐀lpha {', '𝐀lpha', 'variable.other.partner.partnership'],
            ['tie مركز -- Église {', 'مركز', 'variable.other.partner.partnership']
        ]) {
            const at = line.indexOf(name);
            const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
            const token = tokens.find(t => t.startIndex === at);
            expect(token, `${name} in ${line}`).toBeDefined();
            // One token from the first character of the name to its last (UTF-16 indices).
            expect([token!.endIndex - token!.startIndex, token!.scopes.at(-1)], `${name} in ${line}`).toEqual([name.length, scope]);
        }
        expect(scopeOf('tie مركز -- Église {', '--')).toBe('keyword.operator.tie.partnership');
        // A keyword followed by a letter of another script is part of a name, not a keyword.
        expect(scopeOf('    plays partnerÉ', 'partnerÉ')).toBe('source.partnership');
    });

    test('a name that merely contains a keyword is not a keyword', () => {
        expect(scopeOf('    plays Outreach', 'Outreach')).toBe('source.partnership');
        expect(scopeOf('partner networkFund {', 'networkFund')).toBe('entity.name.type.partnership');
    });
});

describe('the word pattern (language-configuration.json)', () => {
    const configuration = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/language-configuration.json'), 'utf8'));

    /** The word at a column, as VS Code finds it for a double-click: the match of the word pattern that contains the column. */
    function wordAt(line: string, column: number): string | undefined {
        const { pattern, flags } = configuration.wordPattern as { pattern: string; flags: string };
        // VS Code reads a pattern given as { pattern, flags } with its flags, and adds `g`.
        const words = new RegExp(pattern, `${flags}g`);
        for (const match of line.matchAll(words)) {
            if (match.index! <= column && column <= match.index! + match[0].length) return match[0];
        }
        return undefined;
    }

    test('a double-click selects a whole name of any script, a date or a number', () => {
        const nfd = 'Église'.normalize('NFD');
        expect(wordAt('partner JoséMartíCenter {', 'partner José'.length)).toBe('JoséMartíCenter');
        expect(wordAt(`tie ${nfd} -- مركز-المدينة {`, 5)).toBe(nfd);
        expect(wordAt(`tie ${nfd} -- مركز-المدينة {`, `tie ${nfd} -- مر`.length)).toBe('مركز-المدينة');
        expect(wordAt('    plays 𝐀lpha, Beta', 11)).toBe('𝐀lpha');
        expect(wordAt('    last-checkin 2026-09-15', 22)).toBe('2026-09-15');
        expect(wordAt('    effort 2.5 hours/week', 12)).toBe('2.5');
        expect(wordAt('tie Food-Bank--CityHall', 6)).toBe('Food-Bank');
    });
});

describe('the $partnership problem matcher', () => {
    test("reads every finding line of `partnership validate` with file, position, severity, message and code", () => {
        const [matcher] = MANIFEST.contributes.problemMatchers;
        expect(matcher.name).toBe('partnership');
        const pattern = new RegExp(matcher.pattern.regexp);
        const run = runCli(['validate', 'examples/food-access', '--today', '2026-11-01']);
        const findingLines = run.stdout.split('\n').filter(line => / \[[\w-]+\]$/.test(line) && !line.startsWith(' '));
        expect(findingLines.length).toBe(12);
        const matched = findingLines.map(line => {
            const m = pattern.exec(line)!;
            expect(m, line).not.toBeNull();
            const get = (key: string) => m[matcher.pattern[key]];
            return `${get('file')}:${get('line')}:${get('column')} ${get('severity')} ${get('code')}`;
        });
        expect(matched).toContain('examples/food-access/network.partnership:7:12 error over-budget');
        expect(matched).toContain('examples/food-access/ties.partnership:23:1 warning one-sided-tie');
        expect(matched).toContain('examples/food-access/ties.partnership:44:5 info unanswered-ask');
        // Related locations (indented) and the summary are not problems.
        for (const line of run.stdout.split('\n').filter(l => l.startsWith(' ') || l.startsWith('✖'))) expect(pattern.test(line), line).toBe(false);
    });
});

describe('the snippets', () => {
    const snippets = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/snippets/partnership.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

    /** A snippet as inserted when the user accepts every default: ${1:x} → x, ${1|a,b|} → a, $1 → the field's default. */
    function expand(body: string[]): string {
        let text = body.join('\n').replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-11-27');
        const defaults = new Map<string, string>();
        text = text.replace(/\$\{(\d+)\|([^,|]+)[^|]*\|\}/g, (_m, n: string, first: string) => { defaults.set(n, first); return first; });
        for (let i = 0; i < 10 && /\$\{\d+:[^{}]*\}/.test(text); i++) {
            text = text.replace(/\$\{(\d+):([^{}$]*)\}/g, (_m, n: string, value: string) => { defaults.set(n, value); return value; });
            text = text.replace(/\$(\d+)(?!\d)/g, (m, n: string) => defaults.get(n) ?? m);
        }
        return text.replace(/\$(\d+)/g, (_m, n: string) => defaults.get(n) ?? '');
    }

    test.each(Object.keys(snippets))('%s expands to text that parses', async name => {
        const text = expand(snippets[name].body);
        expect(text).not.toMatch(/\$\{|\$\d/);
        const services = createPartnershipServices(EmptyFileSystem);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///snippets/${name}.partnership`));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    });
});

describe('the partnership.rules setting', () => {
    test('offers every rule code of the catalog, and nothing else', () => {
        const codes = MANIFEST.contributes.configuration.properties['partnership.rules'].propertyNames.enum as string[];
        expect(codes).toEqual(RULES.map(rule => rule.meta.code).sort());
    });
});

describe('the extension settings reach the language server', () => {
    const server = useLspServer('settings', {
        initializationOptions: { today: '2026-11-01', rules: { 'one-sided-tie': 'off', 'partner-without-role': 'error', 'no-such-rule': 'off', 'isolated-partner': 'loud' } }
    });

    test("partnership.rules replaces a rule's default severity, and the network's policy still wins", async () => {
        const uri = await server.openFile('rules/network.partnership', `network Net {
    policy {
        rule partner-without-role info
    }
}

partner A { sector nonprofit }
partner B { sector faith }

tie A -- B {
    A gives funding
}
`);
        const diagnostics = await server.client.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'partner-without-role'), 10_000);
        // off in the settings: no one-sided-tie; the policy's info beats the settings' error.
        expect(diagnostics.filter(d => d.code === 'one-sided-tie')).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'partner-without-role').map(d => d.severity)).toEqual([3, 3]);
    });
});
