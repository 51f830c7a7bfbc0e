/**
 * A minimal language client for end-to-end tests: spawns the built language server
 * (`packages/language/bin/server.js --stdio`), speaks JSON-RPC to it over stdio the way an editor
 * does, and records every `textDocument/publishDiagnostics` notification by URI.
 *
 * `useLspServer` sets up what every such test file shares: a temporary workspace, one server for
 * the whole file, and the checks of a clean shutdown.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
// The same vscode-jsonrpc (9.0.3) as the server and Langium: one copy in the tree (see package.json's overrides).
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
// Only method names and types come from the protocol package: its message type objects carry
// its own copy of vscode-jsonrpc (8.2.0), whose parameter-structure markers the connection of
// vscode-jsonrpc 8.2.1 does not recognise ("Unknown parameter structure byName").
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, ShutdownRequest,
    type ClientCapabilities, type DidChangeTextDocumentParams, type DidOpenTextDocumentParams, type Diagnostic,
    type InitializeParams, type InitializeResult, type LogMessageParams, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';

export const SERVER_PATH = fileURLToPath(new URL('../packages/language/bin/server.js', import.meta.url));
/** What bin/server.js loads: the build output. */
const BUILT_SERVER = fileURLToPath(new URL('../packages/language/out/main.js', import.meta.url));

/** What an editor with diagnostics support would announce (no dynamic registration, no pull config). */
const CLIENT_CAPABILITIES: ClientCapabilities = {
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
        publishDiagnostics: {
            relatedInformation: true,
            codeDescriptionSupport: true,
            dataSupport: true,
            versionSupport: false,
            tagSupport: { valueSet: [1, 2] }
        }
    },
    workspace: { workspaceFolders: true }
};

export interface StartOptions {
    /** Folder URI of the (single) workspace folder. */
    rootUri: string;
    initializationOptions?: unknown;
    /** Announce `window.workDoneProgress`: the server may then create progress and report it (see `progress`). */
    workDoneProgress?: boolean;
    /** The server's executable, run with `--stdio` (default: the workspace's built packages/language/bin/server.js under this Node). */
    command?: string;
}

export interface Exit {
    code: number | null;
    signal: NodeJS.Signals | null;
}

type DiagnosticsPredicate = (diagnostics: Diagnostic[]) => boolean;

export class LspClient {
    readonly connection: MessageConnection;
    /** Latest published diagnostics per URI, exactly as the server spelled the URI. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** `window/logMessage` and stderr output, for failure messages. */
    readonly log: string[] = [];
    /** Requests the server sent to us that we do not implement (answered with null). */
    readonly unexpectedRequests: string[] = [];
    /** Work-done progress the server created (`window/workDoneProgress/create`) and reported (`$/progress`), in order. */
    readonly progress: Array<{ token: string | number; value?: { kind: string; title?: string; message?: string } }> = [];
    /** Resolves when the server process exits. */
    readonly exited: Promise<Exit>;
    exit: Exit | undefined;

    private readonly listeners = new Set<() => void>();
    private readonly versions = new Map<string, number>();

    private constructor(readonly child: ChildProcessWithoutNullStreams, private readonly workDoneProgress = false) {
        this.exited = new Promise(resolve => child.once('exit', (code, signal) => {
            this.exit = { code, signal };
            this.notify();
            resolve(this.exit);
        }));
        // Writing to a dead server must fail the test that waits, not crash the test runner.
        child.stdin.on('error', error => this.log.push(`stdin: ${error.message}`));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.log.push(`stderr: ${withoutStackFrames(chunk)}`));

        this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.notify();
        });
        this.connection.onNotification(LogMessageNotification.method, (params: LogMessageParams) => {
            this.log.push(`log: ${withoutStackFrames(params.message)}`);
        });
        this.connection.onRequest((method: string, params: unknown) => {
            if (method === 'window/workDoneProgress/create' && this.workDoneProgress) {
                this.progress.push({ token: (params as { token: string | number }).token });
                return null;
            }
            this.unexpectedRequests.push(method);
            return null;
        });
        this.connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; title?: string; message?: string } }) => {
            this.progress.push(params);
            this.notify();
        });
        this.connection.onError(([error]) => this.log.push(`connection: ${error.message}`));
        this.connection.listen();
    }

    /** Spawns the server and runs the `initialize` / `initialized` handshake. */
    static async start(options: StartOptions): Promise<{ client: LspClient; initializeResult: InitializeResult }> {
        if (!options.command && !existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing; run \`npm run build\` first.`);
        const child = options.command
            ? spawn(options.command, ['--stdio'], { stdio: 'pipe' })
            : spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
        const client = new LspClient(child, options.workDoneProgress);
        try {
            const params: InitializeParams = {
                processId: process.pid,
                rootUri: options.rootUri,
                workspaceFolders: [{ uri: options.rootUri, name: 'workspace' }],
                capabilities: options.workDoneProgress ? { ...CLIENT_CAPABILITIES, window: { workDoneProgress: true } } : CLIENT_CAPABILITIES,
                initializationOptions: options.initializationOptions
            };
            const initializeResult = await withTimeout(
                client.connection.sendRequest<InitializeResult>(InitializeRequest.method, params), 10_000, 'initialize request');
            await client.connection.sendNotification(InitializedNotification.method, {});
            return { client, initializeResult };
        } catch (error) {
            await client.kill();
            throw error;
        }
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        const params: DidOpenTextDocumentParams = { textDocument: { uri, languageId: 'partnership', version: 1, text } };
        await this.connection.sendNotification(DidOpenTextDocumentNotification.method, params);
    }

    /** Replaces the whole text of an open document (full text sync). */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        const params: DidChangeTextDocumentParams = { textDocument: { uri, version }, contentChanges: [{ text }] };
        await this.connection.sendNotification(DidChangeTextDocumentNotification.method, params);
    }

    /**
     * Resolves with the latest diagnostics published for `uri` as soon as they satisfy `predicate`
     * (checked against what is already known, then after every new publish for that URI). The
     * server publishes asynchronously and may publish a URI several times per edit, so callers
     * should wait for the state they expect rather than for "the next" publish; after an edit, the
     * predicate must be false for the diagnostics from before the edit, or it matches stale ones.
     */
    waitForDiagnostics(uri: string, predicate: DiagnosticsPredicate, timeoutMs = 10_000): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const check = () => {
                const latest = this.diagnostics.get(uri);
                if (latest && predicate(latest)) {
                    finish();
                    resolve(latest);
                } else if (this.exit) {
                    finish();
                    reject(new Error(`The server exited (${JSON.stringify(this.exit)}) while waiting for diagnostics of ${uri}.\n${this.describe(uri)}`));
                }
            };
            const timer = setTimeout(() => {
                finish();
                reject(new Error(`No diagnostics satisfying the predicate for ${uri} within ${timeoutMs} ms.\n${this.describe(uri)}`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.listeners.delete(check);
            };
            this.listeners.add(check);
            check();
        });
    }

    /** `shutdown` request, then `exit` notification; kills the process if it does not exit by itself. */
    async shutdown(timeoutMs = 5_000): Promise<Exit> {
        if (!this.exit) {
            try {
                await withTimeout(this.connection.sendRequest(ShutdownRequest.method), timeoutMs, 'shutdown request');
                await this.connection.sendNotification(ExitNotification.method);
                await withTimeout(this.exited, timeoutMs, 'server exit');
            } catch (error) {
                this.log.push(`shutdown: ${(error as Error).message}`);
            }
        }
        return this.kill();
    }

    /** Kills the process if still running (idempotent) and disposes of the connection. */
    async kill(): Promise<Exit> {
        if (!this.exit) this.child.kill();
        const exit = await this.exited;
        this.connection.dispose();
        return exit;
    }

    private notify(): void {
        for (const listener of [...this.listeners]) listener();
    }

    private describe(uri: string): string {
        const published = [...this.diagnostics.keys()].join(', ') || '(none)';
        return [
            `Latest diagnostics for it: ${truncate(JSON.stringify(this.diagnostics.get(uri) ?? null, null, 1), 4_000)}`,
            `URIs with diagnostics: ${published}`,
            `Server log (last 20 lines):`,
            ...this.log.slice(-20)
        ].join('\n');
    }
}

/** The server of a test file, as `useLspServer` sets it up. */
export interface LspServer {
    /** The started client; only once the `beforeAll` hook of `useLspServer` has run. */
    readonly client: LspClient;
    /** The temporary workspace folder (the single workspace folder of the server). */
    readonly workspace: string;
    readonly initializeResult: InitializeResult;
    /** Writes a file into the workspace (as a user would create it), opens it in the "editor" and returns its URI. */
    openFile(path: string, text: string): Promise<string>;
}

/**
 * Registers the vitest hooks of a test file that drives one language server: `beforeAll` creates a
 * temporary workspace (`partnership-lsp-<name>-...` in the system temp folder) and starts the server
 * with it as root; `afterAll` shuts the server down, removes the workspace and asserts that the
 * server exited cleanly and asked nothing unexpected of the client. Call it at the top level of the
 * test file, before any hook that uses the server.
 */
export function useLspServer(name: string, options: Omit<StartOptions, 'rootUri'> = {}): LspServer {
    let workspace: string | undefined;
    let started: { client: LspClient; initializeResult: InitializeResult } | undefined;

    beforeAll(async () => {
        workspace = mkdtempSync(join(tmpdir(), `partnership-lsp-${name}-`));
        started = await LspClient.start({ ...options, rootUri: pathToFileURL(workspace).href });
    });

    afterAll(async () => {
        const client = started?.client;
        const exit = await client?.shutdown();
        if (workspace) rmSync(workspace, { recursive: true, force: true });
        if (!client) return; // beforeAll failed and said why
        // A clean shutdown: the server leaves by itself after `shutdown` + `exit`, with code 0.
        expect(exit, `the server's exit; its log:\n${client.log.slice(-40).join('\n')}`).toEqual({ code: 0, signal: null });
        // The server asked nothing of the client that these capabilities do not announce (the
        // client announces no refresh support, for one, so the server asks for no refresh).
        expect(client.unexpectedRequests).toEqual([]);
    });

    const server = (): { client: LspClient; initializeResult: InitializeResult } => {
        if (!started) throw new Error(`The language server of '${name}' is not started (used outside a test or hook, or beforeAll failed).`);
        return started;
    };
    const folder = (): string => {
        if (workspace === undefined) throw new Error(`The workspace of '${name}' is not created yet (used outside a test or hook).`);
        return workspace;
    };

    return {
        get client() {
            return server().client;
        },
        get workspace() {
            return folder();
        },
        get initializeResult() {
            return server().initializeResult;
        },
        // Not a method using `this`: test files may take it out of the object.
        openFile: async (path: string, text: string): Promise<string> => {
            const file = join(folder(), path);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, text);
            const uri = pathToFileURL(file).href;
            await server().client.open(uri, text);
            return uri;
        }
    };
}

/**
 * Drops `    at ...` lines: the server's stack traces are long, and vitest would take them for the
 * stack of the test's own error.
 */
function withoutStackFrames(text: string): string {
    return text.split('\n').filter(line => !/^\s+at /.test(line)).join('\n');
}

function truncate(text: string, length: number): string {
    return text.length <= length ? text : `${text.slice(0, length)}... (${text.length - length} more characters)`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
