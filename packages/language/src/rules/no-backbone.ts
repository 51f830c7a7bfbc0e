import { current } from '../model/network.js';
import type { Rule } from './types.js';

/** Above this many partners, a network needs a backbone organisation (docs/language.md: "more than 8"). */
export const BACKBONE_FROM = 8;

/** A network of more than 8 partners names no `backbone` (partnership practice: get a backbone). */
export const noBackbone: Rule = {
    meta: {
        code: 'no-backbone',
        defaultSeverity: 'info',
        summary: `the network has more than ${BACKBONE_FROM} partners and no backbone`,
        fixable: false
    },
    check({ network }, report) {
        const declaration = network.declaration;
        // Loose files have no network block to name a backbone in. A `backbone` that does not
        // resolve is an unresolved-reference error already.
        if (!declaration || declaration.backbone || declaration.properties.backbone) return;
        const partners = current(network);
        if (partners <= BACKBONE_FROM) return;
        report({
            message: `The network ${declaration.name} has ${partners} partners and no backbone; a network of more than ${BACKBONE_FROM} partners needs a neutral backbone organisation to keep it running (backbone ...).`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name }
        });
    }
};
