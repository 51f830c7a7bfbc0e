// One measurement in a fresh process, printed as JSON on stdout:
//   node bench/measure.mjs parse-link|validate|metrics <folder> [--exact]
// parse-link: read, parse and link every file (no validation).
// validate:   what `partnership validate` does (parse, link, structural checks, all rules).
// metrics:    the network analysis alone (graph metrics) on the already built network model.
import 'partnership-language/node';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { analyze, buildNetwork, computeLoads, createNodeServices, graphOf } from 'partnership-language/node';

const [task, folder, flag] = process.argv.slice(2);
const files = readdirSync(folder).filter(f => f.endsWith('.partnership')).sort().map(f => path.resolve(folder, f));
const { shared, Partnership } = createNodeServices({ referenceIndex: false });
// As the CLI: exact betweenness only on request above 5,000 partners.
Partnership.network.Settings.sampleAbove = flag === '--exact' ? undefined : 5000;

const started = performance.now();
const documents = files.map(file => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
});
let measured;
if (task === 'parse-link') {
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    measured = performance.now() - started;
} else if (task === 'validate') {
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    measured = performance.now() - started;
} else if (task === 'metrics') {
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const { network } = buildNetwork('bench', documents);
    const graph = graphOf(network, computeLoads(network));
    const t = performance.now();
    const analysis = analyze(graph);
    // The analysis computes each metric on first use: read every one, as `partnership metrics` does.
    let checksum = JSON.stringify(analysis.network).length;
    for (const p of analysis.partners) {
        for (const value of [p.betweenness, p.closeness, p.eigenvector, p.constraint, p.effectiveSize, p.efficiency,
            p.weightedConstraint, p.weightedEffectiveSize, p.cutVertex ? 1 : 0]) {
            if (!Number.isNaN(value)) checksum += value; // NaN: constraint and effective size of an isolated partner
        }
    }
    measured = performance.now() - t;
    if (analysis.partners.length !== network.partners.size || Number.isNaN(checksum)) throw new Error('analysis incomplete');
} else {
    console.error('usage: node bench/measure.mjs parse-link|validate|metrics <folder> [--exact]');
    process.exit(2);
}
const diagnostics = documents.reduce((sum, doc) => sum + (doc.diagnostics?.length ?? 0), 0);
console.log(JSON.stringify({ task, ms: measured, maxRssMB: process.resourceUsage().maxRSS / 1024, diagnostics }));
