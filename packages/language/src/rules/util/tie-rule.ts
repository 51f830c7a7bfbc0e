/**
 * Rules that judge each tie on its own (never-checked-in, low-trust-tie, stale-trust, ...). Such a
 * rule says what, besides the tie itself, one tie's findings depend on:
 * - `prepare` reads what is the same for every tie of a run (a threshold, today, the network's
 *   default cadence) and spells it out as a key;
 * - `inputs` spells out what else one tie's findings read (e.g. the stages of the partners at its
 *   ends);
 * and `checkTie` judges one tie from exactly those. rules/run.ts then keeps each tie's findings
 * between runs (RuleMemo): a tie model is the same object while its file is not re-parsed
 * (model/build.ts), so an edit re-judges only the ties of the edited file, those whose inputs
 * changed, or every tie when the prepared key changed. Without a memo (the CLI) `check` judges
 * every tie, the same way.
 */
import type { TieModel } from '../../model/types.js';
import { KEYWORD_SETS } from '../../model/facts.js';
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

const STAGE_CODES = new Map<string | undefined, number>(KEYWORD_SETS.Stage.words.map(([stage], i) => [stage, i + 1]));

/**
 * The stages of the partners at a tie's ends, as one number (no string is made: this runs for every
 * tie after every edit): what rules that spare prospects or ended partners read.
 */
export function endStages(tie: TieModel, context: RuleContext): number {
    const { partners } = context.network;
    const left = partners.get(tie.left);
    const right = partners.get(tie.right);
    return (left ? STAGE_CODES.get(left.stage) ?? 0 : -1) * 64 + (right ? STAGE_CODES.get(right.stage) ?? 0 : -1);
}
