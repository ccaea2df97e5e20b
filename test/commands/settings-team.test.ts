import { beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let h: CommandHarness;

beforeAll(async () => {
  h = await commandHarness(db.conn, 'settings');
  await h.kontakt.text(h.as('ada', { name: 'Ada Admin' }), 'help'); // first member: admin
  await h.kontakt.text(h.as('rita', { name: 'Rita Rep', locale: 'de' }), 'hilfe');
  await h.kontakt.text(h.as('maria', { name: 'Maria Manager', locale: 'de' }), 'hilfe');
});

const form = async () => {
  const res = await h.kontakt.openForm(h.as('ada'), 'settings');
  if (res.kind !== 'form') throw new Error('expected the settings dialog');
  return Object.fromEntries(
    res.form.fields.map((f) => [f.id, f.type === 'lookup' ? (f.value?.value ?? '') : (f.value ?? '')]),
  ) as Record<string, string>;
};

describe('/crm settings', () => {
  it('shows settings to everyone and the edit button only to admins', async () => {
    const admin = cardOf(await h.kontakt.text(h.as('ada'), 'settings'));
    expect(JSON.stringify(admin)).toMatch(/Edit settings/);
    const rep = await h.kontakt.text(h.as('rita'), 'einstellungen');
    expect(textOf(rep)).toMatch(/Nur Admins/);
  });

  it('saves a changed pipeline, cadence and currency', async () => {
    const values = {
      ...(await form()),
      currency: 'chf',
      cadenceA: '21',
      stage_proposal: 'Angebot · 45 % · 6',
      stage_new: 'Demo · 30 %',
    };
    const res = await h.kontakt.submit(h.as('ada'), 'settings', values);
    expect(res.kind).toBe('done');
    const tenant = await db.conn.collection('tenants').findOne({});
    expect(tenant?.settings.currency).toBe('CHF');
    expect(tenant?.settings.cadenceDays.A).toBe(21);
    expect(tenant?.settings.pipeline.map((s: { name: string }) => s.name)).toEqual([
      'Lead',
      'Qualified',
      'Angebot',
      'Negotiation',
      'Demo',
      'Won',
      'Lost',
    ]);
  });

  it('shows each bad value inline and saves nothing', async () => {
    const before = JSON.stringify((await db.conn.collection('tenants').findOne({}))?.settings);
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ currency: 'EURO' }, 'currency', /three-letter ISO code/],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', /IANA/],
      [{ start: '18:00', end: '09:00' }, 'start', /start before the end/],
      [{ cadenceB: '0' }, 'cadenceB', /tier B/],
      [{ stage_lead: 'Lead · ten' }, 'stage_lead', /name · probability % · days/],
      [{ stage_lead: 'Negotiation · 10 %' }, 'stage_new', /unique names/],
    ];
    for (const [change, field, message] of cases) {
      const res = await h.kontakt.submit(h.as('ada'), 'settings', { ...(await form()), ...change });
      expect(res.kind, JSON.stringify(change)).toBe('form_errors');
      if (res.kind === 'form_errors') expect(res.errors[field], JSON.stringify(change)).toMatch(message);
    }
    expect(JSON.stringify((await db.conn.collection('tenants').findOne({}))?.settings)).toBe(before);
  });

  it('moves open deals that follow the stage default to a changed probability, not hand-set ones', async () => {
    await h.kontakt.text(h.as('ada'), 'account new Initrode');
    await h.kontakt.text(h.as('ada'), 'deal new Initrode "Default" 1000 --stage Angebot');
    await h.kontakt.text(h.as('ada'), 'deal new Initrode "By hand" 1000 --stage Angebot --probability 90');
    const res = await h.kontakt.submit(h.as('ada'), 'settings', {
      ...(await form()),
      stage_proposal: 'Angebot · 50 % · 6',
    });
    expect(res.kind).toBe('done');
    const deal = (title: string) => db.conn.collection('deals').findOne({ title });
    expect(await deal('Default')).toMatchObject({ probability: 50, weightedAmount: 50_000 });
    expect(((await deal('Default'))?.history ?? []).at(-1)).toMatchObject({
      kind: 'probability',
      from: 45,
      to: 50,
    });
    expect(await deal('By hand')).toMatchObject({ probability: 90, weightedAmount: 90_000 });
  });

  it('refuses to remove a stage that still has open deals, and non-admins entirely', async () => {
    await h.kontakt.text(h.as('ada'), 'account new Acme');
    await h.kontakt.text(h.as('ada'), 'deal new Acme "Pilot" 100 --stage qualified');
    const res = await h.kontakt.submit(h.as('ada'), 'settings', { ...(await form()), stage_qualified: '' });
    expect(res).toEqual({
      kind: 'form_errors',
      errors: { stage_qualified: expect.stringMatching(/1 open deal/) },
    });
    const rep = await h.kontakt.submit(h.as('rita'), 'settings', await form());
    expect(textOf(rep)).toMatch(/Das dürfen nur Admins/);
  });
});

describe('/crm team', () => {
  it('lets admins set roles and managers, keeping at least one admin', async () => {
    const role = await h.kontakt.text(h.as('ada'), 'team role "Maria Manager" manager');
    expect(textOf(role)).toMatch(/Maria Manager is now Manager/);
    const reports = await h.kontakt.text(h.as('ada'), 'team manager "Rita Rep" "Maria Manager"');
    expect(textOf(reports)).toMatch(/Rita Rep now reports to Maria Manager/);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'team role "Ada Admin" rep'))).toMatch(/last admin/);
    expect(textOf(await h.kontakt.text(h.as('rita'), 'team role "Rita Rep" admin'))).toMatch(/nur Admins/);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'team role "Rita Rep" boss'))).toMatch(
      /rep, manager, admin/,
    );
    const rita = await db.conn.collection('members').findOne({ displayName: 'Rita Rep' });
    const maria = await db.conn.collection('members').findOne({ displayName: 'Maria Manager' });
    expect(rita).toMatchObject({ role: 'rep', managerId: String(maria?._id) });
    // the manager now sees the rep's pipeline
    expect(textOf(await h.kontakt.text(h.as('maria'), 'pipeline "Rita Rep"'))).toMatch(/Pipeline — Rita Rep/);
    await h.kontakt.text(h.as('ada'), 'team manager "Rita Rep" none');
    expect(
      (await db.conn.collection('members').findOne({ displayName: 'Rita Rep' }))?.managerId,
    ).toBeUndefined();
  });
});
