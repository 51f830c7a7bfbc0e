/** A one-line progress bar on stderr, only when stderr is a terminal. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): ((phase: string, done: number, total: number, unit?: string) => void) & { done(): void } {
    const enabled = Boolean(stream.isTTY) && !process.env.CI;
    let last = 0;
    let shown = false;
    const update = (phase: string, done: number, total: number, unit = 'files') => {
        if (!enabled) return;
        const now = Date.now();
        if (done < total && now - last < 80) return;
        last = now;
        const width = 24;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        stream.write(`\r${phase.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${unit}\x1b[K`);
        shown = true;
    };
    return Object.assign(update, {
        done() {
            if (shown) stream.write('\r\x1b[K');
        }
    });
}
