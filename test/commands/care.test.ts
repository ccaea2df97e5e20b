import { beforeAll, describe, expect, it } from 'vitest';
import type { Button, Card } from '../../src/commands/view/card.js';
import type { Member } from '../../src/domain/members/member.js';
import { runNeglectScan } from '../../src/jobs/neglect.job.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { cardOf, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();

let h: CareHarness;
let ada: Member;
let rita: Member;
let otto: Member;

const scan = (iso: string) => {
  h.clock.set(iso);
  return runNeglectScan(h.deps, h.tenantId, h.clock.now());
};
/** The buttons of one account's row in the latest neglect DM to the member. */
function rowButtons(m: Member, account: string): Record<string, Button> {
  const dm = h.dmsTo(m).at(-1);
  const list = dm?.card.blocks.find((b) => b.type === 'list');
  if (list?.type !== 'list') throw new Error('no neglect list');
  const row = list.items.find((i) => i.title === `**${account}**`);
  return Object.fromEntries((row?.buttons ?? []).map((b) => [b.label, b]));
}
const press = (userId: string, b: Button | undefined) => {
  if (!b) throw new Error('no such button');
  return h.kontakt.action(h.as(userId), b.action.id, b.action.value);
};
const titles = (card: Card | undefined) =>
  (card?.blocks.find((b) => b.type === 'list') as { items: { title: string }[] } | undefined)?.items.map(
    (i) => i.title,
  );

beforeAll(async () => {
  h = await careHarness(db.conn, 'care-buttons', '2026-12-07T08:00:00Z'); // Monday 09:00 Berlin
  ada = await h.member('ada');
  rita = await h.member('rita');
  otto = await h.member('otto');
  for (const name of ['Snooze Me', 'Sleepy Corp', 'Move Me', 'Long Snooze']) {
    await h.account(rita, name, '2026-09-01T10:00:00Z');
  }
  await scan('2026-12-07T08:00:00Z');
});

describe('the neglect DM’s buttons, end to end through the command layer', () => {
  it('snoozes an account for 7 or 30 days', async () => {
    expect(textOf(await press('rita', rowButtons(rita, 'Snooze Me')['Snooze 7 days']))).toMatch(
      /Snooze Me is snoozed until Dec 14, 2026/,
    );
    await press('rita', rowButtons(rita, 'Long Snooze')['Snooze 30 days']);
    const acc = await h.tenant.accounts.lookup('Long Snooze');
    expect(acc.kind === 'found' && acc.item.snoozedUntil).toEqual(new Date('2027-01-06T08:00:00Z'));
  });

  it('marks an account dormant', async () => {
    expect(textOf(await press('rita', rowButtons(rita, 'Sleepy Corp')['Mark dormant']))).toMatch(
      /Sleepy Corp is now dormant/,
    );
    const acc = await h.tenant.accounts.lookup('Sleepy Corp');
    expect(acc.kind === 'found' && acc.item.dormant).toBe(true);
  });

  it('reassigns through a member picker', async () => {
    const picker = cardOf(await press('rita', rowButtons(rita, 'Move Me').Reassign));
    const block = picker.blocks[0];
    if (block?.type !== 'picker') throw new Error('expected a picker');
    expect(block.prompt).toBe('Who should own Move Me from now on?');
    expect(block.options.map((o) => o.label)).toEqual(['ada', 'otto']);
    const chosen = block.options.find((o) => o.label === 'otto')?.value ?? '';
    const done = await h.kontakt.action(h.as('rita'), block.action.id, {
      ...block.action.value,
      choice: chosen,
    });
    expect(textOf(done)).toMatch(/Move Me now belongs to otto/);
  });

  it('changes what the next day’s nudges say', async () => {
    await scan('2026-12-08T08:00:00Z');
    expect(h.dmsTo(rita)).toHaveLength(1); // everything of Rita's was handled
    expect(titles(h.dmsTo(otto)[0]?.card)).toEqual(['**Move Me**']);
  });

  it('refuses buttons of someone else’s account', async () => {
    const b = rowButtons(otto, 'Move Me')['Mark dormant'];
    expect(textOf(await press('rita', b))).toMatch(/You are not allowed/);
  });

  it('opens the interaction form prefilled with the account', async () => {
    const res = await press('otto', rowButtons(otto, 'Move Me')['Log interaction']);
    expect(res.kind === 'form' && res.form.id).toBe('log.interaction');
  });
});

describe('/crm admin run', () => {
  it('runs a job now for the admin’s tenant; quiet hours and the once-a-day key still apply', async () => {
    await h.account(ada, 'Admin Account', '2026-09-01T10:00:00Z');
    h.clock.set('2026-12-09T05:00:00Z'); // Wednesday 06:00: before everyone's working hours
    const early = textOf(await h.kontakt.text(h.as('ada'), '/crm admin run neglect'));
    expect(early).toMatch(/Ran “neglect”/);
    expect(early).toMatch(
      /0 sent · 0 already sent today · 0 queued for working hours · 2 outside working hours now/,
    );
    h.clock.set('2026-12-09T08:05:00Z');
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin run neglect'))).toMatch(
      /2 sent · 0 already sent today/,
    );
    expect(h.dmsTo(ada).map((d) => d.card.title)).toEqual(['1 account is waiting to hear from you']);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin run neglect'))).toMatch(
      /0 sent · 2 already sent today/,
    );
  });

  it('is for admins only and names the jobs it knows', async () => {
    expect(textOf(await h.kontakt.text(h.as('rita'), 'admin run neglect'))).toMatch(
      /Only admins can do that/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin run coffee'))).toMatch(
      /I can’t run “coffee”. Choose one of: neglect, reminders, hygiene, digest, snapshot/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin'))).toMatch(/\/crm admin run neglect\|reminders/);
  });

  it('runs the digest on any weekday and takes forecast snapshots', async () => {
    await h.tenant.members.update(rita.id, { managerId: ada.id });
    h.clock.set('2026-12-09T09:00:00Z'); // Wednesday
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin run digest'))).toMatch(/1 sent/);
    expect(h.dmsTo(ada).at(-1)?.card.title).toBe('Your team this week');
    const snap = textOf(await h.kontakt.text(h.as('ada'), 'admin run snapshot'));
    expect(snap).toMatch(/Forecast snapshots: \d+ written · 0 already taken this week · 0 tenants failed/);
    expect(textOf(await h.kontakt.text(h.as('ada'), 'admin run snapshot'))).toMatch(
      /0 written · \d+ already taken/,
    );
  });
});
