/**
 * Where a code's documentation lives. Rule pages are docs/rules/<code>.md; structural checks share
 * docs/rules/structural.md with one anchor per code. The base can be changed for a fork or a mirror
 * (the language server reads `ruleDocsBase` from its initialization options).
 */
export const DEFAULT_DOCS_BASE = 'https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/';

let docsBase = DEFAULT_DOCS_BASE;

export function setDocsBase(base: string): void {
    docsBase = base.endsWith('/') ? base : `${base}/`;
}

export function docsUrl(code: string, structural: boolean): string {
    return structural ? `${docsBase}structural.md#${code}` : `${docsBase}${code}.md`;
}
