import { beforeAll, describe, expect, it } from 'vitest';
import { scheduleFollowUp } from '../../src/commands/handlers/remind.js';
import type { Card } from '../../src/commands/view/card.js';
import type { Account } from '../../src/domain/accounts/account.js';
import type { Member } from '../../src/domain/members/member.js';
import { deliverDueReminders } from '../../src/jobs/reminders.job.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { cardOf, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();

const buttonsOf = (card: Card) => card.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []));
const listOf = (card: Card) => {
  const list = card.blocks.find((b) => b.type === 'list');
  if (list?.type !== 'list') throw new Error('no list');
  return list.items;
};

let h: CareHarness;
let ada: Member;
let acme: Account;
const tick = (iso: string) => {
  h.clock.set(iso);
  return deliverDueReminders(h.deps, h.clock.now(), [h.tenantId]);
};

beforeAll(async () => {
  h = await careHarness(db.conn, 'remind', '2026-12-04T10:00:00Z'); // Friday 11:00 in Berlin
  ada = await h.member('ada');
  await h.member('gerd', { locale: 'de' });
  acme = await h.account(ada, 'Acme GmbH', '2026-12-01T10:00:00Z');
});

describe('/crm remind', () => {
  it('reads the time in the member’s zone and language and links the account', async () => {
    const reply = await h.kontakt.text(h.as('ada'), '/crm remind monday 10am Call Hans --account acme');
    expect(textOf(reply)).toMatch(/I’ll remind you on Dec 7, 2026, 10:00 AM: Call Hans/);
    const [r] = await h.tenant.reminders.list({ memberId: ada.id });
    expect(r).toMatchObject({
      what: 'Call Hans',
      accountId: acme.id,
      dueAt: new Date('2026-12-07T09:00:00Z'),
    });
    const de = await h.kontakt.text(h.as('gerd'), 'erinnern morgen um 9 Angebot nachfassen --kunde Acme');
    expect(textOf(de)).toMatch(/Ich erinnere dich am 05\.12\.2026, 09:00: Angebot nachfassen/);
    expect(textOf(de)).toMatch(
      /außerhalb deiner Arbeitszeit, daher kommt die Erinnerung am 07\.12\.2026, 09:00/,
    );
  });

  it('explains what is missing, and opens a form when nothing is given', async () => {
    expect(textOf(await h.kontakt.text(h.as('ada'), 'remind Call Hans sometime'))).toMatch(
      /Please start with when/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'remind tomorrow 9am'))).toMatch(
      /what I should remind you of/,
    );
    expect(textOf(await h.kontakt.text(h.as('ada'), 'remind tomorrow x --colour red'))).toMatch(/--colour/);
    const form = await h.kontakt.text(h.as('ada'), 'remind');
    expect(form.kind === 'form' && form.form.id).toBe('reminder.edit');
  });

  it('schedules follow-ups for other commands (`/crm log --next`)', async () => {
    const s = await h.kontakt.session(h.as('ada'));
    const r = await scheduleFollowUp(s, {
      when: new Date('2026-12-09T10:00:00Z'),
      what: 'Follow up',
      accountId: acme.id,
    });
    expect(r.ok && r.value).toMatchObject({ memberId: ada.id, what: 'Follow up', accountId: acme.id });
    const past = await scheduleFollowUp(s, { when: new Date('2026-12-01T10:00:00Z'), what: 'Too late' });
    expect(past.ok ? 'ok' : past.error.code).toBe('reminder.in_past');
  });
});

describe('the reminder DM and its buttons', () => {
  it('arrives at the due time with Done, Snooze 1 day and Log interaction', async () => {
    await tick('2026-12-07T09:00:00Z');
    const dm = h.dmsTo(ada).find((d) => d.text.includes('Call Hans'));
    if (!dm) throw new Error('no DM');
    expect(dm.text).toMatch(/Follow-up due\nCall Hans\nDue: Dec 7, 2026, 10:00 AM\nAccount: Acme GmbH/);
    const [done, snooze, log] = buttonsOf(dm.card);
    expect([done?.label, snooze?.label, log?.label]).toEqual(['Done', 'Snooze 1 day', 'Log interaction']);
    const form = await h.kontakt.action(h.as('ada'), log?.action.id ?? '', log?.action.value ?? {});
    expect(form.kind === 'form' && form.form.id).toBe('log.interaction');

    const snoozed = await h.kontakt.action(h.as('ada'), snooze?.action.id ?? '', snooze?.action.value ?? {});
    expect(textOf(snoozed)).toMatch(/Moved to Dec 8, 2026, 10:00 AM: Call Hans/);
    await tick('2026-12-07T09:30:00Z');
    expect(h.dmsTo(ada).filter((d) => d.text.includes('Call Hans'))).toHaveLength(1);
    await tick('2026-12-08T09:00:00Z');
    const again = h.dmsTo(ada).filter((d) => d.text.includes('Call Hans'));
    expect(again.map((d) => d.at.toISOString())).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2026-12-08T09:00:00.000Z',
    ]);

    const [doneAgain] = buttonsOf(again[1]?.card ?? { title: '', blocks: [] });
    expect(
      textOf(await h.kontakt.action(h.as('ada'), 'reminder.done', doneAgain?.action.value ?? {})),
    ).toMatch(/Done: Call Hans/);
    const id = doneAgain?.action.value.id ?? '';
    expect(await h.tenant.reminders.get(id)).toMatchObject({ status: 'done' });
    expect(textOf(await h.kontakt.action(h.as('ada'), 'reminder.done', { id }))).toMatch(/already done/);
    expect(textOf(await h.kontakt.action(h.as('gerd'), 'reminder.snooze', { id, days: '1' }))).toMatch(
      /darfst du nicht|schon erledigt/,
    );
  });
});

describe('/crm reminders', () => {
  it('lists mine with Done / Snooze / Edit / Cancel, edits through the form and cancels', async () => {
    h.clock.set('2026-12-08T10:00:00Z');
    await h.kontakt.text(h.as('ada'), 'remind tomorrow 2pm Send the contract');
    const list = cardOf(await h.kontakt.text(h.as('ada'), '/crm reminders'));
    const items = listOf(list);
    expect(items.map((i) => i.title)).toEqual(['Follow up', 'Send the contract']);
    expect(items[0]?.detail).toMatch(/^due Dec 9, 2026, 11:00 AM · Acme GmbH$/);
    expect(items[1]?.buttons?.map((b) => b.label)).toEqual(['Done', 'Snooze', 'Edit', 'Cancel']);

    const edit = items[1]?.buttons?.[2];
    const opened = await h.kontakt.action(h.as('ada'), edit?.action.id ?? '', edit?.action.value ?? {});
    if (opened.kind !== 'form') throw new Error('expected the edit form');
    expect(opened.form.fields.map((f) => ('value' in f ? f.value : undefined))).toEqual([
      'Send the contract',
      '2026-12-09 14:00',
    ]);
    const bad = await h.kontakt.submit(
      h.as('ada'),
      'reminder.edit',
      { what: 'x', when: 'someday' },
      opened.form.state,
    );
    expect(bad.kind).toBe('form_errors');
    const saved = await h.kontakt.submit(
      h.as('ada'),
      'reminder.edit',
      { what: 'Send the signed contract', when: '2026-12-10 15:30' },
      opened.form.state,
    );
    expect(textOf(saved)).toMatch(
      /Changed. I’ll remind you on Dec 10, 2026, 3:30 PM: Send the signed contract/,
    );

    const cancel = items[1]?.buttons?.[3];
    expect(
      textOf(await h.kontakt.action(h.as('ada'), cancel?.action.id ?? '', cancel?.action.value ?? {})),
    ).toMatch(/Cancelled: Send the signed contract/);
    expect(listOf(cardOf(await h.kontakt.text(h.as('ada'), 'reminders'))).map((i) => i.title)).toEqual([
      'Follow up',
    ]);
    expect(textOf(await h.kontakt.text(h.as('gerd'), 'erinnerungen'))).toMatch(/Deine Erinnerungen/);
  });

  it('shows due follow-ups on the home view', async () => {
    h.clock.set('2026-12-09T07:00:00Z');
    const home = await h.kontakt.home(h.as('ada'));
    const heading = home.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Due follow-ups');
    expect(heading).toBeGreaterThan(-1);
    const list = home.blocks[heading + 1];
    expect(list?.type === 'list' && list.items.map((i) => [i.title, i.buttons?.map((b) => b.label)])).toEqual(
      [['Follow up', ['Done', 'Snooze 1 day']]],
    );
  });
});
