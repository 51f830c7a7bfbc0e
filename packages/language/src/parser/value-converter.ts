/**
 * Names are compared as Unicode text in normal form C: "José" typed with a precomposed é and with
 * e + a combining accent is one name (in declarations and references alike, since Langium converts
 * both through here). Curly-quoted text (“…”, pasted from a document) is read as text so that the
 * rest of the file checks; structural checks report the quotes (see validation/syntax-checks.ts).
 */
import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class PartnershipValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'ID') return input.normalize('NFC');
        if (rule.name === 'STRING' && input[0] !== '"') return input.slice(1, -1);
        if (rule.name === 'STRING') return ValueConverter.convertString(input);
        return super.runConverter(rule, input, cstNode);
    }
}
