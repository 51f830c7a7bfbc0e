/** The language server, Node entry point: `node out/main.js --stdio`. */
import './polyfill.js';
import { format } from 'node:util';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createPartnershipServices } from './partnership-module.js';
import { configureFromInitialization } from './lsp/settings.js';
import { reportBuildProgress } from './lsp/progress.js';
import { FramingGuard } from './lsp/framing.js';
import { collectWhenIdle, exposedCollector } from './lsp/idle-gc.js';

/**
 * Over stdio, stdin goes through a FramingGuard so that malformed input costs a message, not the
 * connection. Given streams, vscode-languageserver no longer redirects `console` (as it does for
 * `--stdio`) away from stdout, the protocol channel: done here.
 */
function connect(): Connection {
    if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
    const input = process.stdin.pipe(new FramingGuard(problem => process.stderr.write(`partnership language server: ${problem}\n`)));
    const connection = createConnection(ProposedFeatures.all, input, process.stdout);
    console.log = (...args: unknown[]) => connection.console.log(format(...args));
    console.info = (...args: unknown[]) => connection.console.info(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
    console.debug = (...args: unknown[]) => connection.console.debug(format(...args));
    return connection;
}

const connection = connect();
const { shared, Partnership } = createPartnershipServices({ connection, ...NodeFileSystem });
configureFromInitialization(Partnership);
reportBuildProgress(Partnership);
collectWhenIdle(Partnership, exposedCollector());
startLanguageServer(shared);
