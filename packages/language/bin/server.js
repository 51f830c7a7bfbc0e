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
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Started by hand (to check an install) rather than by an editor: say what it is and how to use it,
// in a line or two, instead of the connection's own error.
const args = process.argv.slice(2);
const TRANSPORTS = ['--stdio', '--node-ipc'];
if (args.includes('--version') || args.includes('-v')) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${version}\n`);
    process.exit(0);
}
const USAGE = `Usage: partnership-language-server --stdio

The language server of .partnership files, for editors that speak the Language Server Protocol: an
editor starts it and talks to it over stdin/stdout (--stdio; also --node-ipc, --socket=PORT or
--pipe=NAME). Set-ups for Neovim, Helix, Emacs and Zed:
https://github.com/partnership-lang/partnership-lang/blob/main/docs/editors.md
`;
if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
}
if (!args.some(arg => TRANSPORTS.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
    process.stderr.write(`partnership-language-server: no connection to an editor given (--stdio, say).\n\n${USAGE}`);
    process.exit(2);
}

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
