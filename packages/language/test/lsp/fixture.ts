/**
 * A network split over four files, a separate network in a subfolder that reuses one of its names,
 * and a folder of loose files: for the cross-file and cross-network cases of the editor features.
 */
export const NETWORK = `network Coalition "Eastside Coalition" {
    us FoodBank
    backbone FoodBank
}
`;

export const ROLES = `goal Meals "Nobody goes hungry" {
    cocreated-by FoodBank, Clinic
}

role Funder "Funds programmes" {
    provides funding
    serves Meals
}

role Outreach {
    serves Meals
}
`;

export const PARTNERS = `partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Outreach
}

partner Clinic {
    plays Funder
}
`;

export const TIES = `tie FoodBank -- Clinic {
    FoodBank gives data
    Clinic gives funding
}
`;

/** A network of its own (subfolder with a network declaration): its names stay apart. */
export const YOUTH = `network Youth

role Mentor

partner YouthCouncil {
    plays Mentor
}

partner Clinic {
    plays Mentor
}

tie YouthCouncil -- Clinic
`;

export const FILES: Readonly<Record<string, string>> = {
    'coalition/network.partnership': NETWORK,
    'coalition/roles.partnership': ROLES,
    'coalition/partners.partnership': PARTNERS,
    'coalition/ties/2026.partnership': TIES,
    'coalition/youth/network.partnership': YOUTH
};

/** The fixture with one file replaced (or added), e.g. to put the cursor in it. */
export function withFile(file: string, text: string): Record<string, string> {
    return { ...FILES, [file]: text };
}
