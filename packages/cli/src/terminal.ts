/** What the terminal on stdout can show: colour, OSC 8 hyperlinks, its width. */
import { createSupportsHyperlinks } from 'supports-hyperlinks';

/**
 * Colour and other styling: never when NO_COLOR is set (to anything but ''), forced on by
 * FORCE_COLOR (other than 0 or false), else only on a terminal that is not TERM=dumb.
 */
export function colourOn(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.NO_COLOR) return false;
    if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/**
 * OSC 8 hyperlinks, as supports-hyperlinks decides: on a terminal known to show them
 * (iTerm2, VS Code's, WezTerm, VTE-based ones, Windows Terminal...), never when piped or in CI;
 * FORCE_HYPERLINK=1 forces them on, FORCE_HYPERLINK=0 off.
 */
export function hyperlinksOn(stream: NodeJS.WriteStream = process.stdout): boolean {
    return createSupportsHyperlinks(stream);
}

/** `text` as an OSC 8 hyperlink to `url` (terminals without support show `text` alone). */
export function hyperlink(url: string, text: string): string {
    return `\u001B]8;;${url}\u001B\\${text}\u001B]8;;\u001B\\`;
}

/** Columns to wrap text at: the terminal's width (at most 100), or 80 when stdout is no terminal. */
export function textWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
    return stream.isTTY && stream.columns ? Math.max(40, Math.min(stream.columns, 100)) : 80;
}
