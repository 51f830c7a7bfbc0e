/**
 * Where a code's documentation lives. Rule pages are docs/rules/<code>.md; structural checks share
 * docs/rules/structural.md with one anchor per code. The base can be changed for a fork or a mirror:
 * the language server keeps it in its settings (`ruleDocsBase` in the initialization options).
 */
export const DEFAULT_DOCS_BASE = 'https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/';

export function docsUrl(code: string, structural: boolean, base = DEFAULT_DOCS_BASE): string {
    const folder = base.endsWith('/') ? base : `${base}/`;
    return structural ? `${folder}structural.md#${code}` : `${folder}${code}.md`;
}
