/** The flags a restarted `partnership` run gets (packages/cli/src/memory.ts): its heap, and a bigger young generation unless the user set one. */
import { describe, expect, it } from 'vitest';
import { RESTART_SEMI_SPACE_MB, restartFlags } from '../src/memory.js';

describe('restartFlags', () => {
    it('gives the heap restarted for and a bigger young generation', () => {
        expect(restartFlags({ flagMB: 12288, heapMB: 12288 }, [], {})).toEqual(['--max-old-space-size=12288', `--max-semi-space-size=${RESTART_SEMI_SPACE_MB}`]);
    });

    it('keeps a heap the user set (no heap flag) and still gives the young generation', () => {
        expect(restartFlags({ heapMB: 64 }, [], { NODE_OPTIONS: '--max-old-space-size=64' })).toEqual([`--max-semi-space-size=${RESTART_SEMI_SPACE_MB}`]);
    });

    it('keeps a young generation the user set, on node\'s command line or in NODE_OPTIONS', () => {
        expect(restartFlags({ flagMB: 1024, heapMB: 1024 }, ['--max-semi-space-size=8'], {})).toEqual(['--max-old-space-size=1024']);
        expect(restartFlags({ flagMB: 1024, heapMB: 1024 }, [], { NODE_OPTIONS: '--inspect --min_semi_space_size=2' })).toEqual(['--max-old-space-size=1024']);
    });
});
