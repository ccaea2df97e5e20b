import { beforeAll, describe, expect, it } from 'vitest';
import { fallbackText } from '../../src/commands/view/fallback-text.js';
import type { Member } from '../../src/domain/members/member.js';
import { createJobDeps } from '../../src/jobs/job-deps.js';
import { runNeglectScan } from '../../src/jobs/neglect.job.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
const DAY = 86_400_000;

/** The care.tick of one tenant at a given instant. */
const scan = (h: CareHarness, iso: string) => {
  h.clock.set(iso);
  return runNeglectScan(h.deps, h.tenantId, h.clock.now());
};

describe('neglect scan: cadence per tier and override', () => {
  let h: CareHarness;
  let rita: Member;
  beforeAll(async () => {
    h = await careHarness(db.conn, 'cadence', '2026-12-07T08:00:00Z');
    await h.member('ada');
    rita = await h.member('rita');
    const now = Date.parse('2026-12-07T08:00:00Z'); // Monday 09:00 in Berlin
    await h.account(rita, 'A fifteen days', new Date(now - 15 * DAY), { tier: 'A' }); // 14: 1 overdue
    await h.account(rita, 'B fifteen days', new Date(now - 15 * DAY), { tier: 'B' }); // 30: fine
    await h.account(rita, 'C hundred days', new Date(now - 100 * DAY), { tier: 'C' }); // 90: 10 overdue
    await h.account(rita, 'B override ten', new Date(now - 15 * DAY), { tier: 'B', cadenceDays: 10 }); // 5
  });

  it('lists the accounts past their cadence, most overdue first, with the buttons to act', async () => {
    const summary = await scan(h, '2026-12-07T08:00:00Z');
    expect(summary).toMatchObject({ sent: 1, duplicates: 0, quiet: 0 });
    const [dm] = h.dmsTo(rita);
    if (!dm) throw new Error('no DM');
    expect(dm.card.title).toBe('3 accounts are waiting to hear from you');
    const list = dm.card.blocks.find((b) => b.type === 'list');
    if (list?.type !== 'list') throw new Error('no list');
    expect(list.items.map((i) => i.title)).toEqual([
      '**C hundred days**',
      '**B override ten**',
      '**A fifteen days**',
    ]);
    expect(list.items.map((i) => i.detail)).toEqual([
      expect.stringMatching(/^Tier C · 10 days overdue · last contact Aug 29, 2026$/),
      expect.stringMatching(/^Tier B · 5 days overdue/),
      expect.stringMatching(/^Tier A · 1 day overdue/),
    ]);
    const c = await h.tenant.accounts.lookup('C hundred days');
    if (c.kind !== 'found') throw new Error('no account');
    expect(list.items[0]?.buttons?.map((b) => [b.label, b.action.id])).toEqual([
      ['Log interaction', 'form.open'],
      ['Snooze 7 days', 'care.snooze'],
      ['Snooze 30 days', 'care.snooze'],
      ['Reassign', 'care.reassign'],
      ['Mark dormant', 'care.dormant'],
    ]);
    expect(list.items[0]?.buttons?.map((b) => b.action.value)).toEqual([
      { form: 'log.interaction', account: c.item.id },
      { account: c.item.id, days: '7' },
      { account: c.item.id, days: '30' },
      { account: c.item.id },
      { account: c.item.id },
    ]);
    expect(dm.text).toMatch(/C hundred days/);
  });

  it('sends it once a day however often the job runs, and again the next working day', async () => {
    const again = await scan(h, '2026-12-07T08:00:00Z');
    expect(again).toMatchObject({ sent: 0, duplicates: 1 });
    await scan(h, '2026-12-07T13:15:00Z');
    expect(h.dmsTo(rita)).toHaveLength(1);
    await scan(h, '2026-12-08T08:00:00Z');
    expect(h.dmsTo(rita)).toHaveLength(2);
  });

  it('sends one DM when several processes scan at the same moment', async () => {
    h.clock.set('2026-12-09T08:00:00Z');
    const processes = Array.from({ length: 5 }, () => createJobDeps({ ...h.deps }));
    const summaries = await Promise.all(
      processes.map((deps) => runNeglectScan(deps, h.tenantId, h.clock.now())),
    );
    expect(summaries.map((x) => x.sent).reduce((a, b) => a + b)).toBe(1);
    expect(summaries.map((x) => x.duplicates).reduce((a, b) => a + b)).toBe(4);
    expect(h.dmsTo(rita)).toHaveLength(3);
  });
});

describe('neglect scan: snoozed, dormant, quiet hours, weekends', () => {
  let h: CareHarness;
  let rita: Member;
  let sam: Member;
  beforeAll(async () => {
    h = await careHarness(db.conn, 'exclusions', '2026-12-04T10:00:00Z');
    await h.member('ada');
    rita = await h.member('rita');
    sam = await h.member('sam', { workingHours: { start: '10:00', end: '14:00', days: [6, 7] } });
    const old = '2026-06-01T10:00:00Z';
    const snoozed = await h.account(rita, 'Snoozed GmbH', old);
    await h.tenant.accounts.update(snoozed.id, { snoozedUntil: new Date('2026-12-20T00:00:00Z') });
    const dormant = await h.account(rita, 'Dormant AG', old);
    await h.tenant.accounts.update(dormant.id, { dormant: true });
    await h.account(rita, 'Waiting KG', old);
    await h.account(sam, 'Weekend Ltd', old);
  });

  it('leaves snoozed and dormant accounts out', async () => {
    await scan(h, '2026-12-04T08:30:00Z'); // Friday 09:30
    const [dm] = h.dmsTo(rita);
    expect(dm && fallbackText(dm.card)).toMatch(/Waiting KG/);
    expect(dm && fallbackText(dm.card)).not.toMatch(/Snoozed GmbH|Dormant AG/);
    expect(dm?.card.title).toBe('1 account is waiting to hear from you');
  });

  it('is quiet outside working hours and on days off, unless the member works then', async () => {
    const early = await scan(h, '2026-12-05T05:00:00Z'); // Saturday 06:00: nobody works yet
    expect(early).toMatchObject({ sent: 0, quiet: 2 });
    const saturday = await scan(h, '2026-12-05T09:00:00Z'); // Saturday 10:00: only Sam works
    expect(saturday).toMatchObject({ sent: 1, quiet: 1 });
    expect(h.dmsTo(sam).map((d) => d.at.toISOString())).toEqual(['2026-12-05T09:00:00.000Z']);
    expect(h.dmsTo(rita)).toHaveLength(1); // Friday's only
    await scan(h, '2026-12-06T09:00:00Z'); // Sunday
    await scan(h, '2026-12-07T08:00:00Z'); // Monday 09:00: Rita's next one; Sam is off
    expect(h.dmsTo(rita).map((d) => d.at.toISOString())).toEqual([
      '2026-12-04T08:30:00.000Z',
      '2026-12-07T08:00:00.000Z',
    ]);
    expect(h.dmsTo(sam)).toHaveLength(2);
  });
});

describe('neglect scan: many accounts', () => {
  it('shows the ten most overdue and “and N more”', async () => {
    const h = await careHarness(db.conn, 'many', '2026-12-07T08:00:00Z');
    await h.member('ada');
    const rita = await h.member('rita', { locale: 'de' });
    for (let i = 1; i <= 12; i++) {
      await h.account(
        rita,
        `Kunde ${String(i).padStart(2, '0')}`,
        new Date(Date.parse('2026-11-01T10:00:00Z') - i * DAY),
      );
    }
    await scan(h, '2026-12-07T08:00:00Z');
    const [dm] = h.dmsTo(rita);
    if (!dm) throw new Error('no DM');
    expect(dm.card.title).toBe('12 Kunden warten auf dich');
    const list = dm.card.blocks.find((b) => b.type === 'list');
    if (list?.type !== 'list') throw new Error('no list');
    expect(list.items.map((i) => i.title)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((i) => `**Kunde ${String(i).padStart(2, '0')}**`),
    );
    expect(list.items[0]?.buttons?.map((b) => b.label)).toContain('7 Tage pausieren');
    expect(dm.card.blocks.at(-1)).toEqual({ type: 'context', text: '… und 2 weitere' });
  });
});

describe('neglect scan: time zones and DST', () => {
  it('reaches each owner at 09:00 in their own zone, in the week the US is still on summer time', async () => {
    const h = await careHarness(db.conn, 'zones', '2026-10-26T22:00:00Z');
    await h.member('ada');
    const berlin = await h.member('berta');
    const ny = await h.member('nick', { timeZone: 'America/New_York' });
    const tokyo = await h.member('kenji', { timeZone: 'Asia/Tokyo' });
    for (const m of [berlin, ny, tokyo])
      await h.account(m, `${m.displayName} account`, '2026-06-01T10:00:00Z');
    // Every 15 minutes from Monday 23:00Z to Tuesday 15:00Z, like care.tick.
    for (
      let t = Date.parse('2026-10-26T23:00:00Z');
      t <= Date.parse('2026-10-27T15:00:00Z');
      t += 15 * 60_000
    ) {
      await scan(h, new Date(t).toISOString());
    }
    expect(h.dmsTo(tokyo).map((d) => d.at.toISOString())).toEqual(['2026-10-27T00:00:00.000Z']); // 09:00 JST
    expect(h.dmsTo(berlin).map((d) => d.at.toISOString())).toEqual(['2026-10-27T08:00:00.000Z']); // 09:00 CET
    expect(h.dmsTo(ny).map((d) => d.at.toISOString())).toEqual(['2026-10-27T13:00:00.000Z']); // 09:00 EDT
  });

  it('counts the cadence in calendar days across the change to summer time', async () => {
    const h = await careHarness(db.conn, 'dst', '2026-03-30T07:00:00Z');
    await h.member('ada');
    const rita = await h.member('rita');
    // Sunday 15 March 23:30 CET; 14 days later is Sunday 29 March 23:30 CEST — not Monday 00:30.
    await h.account(rita, 'Late Night', '2026-03-15T22:30:00Z', { tier: 'A' });
    await scan(h, '2026-03-30T07:00:00Z'); // Monday 09:00 CEST
    expect(h.dmsTo(rita)[0]?.text).toMatch(/Late Night — Tier A · 1 day overdue/);
  });

  it.each([
    // Monday 26 Oct 00:30 EDT + 14 days = Monday 9 Nov 00:30 EST (24-hour days would give Sunday 23:30).
    ['America/New_York', '2026-10-26T04:30:00Z', 'A', undefined, '2026-11-09T14:00:00Z', 'due today'],
    ['America/New_York', '2026-10-25T04:30:00Z', 'A', undefined, '2026-11-09T14:00:00Z', '1 day overdue'],
    // Tokyo has no DST; an override of 10 days wins over tier C's 90.
    ['Asia/Tokyo', '2026-11-27T01:00:00Z', 'C', 10, '2026-12-07T00:00:00Z', 'due today'],
    ['Asia/Tokyo', '2026-11-25T01:00:00Z', 'C', 10, '2026-12-07T00:00:00Z', '2 days overdue'],
  ] as const)(
    'counts cadence days in the tenant’s zone: %s, last contact %s',
    async (zone, last, tier, cadence, at, label) => {
      const h = await careHarness(db.conn, `zone-${zone.replace(/\W/g, '')}-${last.slice(8, 10)}`, at);
      await h.member('ada', { timeZone: zone });
      await h.settings({ timeZone: zone });
      const owner = await h.member('owner', { timeZone: zone });
      await h.account(owner, 'Cadence Co', last, { tier, ...(cadence ? { cadenceDays: cadence } : {}) });
      await scan(h, at);
      expect(h.dmsTo(owner)[0]?.text).toMatch(new RegExp(`Cadence Co — Tier ${tier} · ${label}`));
    },
  );

  it('includes what falls due later that day and says so', async () => {
    const h = await careHarness(db.conn, 'today', '2026-11-02T08:00:00Z');
    await h.member('ada');
    const rita = await h.member('rita');
    // Monday 19 Oct 16:00 CEST + 14 days = Monday 2 Nov 16:00 CET.
    await h.account(rita, 'Afternoon', '2026-10-19T14:00:00Z', { tier: 'A' });
    await scan(h, '2026-10-30T08:00:00Z'); // Friday: not yet
    expect(h.dmsTo(rita)).toHaveLength(0);
    await scan(h, '2026-11-02T08:00:00Z'); // Monday 09:00 CET
    expect(h.dmsTo(rita)[0]?.text).toMatch(/Afternoon — Tier A · due today/);
  });
});
