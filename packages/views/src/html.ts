/**
 * HTML pieces the report and the VS Code extension's webviews share: escaping and the rows of the
 * summary, metrics and goals tables. No imports (types only): bundles anywhere, the extension's client too.
 */

/** Text or attribute value for HTML: &, <, >, " and ' escaped; control characters dropped. */
export function htmlEscape(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A column of a metrics table: its header, and whether it holds numbers (right-aligned). */
export interface MetricsColumn {
    header: string;
    numeric: boolean;
}

/** A partner's row of a metrics table: one display string per column. */
export interface MetricsRowCells {
    cells: string[];
    broker: boolean;
    /** Load over capacity (over budget for us). */
    over: boolean;
}

/** A summary table: one `<tr>` per label/value pair. */
export function summaryTableHtml(rows: ReadonlyArray<readonly [string, string]>): string {
    return ['<table class="summary">', ...rows.map(([k, v]) => `<tr><th>${htmlEscape(k)}</th><td>${htmlEscape(v)}</td></tr>`), '</table>'].join('\n');
}

/** The header row of a metrics table. */
export function metricsHeaderHtml(columns: readonly MetricsColumn[]): string {
    return `<tr>${columns.map(c => `<th>${htmlEscape(c.header)}</th>`).join('')}</tr>`;
}

/** A partner's row of a metrics table: numbers right-aligned (class n), a load over its limit marked (class over). */
export function metricsRowHtml(row: MetricsRowCells, columns: readonly MetricsColumn[]): string {
    const cells = row.cells.map((text, i) => {
        const column = columns[i];
        const classes = [column?.numeric ? 'n' : '', column?.header === 'load / capacity' && row.over ? 'over' : ''].filter(Boolean).join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${htmlEscape(text)}</td>`;
    });
    return `<tr${row.broker ? ' class="broker"' : ''}>${cells.join('')}</tr>`;
}

/** A goal's row of a goals table: one display string per column, and its status (`on-track`, `achieved`, …). */
export interface GoalRowCells {
    id: string;
    status: string;
    cells: string[];
}

/** A goal's row: numbers right-aligned (class n), the status cell classed by status (`status on-track`). */
export function goalRowHtml(row: GoalRowCells, columns: readonly MetricsColumn[]): string {
    const status = row.status.replace(/[^a-z-]/g, '');
    const cells = row.cells.map((text, i) => {
        const column = columns[i];
        const classes = [column?.numeric ? 'n' : '', column?.header === 'status' ? `status ${status}` : ''].filter(Boolean).join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${htmlEscape(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
}
