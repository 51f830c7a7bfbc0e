import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // The extension's suite runs inside VS Code (mocha), not here: test/vscode-web.test.ts runs it.
        exclude: ['**/node_modules/**', 'packages/extension/**'],
        setupFiles: ['packages/language/src/polyfill.ts'],
        testTimeout: 30_000,
        hookTimeout: 30_000
    }
});
