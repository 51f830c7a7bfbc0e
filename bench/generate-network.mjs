// Writes a synthetic network of N partners and about 5 ties per partner, split over F files, for
// timing the CLI and the language server at scale. Deterministic (seeded).
//   node bench/generate-network.mjs <folder> [partners=10000] [files=20] [tiesPerPartner=5]
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * mulberry32: a seeded 32-bit generator of numbers in [0, 1) whose arithmetic stays exact in doubles
 * (an LCG with a 31-bit multiplier overflows 2^53 and falls into a short cycle).
 */
export function mulberry32(seed) {
    let state = seed | 0;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function generateNetwork(folder, partners = 10000, files = 20, tiesPerPartner = 5) {
    const random = mulberry32(42);
    const sectors = ['nonprofit', 'government', 'education', 'research', 'healthcare', 'business', 'faith', 'community-group', 'philanthropy', 'media', 'resident'];
    const values = ['funding', 'staff-time', 'volunteers', 'data', 'expertise', 'facilitation', 'connections', 'space'];
    const roles = 20;
    mkdirSync(folder, { recursive: true });
    const chunks = Array.from({ length: files }, () => []);
    const header = [`network Synthetic "Synthetic network of ${partners} partners" {`, '    us P0', `    budget ${partners * 4} hours/month`, '    backbone P1', '    checkin every 3 months', '}', ''];
    for (let g = 0; g < 5; g++) header.push(`goal G${g} "Goal ${g}"`, '');
    for (let r = 0; r < roles; r++) {
        header.push(`role R${r} {`, `    provides ${values[r % values.length]}`, `    serves G${r % 5}`, '    commitment 1 hour/month', '}', '');
    }
    for (let p = 0; p < partners; p++) {
        chunks[p % files].push(`partner P${p} "Partner ${p}" {`, `    sector ${sectors[p % sectors.length]}`, `    plays R${p % roles}`, '    capacity 400 hours/month', '}', '');
    }
    const seen = new Set();
    const edges = [];
    let ties = 0;
    const target = Math.round(partners * tiesPerPartner);
    while (ties < target) {
        const a = Math.floor(random() * partners);
        const b = Math.floor(random() * partners);
        if (a === b) continue;
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push([`P${a}`, `P${b}`]);
        chunks[ties % files].push(`tie P${a} -- P${b} {`, '    effort 1 hour/month', `    trust reliability ${1 + (ties % 5)} mission 4 openness 3`,
            `    P${a} gives ${values[ties % values.length]}`, `    P${b} gives ${values[(ties + 3) % values.length]}`, '}', '');
        ties++;
    }
    writeFileSync(path.join(folder, 'network.partnership'), header.join('\n'));
    chunks.forEach((lines, i) => writeFileSync(path.join(folder, `part-${String(i).padStart(2, '0')}.partnership`), lines.join('\n')));
    return {
        partners,
        ties,
        files: files + 1,
        /** The same graph as an edge list (every tie has effort 1 hour/month), for NetworkX and igraph. */
        nodes: Array.from({ length: partners }, (_, p) => ({ id: `P${p}`, sector: sectors[p % sectors.length] })),
        edges
    };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [folder, partners, files, perPartner] = process.argv.slice(2);
    if (!folder) {
        console.error('usage: node bench/generate-network.mjs <folder> [partners] [files] [tiesPerPartner]');
        process.exit(2);
    }
    const result = generateNetwork(folder, Number(partners ?? 10000), Number(files ?? 20), Number(perPartner ?? 5));
    console.log(`wrote ${result.partners} partners, ${result.ties} ties in ${result.files} files to ${folder}`);
}
