import { build, covered } from './helpers.js';

/** Findings of one rule code in a single-file network: `covered text | message`. */
export async function findings(code: string, text: string, options: { today?: string } = {}) {
    const built = await build({ 'net/main.partnership': text }, options);
    const document = built.documents.get('net/main.partnership')!;
    const all = built.diagnostics('net/main.partnership');
    const errors = all.filter(d => d.severity === 1 && !['over-budget'].includes(String(d.code)));
    if (errors.length > 0) throw new Error(`unexpected errors: ${errors.map(e => `${e.code}: ${e.message}`).join('; ')}`);
    return all.filter(d => d.code === code).map(d => ({
        text: covered(document, d),
        message: d.message,
        severity: d.severity,
        related: (d.relatedInformation ?? []).map(r => `${r.location.range.start.line + 1}: ${r.message}`),
        data: d.data
    }));
}
