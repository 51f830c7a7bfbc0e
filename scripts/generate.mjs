// Runs `langium generate` (with the Object.groupBy polyfill Node 20 needs) and hides its warnings
// about properties assigned in several alternatives: the grammar does that on purpose (one fact per
// line, in any order) and the validator reports a property stated twice (duplicate-property).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { completeGrammar } from './textmate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'node_modules', 'langium-cli', 'bin', 'langium.js');
const polyfill = path.join(root, 'scripts', 'groupby-polyfill.mjs');
const result = spawnSync(process.execPath, ['--import', polyfill, cli, 'generate', ...process.argv.slice(2)], { cwd: root, encoding: 'utf8' });
const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .split('\n')
    .filter(line => !line.includes("with the '=' assignment operator") && !line.includes("with the '?=' assignment operator"))
    .join('\n');
process.stdout.write(output);
if (result.status === 0) completeGrammar(path.join(root, 'syntaxes', 'partnership.tmLanguage.json'));
process.exit(result.status ?? 1);
