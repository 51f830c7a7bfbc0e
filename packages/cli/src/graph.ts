/** `partnership graph`: writes one of the graph exports of partnership-views to stdout or a file. */
import { UsageError } from './errors.js';
import { colourTiesByTrust, exportGraph, renderGraphs, terminalText, type GraphFormat, type TieColouring } from 'partnership-views';
import { collectForCommand } from './metrics.js';
import { writeOutput } from './write.js';

export { GRAPH_FORMATS, type GraphFormat } from 'partnership-views';

/** The `partnership graph` command: writes to stdout, or to `output` when given. */
export async function runGraph(paths: string[], options: { format: GraphFormat; output?: string; tieColors?: TieColouring }): Promise<number> {
    const { reports, workspace } = await collectForCommand(paths);
    if (reports.length > 1 && options.format !== 'dot' && options.format !== 'json') {
        throw new UsageError(`the files belong to ${reports.length} networks (${reports.map(r => r.name ?? r.folder).join(', ')}); `
            + `--format ${options.format} holds one network: name the files of one, or use --format dot or json`);
    }
    for (const report of reports.filter(r => r.errors > 0)) {
        process.stderr.write(`partnership: note: ${terminalText(report.folder)} has ${report.errors} error${report.errors === 1 ? '' : 's'}; the graph holds only what parsed and linked (run partnership validate)\n`);
    }
    const colouring = options.tieColors ?? 'strength';
    const graphs = reports.map(report => exportGraph(report, workspace));
    const text = renderGraphs(colouring === 'trust' ? graphs.map(colourTiesByTrust) : graphs, options.format, colouring);
    if (options.output) {
        await writeOutput(options.output, text);
    }
    else process.stdout.write(text);
    return 0;
}
