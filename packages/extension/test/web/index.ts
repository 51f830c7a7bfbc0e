/** Entry of the suite in VS Code for the web (@vscode/test-web loads it in the extension host). */
import 'mocha/mocha';

export function run(): Promise<void> {
    return new Promise((resolve, reject) => {
        mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 120_000 });
        import('../suite/extension.test.js').then(() => {
            mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
        }, reject);
    });
}
