/** Entry of the suite in desktop VS Code (@vscode/test-electron loads it in the extension host). */
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 120_000 });
    mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
    return import('../suite/extension.test.js').then(() => new Promise<void>((resolve, reject) => {
        mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    }));
}
