/**
 * A scratch git repository with the story of a small coalition, a commit at a time: it starts with
 * three partners, a library joins, the partners' file is split in two, trust rises and a reading is
 * added, an unrelated README changes, a partner leaves as the library becomes active and the goal is
 * achieved, and the ties' file is renamed. `partnership history` tests read it (test/history-cli.test.ts,
 * packages/cli/test/history.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const NETWORK = (achieved: boolean) => `network Riverside "Riverside Food Coalition" {
    us FoodBank
    budget 20 hours/month
    checkin every 3 months
}

goal Pantries "Pantries open every weekday" {
    cocreated-by FoodBank, Church
    measure "Pantries open every weekday"
    baseline 2 on 2026-01-01
    target 6 by 2026-12-31
${achieved ? '    progress 6 on 2026-05-30\n    achieved 2026-05-30\n' : ''}}
`;

const PARTNER = (name: string, title: string, sector: string, stage: string) => `partner ${name} "${title}" {
    sector ${sector}
    stage ${stage}
}
`;

const TIE = (left: string, right: string, trust: number, checkin = '2026-01-05') => `tie ${left} -- ${right} {
    effort 2 hours/month
    trust ${trust}
    ${left} gives staff-time
    ${right} gives space
    last-checkin ${checkin}
}
`;

const FOODBANK = PARTNER('FoodBank', 'Riverside Food Bank', 'nonprofit', 'active');
const CHURCH = PARTNER('Church', 'St. Mark\'s Church', 'faith', 'active');
const CLINIC = (stage: string) => PARTNER('Clinic', 'Riverside Clinic', 'healthcare', stage);
const LIBRARY = (stage: string) => PARTNER('Library', 'Riverside Library', 'education', stage);

/** The commits: author, date, message, and the files written (a null text deletes the file). */
export const STORY: ReadonlyArray<{ author: string; date: string; message: string; files: Record<string, string | null> }> = [
    { author: 'Ana Ruiz', date: '2026-01-10T09:00:00-08:00', message: 'Start the coalition\'s network', files: {
        'coalition/network.partnership': NETWORK(false),
        'coalition/partners.partnership': FOODBANK + '\n' + CHURCH + '\n' + CLINIC('exploring'),
        'coalition/ties.partnership': TIE('FoodBank', 'Church', 3) + '\n' + TIE('FoodBank', 'Clinic', 3)
    } },
    { author: 'Ben Okafor', date: '2026-02-14T17:30:00+01:00', message: 'The library joins', files: {
        'coalition/partners.partnership': FOODBANK + '\n' + CHURCH + '\n' + CLINIC('exploring') + '\n' + LIBRARY('exploring'),
        'coalition/ties.partnership': TIE('FoodBank', 'Church', 3) + '\n' + TIE('FoodBank', 'Clinic', 3) + '\n' + TIE('Library', 'Church', 3)
    } },
    { author: 'Ana Ruiz', date: '2026-03-03T10:00:00-08:00', message: 'Split the partners by sector', files: {
        'coalition/partners.partnership': FOODBANK + '\n' + CHURCH,
        'coalition/more/health-and-learning.partnership': CLINIC('exploring') + '\n' + LIBRARY('exploring')
    } },
    { author: 'Chen Wei', date: '2026-04-20T23:30:00+09:00', message: 'Trust is up after the spring drive', files: {
        'coalition/ties.partnership': TIE('FoodBank', 'Church', 4, '2026-04-15') + '\n' + TIE('FoodBank', 'Clinic', 3) + '\n' + TIE('Library', 'Church', 5, '2026-04-18')
    } },
    { author: 'Ana Ruiz', date: '2026-05-01T08:00:00-08:00', message: 'Say what the folder is', files: {
        'README.md': '# Riverside\n'
    } },
    { author: 'Ben Okafor', date: '2026-06-01T12:00:00+01:00', message: 'The clinic steps back; all pantries open', files: {
        'coalition/network.partnership': NETWORK(true),
        'coalition/more/health-and-learning.partnership': LIBRARY('active'),
        'coalition/ties.partnership': TIE('FoodBank', 'Church', 4, '2026-04-15') + '\n' + TIE('Library', 'Church', 5, '2026-04-18')
    } },
    { author: 'Chen Wei', date: '2026-07-07T07:07:07+00:00', message: 'Rename the ties\' file', files: {
        'coalition/ties.partnership': null,
        'coalition/relationships.partnership': TIE('FoodBank', 'Church', 4, '2026-04-15') + '\n' + TIE('Library', 'Church', 5, '2026-04-18')
    } }
];

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, ...env } });
}

/** Writes the story into a new repository; returns its folder and a function that removes it. */
export function makeHistoryRepo(): { dir: string; commits: string[]; remove(): void } {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-history-'));
    git(dir, ['init', '-q', '-b', 'main']);
    const commits: string[] = [];
    for (const step of STORY) {
        for (const [file, text] of Object.entries(step.files)) {
            const target = path.join(dir, ...file.split('/'));
            if (text === null) rmSync(target);
            else {
                mkdirSync(path.dirname(target), { recursive: true });
                writeFileSync(target, text);
            }
        }
        git(dir, ['add', '-A']);
        const name = step.author;
        const email = `${name.split(' ')[0].toLowerCase()}@example.org`;
        git(dir, ['commit', '-q', '-m', step.message], {
            GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: step.date,
            GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_DATE: step.date
        });
        commits.push(git(dir, ['rev-parse', 'HEAD']).trim());
    }
    return { dir, commits, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
