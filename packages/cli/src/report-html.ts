/** `partnership report -o <file>`: writes the HTML report of partnership-views (report-render.ts). */
import { renderReportHtml, type ReportHtmlOptions } from 'partnership-views';
import { UsageError } from './errors.js';
import { collectForCommand } from './metrics.js';
import { writeAtomically } from './write.js';

/** The `partnership report` command: writes the page to `output`, prints `wrote <output>`. */
export async function runReport(paths: string[], options: ReportHtmlOptions & { output: string }): Promise<number> {
    const { reports, workspace } = await collectForCommand(paths, { today: options.today });
    const html = renderReportHtml(reports, workspace, options);
    try {
        await writeAtomically(options.output, html);
    } catch (error) {
        throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    process.stdout.write(`wrote ${options.output}\n`);
    return 0;
}
