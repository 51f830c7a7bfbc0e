/**
 * Not a test: the "tests module" scripts/screenshots.mjs loads into VS Code for the web to stage the
 * README's pictures. It arranges the workbench and logs `SCREENSHOT <name>`; the script, which
 * watches the log, saves the page as docs/images/<name>.png while this side waits.
 */
import * as vscode from 'vscode';

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function shoot(name: string): Promise<void> {
    await pause(1500);
    console.log(`SCREENSHOT ${name}`);
    await pause(2500);
}

async function waitForDiagnostics(uri: vscode.Uri): Promise<void> {
    for (let i = 0; i < 300 && vscode.languages.getDiagnostics(uri).length === 0; i++) await pause(100);
}

export async function run(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const network = vscode.Uri.joinPath(folder, 'network.partnership');
    const partners = vscode.Uri.joinPath(folder, 'partners.partnership');
    await vscode.extensions.getExtension('partnership-lang.partnership-vscode')!.activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // 1. A file with its findings, the Problems view, and a hover on a partner with its network numbers.
    const document = await vscode.workspace.openTextDocument(partners);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(network);
    await waitForDiagnostics(partners);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const at = document.positionAt(document.getText().indexOf('partner StMarksPantry') + 'partner '.length + 2);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at.translate(-12), at.translate(12)), vscode.TextEditorRevealType.AtTop);
    await pause(1000);
    await vscode.commands.executeCommand('editor.action.showHover');
    await shoot('editor-hover');

    // 2. The graph view beside the network file.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(network), { preview: false });
    await vscode.commands.executeCommand('partnership.showGraph');
    await shoot('graph-view');
}
