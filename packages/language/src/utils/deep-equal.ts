/**
 * Equality of plain data (what JSON carries: objects, arrays, strings, numbers, booleans, null), as
 * JSON would see it: a property whose value is undefined counts as absent. Used to tell whether a
 * document's findings or diagnostics are the same as the last build's, so that what is unchanged
 * is reused and not sent again.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Finding } from '../model/types.js';

export function deepEqual(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
        return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
        const other = b as unknown[];
        if (a.length !== other.length) return false;
        for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], other[i])) return false;
        return true;
    }
    // Anything but a plain object (a Map, a Date, a class instance) is equal only to itself.
    if (!isPlain(a as object) || !isPlain(b as object)) return false;
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    // The common case: the same keys in the same order (objects made by the same code).
    const xKeys = Object.keys(x);
    const yKeys = Object.keys(y);
    if (xKeys.length === yKeys.length) {
        let same = true;
        for (let i = 0; i < xKeys.length && same; i++) same = xKeys[i] === yKeys[i];
        if (same) {
            for (const key of xKeys) if (!deepEqual(x[key], y[key])) return false;
            return true;
        }
    }
    let count = 0;
    for (const key in x) {
        if (!Object.prototype.hasOwnProperty.call(x, key) || x[key] === undefined) continue;
        count++;
        if (!deepEqual(x[key], y[key])) return false;
    }
    for (const key in y) {
        if (Object.prototype.hasOwnProperty.call(y, key) && y[key] !== undefined) count--;
    }
    return count === 0;
}

function isPlain(value: object): boolean {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}

interface RangeLike { start: { line: number; character: number }; end: { line: number; character: number } }

export function sameRange(a: RangeLike, b: RangeLike): boolean {
    return a === b || (a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character);
}

function sameLocation(a: { uri: string; range: RangeLike }, b: { uri: string; range: RangeLike }): boolean {
    return a === b || (a.uri === b.uri && sameRange(a.range, b.range));
}

/**
 * Two lists of findings are the same in every field a finding has (code, severity, message,
 * location, element, related locations, fix), in order: what the diagnostics made of them read.
 */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameFinding(a[i], b[i])) return false;
    return true;
}

/** Two findings are the same in every field (sameFindings). */
export function sameFinding(x: Finding, y: Finding): boolean {
    if (x === y) return true;
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message || !sameLocation(x.location, y.location)) return false;
    if (x.element !== y.element && (x.element?.kind !== y.element?.kind || x.element?.name !== y.element?.name)) return false;
    if (x.related.length !== y.related.length) return false;
    for (let j = 0; j < x.related.length; j++) {
        if (x.related[j].message !== y.related[j].message || !sameLocation(x.related[j].location, y.related[j].location)) return false;
    }
    return deepEqual(x.fix, y.fix);
}

const DIAGNOSTIC_FIELDS = new Set(['range', 'severity', 'code', 'message', 'source', 'codeDescription', 'relatedInformation', 'data']);

/** Two lists of diagnostics are equal as JSON (the common fields compared directly, any other one deeply). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y) continue;
        if (!sameRange(x.range, y.range) || x.severity !== y.severity || x.code !== y.code || x.message !== y.message || x.source !== y.source) return false;
        if (x.codeDescription?.href !== y.codeDescription?.href) return false;
        const xr = x.relatedInformation ?? [];
        const yr = y.relatedInformation ?? [];
        if ((x.relatedInformation === undefined) !== (y.relatedInformation === undefined) || xr.length !== yr.length) return false;
        for (let j = 0; j < xr.length; j++) {
            if (xr[j].message !== yr[j].message || !sameLocation(xr[j].location, yr[j].location)) return false;
        }
        if (!deepEqual(x.data, y.data)) return false;
        for (const key in x) {
            if (!DIAGNOSTIC_FIELDS.has(key) && !deepEqual((x as unknown as Record<string, unknown>)[key], (y as unknown as Record<string, unknown>)[key])) return false;
        }
        for (const key in y) {
            if (!DIAGNOSTIC_FIELDS.has(key) && !(key in x) && (y as unknown as Record<string, unknown>)[key] !== undefined) return false;
        }
    }
    return true;
}
