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
    lowDiversity
];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map(rule => [rule.meta.code, rule]));

export * from './types.js';
export * from './policy.js';
export * from './structural.js';
export * from './run.js';
export * from './docs.js';
