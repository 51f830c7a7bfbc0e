/** The HTML report's policy and style, which the history page shares. Browser-safe, no imports. */

/** Nothing loads: inline CSS and inline SVG (and data: images) only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const REPORT_STYLE = `
body { font-family: system-ui, Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #111; background: #fff; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.broker td:first-child { font-weight: bold; }
.over { color: #b00020; font-weight: bold; }
.graph { overflow-x: auto; border: 1px solid #ddd; }
.graph svg { max-width: 100%; height: auto; display: block; }
.error { color: #b00020; } .warning { color: #8a5a00; } .info { color: #0550ae; }
ul.findings { font-size: .9rem; } ul.related { color: #555; font-size: .85rem; }
code, .where { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
.legend { color: #555; font-size: .85rem; }
.goal { margin: 1rem 0 1.75rem; }
.goal h4 { margin: .25rem 0; font-size: 1rem; }
.goal-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.goal-chart { border: 1px solid #ddd; background: #fff; flex: none; }
.goal table.summary { margin: 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: normal; padding: .05rem .55rem; border: 1px solid currentColor; border-radius: .8rem; margin-left: .4rem; vertical-align: middle; }
.badge.achieved { background: #1a7f37; border-color: #1a7f37; color: #fff; font-weight: bold; }
.badge.on-track, p.goal-status.on-track { color: #1a7f37; } .badge.off-track, p.goal-status.off-track { color: #8a5a00; }
.badge.past-due, p.goal-status.past-due { color: #b00020; } .badge.unmeasured, p.goal-status.unmeasured { color: #555; }
p.goal-status { margin: .2rem 0 .5rem; font-weight: bold; }
td.unmet { color: #8a5a00; font-weight: bold; }
.trust-value { overflow-x: auto; } .trust-value-chart { border: 1px solid #ddd; background: #fff; max-width: 100%; height: auto; display: block; }
p.off-chart { font-size: .9rem; }
`.trim();
