import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { createContact } from '../../src/domain/contacts/create-contact.js';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { at, seedDeal, seedInteraction, seedTeam } from '../support/forecast.js';

const db = useTestDatabase();
let h: CommandHarness;
const run = async (who: string, text: string, locale?: 'de') =>
  h.kontakt.text(h.as(who, locale ? { locale } : {}), text);

beforeAll(async () => {
  h = await commandHarness(db.conn, 'acme-sales', '2026-12-04T10:00:00Z');
  const { ctx } = await seedTeam(h);
  const rita = await ctx('rita');
  const sam = await ctx('sam');
  const acc = await createAccount(rita, { name: 'Acme GmbH', tier: 'A' });
  const glx = await createAccount(sam, { name: 'Globex' });
  if (!acc.ok || !glx.ok) throw new Error('setup');
  const acme = acc.value.id;
  const hans = await createContact(rita, { accountId: acme, name: 'Hans Müller' });
  const eva = await createContact(rita, { accountId: acme, name: 'Eva Klein' });
  const ida = await createContact(rita, { accountId: acme, name: 'Ida Neu' });
  if (!hans.ok || !eva.ok || !ida.ok) throw new Error('setup');
  await seedInteraction(rita, '2026-10-05T09:00:00Z', { accountId: acme, contactIds: [hans.value.id] });
  await seedInteraction(rita, '2026-11-03T09:00:00Z', {
    accountId: acme,
    contactIds: [hans.value.id, eva.value.id],
    type: 'meeting',
  });
  await seedInteraction(sam, '2026-11-20T09:00:00Z', {
    accountId: acme,
    contactIds: [eva.value.id],
    type: 'email',
  });
  await seedInteraction(sam, '2026-12-01T09:00:00Z', { accountId: glx.value.id });
  await seedInteraction(rita, '2026-05-01T09:00:00Z', { accountId: acme, contactIds: [hans.value.id] });
  await seedDeal(
    at(sam, '2026-12-01T09:00:00Z'),
    '2026-12-01T09:00:00Z',
    { accountId: glx.value.id, title: 'Pilot', amount: 1 },
    [
      ['qualified', '2026-12-02T09:00:00Z'],
      ['lost', '2026-12-03T09:00:00Z', 'no budget'],
    ],
  );
});

describe('/crm contacts', () => {
  it('shows who talked to whom, by type and month, last touches and the cadence (last 6 months)', async () => {
    const res = await run('olga', 'contacts Acme');
    const c = cardOf(res);
    expect(c.title).toBe('Contacts · Acme GmbH');
    expect(c.subtitle).toBe('Jul 2026 – Dec 2026 · 3 interactions');
    const text = textOf(res);
    // Contacts as columns, most contacted first (a tie by name); an interaction with two contacts counts for both.
    expect(text).toContain('Our side | Total | Eva Klein | Hans Müller');
    expect(text).toContain('Rita Rep | 2 | 1 | 2');
    expect(text).toContain('Sam Seller | 1 | 1 | 0');
    expect(text).toContain('Calls: 1\nE-mails: 1\nMeetings: 1');
    expect(text).toContain('Oct 2026 | 1\nNov 2026 | 2\nDec 2026 | 0');
    expect(text).toContain('Hans Müller — Nov 3, 2026 by Rita Rep');
    expect(text).toContain('Eva Klein — Nov 20, 2026 by Sam Seller');
    expect(text).toContain('Ida Neu — never contacted');
    // 1 Jul to 4 Dec = 156 days; tier A asks for one every 14 days = 11.1
    expect(text).toContain(
      '3 interactions in 156 days, while the cadence of one every 14 days asks for about 11.1: behind cadence.',
    );
  });

  it('takes a period in German', async () => {
    const res = await run('gerd', 'kontakte "Acme GmbH" letzte 12 Monate', 'de');
    expect(cardOf(res).title).toBe('Kontakte · Acme GmbH');
    expect(cardOf(res).subtitle).toBe('Jan. 2026 – Dez. 2026 · 4 Interaktionen');
    expect(textOf(res)).toContain('Mai 2026 | 1');
    expect(textOf(await run('gerd', 'kontakte Acme irgendwann', 'de'))).toMatch(
      /„irgendwann“ verstehe ich nicht als Zeitraum/,
    );
    expect(textOf(await run('olga', 'contacts'))).toMatch(/Please name the account/);
  });
});

describe('/crm activity', () => {
  it('shows a rep their own activity this month', async () => {
    const res = await run('sam', 'activity');
    expect(cardOf(res).title).toBe('Activity · December 2026');
    const text = textOf(res);
    expect(text).toContain('Interactions: 1\nAccounts touched: 1\nDeals created: 1\nStages advanced: 1');
    expect(textOf(await run('sam', 'activity --team'))).toMatch(/Only managers and admins/);
    expect(textOf(await run('sam', 'activity @rita'))).toMatch(/not allowed/);
  });

  it('shows a manager the team over a period, in German too', async () => {
    const text = textOf(await run('mia', 'activity --team last 3 months'));
    expect(text).toContain('Interactions: 4\nAccounts touched: 2');
    expect(text).toContain('Rita Rep | 2 | 1 | 0 | 0');
    expect(text).toContain('Sam Seller | 2 | 2 | 1 | 1');
    const de = textOf(await run('gerd', 'aktivität dieses Quartal', 'de'));
    expect(de).toContain('Aktivität · Q4 2026');
  });
});
