#!/usr/bin/env node
// Restarted once with a bigger heap when the input needs it (src/memory.ts); then the polyfill, before
// any command loads chevrotain (Object.groupBy on Node 20); the commands load their code themselves.
import { launch } from '../out/memory.js';

await launch(async () => {
    await import('partnership-language/polyfill');
    const { main } = await import('../out/main.js');
    return main(process.argv);
});
