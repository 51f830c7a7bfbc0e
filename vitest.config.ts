import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        setupFiles: ['packages/language/src/polyfill.ts'],
        testTimeout: 30_000,
        hookTimeout: 30_000
    }
});
