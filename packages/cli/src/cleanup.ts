/**
 * What a run creates only for a while (a temporary file being written, the temporary copy of a git
 * ref) is removed however the run ends: when it is done with, when the process exits, and when it
 * is interrupted (SIGINT, SIGTERM, SIGHUP), after which the process exits as the signal would have
 * ended it (130, 143, 129). The signal handlers are installed only while something is tracked, so
 * the rest of the time a signal does what it always does.
 */
import { rmSync } from 'node:fs';

const tracked = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof SIGNALS;

function removeAll(): void {
    for (const entry of tracked) {
        try {
            rmSync(entry, { recursive: true, force: true });
        } catch {
            // Nothing more can be done on the way out.
        }
    }
    tracked.clear();
}

function onSignal(signal: Signal): void {
    removeAll();
    process.exit(SIGNALS[signal]);
}

const handlers = Object.fromEntries((Object.keys(SIGNALS) as Signal[]).map(signal => [signal, () => onSignal(signal)])) as Record<Signal, () => void>;

function install(): void {
    for (const signal of Object.keys(SIGNALS) as Signal[]) process.on(signal, handlers[signal]);
    process.on('exit', removeAll);
}

function uninstall(): void {
    for (const signal of Object.keys(SIGNALS) as Signal[]) process.removeListener(signal, handlers[signal]);
    process.removeListener('exit', removeAll);
}

/**
 * Tracks a file or folder to remove if the run ends before `release` is called; `release` stops
 * tracking it (it was renamed into place or removed already).
 */
export function removeOnExit(entry: string): () => void {
    if (tracked.size === 0) install();
    tracked.add(entry);
    return () => {
        if (!tracked.delete(entry)) return;
        if (tracked.size === 0) uninstall();
    };
}
