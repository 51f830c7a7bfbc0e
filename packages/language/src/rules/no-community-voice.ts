import { isEnded, playersByRole } from '../model/network.js';
import type { RelatedLocation, Rule } from './types.js';

/** Sectors whose partners are the people a coalition serves, or speak for them. */
export const COMMUNITY_SECTORS: readonly string[] = ['resident', 'community-group'];

/** Fewer partners than this is a sketch, not yet a coalition: the rule does not judge. */
export const COMMUNITY_VOICE_FROM = 3;

/**
 * Nobody in the network speaks for the people it serves: no resident or community-group partner,
 * and nobody bringing lived experience (partnership practice: involve those affected by the issue).
 */
export const noCommunityVoice: Rule = {
    meta: {
        code: 'no-community-voice',
        defaultSeverity: 'warning',
        summary: 'no partner is a resident or community group, and nobody brings lived experience',
        fixable: false
    },
    check({ network }, report) {
        const declaration = network.declaration;
        if (!declaration) return;
        // Ended partners are history: they are no voice now, and do not count.
        const current = [...network.partners.values()].filter(partner => !isEnded(partner));
        if (current.length < COMMUNITY_VOICE_FROM) return;
        if (current.some(partner => partner.sector !== undefined && COMMUNITY_SECTORS.includes(partner.sector))) return;
        const isCurrent = (name: string) => {
            const partner = network.partners.get(name);
            return partner !== undefined && !isEnded(partner);
        };
        // A partner that gives lived experience on one of its ties brings it.
        if (network.ties.some(tie => tie.gives.some(give => give.values.includes('lived-experience') && isCurrent(give.giver)))) return;
        // A role that provides lived experience gives a voice only when a partner plays it.
        const players = playersByRole(network);
        const related: RelatedLocation[] = [];
        for (const role of network.roles.values()) {
            if (!role.provides.includes('lived-experience')) continue;
            if ((players.get(role.name) ?? []).some(isCurrent)) return;
            related.push({ message: `role ${role.name} provides lived-experience, but no partner plays it`, location: role.nameLocation });
        }
        report({
            message: `No partner of the network ${declaration.name} speaks for the people it serves: none is a resident or community group (sector resident or community-group), and none brings lived experience (plays a role that provides lived-experience, or gives lived-experience on a tie). Bring in residents or a community group, and give them a role.`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name },
            related
        });
    }
};
