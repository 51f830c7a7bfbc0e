/**
 * Validation fails closed (src/validation/document-validator.ts, validation-registry.ts, src/utils/internal-error.ts): a document
 * keeps every finding however many it has, and a check that throws gives an error diagnostic on the
 * file (`internal-error`, in plain words, asking for a report) instead of no findings at all.
 *
 * Langium's document validator appended the findings with `push(...findings)`: past about 125,000
 * the call overflowed the stack, the error was logged and every finding of the document dropped, so
 * the editor and `partnership validate` said there were no problems.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { manyFindingsDocument } from '../../../../bench/big-document.mjs';
import type { PartnershipAstType } from '../../src/generated/ast.js';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { ISSUES_URL } from '../../src/utils/internal-error.js';

type Services = ReturnType<typeof createPartnershipServices>;

/** Builds one file, after `prepare` has had the services (to make something throw, as a bug would). */
async function validated(text: string, prepare: (services: Services) => void = () => {}): Promise<{ document: LangiumDocument; diagnostics: Diagnostic[] }> {
    const services = createPartnershipServices(EmptyFileSystem);
    services.Partnership.network.Settings.today = '2026-11-01';
    prepare(services);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/net/network.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, diagnostics: document.diagnostics ?? [] };
}

function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const diagnostic of diagnostics) counts[String(diagnostic.code)] = (counts[String(diagnostic.code)] ?? 0) + 1;
    return counts;
}

const where = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity === 1 ? 'error' : 'warning'} ${String(d.code)}`;

const internalMessage = (detail: string) => `Internal error while checking this file, so its findings may be incomplete (${detail}). `
    + `This is a bug in partnership, not in the file: please report it at ${ISSUES_URL}`;

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
    logged = vi.spyOn(console, 'error');
});
afterEach(() => {
    logged.mockRestore();
});

describe('a document with 135,000 findings', () => {
    it('keeps every one of them, and nothing is logged', async () => {
        const { diagnostics } = await validated(manyFindingsDocument(45_000));
        expect(countByCode(diagnostics)).toEqual({ 'unknown-sector': 45_000, 'isolated-partner': 45_000, 'partner-without-role': 45_000 });
        expect(diagnostics.filter(d => d.code === 'unknown-sector').at(-1)?.range.start.line).toBe(44_999);
        expect(logged).not.toHaveBeenCalled();
    }, 30_000);
});

describe('an internal error is an error on the file, never "no problems"', () => {
    const TEXT = 'partner A { sector zzz }\n';

    it('a check that throws: an internal-error diagnostic on the node it was checking, and the other findings', async () => {
        const { diagnostics } = await validated(TEXT, services => services.Partnership.validation.ValidationRegistry.register<PartnershipAstType>({
            Partner: () => { throw new TypeError("Cannot read properties of undefined (reading 'ref')"); }
        }));
        expect(diagnostics.map(where).sort()).toEqual(['1:1 error internal-error', '1:20 error unknown-sector', '1:9 warning isolated-partner', '1:9 warning partner-without-role']);
        const internal = diagnostics.find(d => d.code === 'internal-error')!;
        expect(internal.message).toBe(internalMessage("TypeError: Cannot read properties of undefined (reading 'ref')"));
        expect(internal.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 24 } });
        expect((internal.data as { stack?: string }).stack).toContain('fail-closed.test.ts');
        expect(logged).not.toHaveBeenCalled();
    });

    it('a network check that throws (after the document): an internal-error diagnostic on the file', async () => {
        const { diagnostics } = await validated(TEXT, services => services.Partnership.validation.ValidationRegistry.registerAfterDocument(() => {
            throw new RangeError('Invalid array length');
        }));
        expect(diagnostics.filter(d => d.code === 'internal-error').map(d => [where(d), d.message])).toEqual([
            ['1:1 error internal-error', internalMessage('RangeError: Invalid array length')]
        ]);
        expect(countByCode(diagnostics)['unknown-sector']).toBe(1);
    });

    it('the validation of the document as a whole throws: an internal-error diagnostic at its start, and its syntax errors', async () => {
        const { diagnostics } = await validated('partner A { sector zzz }\npartner B { capacity lots }\n', services => {
            const validator = services.Partnership.validation.DocumentValidator as unknown as { validateAst: () => Promise<Diagnostic[]> };
            validator.validateAst = async () => { throw new RangeError('Maximum call stack size exceeded'); };
        });
        expect(diagnostics.map(where)).toEqual(['2:22 error syntax-error', '1:1 error internal-error']);
        expect(diagnostics[1].message).toBe(internalMessage('RangeError: Maximum call stack size exceeded'));
        expect(diagnostics[1].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        expect(logged).not.toHaveBeenCalled();
    });

    it('resolving a name throws: an internal-error diagnostic at the name, not an unknown partner', async () => {
        const { diagnostics } = await validated('partner A { sector nonprofit }\ntie A -- B\n', services => {
            const scopes = services.Partnership.references.ScopeProvider;
            const getScope = scopes.getScope.bind(scopes);
            scopes.getScope = context => {
                if (context.reference.$refText === 'B') throw new Error('the scope is gone');
                return getScope(context);
            };
        });
        const internal = diagnostics.filter(d => d.code === 'internal-error');
        expect(internal.map(d => [where(d), d.message])).toEqual([['2:10 error internal-error', internalMessage('Error: the scope is gone')]]);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        expect(logged).not.toHaveBeenCalled();
    });
});
