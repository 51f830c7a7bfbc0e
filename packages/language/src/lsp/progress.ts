/**
 * Work-done progress in the editor for long builds: opening a workspace with a large network, or an
 * edit that re-validates one. A build still running after PROGRESS_AFTER_MS shows "Partnership:
 * checking the network" with the files parsed, linked and checked so far and the share of the path
 * computation (betweenness) done; it ends with the build (finished or cancelled by a newer edit).
 * Only for clients that announce `window.workDoneProgress`; short builds show nothing.
 */
import { DocumentState } from 'langium';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { PartnershipServices } from '../partnership-module.js';
import { PartnershipDocumentBuilder } from '../workspace/document-builder.js';

export const PROGRESS_AFTER_MS = 500;

const PHASES: Array<[DocumentState, 'parsed' | 'linked' | 'checked']> = [
    [DocumentState.Parsed, 'parsed'],
    [DocumentState.Linked, 'linked'],
    [DocumentState.Validated, 'checked']
];

export function reportBuildProgress(services: PartnershipServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    let supported = false;
    services.shared.lsp.LanguageServer.onInitialize(params => {
        supported = params.capabilities.window?.workDoneProgress === true;
    });

    interface Run {
        files: number;
        counts: Record<'parsed' | 'linked' | 'checked', number>;
        paths?: string;
        reporter?: WorkDoneProgressServerReporter;
        show: ReturnType<typeof setTimeout>;
        ended: boolean;
    }
    let run: Run | undefined;

    const message = (r: Run) => [
        `${r.files} file${r.files === 1 ? '' : 's'}`, `${r.counts.parsed} parsed`, `${r.counts.linked} linked`, `${r.counts.checked} checked`, r.paths
    ].filter(Boolean).join(' · ');
    const builder = services.shared.workspace.DocumentBuilder;
    if (!(builder instanceof PartnershipDocumentBuilder)) return;
    builder.buildListeners.add({
        start(files) {
            if (!supported) return;
            run?.reporter?.done();
            if (run) clearTimeout(run.show);
            const fresh: Run = { files, counts: { parsed: 0, linked: 0, checked: 0 }, ended: false, show: setTimeout(() => {
                void connection.window.createWorkDoneProgress().then(reporter => {
                    if (fresh.ended) return reporter.done();
                    fresh.reporter = reporter;
                    reporter.begin('Partnership: checking the network', undefined, message(fresh));
                }, () => undefined);
            }, PROGRESS_AFTER_MS) };
            run = fresh;
        },
        end() {
            if (!run) return;
            const ended = run;
            run = undefined;
            ended.ended = true;
            clearTimeout(ended.show);
            ended.reporter?.done();
        }
    });

    for (const [state, key] of PHASES) {
        builder.onDocumentPhase(state, () => {
            if (!run) return;
            run.counts[key]++;
            run.reporter?.report(message(run));
        });
    }
    const settings = services.network.Settings;
    const previous = settings.onAnalysisProgress;
    settings.onAnalysisProgress = (done, total) => {
        previous?.(done, total);
        if (!run) return;
        run.paths = `paths ${Math.floor((100 * done) / total)}%`;
        run.reporter?.report(message(run));
    };
}
