/**
 * A small network in two files for the hover, inlay hint and code lens tests, with numbers worked
 * out by hand:
 *
 *   Funder — FoodBank — Clinic — Radio   (a path: FoodBank and Clinic are cut vertices)
 *
 * Loads (h/month): FoodBank (us) = tie 4 + tie 2 (24 hours/year) + Steering 3.25 (every 2 weeks,
 * 90 minutes: 52/12 ÷ 2 × 1.5) + Distribution 2 = 11.25; Clinic = 4 + 4.33 (1 hour/week) + 3.25 =
 * 11.58 against a capacity of 2 hours/week = 8.67; Funder 2; Radio 4.33.
 */
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { build, type Built } from '../helpers.js';

export const NETWORK = `network Coalition "Eastside Coalition" {
    us FoodBank
    budget 40 hours/month
    checkin every 3 months
    policy {
        min-trust 3
        rule one-sided-tie error
    }
}

goal Meals "Nobody goes hungry" {
    cocreated-by FoodBank, Clinic
    due 2027-12-31
}

role Distribution "Runs the pantry" {
    provides space
    serves Meals
    lane "pantry logistics"
    commitment 2 hours/month
}

role Outreach {
    provides connections
    serves Meals
}

partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Distribution
    stage active
    gatekeeper
}

partner Clinic "Eastside Clinic" {
    sector healthcare
    plays Outreach
    capacity 2 hours/week
}

// @allow partner-without-goal, isolated-partner -- new
partner Funder {
    sector philanthropy
    plays Outreach
}

partner Radio {
    sector media
    plays Outreach
}

meeting Steering "Steering call" {
    every 2 weeks
    duration 90 minutes
    roles Distribution
    invites Clinic
}
`;

export const TIES = `tie FoodBank -- Clinic {
    strength strong
    effort 4 hours/month
    trust reliability 4 mission 5 openness 4
    FoodBank gives space
    Clinic gives data
    last-checkin 2026-07-01
}

tie FoodBank -- Funder {
    effort 24 hours/year
    trust 2
    Funder gives funding
}

tie Clinic -- Radio {
    effort 1 hour/week
    Clinic gives data
    Radio gives visibility
}
`;

export const NETWORK_FILE = 'c/network.partnership';
export const TIES_FILE = 'c/ties.partnership';

export async function buildCoalition(files: Record<string, string> = {}): Promise<Built> {
    return build({ [NETWORK_FILE]: NETWORK, [TIES_FILE]: TIES, ...files });
}

/**
 * The position of the `occurrence`-th (0-based) `needle` in a document, counted from the first
 * `after` if given, moved `shift` characters into the needle.
 */
export function positionOf(document: LangiumDocument, needle: string, options: { after?: string; occurrence?: number; shift?: number } = {}): Position {
    const text = document.textDocument.getText();
    let offset = options.after === undefined ? 0 : text.indexOf(options.after);
    if (offset < 0) throw new Error(`'${options.after}' is not in the text`);
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        offset = text.indexOf(needle, i === 0 ? offset : offset + 1);
        if (offset < 0) throw new Error(`'${needle}' is not in the text`);
    }
    return document.textDocument.positionAt(offset + (options.shift ?? 0));
}

/** The hover at the first character of `needle` (see positionOf): its markdown and the text its range covers. */
export async function hoverAt(built: Built, file: string, needle: string, options: { after?: string; occurrence?: number; shift?: number } = {}): Promise<{ markdown: string; covers: string } | undefined> {
    const document = built.documents.get(file)!;
    const hover = await built.services.Partnership.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, needle, options)
    });
    if (!hover) return undefined;
    const contents = hover.contents as { kind: string; value: string };
    if (contents.kind !== 'markdown') throw new Error(`hover is ${contents.kind}, not markdown`);
    return { markdown: contents.value, covers: hover.range ? document.textDocument.getText(hover.range) : '' };
}
