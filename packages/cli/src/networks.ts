/**
 * What the commands that read networks share once the files are loaded: which networks the paths
 * reach, the note for each file left out, and (for calendar and survey) loading with a progress bar
 * and each network with its folder and how many errors its files have. Every string that reaches
 * the terminal goes through terminalText (docs/cli.md, "Output safety").
 */
import { URI } from 'langium';
import type { NetworkModel } from 'partnership-language';
import { networkPlace } from 'partnership-views';
import { terminalText } from 'partnership-views/terminal-text';
import { resolveTargets } from './files.js';
import { VALIDATE_SAMPLE_ABOVE } from './options.js';
import { createProgress } from './progress.js';
import { loadWorkspace, type LoadedWorkspace, type SkippedFile } from './validate.js';

/** The networks the targets belong to, by their group key (the analyzer's key), sorted. */
export function networkKeys(workspace: Pick<LoadedWorkspace, 'services' | 'targets'>): string[] {
    const groups = workspace.services.shared.network.Groups;
    return [...new Set([...workspace.targets].map(target => groups.groupOf(URI.file(target))))].sort();
}

/** One line on stderr for each file of a network that could not be read and was left out. */
export function noteLeftOut(skipped: readonly SkippedFile[]): void {
    for (const { reason } of skipped) process.stderr.write(`partnership: note: left out of the network: ${terminalText(reason)}\n`);
}

export interface LoadedNetwork {
    /** The group key (see networkKeys). */
    key: string;
    /** The folder the network's files are in, as output names it (not yet escaped for a terminal). */
    folder: string;
    network: NetworkModel;
    /** How many structural errors (syntax, unresolved names...) its files have. */
    errors: number;
}

/**
 * Resolves the paths, loads and checks their networks as validate does (a progress bar on a
 * terminal, betweenness sampled above the validate limit), notes the files left out, and gives each
 * network the paths reach, in key order.
 */
export async function loadNetworks(paths: string[], today: string): Promise<LoadedNetwork[]> {
    const targets = await resolveTargets(paths, process.cwd());
    const progress = createProgress();
    const workspace = await loadWorkspace(targets, {
        today,
        onProgress: progress,
        sampleAbove: VALIDATE_SAMPLE_ABOVE,
        onAnalysisProgress: (done, total) => progress('paths', done, total, 'partners')
    });
    progress.done();
    noteLeftOut(workspace.skipped);
    return networkKeys(workspace).map(key => {
        const { folder, errors } = networkPlace(workspace, key);
        return { key, folder, network: workspace.services.Partnership.network.Analyzer.resultFor(key).network, errors };
    });
}
