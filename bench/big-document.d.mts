/** One file of `partners` partners and about `tiesPerPartner` ties each (seeded, random pairs), no network declaration. */
export declare function bigDocument(partners: number, tiesPerPartner?: number): string;
/** One file of `partners` partners with an unknown sector, no role and no tie: three findings each, partner P<i> on line i + 1. */
export declare function manyFindingsDocument(partners: number): string;
