/** Which ties are due a first check-in: read by never-checked-in and the editor's Check-ins view (lsp/checkins.ts). */
import { isEnded, isProspective } from '../../model/network.js';
import type { Cadence, NetworkModel, TieModel } from '../../model/types.js';

/**
 * The cadence a tie is to be checked in on when none is on record yet: its own or the network's;
 * undefined when the tie has a `last-checkin` line (a date that is not a real day is an
 * invalid-date error, but recorded), has no cadence, or joins a partner still being got to know
 * (`stage prospect`/`exploring`: no check-ins yet) or an ended one (history).
 */
export function firstCheckinCadence(network: NetworkModel, tie: TieModel): Cadence | undefined {
    const cadence = tie.checkin ?? network.declaration?.checkin;
    if (!cadence || !(cadence.count > 0) || tie.lastCheckin !== undefined || tie.properties.lastCheckin) return undefined;
    const ends = [network.partners.get(tie.left), network.partners.get(tie.right)];
    return ends.some(partner => isProspective(partner) || isEnded(partner)) ? undefined : cadence;
}
