// One measurement in a fresh process, printed as JSON on stdout:
//   node bench/measure.mjs parse-link|validate|metrics|cli-validate <folder> [--exact]
// parse-link:   read, parse and link every file (no validation).
// validate:     what `partnership validate` does (parse, link, structural checks, all rules).
// metrics:      the network analysis alone (graph metrics) on the already built network model.
// cli-validate: the command line's own code for `partnership validate <folder>`: find the files,
//               validate them, and write the text report (to nowhere); give node the heap the command
//               would restart itself with (bench/run.mjs --huge does).
import 'partnership-language/node';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { analyze, buildNetwork, computeLoads, createNodeServices, graphOf } from 'partnership-language/node';

const [task, folder, flag] = process.argv.slice(2);
const files = readdirSync(folder).filter(f => f.endsWith('.partnership')).sort().map(f => path.resolve(folder, f));
const { shared, Partnership } = createNodeServices({ referenceIndex: false, compactSyntaxTrees: true });
// As the CLI: exact betweenness only on request above 5,000 partners.
Partnership.network.Settings.sampleAbove = flag === '--exact' ? undefined : 5000;

const started = performance.now();
const documents = task === 'cli-validate' ? [] : files.map(file => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
});
let measured;
let findings;
if (task === 'cli-validate') {
    const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/cli/out');
    const [{ resolveTargets }, { validateFiles }, { formatText }, { VALIDATE_SAMPLE_ABOVE }, { BIG_REPORT_FINDINGS, collectGarbage }] = await Promise.all(
        ['files.js', 'validate.js', 'report.js', 'options.js', 'memory.js'].map(file => import(pathToFileURL(path.join(cli, file)).href)));
    const targets = await resolveTargets([folder], process.cwd());
    const result = await validateFiles(targets, { sampleAbove: flag === '--exact' ? undefined : VALIDATE_SAMPLE_ABOVE });
    if (result.findings.length > BIG_REPORT_FINDINGS) collectGarbage(); // as main.ts does
    const report = formatText(result, process.cwd(), { hyperlinks: false });
    measured = performance.now() - started;
    findings = result.findings.length;
    if (findings > 0 && !report.includes(`${findings} problem`)) throw new Error('report incomplete');
} else if (task === 'parse-link') {
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
    console.error('usage: node bench/measure.mjs parse-link|validate|metrics|cli-validate <folder> [--exact]');
    process.exit(2);
}
const diagnostics = findings ?? documents.reduce((sum, doc) => sum + (doc.diagnostics?.length ?? 0), 0);
console.log(JSON.stringify({ task, ms: measured, maxRssMB: process.resourceUsage().maxRSS / 1024, diagnostics }));
