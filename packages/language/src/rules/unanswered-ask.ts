import { joinWords } from '../utils/words.js';
import { VALUES } from '../model/facts.js';
import { isDisengaged } from '../model/network.js';
import { stagesKey, tieRule } from './util/tie-rule.js';

const KNOWN = new Set<string>(VALUES);

/**
 * A partner asks for a kind of value in a tie and the other side gives nothing of it (partnership
 * practice: make asks and offers, and answer them).
 */
export const unansweredAsk = tieRule({
    code: 'unanswered-ask',
    defaultSeverity: 'info',
    summary: 'a partner asks for a value in a tie and the other side gives nothing of it there',
    fixable: false
}, {
    // Each tie reads the stages of its partners.
    prepare: ({ network }) => ({ key: stagesKey(network), value: undefined }),
    checkTie(tie, _prepared, { network }, report) {
        if (tie.asks.length === 0) return;
        // A tie with a dormant or ended partner is paused or history: its asks wait with it.
        if (isDisengaged(network.partners.get(tie.left)) || isDisengaged(network.partners.get(tie.right))) return;
        for (const ask of tie.asks) {
            // An asker that is not one of the tie's partners is a giver-not-endpoint error.
            if (ask.asker !== tie.left && ask.asker !== tie.right) continue;
            const other = ask.asker === tie.left ? tie.right : tie.left;
            const given = tie.gives.filter(give => give.giver === other);
            const offered = new Set(given.flatMap(give => give.values));
            // A value outside the vocabulary is an unknown-value error already.
            const unanswered = [...new Set(ask.values.filter(value => KNOWN.has(value) && !offered.has(value)))];
            if (unanswered.length === 0) continue;
            const them = unanswered.length === 1 ? 'it' : 'them';
            const gives = offered.size === 0 ? `${other} gives nothing in this tie` : `${other} gives only ${joinWords([...offered])} here`;
            report({
                message: `${ask.asker} asks ${other} for ${joinWords(unanswered)} in the tie ${tie.name}, but ${gives}. Talk about whether ${other} can offer ${them} (if so, write ${other} gives ${unanswered.join(', ')} in the tie), or help ${ask.asker} find ${them} elsewhere.`,
                location: ask.location,
                element: { kind: 'tie', name: tie.name },
                related: given.map(give => ({ message: `${other} gives ${give.values.join(', ')}`, location: give.location }))
            });
        }
    }
});
