import { isEnded } from '../model/network.js';
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
        fixable: false
    },
    check({ network }, report) {
        const declaration = network.declaration;
        if (!declaration) return;
        const partners = [...network.partners.values()].filter(partner => !isEnded(partner)).length;
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
        report({
            message: `The network ${declaration.name} has ${partners} partners but states ${missing}: agree with the partners on ${write}, and write it down.`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name }
        });
    }
};
