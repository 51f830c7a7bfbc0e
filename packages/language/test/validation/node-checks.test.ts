/**
 * The per-node checks (src/validation/document-validator.ts validateAstNodes, validation-registry.ts
 * checksOf/runCheck): the validator walks the syntax tree itself and calls the registered checks
 * directly, in Langium's order, failing closed, and stops when the build is cancelled.
 */
import { AstUtils, Cancellation, EmptyFileSystem, isOperationCancelled, URI, type AstNode, type ValidationAcceptor } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PartnershipAstType } from '../../src/generated/ast.js';
import { createPartnershipServices } from '../../src/partnership-module.js';

type Services = ReturnType<typeof createPartnershipServices>;

const TEXT = `network N {
    checkin every 3 months
}

partner A {
    capacity 10 hours/month
}
partner B

tie A -- B {
    A gives funding, data
    B asks data
    trust reliability 4 mission 3
    rating by A reliability 4 on 2026-05-01
}
`;

async function parsed(text: string, prepare: (services: Services) => void = () => {}) {
    const services = createPartnershipServices(EmptyFileSystem);
    services.Partnership.network.Settings.today = '2026-11-01';
    prepare(services);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/net/network.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    return { services, document };
}

type Validator = { validateAstNodes(root: AstNode, options: object, accept: ValidationAcceptor, token?: Cancellation.CancellationToken): Promise<void> };
const validatorOf = (services: Services) => services.Partnership.validation.DocumentValidator as unknown as Validator;

describe('per-node checks', () => {
    it('visit every node once, in the order of Langium\'s streamAst, each check in the order registered', async () => {
        const seen: string[] = [];
        const { services, document } = await parsed(TEXT, s => s.Partnership.validation.ValidationRegistry.register<PartnershipAstType>({
            AstNode: node => { seen.push(`any ${node.$type}`); },
            Element: node => { seen.push(`element ${node.$type}`); },
            Tie: [node => { seen.push(`tie1 ${node.$type}`); }, node => { seen.push(`tie2 ${node.$type}`); }]
        }));
        await validatorOf(services).validateAstNodes(document.parseResult.value, {}, () => {});
        const expected = AstUtils.streamAst(document.parseResult.value).toArray().flatMap(node => [
            ...(['Network', 'Partner', 'Tie'].includes(node.$type) ? [`element ${node.$type}`] : []),
            ...(node.$type === 'Tie' ? ['tie1 Tie', 'tie2 Tie'] : []),
            `any ${node.$type}`
        ]);
        expect(seen).toEqual(expected);
        expect(seen.filter(entry => entry.startsWith('any ')).length).toBeGreaterThan(10);
    });

    it('call the checks themselves: not through the stream of Langium\'s getChecks', async () => {
        const { services, document } = await parsed(TEXT);
        const getChecks = vi.spyOn(services.Partnership.validation.ValidationRegistry, 'getChecks');
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(getChecks).not.toHaveBeenCalled();
        expect(document.diagnostics?.map(d => d.code)).toContain('never-checked-in');
    });

    it('a check that returns a promise is awaited; one that rejects is an internal error on its node', async () => {
        const { services, document } = await parsed(TEXT, s => s.Partnership.validation.ValidationRegistry.register<PartnershipAstType>({
            Partner: async (node, accept) => {
                await new Promise(resolve => setTimeout(resolve, 1));
                if (node.name === 'B') throw new RangeError('late failure');
                accept('warning', `checked ${node.name}`, { node, code: 'test-check' });
            }
        }));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const found = (document.diagnostics ?? []).filter((d: Diagnostic) => d.code === 'test-check' || d.code === 'internal-error');
        expect(found.map(d => [d.code, d.range.start.line, String(d.message).slice(0, 60)])).toEqual([
            ['test-check', 4, 'checked A'],
            ['internal-error', 7, 'Internal error while checking this file, so its findings may']
        ]);
        expect(String(found[1].message)).toContain('RangeError: late failure');
    });

    it('stop when the build is cancelled, and pass the cancellation on', async () => {
        const source = new Cancellation.CancellationTokenSource();
        let visited = 0;
        const { services, document } = await parsed(TEXT, s => s.Partnership.validation.ValidationRegistry.register<PartnershipAstType>({
            AstNode: () => {
                if (++visited === 3) source.cancel();
            }
        }));
        const failure = await validatorOf(services).validateAstNodes(document.parseResult.value, {}, () => {}, source.token).then(() => undefined, error => error);
        expect(isOperationCancelled(failure)).toBe(true);
        expect(visited).toBe(3);
    });
});
