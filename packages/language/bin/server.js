#!/usr/bin/env node
// The language server over stdio (`partnership-language-server --stdio`).
//
// Every edit rebuilds the network's model, graph and findings: many short-lived objects. With
// V8's default young generation (16 MB semi-spaces) many of them survive into the old generation
// and cost full collections; 64 MB semi-spaces cut the 95th-percentile edit → diagnostics time by
// about a fifth on a 1,000-partner network (bench/lsp-latency.mjs). The flag must be given when
// Node starts, so over stdio the server restarts itself once with it, sharing stdin/stdout/stderr,
// unless the flag (or NODE_OPTIONS with it) is already there. Other transports start in place.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FLAG = '--max-semi-space-size=64';
const hasFlag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some(arg => arg.startsWith('--max-semi-space-size'));

if (process.argv.includes('--stdio') && !hasFlag) {
    const child = spawn(process.execPath, [FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    child.on('error', error => {
        process.stderr.write(`partnership language server: cannot start: ${error.message}\n`);
        process.exit(1);
    });
} else {
    await import('../out/main.js');
}
