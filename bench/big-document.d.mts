/** One file of `partners` partners and about `tiesPerPartner` ties each (seeded, random pairs), no network declaration. */
export declare function bigDocument(partners: number, tiesPerPartner?: number): string;
