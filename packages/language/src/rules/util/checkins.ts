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
    // `lastCheckin` is set whenever the line is written with its date (the parser assigns every date
    // it reads, a day that does not exist too), so the line's location need not be asked for: that
    // materialised every property location of every tie (model/build.ts), 0.2 s at 50,000 ties.
    if (!cadence || !(cadence.count > 0) || tie.lastCheckin !== undefined) return undefined;
    const ends = [network.partners.get(tie.left), network.partners.get(tie.right)];
    return ends.some(partner => isProspective(partner) || isEnded(partner)) ? undefined : cadence;
}
