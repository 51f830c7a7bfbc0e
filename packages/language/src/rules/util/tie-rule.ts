/**
 * Rules that judge each tie on its own (never-checked-in, low-trust-tie, stale-trust, ...). Such a
 * rule says what, besides the tie itself, one tie's findings depend on: `prepare` reads it (a
 * threshold, today, the network's default cadence, the partners' stages) and spells it out as a
 * key, and `checkTie` judges one tie from the tie and exactly that. rules/run.ts then keeps each
 * tie's findings between runs (RuleMemo): a tie model is the same object while its file is not
 * re-parsed (model/build.ts), so an edit re-judges only the ties of the edited file, or every tie
 * when the prepared key changed. Without a memo (the CLI) `check` judges every tie, the same way.
 */
import type { NetworkModel } from '../../model/types.js';
import type { FindingDraft, Rule, RuleContext, RuleMeta, TieJudgement } from '../types.js';

export function tieRule<S>(meta: RuleMeta, judgement: TieJudgement<S>): Rule {
    return {
        meta,
        perTie: judgement as TieJudgement<unknown>,
        check(context: RuleContext, report: (finding: FindingDraft) => void) {
            const prepared = judgement.prepare(context);
            if (!prepared) return;
            for (const tie of context.network.ties) judgement.checkTie(tie, prepared.value, context, report);
        }
    };
}

/**
 * The partners at a stage other than active (or none), with their stages, as one string: what rules
 * that spare ties with prospects, dormant or ended partners read of the partners. Part of their
 * prepared key (a stage change re-judges every tie): one pass over the partners per run, where a
 * look-up of both ends of every tie cost more.
 */
export function stagesKey(network: NetworkModel): string {
    let key = '';
    for (const partner of network.partners.values()) {
        if (partner.stage !== undefined && partner.stage !== 'active') key += `${partner.name}\u0000${partner.stage}\u0000`;
    }
    return key;
}
