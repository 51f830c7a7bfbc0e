import { describe, expect, it } from 'vitest';
import { build, codes } from './helpers.js';
import * as ast from '../src/generated/ast.js';

const FULL = `// network.partnership
network EastsideFood "Eastside Food Access Coalition" {
    us EastsideFoodBank
    budget 40 hours/month
    backbone UnitedWay
    checkin every 3 months
    purpose joint-action
    vision "Every Eastside family within a mile of fresh food"
    decisions "Steering group by consensus"
    conflict "Raise it with the backbone first"
    communication "Monthly newsletter"
    review every 12 months
    last-review 2026-06-01
    policy {
        max-density 0.5
        min-trust 3
        min-diversity 50%
        rule unused-role off
    }
}

goal FreshProduce "20% more households within a mile of fresh produce" {
    cocreated-by EastsideFoodBank, UnitedWay
    due 2027-12-31
    needs funding
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1300 on 2026-03-31
}

// @allow goal-not-cocreated, goal-without-measure -- drafted by the board; shaped and measured with the youth council in spring
goal HousingFirst "Stable housing for youth"

role Funder "Funds shared programmes" {
    provides funding, visibility
    serves FreshProduce, HousingFirst
    lane "grant-making and funder reporting"
    commitment 1 hour/week
}

role Convener {
    provides facilitation
    serves FreshProduce
}

partner EastsideFoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Convener
    contact "Dana Ruiz <dana@example.org>"
}

partner UnitedWay "United Way of Eastside" {
    sector philanthropy
    plays Funder
    capacity 300 hours/year
    gatekeeper
    stage active since 2024-05-01
}

tie EastsideFoodBank--UnitedWay {
    strength strong
    effort 4 hours/month
    trust reliability 4 mission 5 openness 4
    EastsideFoodBank gives staff-time, data
    UnitedWay gives funding
    UnitedWay asks data
    last-checkin 2026-09-14
    checkin every 8 weeks
}

/* A block comment
   over two lines */
meeting Steering "Monthly steering call" {
    every month
    duration 90 minutes
    roles Convener, Funder
    invites UnitedWay
}
`;

describe('grammar', () => {
    it('parses every concept of the language without errors', async () => {
        const built = await build({ 'food/network.partnership': FULL });
        expect(built.summary()).toEqual([]);
        const model = built.documents.get('food/network.partnership')!.parseResult.value as ast.Model;
        const [network, fresh, housing, funder, , bank, unitedWay, tie, meeting] = model.elements;
        expect(ast.isNetwork(network) && network.us?.ref?.name).toBe('EastsideFoodBank');
        expect(ast.isNetwork(network) && network.budget).toMatchObject({ amount: 40, unit: 'hours', per: 'month' });
        expect(ast.isNetwork(network) && network.checkin).toMatchObject({ count: 3, unit: 'months' });
        const settings = ast.isNetwork(network) ? network.policies[0].settings : [];
        expect(settings.map(s => ast.isThreshold(s) ? `${s.key}=${s.value}${s.percent ? '%' : ''}` : `${(s as ast.RuleSeverity).code}:${(s as ast.RuleSeverity).severity}`))
            .toEqual(['max-density=0.5', 'min-trust=3', 'min-diversity=50%', 'unused-role:off']);
        expect(ast.isGoal(fresh) && [fresh.title, fresh.due, fresh.cocreatedBy.map(r => r.ref?.name)])
            .toEqual(['20% more households within a mile of fresh produce', '2027-12-31', ['EastsideFoodBank', 'UnitedWay']]);
        expect(ast.isGoal(housing) && housing.title).toBe('Stable housing for youth');
        expect(ast.isRole(funder) && [funder.provides, funder.serves.map(r => r.ref?.name), funder.lane, funder.commitment?.unit, funder.commitment?.per])
            .toEqual([['funding', 'visibility'], ['FreshProduce', 'HousingFirst'], 'grant-making and funder reporting', 'hour', 'week']);
        expect(ast.isPartner(bank) && bank.contact).toBe('Dana Ruiz <dana@example.org>');
        expect(ast.isPartner(unitedWay) && [unitedWay.sector, unitedWay.gatekeeper, unitedWay.stage?.value, unitedWay.capacity?.per]).toEqual(['philanthropy', true, 'active', 'year']);
        expect(ast.isTie(tie) && [tie.left.ref?.name, tie.right.ref?.name, tie.strength, tie.lastCheckin, tie.checkin?.unit]).toEqual(['EastsideFoodBank', 'UnitedWay', 'strong', '2026-09-14', 'weeks']);
        expect(ast.isTie(tie) && tie.trust?.aspects.map(a => `${a.kind}=${a.score}`)).toEqual(['reliability=4', 'mission=5', 'openness=4']);
        expect(ast.isTie(tie) && tie.gives.map(g => `${g.giver.ref?.name}:${g.values.join('+')}`)).toEqual(['EastsideFoodBank:staff-time+data', 'UnitedWay:funding']);
        expect(ast.isMeeting(meeting) && [meeting.cadence?.count, meeting.cadence?.unit, meeting.duration?.amount, meeting.duration?.unit]).toEqual([undefined, 'month', 90, 'minutes']);
    });

    it('accepts a declaration without a block, and `trust N` as one score', async () => {
        const built = await build({
            'n/a.partnership': 'goal HousingFirst "Stable housing for youth"\npartner A\npartner B\ntie A -- B { trust 4 }\n'
        });
        expect(built.summary().filter(s => s.includes('syntax-error'))).toEqual([]);
    });

    it('reports a syntax error with its position and keeps parsing the rest', async () => {
        const built = await build({ 'n/a.partnership': 'partner A {\n    capacity 4 hrs/month\n}\npartner B\n' });
        const diagnostics = built.diagnostics('n/a.partnership');
        expect(diagnostics.some(d => d.code === 'syntax-error' && d.range.start.line === 1)).toBe(true);
        const model = built.documents.get('n/a.partnership')!.parseResult.value as ast.Model;
        expect(model.elements.map(e => (e as ast.Partner).name)).toContain('B');
    });

    it('treats A--B as two names joined by the tie operator, and hyphens inside names as part of them', async () => {
        const built = await build({ 'n/a.partnership': 'partner Food-Bank\npartner Clinic\ntie Food-Bank--Clinic\n' });
        expect(codes(built.diagnostics('n/a.partnership')).filter(c => c.includes('error'))).toEqual([]);
    });
});
