/**
 * Guards the language server's stdin against broken message framing. vscode-jsonrpc reads
 * `Content-Length: N\r\n\r\n` + N bytes; after a header without a valid length it never finds the
 * start of a message again and the server stops answering for good. This stream sits in front of it
 * and passes only well-formed frames: a header block whose lines are `Name: value` with a numeric
 * Content-Length, followed by that many bytes. Anything else is dropped up to the next
 * `Content-Length:`, and reported, so the server picks up again at the next well-formed message.
 * (A frame whose length is wrong but numeric is passed on: its body fails to parse, which
 * vscode-jsonrpc reports, and what is left of it is dropped here as garbage.)
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /content-length:/i;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*(.*)$/;
/** A header block longer than this without its end is garbage. */
const MAX_HEADER = 8 * 1024;

export class FramingGuard extends Transform {
    /** Header bytes not yet complete. */
    private pending: Buffer = Buffer.alloc(0);
    /** Body bytes still to pass through unchanged. */
    private body = 0;

    constructor(private readonly report: (problem: string) => void) {
        super();
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
        let data = chunk;
        while (data.length > 0) {
            if (this.body > 0) {
                const take = Math.min(this.body, data.length);
                this.push(data.subarray(0, take));
                this.body -= take;
                data = data.subarray(take);
                continue;
            }
            this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
            data = Buffer.alloc(0);
            data = this.readHeader();
        }
        done();
    }

    /** Consumes a header from `pending` if one is complete; returns the bytes after it. */
    private readHeader(): Buffer {
        let dropped = 0;
        let problem = '';
        const drop = (what: string) => {
            problem ||= what;
            dropped += this.skipGarbage();
        };
        try {
            for (;;) {
                const end = this.pending.indexOf(HEADER_END);
                if (end < 0) {
                    if (this.pending.length > MAX_HEADER) drop('a header without an end');
                    return Buffer.alloc(0);
                }
                const lines = this.pending.subarray(0, end).toString('latin1').split('\r\n');
                let length: number | undefined;
                const valid = lines.every(line => {
                    const match = HEADER_LINE.exec(line);
                    if (match && /^content-length:/i.test(line)) length = /^\d+$/.test(match[1].trim()) ? Number(match[1].trim()) : NaN;
                    return match !== null;
                });
                if (valid && length !== undefined && Number.isSafeInteger(length)) {
                    this.push(this.pending.subarray(0, end + HEADER_END.length));
                    const rest = this.pending.subarray(end + HEADER_END.length);
                    this.pending = Buffer.alloc(0);
                    this.body = length;
                    return rest;
                }
                drop(!valid ? 'bytes that are not a header' : length === undefined ? 'a header without Content-Length' : 'a Content-Length that is not a number');
            }
        } finally {
            if (dropped > 0) this.report(`ignored ${dropped} bytes of malformed input (${problem})`);
        }
    }

    /**
     * Drops `pending` up to the next `Content-Length:` after its start, or, when there is none, all
     * but what could be the start of one (always at least a byte); returns how many bytes it dropped.
     */
    private skipGarbage(): number {
        const text = this.pending.toString('latin1');
        const next = text.slice(1).search(CONTENT_LENGTH);
        const dropped = next < 0 ? Math.max(1, text.length - 15) : next + 1;
        this.pending = this.pending.subarray(dropped);
        return dropped;
    }
}
