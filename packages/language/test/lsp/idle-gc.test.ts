/**
 * The server's scavenge between edits (lsp/idle-gc.ts): one after each build, none while a newer
 * build runs, and V8's collector is there to ask.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { collectWhenIdle, exposedCollector } from '../../src/lsp/idle-gc.js';

const TEXT = `network N { us A }\npartner A { sector nonprofit }\npartner B { sector business }\nA -- B { strength strong }\n`;

function setUp() {
    const services = createPartnershipServices(EmptyFileSystem);
    const asked: string[] = [];
    const idle = collectWhenIdle(services.Partnership, options => asked.push(options.type))!;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(TEXT, URI.parse('file:///ws/n.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    return { services, asked, idle, document };
}

const tick = () => new Promise(resolve => setTimeout(resolve, 5));

describe('scavenge while idle', () => {
    it('asks for one minor collection after a build, once the build has ended', async () => {
        const { services, asked, idle, document } = setUp();
        const building = services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(asked).toEqual([]);
        await building;
        // Not in the build's own turn of the event loop: messages read meanwhile come first.
        expect(asked).toEqual([]);
        await tick();
        expect(asked).toEqual(['minor']);
        expect(idle.collections).toBe(1);
        expect(document.diagnostics).toBeDefined();
    });

    it('asks for none when a newer build starts before the idle moment, and one after that build', async () => {
        const { services, asked, document } = setUp();
        const builder = services.shared.workspace.DocumentBuilder;
        await builder.build([document], { validation: true });
        // A newer build starts in the same turn: the first build's collection is dropped.
        const other = services.shared.workspace.LangiumDocumentFactory.fromString(TEXT.replace('A -- B', 'B -- A'), URI.parse('file:///ws/m.partnership'));
        services.shared.workspace.LangiumDocuments.addDocument(other);
        await builder.build([other], { validation: true });
        await tick();
        await tick();
        // One for the two builds: the first one's was dropped when the second started.
        expect(asked).toEqual(['minor']);
    });

    it('finds V8\'s collector in this Node, and collecting with it works', () => {
        const collect = exposedCollector();
        expect(typeof collect).toBe('function');
        expect(() => collect!({ type: 'minor' })).not.toThrow();
    });

    it('does nothing without a collector', () => {
        const services = createPartnershipServices(EmptyFileSystem);
        expect(collectWhenIdle(services.Partnership, undefined)).toBeUndefined();
    });
});
