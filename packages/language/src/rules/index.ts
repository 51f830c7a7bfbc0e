/**
 * The rule catalog. Each rule is one file named after its code, with its metadata beside its
 * logic; its documentation is docs/rules/<code>.md.
 */
import type { Rule } from './types.js';
import { goalWithoutPartner } from './goal-without-partner.js';
import { isolatedPartner } from './isolated-partner.js';
import { oneSidedTie } from './one-sided-tie.js';
import { overBudget } from './over-budget.js';
import { partnerOverCapacity } from './partner-over-capacity.js';
import { partnerWithoutRole } from './partner-without-role.js';
import { unusedRole } from './unused-role.js';
import { lowTrustTie } from './low-trust-tie.js';
import { overdueCheckin } from './overdue-checkin.js';
import { inviteWithoutRole } from './invite-without-role.js';
import { laneOverlap } from './lane-overlap.js';
import { noBackbone } from './no-backbone.js';
import { goalNotCocreated } from './goal-not-cocreated.js';
import { partnerWithoutGoal } from './partner-without-goal.js';
import { denseNetwork } from './dense-network.js';
import { redundantContacts } from './redundant-contacts.js';
import { untrustedBroker } from './untrusted-broker.js';
import { singlePointOfFailure } from './single-point-of-failure.js';
import { lowDiversity } from './low-diversity.js';
import { inviteAll } from './invite-all.js';
import { neverCheckedIn } from './never-checked-in.js';
import { roleWithoutLane } from './role-without-lane.js';
import { noCharter } from './no-charter.js';
import { noPurpose } from './no-purpose.js';
import { overdueReview } from './overdue-review.js';
import { noCommunityVoice } from './no-community-voice.js';
import { rushedCommitment } from './rushed-commitment.js';
import { staleProspect } from './stale-prospect.js';
import { endedPartnerEngaged } from './ended-partner-engaged.js';
import { disengagedBroker } from './disengaged-broker.js';
import { gatekeeperNotTied } from './gatekeeper-not-tied.js';
import { coldOutreach } from './cold-outreach.js';
import { backboneOverloaded } from './backbone-overloaded.js';
import { goalPastDue } from './goal-past-due.js';
import { goalWithoutMeasure } from './goal-without-measure.js';
import { goalOffTrack } from './goal-off-track.js';
import { unmetNeed } from './unmet-need.js';
import { unansweredAsk } from './unanswered-ask.js';
import { tieWithoutPurpose } from './tie-without-purpose.js';
import { similarNames } from './similar-names.js';
import { staleTrust } from './stale-trust.js';
import { trustGap } from './trust-gap.js';

export const RULES: readonly Rule[] = [
    partnerWithoutRole,
    overBudget,
    partnerOverCapacity,
    oneSidedTie,
    isolatedPartner,
    goalWithoutPartner,
    unusedRole,
    lowTrustTie,
    overdueCheckin,
    inviteWithoutRole,
    laneOverlap,
    noBackbone,
    goalNotCocreated,
    partnerWithoutGoal,
    denseNetwork,
    redundantContacts,
    untrustedBroker,
    singlePointOfFailure,
    lowDiversity,
    inviteAll,
    neverCheckedIn,
    roleWithoutLane,
    noCharter,
    noPurpose,
    overdueReview,
    noCommunityVoice,
    rushedCommitment,
    staleProspect,
    endedPartnerEngaged,
    disengagedBroker,
    gatekeeperNotTied,
    coldOutreach,
    backboneOverloaded,
    goalPastDue,
    goalWithoutMeasure,
    goalOffTrack,
    unmetNeed,
    unansweredAsk,
    tieWithoutPurpose,
    similarNames,
    staleTrust,
    trustGap
];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map(rule => [rule.meta.code, rule]));

export * from './types.js';
export * from './policy.js';
export * from './structural.js';
export * from './run.js';
export * from './docs.js';
