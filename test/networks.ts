/**
 * The small test networks that several test files use, kept once in test/fixtures/networks/<name>/
 * (one folder per network). Their line and column positions are asserted by the tests: change a
 * file only together with every test that reads it (grep for its name).
 *
 *   broken/network.partnership      `us` names no partner (unresolved-reference at 2:8) and a self-tie at 5:10
 *   loose-partner/one.partnership   one partner, no network declaration: partner-without-role, isolated-partner
 *   syntax-error/bad.partnership    `capacity lots`: a syntax error at 2:14
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './cli-run.js';

export const NETWORKS = path.join(ROOT, 'test/fixtures/networks');

/** The text of `file` of the shared network `name`. */
export function networkText(name: string, file: string): string {
    return readFileSync(path.join(NETWORKS, name, file), 'utf8');
}
