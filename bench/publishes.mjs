// What the LSP benches share: every `publishDiagnostics` of a server with its arrival time and a
// global sequence number, and `until(condition)`, which resolves (with the condition's value) as
// soon as a publish makes it true.

/**
 * @param connection a vscode-jsonrpc MessageConnection to the server (not yet listening)
 * @param stderr the server's stderr chunks, shown when a wait times out
 * @param options keep: how many publishes to keep per document (all when undefined); waitMs: the default timeout
 */
export function trackPublishes(connection, stderr, { keep, waitMs = 120_000 } = {}) {
    let sequence = 0;
    const publishes = new Map(); // uri -> [{ seq, at, diagnostics }]
    const listeners = new Set();
    const notify = () => {
        for (const listener of [...listeners]) listener();
    };
    connection.onNotification('textDocument/publishDiagnostics', params => {
        const list = publishes.get(params.uri) ?? [];
        list.push({ seq: ++sequence, at: performance.now(), diagnostics: params.diagnostics });
        if (keep !== undefined && list.length > keep) list.shift();
        publishes.set(params.uri, list);
        notify();
    });
    /** Resolves when `condition()` gives a value other than undefined or false (checked now and after each publish). */
    const until = (condition, what, timeoutMs = waitMs) => new Promise((resolve, reject) => {
        const check = () => {
            const value = condition();
            if (value !== undefined && value !== false) {
                finish();
                resolve(value);
            }
        };
        const timer = setTimeout(() => {
            finish();
            reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${stderr.join('').slice(-2000)}`));
        }, timeoutMs);
        const finish = () => {
            clearTimeout(timer);
            listeners.delete(check);
        };
        listeners.add(check);
        check();
    });
    return { publishes, listeners, until, sequence: () => sequence };
}
