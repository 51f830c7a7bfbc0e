/**
 * Langium's registry turns a check that throws into "An error occurred during validation: ..." and
 * logs the stack on the console; ours words it for the user as an internal-error diagnostic on the
 * node (utils/internal-error.ts), the stack in its data.
 *
 * It also keeps each registered check as it was given (beside Langium's wrapped entries), so that
 * the document validator can call the checks of a node directly (document-validator.ts
 * validateAstNodes): Langium wraps every check in an async function around an async try/catch, so
 * each check of each node cost two promises, and its `getChecks` builds a stream per node.
 */
import { isOperationCancelled, ValidationRegistry, type AstNode, type Cancellation, type MaybePromise, type ValidationAcceptor, type ValidationCategory, type ValidationChecks } from 'langium';
import { INTERNAL_ERROR, internalErrorData, internalErrorMessage } from '../utils/internal-error.js';

/** A check as registered, with its `this` and its category. */
export interface DirectCheck {
    readonly check: (node: AstNode, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken) => MaybePromise<void>;
    readonly thisObj: unknown;
    readonly category: ValidationCategory;
}

const NO_CHECKS: readonly DirectCheck[] = [];

export class PartnershipValidationRegistry extends ValidationRegistry {
    /** By node type (each subtype of a registered type has the check too), in the order registered. */
    private readonly direct = new Map<string, DirectCheck[]>();
    /** Checks registered for every node (type `AstNode`): they run after a type's own checks, as in Langium. */
    private readonly directAny: DirectCheck[] = [];
    /** What `checksOf` answered per type (all categories), until the next registration. */
    private readonly resolved = new Map<string, readonly DirectCheck[]>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj: ThisParameterType<unknown> = this, category: ValidationCategory = 'fast'): void {
        super.register(checksRecord, thisObj, category);
        for (const [type, given] of Object.entries(checksRecord as Record<string, unknown>)) {
            const checks = (Array.isArray(given) ? given : [given]) as DirectCheck['check'][];
            for (const check of checks) {
                if (typeof check !== 'function') continue; // super.register has thrown for it already
                const entry: DirectCheck = { check, thisObj, category };
                if (type === 'AstNode') {
                    this.directAny.push(entry);
                    continue;
                }
                for (const subtype of this.reflection.getAllSubTypes(type)) {
                    let list = this.direct.get(subtype);
                    if (!list) this.direct.set(subtype, list = []);
                    list.push(entry);
                }
            }
        }
        this.resolved.clear();
    }

    /** The checks of a node of `type` in the given categories (all when undefined), as `getChecks` lists them. */
    checksOf(type: string, categories?: readonly ValidationCategory[]): readonly DirectCheck[] {
        if (!categories) {
            let checks = this.resolved.get(type);
            if (!checks) {
                const own = this.direct.get(type) ?? NO_CHECKS;
                checks = this.directAny.length === 0 ? own : [...own, ...this.directAny];
                this.resolved.set(type, checks);
            }
            return checks;
        }
        return [...(this.direct.get(type) ?? NO_CHECKS), ...this.directAny].filter(entry => categories.includes(entry.category));
    }

    /**
     * Runs one check on a node, as Langium's wrapped entry does (a failure becomes a diagnostic on
     * the node; cancellation passes through), but without a promise unless the check returns one.
     */
    runCheck(entry: DirectCheck, node: AstNode, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> | undefined {
        let result: MaybePromise<void>;
        try {
            result = entry.check.call(entry.thisObj, node, accept, cancelToken);
        } catch (error) {
            this.reportFailure(error, accept, node);
            return undefined;
        }
        if (!isPromiseLike(result)) return undefined;
        return Promise.resolve(result).then(undefined, error => this.reportFailure(error, accept, node));
    }

    protected override async handleException(functionality: () => MaybePromise<void>, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            this.reportFailure(error, accept, node);
        }
    }

    private reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) throw error;
        accept('error', internalErrorMessage(error), { node, code: INTERNAL_ERROR, data: internalErrorData(error) });
    }
}

function isPromiseLike(value: unknown): value is PromiseLike<void> {
    return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
