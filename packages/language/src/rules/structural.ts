/**
 * Structural checks: errors in how a network is written, always errors and not configurable.
 * The per-document ones live in validation/structural-checks.ts, the cross-file ones in model/build.ts,
 * syntax and unresolved references come from the parser and linker.
 */
export const STRUCTURAL_CODES = {
    'syntax-error': 'the text does not follow the grammar',
    'unresolved-reference': 'a name refers to no declaration of the right kind in the network',
    'duplicate-name': 'two declarations in one network share a name',
    'duplicate-network': 'a folder tree declares a second network block',
    'duplicate-tie': 'two ties join the same pair of partners (A -- B and B -- A are the same tie)',
    'duplicate-property': 'a declaration states the same property twice',
    'self-tie': 'a tie joins a partner to itself',
    'trust-out-of-range': 'a trust or rating score is not a whole number from 1 to 5',
    'value-out-of-range': 'a value score (influence, involvement, resources) is not a whole number from 1 to 5',
    'invalid-date': 'a date is not a real calendar day (YYYY-MM-DD)',
    'invalid-amount': 'a cadence count or a meeting duration is zero',
    'giver-not-endpoint': "a 'gives', 'asks' or 'rating by' line names a partner that is not one of the tie's two partners",
    'invalid-introducer': "a tie's 'introduced-by' names one of the tie's own two partners",
    'unknown-value': 'a value is not in the value vocabulary',
    'unknown-sector': 'a sector is not in the sector vocabulary',
    'unknown-policy': 'a policy names a threshold that does not exist or gives it an impossible value',
    'unknown-rule': 'a policy or @allow comment names a rule code that does not exist',
    'invalid-allow': 'an @allow comment is not written as // @allow CODE[, CODE] -- reason'
} as const;

export type StructuralCode = keyof typeof STRUCTURAL_CODES;

export function isStructuralCode(code: string): code is StructuralCode {
    return Object.prototype.hasOwnProperty.call(STRUCTURAL_CODES, code);
}
