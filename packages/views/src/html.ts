/** HTML escaping for the report and the VS Code extension's webviews (no imports: bundles anywhere). */

/** Text or attribute value for HTML: &, <, >, " and ' escaped; control characters dropped. */
export function htmlEscape(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
