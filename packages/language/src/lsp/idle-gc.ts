/**
 * Young-generation collections while the server is idle, not in the middle of an edit.
 *
 * An edit allocates some 25 MB on a 1,000-partner network (the re-parsed file, the network's model
 * and findings, the diagnostics sent): with 64 MB semi-spaces V8 scavenges every second or third
 * edit, 10–16 ms each, in the middle of whichever edit fills the space, and those edits are the slow
 * ones (bench/lsp-latency.mjs: the 95th percentile). After a build has ended, and before any newer
 * one starts, this asks V8 for a scavenge: the next edit starts with an empty young generation, so
 * it allocates all it needs without a pause. The work is the same (a scavenge costs what survives
 * it: the new syntax tree and model, live either way); it moves to the time between keystrokes.
 *
 * V8 gives a script the collector only with `--expose-gc`; set at run time (as jest's leak detector
 * does), the function comes from a new context. Where that is not possible the server runs as before.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { PartnershipServices } from '../partnership-module.js';
import { PartnershipDocumentBuilder } from '../workspace/document-builder.js';

type Collect = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

/** V8's collector, or undefined when this Node does not give it. */
export function exposedCollector(): Collect | undefined {
    const existing = (globalThis as { gc?: Collect }).gc;
    if (typeof existing === 'function') return existing;
    try {
        setFlagsFromString('--expose-gc');
        const collect = runInNewContext('gc') as unknown;
        return typeof collect === 'function' ? collect as Collect : undefined;
    } catch {
        return undefined;
    }
}

export interface IdleCollection {
    /** Scavenges asked for so far (tests, the bench). */
    readonly collections: number;
}

/**
 * After each build (finished or cancelled), when the event loop has nothing more urgent (messages
 * that arrived meanwhile are handled first) and no newer build has started, one scavenge.
 */
export function collectWhenIdle(services: PartnershipServices, collect: Collect | undefined): IdleCollection | undefined {
    const builder = services.shared.workspace.DocumentBuilder;
    if (!collect || !(builder instanceof PartnershipDocumentBuilder)) return undefined;
    const state = { collections: 0 };
    let pending: ReturnType<typeof setTimeout> | undefined;
    builder.buildListeners.add({
        start() {
            if (pending) clearTimeout(pending);
            pending = undefined;
        },
        end() {
            if (pending) clearTimeout(pending);
            // A timer, not setImmediate: a message already read (a newer edit) starts its build first.
            pending = setTimeout(() => {
                pending = undefined;
                state.collections++;
                collect({ type: 'minor' });
            }, 0);
        }
    });
    return state;
}
