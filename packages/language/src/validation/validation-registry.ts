/**
 * Langium's registry turns a check that throws into "An error occurred during validation: ..." and
 * logs the stack on the console; ours words it for the user as an internal-error diagnostic on the
 * node (utils/internal-error.ts), the stack in its data.
 */
import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import { INTERNAL_ERROR, internalErrorData, internalErrorMessage } from '../utils/internal-error.js';

export class PartnershipValidationRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => MaybePromise<void>, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            accept('error', internalErrorMessage(error), { node, code: INTERNAL_ERROR, data: internalErrorData(error) });
        }
    }
}
