import { describe, expect, it } from 'vitest';
import { build, codes } from '../helpers.js';

const BODY = `partner Bank
partner Radio

role Funder
`;

describe('severity overrides in policy', () => {
    it('changes a rule severity, or turns it off, for the whole network across files', async () => {
        const plain = await build({ 'n/network.partnership': 'network N\n', 'n/body.partnership': BODY });
        expect(codes(plain.diagnostics('n/body.partnership'))).toEqual([
            '1:9 warning isolated-partner', '1:9 warning partner-without-role',
            '2:9 warning isolated-partner', '2:9 warning partner-without-role',
            '4:6 info unused-role'
        ]);
        const policy = 'network N {\n    policy {\n        rule isolated-partner off\n        rule unused-role error\n        rule partner-without-role info\n    }\n}\n';
        const overridden = await build({ 'n/network.partnership': policy, 'n/body.partnership': BODY });
        expect(codes(overridden.diagnostics('n/body.partnership'))).toEqual([
            '1:9 info partner-without-role', '2:9 info partner-without-role', '4:6 error unused-role'
        ]);
    });

    it('a policy of one network does not apply to another', async () => {
        const built = await build({
            'a/network.partnership': 'network A {\n    purpose sharing\n    policy {\n        rule unused-role off\n    }\n}\nrole R\n',
            'b/network.partnership': 'network B {\n    purpose sharing\n}\nrole R\n'
        });
        expect(codes(built.diagnostics('a/network.partnership'))).toEqual([]);
        expect(codes(built.diagnostics('b/network.partnership'))).toEqual(['4:6 info unused-role']);
    });
});

describe('@allow suppression', () => {
    it('silences the named codes on the element right below, and nothing else', async () => {
        const text = `// @allow isolated-partner, partner-without-role -- the radio joins during emergencies only
partner Radio

// A comment line between is fine.
// @allow isolated-partner -- a prospect we have not met yet
// Reviewed 2026-10.
partner Church

partner Library
`;
        const built = await build({ 'n/main.partnership': text });
        expect(codes(built.diagnostics('n/main.partnership'))).toEqual([
            '7:9 warning partner-without-role',
            '9:9 warning isolated-partner', '9:9 warning partner-without-role'
        ]);
    });

    it('does not reach past a blank line or a declaration in between', async () => {
        const text = '// @allow isolated-partner -- old note\n\npartner Radio {\n    plays Host\n}\nrole Host\n';
        const built = await build({ 'n/main.partnership': text });
        expect(codes(built.diagnostics('n/main.partnership'))).toEqual(['3:9 warning isolated-partner', '3:9 warning partner-without-goal']);
    });

    it('silences a network-level finding above the network block', async () => {
        const network = '// @allow over-budget -- we accept the overrun during the 2026 harvest season\nnetwork N {\n    us A\n    budget 1 hour/month\n    purpose joint-action\n}\n';
        const ties = 'goal G {\n    cocreated-by B\n    measure "m"\n    target 2 by 2027-01-01\n}\nrole R {\n    serves G\n}\npartner A {\n    plays R\n}\npartner B {\n    plays R\n}\ntie A -- B {\n    effort 5 hours/month\n}\n';
        const allowed = await build({ 'n/network.partnership': network, 'n/ties.partnership': ties });
        expect(allowed.summary()).toEqual([]);
        const plain = await build({ 'n/network.partnership': network.split('\n').slice(1).join('\n'), 'n/ties.partnership': ties });
        expect(plain.summary()).toEqual(['n/network.partnership:3:12 error over-budget']);
    });
});
