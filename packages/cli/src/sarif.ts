/**
 * SARIF 2.1.0 output of `partnership validate` (`--format sarif`), for code-scanning services such
 * as GitHub's. The log is deterministic: findings come sorted, rules are sorted by id, and nothing
 * depends on the clock, so two runs over the same files give byte-identical logs.
 */
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { docsUrl, isStructuralCode, RULES, STRUCTURAL_CODES, type Severity } from 'partnership-language';
import { terminalJson } from 'partnership-views/terminal-text';
import { displayPath, type FileFinding, type LineRange, type ValidationResult } from './validate.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
export const INFORMATION_URI = 'https://github.com/partnership-lang/partnership-lang';
/** The base id relative artifact locations are resolved against: the working folder of the run. */
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
    return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

interface SarifRule {
    id: string;
    shortDescription: { text: string };
    helpUri?: string;
    defaultConfiguration: { level: SarifLevel };
}

/** Every rule of the catalog and every structural code, plus any other code that occurs, by id. */
export function sarifRules(findings: readonly FileFinding[]): SarifRule[] {
    const rules = new Map<string, SarifRule>();
    for (const rule of RULES) {
        rules.set(rule.meta.code, {
            id: rule.meta.code,
            shortDescription: { text: rule.meta.summary },
            helpUri: docsUrl(rule.meta.code, false),
            defaultConfiguration: { level: sarifLevel(rule.meta.defaultSeverity) }
        });
    }
    for (const [code, summary] of Object.entries(STRUCTURAL_CODES)) {
        rules.set(code, {
            id: code,
            shortDescription: { text: summary },
            helpUri: docsUrl(code, isStructuralCode(code)),
            defaultConfiguration: { level: 'error' }
        });
    }
    for (const finding of findings) {
        if (rules.has(finding.code)) continue;
        // A code outside the catalog (internal-error): describe it as well as we can.
        rules.set(finding.code, {
            id: finding.code,
            shortDescription: { text: finding.code },
            ...(finding.docs ? { helpUri: finding.docs } : {}),
            defaultConfiguration: { level: sarifLevel(finding.severity) }
        });
    }
    return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function region(range: LineRange) {
    return {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        // SARIF's endColumn is the column after the region, as LSP's end character is.
        endColumn: range.end.character + 1
    };
}

/** A file inside the working folder is relative to %SRCROOT%; one outside it is a file: URI. */
function artifactLocation(file: string, cwd: string) {
    const shown = displayPath(file, cwd);
    if (path.isAbsolute(shown)) return { uri: pathToFileURL(file).href };
    return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function physicalLocation(file: string, range: LineRange, cwd: string) {
    return { artifactLocation: artifactLocation(file, cwd), region: region(range) };
}

export function formatSarif(result: ValidationResult, cwd: string, version: string): string {
    const rules = sarifRules(result.findings);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const srcroot = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
    const log = {
        $schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: [{
            tool: {
                driver: {
                    name: 'partnership',
                    version,
                    semanticVersion: version,
                    informationUri: INFORMATION_URI,
                    rules
                }
            },
            originalUriBaseIds: { [SRCROOT]: { uri: srcroot } },
            columnKind: 'utf16CodeUnits',
            results: result.findings.map(finding => ({
                ruleId: finding.code,
                ruleIndex: ruleIndex.get(finding.code),
                level: sarifLevel(finding.severity),
                message: { text: finding.message },
                locations: [{ physicalLocation: physicalLocation(finding.file, finding.range, cwd) }],
                ...(finding.related.length > 0 ? {
                    relatedLocations: finding.related.map((related, index) => ({
                        id: index + 1,
                        physicalLocation: physicalLocation(related.file, related.range, cwd),
                        message: { text: related.message }
                    }))
                } : {})
            }))
        }]
    };
    return terminalJson(JSON.stringify(log, null, 2)) + '\n';
}
