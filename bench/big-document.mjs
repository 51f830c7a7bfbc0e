// One big single-file network for the language server's memory bench and abuse tests.
import { mulberry32 } from './generate-network.mjs';

/**
 * One file of `partners` partners and about twice as many ties (seeded, random pairs), with no
 * network declaration (loose). Deterministic.
 */
export function bigDocument(partners, tiesPerPartner = 2) {
    const random = mulberry32(7);
    const sectors = ['nonprofit', 'government', 'education', 'business', 'faith', 'resident'];
    const lines = [];
    for (let p = 0; p < partners; p++) lines.push(`partner P${p} "Partner ${p}" {`, `    sector ${sectors[p % sectors.length]}`, '}', '');
    const seen = new Set();
    for (let ties = 0; ties < partners * tiesPerPartner;) {
        const a = Math.floor(random() * partners);
        const b = Math.floor(random() * partners);
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        ties++;
        lines.push(`tie P${a} -- P${b} {`, '    effort 1 hour/month', `    P${a} gives data`, `    P${b} gives expertise`, '}', '');
    }
    return lines.join('\n');
}

/**
 * One file of `partners` partners with a sector no vocabulary knows, no role and no tie: three
 * findings each (unknown-sector, an error; isolated-partner and partner-without-role, warnings),
 * one partner a line, partner P<i> on line i + 1. For the tests of documents with more findings
 * than a call's arguments can hold (about 125,000).
 */
export function manyFindingsDocument(partners) {
    const lines = [];
    for (let p = 0; p < partners; p++) lines.push(`partner P${p} { sector zzz }`);
    return lines.join('\n') + '\n';
}
