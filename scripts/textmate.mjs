// Completes the TextMate grammar that `langium generate` writes (keywords, strings, comments) with
// what a reader scans for: declared names, tie endpoints, dates, numbers with their units and the
// `// @allow CODE -- reason` markers. Run by scripts/generate.mjs; the result is committed in
// syntaxes/ and CI fails when it is stale. The patterns follow the terminals of
// packages/language/src/partnership.langium (ID, DATE, NUMBER).
import { readFileSync, writeFileSync } from 'node:fs';

// Names in any script: a letter or `_`, then letters, combining marks, digits and `_` (Oniguruma's
// Unicode properties, as in the grammar's terminal), single hyphens between word parts.
const ID = '[_\\p{L}][\\p{L}\\p{M}\\p{N}_]*(?:-[\\p{L}\\p{M}\\p{N}_]+)*';

export function completeGrammar(file) {
    const grammar = JSON.parse(readFileSync(file, 'utf8'));
    const keywords = grammar.patterns.find(p => p.name === 'keyword.control.partnership');
    const strings = grammar.patterns.find(p => p.name === 'string.quoted.double.partnership');
    if (!keywords || !strings) throw new Error(`${file}: the generated grammar has no keyword or string pattern`);
    grammar.patterns = [
        { include: '#comments' },
        strings,
        {
            comment: 'A declaration: the keyword and the name it declares.',
            match: `\\b(network|partner|role|goal|meeting)\\s+(${ID})`,
            captures: { 1: { name: 'keyword.control.partnership' }, 2: { name: 'entity.name.type.partnership' } }
        },
        {
            comment: 'A tie between two partners.',
            match: `\\b(tie)\\s+(${ID})\\s*(--)\\s*(${ID})`,
            captures: {
                1: { name: 'keyword.control.partnership' },
                2: { name: 'variable.other.partner.partnership' },
                3: { name: 'keyword.operator.tie.partnership' },
                4: { name: 'variable.other.partner.partnership' }
            }
        },
        { name: 'constant.numeric.date.partnership', match: '\\b\\d{4}-\\d{2}-\\d{2}\\b' },
        {
            comment: 'A rate or duration: 2 hours/week, 90 minutes, 40 hours/month.',
            match: '\\b(\\d+(?:\\.\\d+)?)\\s*(hours?|minutes?)\\b(?:\\s*(/)\\s*(week|month|year)\\b)?',
            captures: {
                1: { name: 'constant.numeric.partnership' },
                2: { name: 'keyword.other.unit.partnership' },
                3: { name: 'keyword.operator.per.partnership' },
                4: { name: 'keyword.other.unit.partnership' }
            }
        },
        keywords,
        { name: 'constant.numeric.partnership', match: '\\b\\d+(?:\\.\\d+)?\\b' },
        { name: 'keyword.operator.tie.partnership', match: '--' },
        { name: 'punctuation.section.block.partnership', match: '[{}]' },
        { name: 'punctuation.separator.comma.partnership', match: ',' }
    ];
    const line = grammar.repository.comments.patterns.find(p => p.name === 'comment.line.partnership');
    if (!line) throw new Error(`${file}: the generated grammar has no line comment pattern`);
    line.patterns = [{
        comment: 'Suppression: // @allow CODE[, CODE] -- reason',
        match: '(@allow)\\s+([\\w-]+(?:\\s*,\\s*[\\w-]+)*)(?:\\s*(--))?',
        captures: {
            1: { name: 'keyword.other.allow.partnership' },
            2: { name: 'constant.language.rule-code.partnership' },
            3: { name: 'punctuation.separator.reason.partnership' }
        }
    }];
    writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
}
