/**
 * Headless Chromium driven over the Chrome DevTools Protocol through a pipe (`--remote-debugging-pipe`:
 * commands go to the browser's fd 3 and its answers and events come from fd 4, one JSON message per
 * NUL-terminated chunk). No library: the few commands the tests need, a page session to send them
 * to, and waiting for events. https://chromedevtools.github.io/devtools-protocol/
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Message {
    id?: number;
    method?: string;
    params?: Record<string, unknown>;
    result?: Record<string, unknown>;
    error?: { message: string };
    sessionId?: string;
}

export interface CdpEvent {
    method: string;
    params: Record<string, unknown>;
    sessionId?: string;
}

export class Cdp {
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
    private readonly waiters: Array<{ test: (event: CdpEvent) => boolean; resolve: (event: CdpEvent) => void }> = [];
    /** Every event received, in order. */
    readonly events: CdpEvent[] = [];
    /** The page's session, after `openPage`. */
    session?: string;

    private constructor(private readonly child: ChildProcess, private readonly profile: string, private readonly input: Writable, output: Readable) {
        let buffer = '';
        output.setEncoding('utf8');
        output.on('data', (chunk: string) => {
            buffer += chunk;
            let end: number;
            while ((end = buffer.indexOf('\0')) >= 0) {
                const message = JSON.parse(buffer.slice(0, end)) as Message;
                buffer = buffer.slice(end + 1);
                this.receive(message);
            }
        });
    }

    static launch(binary: string, args: string[] = []): Cdp {
        const profile = mkdtempSync(path.join(tmpdir(), 'partnership-cdp-'));
        const child = spawn(binary, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'],
            { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
        return new Cdp(child, profile, child.stdio[3] as Writable, child.stdio[4] as Readable);
    }

    private receive(message: Message): void {
        if (message.id !== undefined) {
            const call = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error) call?.reject(new Error(message.error.message));
            else call?.resolve(message.result ?? {});
            return;
        }
        if (!message.method) return;
        const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
        this.events.push(event);
        for (let i = this.waiters.length - 1; i >= 0; i--) {
            if (this.waiters[i].test(event)) this.waiters.splice(i, 1)[0].resolve(event);
        }
    }

    /** A command to the browser (no session) or, with `page`, to the page's session. */
    send(method: string, params: Record<string, unknown> = {}, page = false): Promise<Record<string, unknown>> {
        const id = this.nextId++;
        const message: Message = { id, method, params, ...(page ? { sessionId: this.session } : {}) };
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.input.write(`${JSON.stringify(message)}\0`);
        });
    }

    /** Resolves with the first event (past or future) that passes `test`, or rejects after `ms`. */
    waitFor(test: (event: CdpEvent) => boolean, ms = 20_000, past = true): Promise<CdpEvent> {
        const seen = past ? this.events.find(test) : undefined;
        if (seen) return Promise.resolve(seen);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('timed out waiting for a DevTools event')), ms);
            this.waiters.push({ test, resolve: event => { clearTimeout(timer); resolve(event); } });
        });
    }

    /** Attaches to the first page and enables the domains the tests read. */
    async openPage(): Promise<void> {
        const { targetInfos } = await this.send('Target.getTargets') as { targetInfos: Array<{ targetId: string; type: string }> };
        const page = targetInfos.find(target => target.type === 'page');
        if (!page) throw new Error('Chromium opened no page');
        const { sessionId } = await this.send('Target.attachToTarget', { targetId: page.targetId, flatten: true }) as { sessionId: string };
        this.session = sessionId;
        for (const domain of ['Page', 'Runtime', 'Log']) await this.send(`${domain}.enable`, {}, true);
    }

    async navigate(url: string): Promise<void> {
        const loaded = this.waitFor(event => event.method === 'Page.loadEventFired' && event.sessionId === this.session, 20_000, false);
        await this.send('Page.navigate', { url }, true);
        await loaded;
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value. */
    async evaluate<T>(expression: string): Promise<T> {
        const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, true) as
            { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
        if (exceptionDetails) throw new Error(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
        return result.value as T;
    }

    /** One key pressed and released, as a keyboard sends it. */
    async press(key: 'Tab' | 'Enter' | 'ArrowRight' | 'ArrowLeft' | 'Space', times = 1): Promise<void> {
        const codes = { Tab: 9, Enter: 13, ArrowRight: 39, ArrowLeft: 37, Space: 32 } as const;
        const named = key === 'Space' ? ' ' : key;
        const text = key === 'Enter' ? '\r' : key === 'Space' ? ' ' : undefined;
        for (let i = 0; i < times; i++) {
            await this.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', key: named, code: key, windowsVirtualKeyCode: codes[key], ...(text ? { text } : {}) }, true);
            await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key: named, code: key, windowsVirtualKeyCode: codes[key] }, true);
        }
    }

    /** Text typed into the focused field. */
    async type(text: string): Promise<void> {
        await this.send('Input.insertText', { text }, true);
    }

    async close(): Promise<void> {
        const exited = new Promise<void>(resolve => {
            if (this.child.exitCode !== null) resolve();
            else this.child.once('exit', () => resolve());
        });
        await this.send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
    }
}
