import { current } from '../model/network.js';
import type { Rule } from './types.js';

/** Above this many partners, the network writes down how it decides and how it handles conflict. */
export const CHARTER_FROM = 8;

/**
 * A network of more than 8 partners states no `decisions` or no `conflict` (partnership practice:
 * mark the lanes — who makes decisions and how, how to handle conflict if it arises).
 */
export const noCharter: Rule = {
    meta: {
        code: 'no-charter',
        defaultSeverity: 'info',
        summary: `a network of more than ${CHARTER_FROM} partners states no decisions or no conflict`,
        fixable: true
    },
    check({ network }, report) {
        const declaration = network.declaration;
        if (!declaration) return;
        const partners = current(network);
        if (partners <= CHARTER_FROM) return;
        const stated = (text: string | undefined) => text !== undefined && text.trim() !== '';
        const decisions = stated(declaration.decisions);
        const conflict = stated(declaration.conflict);
        if (decisions && conflict) return;
        const missing = decisions ? 'no conflict' : conflict ? 'no decisions' : 'no decisions and no conflict';
        const write = [
            decisions ? undefined : 'who makes decisions and how (decisions "...")',
            conflict ? undefined : 'how disagreements are handled (conflict "...")'
        ].filter(Boolean).join(' and ');
        // Placeholders to agree on and fill in; a property written blank is fixed where it is written.
        const lines = [
            declaration.decisions === undefined ? 'decisions "who decides, and how"' : undefined,
            declaration.conflict === undefined ? 'conflict "how disagreements are resolved"' : undefined
        ].filter((line): line is string => line !== undefined);
        report({
            message: `The network ${declaration.name} has ${partners} partners but states ${missing}: agree with the partners on ${write}, and write it down.`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name },
            ...(lines.length > 0 ? { fix: { kind: 'add-property' as const, element: { kind: 'network' as const, name: declaration.name }, lines, title: `Add ${lines.map(line => line.split(' ')[0]).join(' and ')} to the network` } } : {})
        });
    }
};
