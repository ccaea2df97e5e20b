import { beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let h: CommandHarness;

beforeAll(async () => {
  h = await commandHarness(db.conn, 'acme-sales');
});

describe('/crm help and /crm account', () => {
  it('shows help in the member’s language', async () => {
    expect(textOf(await h.kontakt.text(h.as('ada'), '/crm help'))).toMatch(/Kontakt — your CRM in chat/);
    expect(textOf(await h.kontakt.text(h.as('gerd', { locale: 'de' }), 'hilfe'))).toMatch(/dein CRM im Chat/);
    expect(textOf(await h.kontakt.text(h.as('ada'), ''))).toMatch(/\/crm log/);
  });

  it('answers an unknown subcommand with the valid ones', async () => {
    const text = textOf(await h.kontakt.text(h.as('ada'), '/crm frobnicate'));
    expect(text).toMatch(/I don’t know “frobnicate”/);
    expect(text).toMatch(/account/);
  });

  it('creates an account with flags and shows its card', async () => {
    const res = await h.kontakt.text(h.as('ada'), 'account new "Acme GmbH" --tier A');
    const c = cardOf(res);
    expect(c.title).toBe('Acme GmbH');
    expect(textOf(res)).toMatch(/Tier: A/);
    expect(textOf(res)).toMatch(/every 14 days/);
    const shown = await h.kontakt.text(h.as('gerd', { locale: 'de' }), 'kunde acme');
    expect(textOf(shown)).toMatch(/Stufe: A/);
    expect(textOf(shown)).toMatch(/Letzter Kontakt: noch nie/);
  });

  it('opens a form for `account new` without a name and validates it inline', async () => {
    const res = await h.kontakt.text(h.as('ada'), 'account new');
    expect(res.kind).toBe('form');
    const before = await db.conn.collection('accounts').countDocuments();
    const bad = await h.kontakt.submit(h.as('ada'), 'account.new', { name: '', tier: 'B' });
    expect(bad).toEqual({ kind: 'form_errors', errors: { name: 'Please give the account’s name.' } });
    const dup = await h.kontakt.submit(h.as('ada'), 'account.new', { name: 'ACME gmbh', tier: 'B' });
    expect(dup).toEqual({
      kind: 'form_errors',
      errors: { name: 'An account called “ACME gmbh” already exists.' },
    });
    expect(await db.conn.collection('accounts').countDocuments()).toBe(before);
    const ok = await h.kontakt.submit(h.as('ada'), 'account.new', { name: 'Globex', tier: 'C' });
    expect(ok.kind).toBe('done');
  });

  it('turns an ambiguous name into a picker that re-runs the command', async () => {
    await h.kontakt.text(h.as('ada'), 'account new "Acme Logistics"');
    const res = await h.kontakt.text(h.as('ada'), 'account acme');
    const picker = cardOf(res).blocks.find((b) => b.type === 'picker');
    if (picker?.type !== 'picker') throw new Error('expected a picker');
    expect(picker.options.map((o) => o.label)).toEqual(['Acme GmbH', 'Acme Logistics']);
    const chosen = picker.options[1]?.value ?? '';
    const rerun = await h.kontakt.action(h.as('ada'), picker.action.id, {
      ...picker.action.value,
      choice: chosen,
    });
    expect(cardOf(rerun).title).toBe('Acme Logistics');
  });

  it('rejects bad flags and values, writing nothing', async () => {
    const before = await db.conn.collection('accounts').countDocuments();
    expect(textOf(await h.kontakt.text(h.as('ada'), 'account new Initech --tier Z'))).toMatch(
      /tier must be A, B or C/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'account new Initech --colour red'))).toMatch(/--colour/);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'account new Initech --owner @nobody'))).toMatch(
      /no team member called “nobody”|don’t know a team member called “nobody”/,
    );
    expect(await db.conn.collection('accounts').countDocuments()).toBe(before);
  });

  it('offers typeahead options for accounts', async () => {
    const options = await h.kontakt.options(h.as('ada'), 'accounts', 'acm');
    expect(options.map((o) => o.label)).toEqual(['Acme GmbH', 'Acme Logistics']);
  });
});
