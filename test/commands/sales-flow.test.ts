import { beforeAll, describe, expect, it } from 'vitest';
import { fallbackText } from '../../src/commands/view/fallback-text.js';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let h: CommandHarness;
const count = (c: string) => db.conn.collection(c).countDocuments();

beforeAll(async () => {
  h = await commandHarness(db.conn, 'flow');
  await h.kontakt.text(h.as('ada', { name: 'Ada Admin' }), 'account new "Acme GmbH" --tier A');
  await h.kontakt.text(h.as('ada'), 'account new "Globex"');
});

describe('contacts', () => {
  it('adds a person to an account and shows them', async () => {
    const res = await h.kontakt.text(
      h.as('ada'),
      'contact new "Hans Müller" --account acme --email hans@acme.de --role Einkauf',
    );
    expect(cardOf(res).title).toBe('Hans Müller');
    expect(textOf(res)).toMatch(/Account: Acme GmbH/);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'contact hans'))).toMatch(/hans@acme.de/);
    const dup = await h.kontakt.text(
      h.as('ada'),
      'contact new "H. Müller" --account acme --email HANS@acme.de',
    );
    expect(textOf(dup)).toMatch(/hans@acme.de/i);
    expect(await count('contacts')).toBe(1);
  });
});

describe('/crm log', () => {
  it('logs a call with a multi-word account matched without quotes, a contact and a follow-up', async () => {
    const res = await h.kontakt.text(
      h.as('ada'),
      'log call Acme GmbH Discussed renewal, wants 50 seats --contact Hans --next 2026-12-11',
    );
    expect(textOf(res)).toMatch(/Call with Acme GmbH on .* logged/);
    expect(textOf(res)).toMatch(/Follow-up reminder set for Dec 11, 2026/);
    const [i] = await db.conn.collection('interactions').find().toArray();
    expect(i).toMatchObject({
      type: 'call',
      summary: 'Discussed renewal, wants 50 seats',
      source: 'playground',
    });
    expect(i?.contactIds).toHaveLength(1);
    expect(await count('reminders')).toBe(1);
    const account = await db.conn.collection('accounts').findOne({ name: 'Acme GmbH' });
    expect(account?.lastInteractionAt?.toISOString()).toBe('2026-12-04T10:00:00.000Z');
  });

  it('understands German types, dates and quoted names', async () => {
    const res = await h.kontakt.text(
      h.as('gerd', { locale: 'de' }),
      'notiz anruf "Globex" Rückruf wegen Preis --wann gestern',
    );
    expect(textOf(res)).toMatch(/Anruf mit Globex am 03\.12\.2026, .* erfasst/);
  });

  it('rejects bad input and writes nothing', async () => {
    const before = await count('interactions');
    expect(textOf(await h.kontakt.text(h.as('ada'), 'log call Initech hello'))).toMatch(
      /no account matching “Initech”/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'log call Acme GmbH'))).toMatch(/summary/i);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'log call Acme GmbH x --when someday soonish'))).toMatch(
      /not a date/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'log call Acme GmbH x --next 2020-01-01'))).toMatch(
      /already passed/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'log call Acme GmbH x --contact Nobody'))).toMatch(
      /Nobody/,
    );
    expect(await count('interactions')).toBe(before);
  });

  it('logs once when the same request arrives twice', async () => {
    const inv = { ...h.as('ada'), requestId: 'trigger-1' };
    await h.kontakt.text(inv, 'log email Globex Sent the proposal --next 2026-12-20');
    const before = await count('interactions');
    const reminders = await count('reminders');
    await h.kontakt.text(inv, 'log email Globex Sent the proposal --next 2026-12-20');
    expect(await count('interactions')).toBe(before);
    expect(await count('reminders')).toBe(reminders);
  });

  it('opens the log dialog, validates it inline and logs on submit', async () => {
    const res = await h.kontakt.text(h.as('ada'), 'log');
    expect(res.kind).toBe('form');
    const acme = await db.conn.collection('accounts').findOne({ name: 'Acme GmbH' });
    const before = await count('interactions');
    const bad = await h.kontakt.submit(h.as('ada'), 'log.interaction', {
      account: String(acme?._id),
      type: 'call',
      summary: '',
    });
    expect(bad).toEqual({
      kind: 'form_errors',
      errors: { summary: expect.stringMatching(/summary|happened/i) },
    });
    expect(await count('interactions')).toBe(before);
    const ok = await h.kontakt.submit(h.as('ada'), 'log.interaction', {
      account: String(acme?._id),
      type: 'meeting',
      direction: 'in',
      summary: 'Visit on site',
    });
    expect(ok.kind).toBe('done');
    expect(await count('interactions')).toBe(before + 1);
  });

  it('prefills the dialog from a shared message and guesses the account from its text', async () => {
    const res = await h.kontakt.openForm(h.as('ada'), 'log.interaction', {
      summary: 'Globex asked for a discount on the renewal',
      author: 'Jane Customer',
      permalink: 'https://example.slack.com/archives/C1/p1',
      occurredAt: '2026-12-04T09:00:00Z',
    });
    if (res.kind !== 'form') throw new Error('expected a form');
    const account = res.form.fields.find((f) => f.id === 'account');
    expect(account?.type === 'lookup' && account.value?.label).toBe('Globex');
    const summary = res.form.fields.find((f) => f.id === 'summary');
    expect(summary?.type === 'text' && summary.value).toMatch(/^From Jane Customer:\nGlobex asked/);
    expect(res.form.state).toMatchObject({ permalink: 'https://example.slack.com/archives/C1/p1' });
  });
});

describe('deals, stages, quotes and the pipeline', () => {
  it('creates a deal with an amount in the member’s notation and a close date', async () => {
    const res = await h.kontakt.text(h.as('ada'), 'deal new Acme GmbH "50 seats" 25.000 --close 2027-03-31');
    const text = textOf(res);
    expect(cardOf(res).title).toBe('50 seats');
    expect(text).toMatch(/Amount: €25,000.00/);
    expect(text).toMatch(/Stage: Lead/);
    expect(text).toMatch(/Weighted: €2,500.00/);
    expect(text).toMatch(/Expected close: Mar 31, 2027/);
  });

  it('offers open deals as typeahead options, by title prefix and within an account', async () => {
    await h.kontakt.text(h.as('ada'), 'deal new Globex "Seat expansion" 1000');
    const byPrefix = await h.kontakt.options(h.as('ada'), 'deals', '50 s');
    expect(byPrefix.map((o) => o.label)).toEqual(['50 seats']);
    const containing = await h.kontakt.options(h.as('ada'), 'deals', 'seat');
    expect(containing.map((o) => o.label)).toEqual(['Seat expansion', '50 seats']);
    const acme = await db.conn.collection('accounts').findOne({ name: 'Acme GmbH' });
    const scoped = await h.kontakt.options(h.as('ada'), 'deals', 'seat', { account: String(acme?._id) });
    expect(scoped.map((o) => o.label)).toEqual(['50 seats']);
    await db.conn.collection('deals').deleteOne({ title: 'Seat expansion' });
  });

  it('moves the deal through stages, asks for a lost reason and records history', async () => {
    const moved = await h.kontakt.text(h.as('ada'), 'stage "50 seats" negotiation');
    expect(textOf(moved)).toMatch(/moved from Lead to Negotiation/);
    expect(textOf(moved)).toMatch(/Weighted: €17,500.00/);

    const lost = await h.kontakt.text(h.as('ada'), 'stage "50 seats" lost');
    expect(lost.kind).toBe('form');
    if (lost.kind !== 'form') throw new Error('expected the lost-reason dialog');
    const noReason = await h.kontakt.submit(h.as('ada'), 'deal.lost', { reason: '' }, lost.form.state);
    expect(noReason).toEqual({
      kind: 'form_errors',
      errors: { reason: expect.stringMatching(/say why the deal was lost/) },
    });
    expect((await db.conn.collection('deals').findOne({ title: '50 seats' }))?.status).toBe('open');
    const deal = await db.conn.collection('deals').findOne({ title: '50 seats' });
    expect(deal?.stageId).toBe('negotiation');

    const german = await h.kontakt.text(h.as('gerd', { locale: 'de' }), 'phase "50 seats" verhandlung');
    expect(textOf(german)).toMatch(/Das darfst du nicht/);

    const bad = await h.kontakt.text(h.as('ada'), 'stage "50 seats" sideways');
    expect(textOf(bad)).toMatch(/Lead, Qualified, Proposal, Negotiation, Won, Lost/);

    const history = await h.kontakt.text(h.as('ada'), 'deal "50 seats" history');
    expect(textOf(history)).toMatch(/stage Lead → Negotiation/);
  });

  it('adds quote lines with exact totals and accepting sets the deal amount', async () => {
    const res = await h.kontakt.text(
      h.as('ada'),
      'quote "50 seats" 50 x "Seat licence" @ 490 --discount 10%',
    );
    const text = textOf(res);
    expect(text).toMatch(/Subtotal: €24,500.00/);
    expect(text).toMatch(/Discount: €2,450.00/);
    expect(text).toMatch(/Total: €22,050.00/);
    await h.kontakt.text(h.as('ada'), 'quote "50 seats" 1x "Onboarding" @1.500');
    const shown = cardOf(await h.kontakt.text(h.as('ada'), 'quote "50 seats"'));
    const actions = shown.blocks.find((b) => b.type === 'actions');
    const accept =
      actions?.type === 'actions' ? actions.buttons.find((b) => b.action.id === 'quote.accept') : undefined;
    if (!accept) throw new Error('no accept button');
    const accepted = await h.kontakt.action(h.as('ada'), accept.action.id, accept.action.value);
    expect(textOf(accepted)).toMatch(/accepted/);
    const deal = await db.conn.collection('deals').findOne({ title: '50 seats' });
    expect(deal?.amount).toBe(2_355_000);
    const bad = await h.kontakt.text(h.as('ada'), 'quote "50 seats" 0 x "Nothing" @ 5');
    expect(textOf(bad)).toMatch(/quantity/i);
  });

  it('closes a deal as lost through the reason dialog and records the reason', async () => {
    await h.kontakt.text(h.as('ada'), 'deal new Globex "Lost cause" 700');
    const asked = await h.kontakt.text(h.as('ada'), 'stage "Lost cause" verloren');
    if (asked.kind !== 'form') throw new Error('expected the lost-reason dialog');
    const done = await h.kontakt.submit(
      h.as('ada'),
      'deal.lost',
      { reason: 'Went with a competitor' },
      asked.form.state,
    );
    expect(done.kind).toBe('done');
    expect(await db.conn.collection('deals').findOne({ title: 'Lost cause' })).toMatchObject({
      status: 'lost',
      stageId: 'lost',
      lostReason: 'Went with a competitor',
      weightedAmount: 0,
    });
    await db.conn.collection('deals').deleteOne({ title: 'Lost cause' });
  });

  it('shows the pipeline by stage with totals, and refuses another rep’s numbers', async () => {
    await h.kontakt.text(h.as('ada'), 'deal new Globex "Pilot" 5000');
    const res = await h.kontakt.text(h.as('ada'), 'pipeline');
    const text = textOf(res);
    expect(text).toMatch(/Lead \(10 %\): 1 deal, €5,000.00/);
    expect(text).toMatch(/Negotiation \(70 %\): 1 deal, €23,550.00/);
    expect(text).toMatch(/Open pipeline: €28,550.00/);
    const home = fallbackText(await h.kontakt.home(h.as('ada')));
    expect(home).toMatch(
      /My open deals\n• Lead: 1 deal, €5,000.00 — Pilot \(€5,000.00\)\n• Negotiation: 1 deal, €23,550.00/,
    );
    const refused = await h.kontakt.text(h.as('gerd', { locale: 'de' }), 'pipeline @Ada Admin');
    expect(textOf(refused)).toMatch(/Das darfst du nicht/);
  });
});
