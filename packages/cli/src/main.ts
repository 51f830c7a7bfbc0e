/** The `partnership` command. */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { dateProblem } from 'partnership-language/units';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { GRAPH_FORMATS, type GraphFormat } from 'partnership-views/formats';
import { terminalText } from 'partnership-views/terminal-text';
import { UsageError } from './errors.js';
import { VALIDATE_SAMPLE_ABOVE } from './options.js';
import type { CalendarCommandOptions } from './calendar.js';
import type { DiffCommandOptions } from './diff.js';
import type { HistoryCommandOptions } from './history.js';
import type { MetricsCommandOptions } from './metrics.js';
import type { SurveyCommandOptions } from './survey.js';

// Each command's code (and the language, the analysis and the views it needs) is loaded when that
// command runs: `--version`, `--help` and a usage error load none of it.

/**
 * The version in the CLI's package.json, found by the package's own name (its exports list
 * ./package.json), so it resolves from out/ as from a bundle anywhere inside this package. Read with
 * createRequire: under the Node16 module setting TypeScript accepts no import attributes
 * (`with { type: 'json' }`), and the file lies outside rootDir.
 */
const VERSION: string = (createRequire(import.meta.url)('partnership-cli/package.json') as { version: string }).version;

function parseToday(value: string): string {
    const problem = dateProblem(value);
    if (problem) throw new InvalidArgumentError(problem);
    return value;
}

function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more.');
    return Number(value);
}

export function createProgram(): Command {
    const program = new Command('partnership')
        .description('Check community partnership networks written in .partnership files.')
        .version(VERSION)
        .showHelpAfterError('(run partnership --help for usage)')
        .exitOverride();

    program.command('validate')
        .description('check .partnership files (files, folders searched recursively, or globs) and report findings')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
        .option('--today <date>', 'the date to check check-ins against (YYYY-MM-DD); default: today', parseToday)
        .option('--max-warnings <n>', 'fail when there are more than n warnings', parseCount)
        .option('--exact', `compute betweenness exactly even in networks of more than ${VALIDATE_SAMPLE_ABOVE} partners (slower)`)
        .action(async (paths: string[], options: { format: 'text' | 'json' | 'sarif' | 'github'; today?: string; maxWarnings?: number; exact?: boolean }) => {
            const [{ resolveTargets }, { createProgress }, { countFindings, explainHint, formatJson, formatText }, { formatSarif }, { formatGithub }, { internalErrorReport, validateFiles }, { hyperlinksOn }, { noteLeftOut }, { BIG_REPORT_FINDINGS, collectGarbage }] = await Promise.all([
                import('./files.js'), import('./progress.js'), import('./report.js'), import('./sarif.js'), import('./github.js'), import('./validate.js'), import('./terminal.js'), import('./networks.js'), import('./memory.js')
            ]);
            const cwd = process.cwd();
            const targets = await resolveTargets(paths, cwd);
            const progress = createProgress();
            const result = await validateFiles(targets, {
                today: options.today,
                onProgress: progress,
                sampleAbove: options.exact ? undefined : VALIDATE_SAMPLE_ABOVE,
                onAnalysisProgress: (done, total) => progress('paths', done, total, 'partners')
            });
            progress.done();
            noteLeftOut(result.skipped);
            // A big network's trees are garbage now: collected before the report is written, not under it.
            if (result.findings.length > BIG_REPORT_FINDINGS) collectGarbage();
            process.stdout.write(options.format === 'json' ? formatJson(result, cwd, options.today)
                : options.format === 'sarif' ? formatSarif(result, cwd, VERSION)
                : options.format === 'github' ? formatGithub(result, cwd)
                : formatText(result, cwd, { hyperlinks: hyperlinksOn() }));
            const counts = countFindings(result.findings);
            const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
            if (tooManyWarnings && (options.format === 'text' || options.format === 'github')) {
                process.stdout.write(`${counts.warnings === 1 ? '1 warning exceeds' : `${counts.warnings} warnings exceed`} the limit of --max-warnings ${options.maxWarnings}\n`);
            }
            // Only for a person at a terminal: piped text output stays as it was.
            const hint = options.format === 'text' && process.stdout.isTTY ? explainHint(result.findings) : undefined;
            if (hint) process.stdout.write(`${hint}\n`);
            // A file that could not be checked fails the run as "could not be done", never "no problems".
            const internal = internalErrorReport(result.findings, cwd, Boolean(process.env.PARTNERSHIP_DEBUG));
            if (internal) process.stderr.write(internal);
            process.exitCode = internal ? 2 : counts.errors > 0 || tooManyWarnings ? 1 : 0;
        });
    program.command('metrics')
        .description('network metrics of the networks that .partnership files belong to: partners by betweenness, brokers, cut vertices, load; where each goal stands')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
        .option('--today <date>', 'the date to judge goals against (YYYY-MM-DD); default: today', parseToday)
        .addOption(new Option('--rows <rows>', 'with --format csv: one row per partner or per goal').choices(['partners', 'goals']))
        .action(async (paths: string[], options: MetricsCommandOptions) => {
            const { runMetrics } = await import('./metrics.js');
            process.exitCode = await runMetrics(paths, options);
        });
    program.command('graph')
        .description('export the graph of the networks that .partnership files belong to (Graphviz, Mermaid, GEXF, GraphML, graphology JSON, SVG or Kumu JSON)')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .addOption(new Option('-f, --format <format>', 'output format').choices(GRAPH_FORMATS).default('dot'))
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .addOption(new Option('--tie-colors <by>', 'colour ties by strength, or by trust (1 dark purple to 5 yellow, grey without)').choices(['strength', 'trust']).default('strength'))
        .action(async (paths: string[], options: { format: GraphFormat; output?: string; tieColors: 'strength' | 'trust' }) => {
            const { runGraph } = await import('./graph.js');
            process.exitCode = await runGraph(paths, options);
        });
    program.command('report')
        .description('write one self-contained HTML page for the networks that .partnership files belong to: summary, graph, metrics, goals and findings')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .option('-o, --output <file>', 'the HTML file to write', 'report.html')
        .option('--today <date>', 'the date to check check-ins and goals against (YYYY-MM-DD), shown on the page; default: today', parseToday)
        .option('--history', 'add each network\'s history from git (as partnership history shows it): charts of its figures over time and the events')
        .action(async (paths: string[], options: { output: string; today?: string; history?: boolean }) => {
            const { runReport } = await import('./report-html.js');
            process.exitCode = await runReport(paths, options);
        });
    program.command('calendar')
        .description('write an iCalendar (.ics) file of the networks that .partnership files belong to: each tie\'s next check-in, the meetings as recurring events, goals\' due and target dates, the next review')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--today <date>', 'the date to check check-ins against and start meetings from (YYYY-MM-DD); default: today', parseToday)
        .action(async (paths: string[], options: CalendarCommandOptions) => {
            const { runCalendar } = await import('./calendar.js');
            process.exitCode = await runCalendar(paths, options);
        });
    program.command('survey')
        .description('write a trust and value survey for each partner of the networks that .partnership files belong to: an HTML form and a CSV answers file per partner, and README.md saying which go to whom (partnership import --survey reads the answers back)')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .requiredOption('-o, --output <folder>', 'the folder to write the surveys into (created if missing)')
        .option('--today <date>', 'the survey\'s date, shown on the forms (YYYY-MM-DD); default: today', parseToday)
        .action(async (paths: string[], options: SurveyCommandOptions) => {
            const { runSurvey } = await import('./survey.js');
            process.exitCode = await runSurvey(paths, options);
        });
    program.command('history')
        .description('the network over time, from git: per commit that changed its files, the partners, ties, density, diversity, brokers, load, trust, goals and findings, with trends and the events between versions')
        .argument('[folder]', 'the network\'s folder, inside a git repository', '.')
        .option('--since <date>', 'only versions authored on or after this date (YYYY-MM-DD)', parseToday)
        .option('--max-count <n>', 'only the newest n versions', parseCount)
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv', 'html']).default('text'))
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .action(async (folder: string, options: HistoryCommandOptions) => {
            const { runHistory } = await import('./history.js');
            process.exitCode = await runHistory(folder, options);
        });
    program.command('diff')
        .description('what changed between two versions of a network (folders, or the working tree against --base <git-ref>), as Markdown for a pull request or JSON')
        .argument('[base]', 'the base folder (with --base: the folder to compare, default .)')
        .argument('[head]', 'the head folder (default .)')
        .option('--base <ref>', 'compare the working tree against this git ref (read from the local repository)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
        .option('--today <date>', 'the date to check check-ins against (YYYY-MM-DD); default: today', parseToday)
        .action(async (base: string | undefined, head: string | undefined, options: DiffCommandOptions) => {
            const { runDiff } = await import('./diff.js');
            process.exitCode = await runDiff(base, head, options);
        });
    program.command('init')
        .description('write a starting network into a folder (default .): network.partnership, partners.partnership and ties.partnership, with comments saying what to change; on a terminal with no flag given, asks')
        .argument('[folder]', 'the folder to write into (created if missing)', '.')
        .option('--name <name>', 'the network\'s name, one word (default: from the folder\'s name)')
        .option('--title <title>', 'the network\'s title, as people say it')
        .option('--us <name>', 'your organisation, as a name (default: OurOrganisation)')
        .option('--budget <hours>', 'the hours your organisation can give the coalition, like "40 hours/month" (default)')
        .option('--today <date>', 'the date written as the baseline and the last check-in (YYYY-MM-DD); default: today', parseToday)
        .addOption(new Option('--template <format>', 'write the spreadsheet template of partnership import instead: partners.csv, ties.csv, roles.csv, goals.csv, meetings.csv').choices(['csv']))
        .action(async (folder: string, options: { name?: string; title?: string; us?: string; budget?: string; today?: string; template?: 'csv' }) => {
            const [{ answersFrom, askAnswers, initTexts, templateTexts, writeInit }, { localToday }, { displayPath }] = await Promise.all([import('./init.js'), import('partnership-language'), import('./validate.js')]);
            if (options.template) {
                const written = await writeInit(folder, await templateTexts());
                const where = displayPath(path.resolve(folder));
                process.stdout.write(`Wrote ${written.map(file => displayPath(path.resolve(file))).join(', ')}.\nNext: fill them in (docs/import.md says what each column takes), then run: partnership import ${written.map(file => displayPath(path.resolve(file))).join(' ')} -o ${/\s/.test(where) ? JSON.stringify(where) : where}\n`);
                return;
            }
            let answers = answersFrom(options, folder);
            const flagged = [options.name, options.title, options.us, options.budget].some(value => value !== undefined);
            if (!flagged && process.stdin.isTTY && process.stdout.isTTY) answers = await askAnswers(answers, process.stdin, process.stdout);
            const written = await writeInit(folder, initTexts(answers, options.today ?? localToday()));
            // Inside the working folder as a relative path, else absolute.
            const where = displayPath(path.resolve(folder));
            process.stdout.write(`Wrote ${written.map(file => displayPath(path.resolve(file))).join(', ')}.\nNext: open them, change what the comments say, then run: partnership validate ${/\s/.test(where) ? JSON.stringify(where) : where}\n`);
        });
    program.command('import')
        .description('write .partnership files from spreadsheets (CSV, TSV, XLSX), a Kumu export or graph files (GEXF, GraphML, graphology JSON), with a summary of what was changed or left out; with --survey, add filled-in survey answers to an existing network instead')
        .argument('<files...>', 'the files to read; book.xlsx#Sheet reads one sheet')
        .option('-o, --output <folder>', 'the folder to write network.partnership, partners.partnership and ties.partnership into', '.')
        .option('--dry-run', 'print the files instead of writing them (the summary goes to stderr)')
        .option('--force', 'overwrite files that are already there')
        .option('--name <name>', 'the network\'s name (default: from the files, else the folder\'s name)')
        .option('--title <title>', 'the network\'s title')
        .option('--us <partner>', 'which partner is your organisation (a name or display name of the files)')
        .option('--budget <hours>', 'the hours your organisation can give the coalition, like "40 hours/month"')
        .option('--survey', 'instead: merge filled-in survey answers (the .csv files among <files>; partnership survey writes them) into the network given by the other paths (default .), as rating and value lines')
        .option('--date <date>', 'with --survey: the date of the ratings (YYYY-MM-DD); default: each answers file\'s modification date', parseToday)
        .action(async (files: string[], options: { output: string; dryRun?: boolean; force?: boolean; name?: string; title?: string; us?: string; budget?: string; survey?: boolean; date?: string }, command: Command) => {
            if (options.survey) {
                const other = ['output', 'force', 'name', 'title', 'us', 'budget'].find(option => command.getOptionValueSource(option) === 'cli');
                if (other) throw new UsageError(`--${other} does not go with --survey: the answers are added to the network's own files.`);
                const { runSurveyImport } = await import('./import/survey.js');
                process.exitCode = await runSurveyImport(files, { date: options.date, dryRun: options.dryRun });
                return;
            }
            if (options.date !== undefined) throw new UsageError('--date goes with --survey only.');
            const { runImport } = await import('./import/command.js');
            process.exitCode = await runImport(files, options);
        });
    program.command('format')
        .description('lay .partnership files out canonically (files, folders searched recursively, or globs); files with syntax errors are left alone')
        .argument('[paths...]', 'files, folders or globs', ['.'])
        .option('--check', 'write nothing; list the files that would change and exit 1 if any would')
        .action(async (paths: string[], options: { check?: boolean }) => {
            const [{ resolveTargets }, { formatFiles, formatReport, needsFormatting, writeFormatted }] = await Promise.all([import('./files.js'), import('./format.js')]);
            const cwd = process.cwd();
            const result = await formatFiles(await resolveTargets(paths, cwd));
            if (!options.check) await writeFormatted(result.files);
            process.stdout.write(formatReport(result, Boolean(options.check), cwd));
            const broken = result.files.some(file => file.syntaxErrors.length > 0);
            process.exitCode = broken || (options.check && result.files.some(needsFormatting)) ? 1 : 0;
        });
    program.command('explain')
        .description('print the documentation of a rule or structural check, by the [code] at the end of a finding; with --list (or no code), list every code')
        .argument('[code]', 'a rule or structural code, such as over-budget')
        .option('--list', 'list every code with a one-line summary')
        .action(async (code: string | undefined, options: { list?: boolean }) => {
            const { runExplain } = await import('./explain.js');
            process.exitCode = runExplain(code, options);
        });
    return program;
}

export async function main(argv: string[]): Promise<number> {
    // Output piped into a reader that stops early (`| head`): end quietly, as other tools do.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
    const program = createProgram();
    program.configureOutput({ writeErr: text => process.stderr.write(text) });
    try {
        await program.parseAsync(argv);
        return Number(process.exitCode ?? 0);
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; commander already printed its message.
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`partnership: ${terminalText(error.message)}\n`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`partnership: internal error: ${terminalText(message)}\n`);
        if (process.env.PARTNERSHIP_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
        return 2;
    }
}
