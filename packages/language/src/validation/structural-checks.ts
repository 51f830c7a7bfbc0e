/**
 * Structural checks of one document (errors). Cross-file checks (duplicate names and ties, a second
 * network block) are in model/build.ts; the rule catalog runs in network-analyzer.ts.
 */
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { hasRepeatedProperty, propertyNodes } from '../utils/cst-properties.js';
import * as ast from '../generated/ast.js';
import type { PartnershipServices } from '../partnership-module.js';
import { isValidDate } from '../utils/dates.js';
import { AllowComments } from '../model/suppression.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { THRESHOLDS, THRESHOLDS_BY_KEY } from '../rules/policy.js';
import { isStructuralCode, type StructuralCode } from '../rules/index.js';
import { propertiesOf, SECTORS, VALUES, wordOf } from '../model/facts.js';
import { suggest } from '../utils/suggest.js';


export function registerValidationChecks(services: PartnershipServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = new PartnershipValidator();
    const checks: ValidationChecks<ast.PartnershipAstType> = {
        Element: validator.checkSingleProperties,
        Tie: [validator.checkTie],
        Goal: validator.checkGoal,
        Partner: validator.checkPartner,
        Role: validator.checkRole,
        Network: validator.checkNetwork,
        Cadence: validator.checkCadence,
        Duration: validator.checkDuration,
        Rate: validator.checkRate,
        Threshold: validator.checkThreshold,
        RuleSeverity: validator.checkRuleSeverity
    };
    registry.register(checks, validator);
    registry.registerBeforeDocument(validator.checkAllowComments, validator);
}

const singleProperties = new Map<string, ReadonlySet<string>>();
/** The properties an element of `type` may state once (model/facts.ts). */
function singlePropertiesOf(type: string): ReadonlySet<string> {
    let properties = singleProperties.get(type);
    if (!properties) singleProperties.set(type, properties = new Set(propertiesOf(type).filter(fact => fact.once).map(fact => fact.property)));
    return properties;
}

/** A structural error (the document validator adds its documentation link). */
function error(accept: ValidationAcceptor, code: StructuralCode, message: string, info: Omit<Parameters<ValidationAcceptor>[2], 'code'>): void {
    accept('error', message, { ...info, code } as Parameters<ValidationAcceptor>[2]);
}

export class PartnershipValidator {

    checkSingleProperties(node: ast.Element, accept: ValidationAcceptor): void {
        // Most elements state each property once: found without building the property index.
        if (!hasRepeatedProperty(node, singlePropertiesOf(node.$type))) return;
        for (const { property, keyword, once } of propertiesOf(node.$type)) {
            if (!once) continue;
            const nodes = propertyNodes(node).get(property) ?? [];
            for (const repeated of nodes.slice(1)) {
                const word = keyword ?? property;
                error(accept, 'duplicate-property', `'${word}' is stated more than once in ${describeElement(node)}; keep one.`, {
                    node,
                    range: lineRange(repeated.range, node)
                });
            }
        }
    }

    checkTie(tie: ast.Tie, accept: ValidationAcceptor): void {
        // Half-typed text parses into partial nodes: every property may be missing.
        const left = tie.left?.$refText;
        const right = tie.right?.$refText;
        if (left && left === right) {
            error(accept, 'self-tie', `A tie joins two different partners; this one joins ${left} to itself.`, { node: tie, property: 'right' });
        }
        for (const give of tie.gives) {
            const giver = give.giver?.$refText;
            if (giver && left && right && giver !== left && giver !== right) {
                error(accept, 'giver-not-endpoint', `${giver} is not part of the tie ${left} -- ${right}; only ${left} or ${right} can give in it.`, { node: give, property: 'giver' });
            }
            give.values.forEach((value, index) => checkVocabulary(accept, give, 'values', index, value, VALUES, 'unknown-value', 'value'));
        }
        for (const ask of tie.asks) {
            const asker = ask.asker?.$refText;
            if (asker && left && right && asker !== left && asker !== right) {
                error(accept, 'giver-not-endpoint', `${asker} is not part of the tie ${left} -- ${right}; only ${left} or ${right} can ask in it.`, { node: ask, property: 'asker' });
            }
            ask.values.forEach((value, index) => checkVocabulary(accept, ask, 'values', index, value, VALUES, 'unknown-value', 'value'));
        }
        const introducer = tie.introducedBy?.$refText;
        if (introducer && (introducer === left || introducer === right)) {
            error(accept, 'invalid-introducer', `${introducer} is one of the tie's own partners; introduced-by names the third partner who brought ${left} and ${right} together.`, { node: tie, property: 'introducedBy' });
        }
        if (tie.trust) {
            if (tie.trust.overall !== undefined) {
                checkTrustScore(accept, tie.trust, 'overall', tie.trust.overall, 'trust');
            }
            checkTrustAspects(accept, tie.trust.aspects, 'Trust');
            if (tie.trust.asOf !== undefined) checkDate(accept, tie.trust, 'asOf', tie.trust.asOf);
        }
        for (const rating of tie.ratings) {
            const rater = rating.rater?.$refText;
            if (rater && left && right && rater !== left && rater !== right) {
                error(accept, 'giver-not-endpoint', `${rater} is not part of the tie ${left} -- ${right}; each side rates the other, so only ${left} or ${right} can rate it.`, { node: rating, property: 'rater' });
            }
            checkTrustAspects(accept, rating.aspects, `${rater || 'The'} rating's`);
            if (rating.date !== undefined) checkDate(accept, rating, 'date', rating.date);
        }
        if (tie.lastCheckin !== undefined) checkDate(accept, tie, 'lastCheckin', tie.lastCheckin);
    }

    checkGoal(goal: ast.Goal, accept: ValidationAcceptor): void {
        if (goal.due !== undefined) checkDate(accept, goal, 'due', goal.due);
        if (goal.achieved !== undefined) checkDate(accept, goal, 'achieved', goal.achieved);
        goal.needs.forEach((value, index) => checkVocabulary(accept, goal, 'needs', index, value, VALUES, 'unknown-value', 'value'));
        for (const reading of [goal.baseline, goal.target, ...goal.progress]) {
            if (!reading) continue;
            if (reading.value !== undefined && !Number.isFinite(reading.value)) tooLarge(accept, reading, 'value');
            if (reading.date !== undefined) checkDate(accept, reading, 'date', reading.date);
        }
        const { baseline, target } = goal;
        if (baseline?.date && target?.date && isValidDate(baseline.date) && isValidDate(target.date) && target.date <= baseline.date) {
            error(accept, 'invalid-date', `The target is due by ${target.date}, which is not after the baseline's ${baseline.date}; a target comes after its baseline.`, { node: target, property: 'date' });
        }
    }

    checkNetwork(network: ast.Network, accept: ValidationAcceptor): void {
        if (network.lastReview !== undefined) checkDate(accept, network, 'lastReview', network.lastReview);
    }

    checkPartner(partner: ast.Partner, accept: ValidationAcceptor): void {
        if (partner.stage?.since !== undefined) checkDate(accept, partner.stage, 'since', partner.stage.since);
        if (partner.sector !== undefined) {
            checkVocabulary(accept, partner, 'sector', undefined, partner.sector, SECTORS, 'unknown-sector', 'sector');
        }
        const seen = new Set<string>();
        for (const aspect of partner.value?.aspects ?? []) {
            if (aspect.score !== undefined && !(Number.isInteger(aspect.score) && aspect.score >= 1 && aspect.score <= 5)) {
                error(accept, 'value-out-of-range', `Value ${aspect.kind || 'score'} must be a whole number from 1 to 5; it is ${shown(aspect.score)}.`, { node: aspect, property: 'score' });
            }
            if (aspect.kind && seen.has(aspect.kind)) {
                error(accept, 'duplicate-property', `Value ${aspect.kind} is given twice; keep one score.`, { node: aspect, property: 'kind' });
            }
            seen.add(aspect.kind);
        }
    }

    checkRole(role: ast.Role, accept: ValidationAcceptor): void {
        role.provides.forEach((value, index) => checkVocabulary(accept, role, 'provides', index, value, VALUES, 'unknown-value', 'value'));
    }

    checkCadence(cadence: ast.Cadence, accept: ValidationAcceptor): void {
        if (cadence.count !== undefined && !Number.isFinite(cadence.count)) {
            tooLarge(accept, cadence, 'count');
        } else if (cadence.count !== undefined && cadence.count <= 0) {
            error(accept, 'invalid-amount', `'every ${cadence.count} ${cadence.unit}' never happens; use a count of 1 or more.`, { node: cadence, property: 'count' });
        }
    }

    checkDuration(duration: ast.Duration, accept: ValidationAcceptor): void {
        if (duration.amount !== undefined && !Number.isFinite(duration.amount)) {
            tooLarge(accept, duration, 'amount');
        } else if (duration.amount <= 0) {
            error(accept, 'invalid-amount', `A meeting lasts more than ${duration.amount} ${duration.unit}.`, { node: duration, property: 'amount' });
        }
    }

    checkRate(rate: ast.Rate, accept: ValidationAcceptor): void {
        if (rate.amount !== undefined && !Number.isFinite(rate.amount)) tooLarge(accept, rate, 'amount');
    }

    checkThreshold(threshold: ast.Threshold, accept: ValidationAcceptor): void {
        if (!threshold.key || threshold.value === undefined) return;
        const spec = THRESHOLDS_BY_KEY.get(threshold.key);
        if (!spec) {
            const near = suggest(threshold.key, THRESHOLDS.map(t => t.key));
            error(accept, 'unknown-policy', `Unknown policy threshold '${threshold.key}'${near ? `; did you mean '${near}'?` : ''} Known thresholds: ${THRESHOLDS.map(t => t.key).join(', ')}.`, { node: threshold, property: 'key' });
            return;
        }
        const value = threshold.percent ? threshold.value / 100 : threshold.value;
        if (value < spec.min || value > spec.max) {
            error(accept, 'unknown-policy', `${spec.key} must be between ${spec.min} and ${spec.max}; it is ${shown(value)}.`, { node: threshold, property: 'value' });
        }
    }

    checkRuleSeverity(setting: ast.RuleSeverity, accept: ValidationAcceptor): void {
        if (!setting.code || RULES_BY_CODE.has(setting.code)) return;
        if (isStructuralCode(setting.code)) {
            error(accept, 'unknown-rule', `'${setting.code}' is a structural check; it is always an error and cannot be configured.`, { node: setting, property: 'code' });
            return;
        }
        const near = suggest(setting.code, [...RULES_BY_CODE.keys()]);
        error(accept, 'unknown-rule', `Unknown rule '${setting.code}'${near ? `; did you mean '${near}'?` : '.'}`, { node: setting, property: 'code' });
    }

    checkAllowComments(root: AstNode, accept: ValidationAcceptor): void {
        const document = root.$document;
        if (!document) return;
        if (!document.textDocument.getText().includes('@allow')) return;
        const allows = AllowComments.of(document);
        for (const { line, start, end } of allows.malformed) {
            error(accept, 'invalid-allow', 'Write a suppression as // @allow CODE[, CODE] -- reason; this comment silences nothing.', {
                node: root,
                range: { start: { line, character: start }, end: { line, character: end } }
            });
        }
        for (const allow of allows.all()) {
            for (const { code, start, end } of allow.codeColumns) {
                if (RULES_BY_CODE.has(code)) continue;
                const near = suggest(code, [...RULES_BY_CODE.keys()]);
                error(accept, 'unknown-rule', `@allow names an unknown rule '${code}'${near ? `; did you mean '${near}'?` : '.'}`, {
                    node: root,
                    range: { start: { line: allow.line, character: start }, end: { line: allow.line, character: end } }
                });
            }
        }
    }
}

function checkVocabulary(accept: ValidationAcceptor, node: AstNode, property: string, index: number | undefined, word: string,
    vocabulary: readonly string[], code: 'unknown-value' | 'unknown-sector', noun: string): void {
    if (vocabulary.includes(word)) return;
    const near = suggest(word, vocabulary);
    error(accept, code, `Unknown ${noun} '${word}'${near ? `; did you mean '${near}'?` : '.'} Known ${noun}s: ${vocabulary.join(', ')}.`, {
        node, property, index
    } as Parameters<ValidationAcceptor>[2]);
}

/** A number for a message: one of more than 308 digits (Infinity to JavaScript) is not written out. */
function shown(value: number): string {
    return Number.isFinite(value) ? String(value) : 'too large to count with';
}

/** A number of more than 308 digits is Infinity to JavaScript; the amount is left out of every sum. */
function tooLarge(accept: ValidationAcceptor, node: AstNode, property: string): void {
    error(accept, 'invalid-amount', 'This number is too large to count with; it is left out.', { node, property } as Parameters<ValidationAcceptor>[2]);
}

/** Each aspect's score from 1 to 5, and no aspect twice (`whose`: `Trust`, `CityHealth rating's`). */
function checkTrustAspects(accept: ValidationAcceptor, aspects: readonly ast.TrustAspect[], whose: string): void {
    const seen = new Set<string>();
    for (const aspect of aspects) {
        if (aspect.score !== undefined) checkTrustScore(accept, aspect, 'score', aspect.score, aspect.kind);
        if (aspect.kind && seen.has(aspect.kind)) {
            error(accept, 'duplicate-property', `${whose} ${aspect.kind} is given twice; keep one score.`, { node: aspect, property: 'kind' });
        }
        seen.add(aspect.kind);
    }
}

function checkTrustScore(accept: ValidationAcceptor, node: AstNode, property: string, score: number, aspect: string): void {
    if (Number.isInteger(score) && score >= 1 && score <= 5) return;
    error(accept, 'trust-out-of-range', `Trust ${aspect === 'trust' ? 'score' : aspect} must be a whole number from 1 to 5; it is ${shown(score)}.`, {
        node, property
    } as Parameters<ValidationAcceptor>[2]);
}

function checkDate(accept: ValidationAcceptor, node: AstNode, property: string, date: string): void {
    if (isValidDate(date)) return;
    error(accept, 'invalid-date', `${date} is not a real date; write dates as YYYY-MM-DD.`, { node, property } as Parameters<ValidationAcceptor>[2]);
}

function describeElement(node: ast.Element): string {
    // A name the parser could not read (a syntax error already) is written `?`.
    if (ast.isTie(node)) return `tie ${node.left?.$refText || '?'} -- ${node.right?.$refText || '?'}`;
    return `${wordOf(node.$type)} ${node.name || '?'}`;
}

/** From the property's keyword to the end of its value, when the keyword is on the same line. */
function lineRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }, node: AstNode) {
    const text = AstUtils.getDocument(node).textDocument.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const keywordStart = text ? text.search(/\S/) : -1;
    return keywordStart >= 0 && keywordStart < range.start.character
        ? { start: { line: range.start.line, character: keywordStart }, end: range.end }
        : range;
}
