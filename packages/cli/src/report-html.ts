/** `partnership report -o <file>`: writes the HTML report of partnership-views (report-render.ts). */
import { renderReportHtml, type ReportHtmlOptions } from 'partnership-views';
import { collectForCommand } from './metrics.js';
import { writeOutput } from './write.js';
import type { NetworkHistory, NetworkReport } from 'partnership-views';

/** The history of each reported network, read from git at the network's folder, by the report's key. */
async function historiesOf(reports: readonly NetworkReport[]): Promise<Map<string, NetworkHistory>> {
    const { historyForCommand } = await import('./history.js');
    const byKey = new Map<string, NetworkHistory>();
    for (const folder of new Set(reports.map(report => report.folder))) {
        for (const history of await historyForCommand(folder, {})) byKey.set(history.key, history);
    }
    return byKey;
}

/** The `partnership report` command: writes the page to `output`, prints `wrote <output>`. */
export async function runReport(paths: string[], options: Omit<ReportHtmlOptions, 'history'> & { output: string; history?: boolean }): Promise<number> {
    const { reports, workspace } = await collectForCommand(paths, { today: options.today });
    const history = options.history ? await historiesOf(reports) : undefined;
    const html = renderReportHtml(reports, workspace, { today: options.today, history });
    await writeOutput(options.output, html);
    process.stdout.write(`wrote ${options.output}\n`);
    return 0;
}
