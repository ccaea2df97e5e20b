import { TZDate } from '@date-fns/tz';
import type { Account } from '../../domain/accounts/account.js';
import type { Deal } from '../../domain/deals/deal.js';
import { listMyReminders } from '../../domain/reminders/create-reminder.js';
import type { Reminder } from '../../domain/reminders/reminder.js';
import type { Session } from '../session.js';
import { type Block, type Button, button, type Card, card, type ListItem } from '../view/card.js';
import type { Form } from '../view/form.js';
import type { Voice } from './care.voice.js';
import type { HomeSection } from './home.js';

/** What a reminder is about, resolved for display. */
export interface ReminderAbout {
  account?: Account | null;
  deal?: Deal | null;
}

const logButton = (v: Voice, r: Reminder): Button =>
  button(v.t('account.btn_log'), 'form.open', {
    form: 'log.interaction',
    ...(r.accountId ? { account: r.accountId } : {}),
    ...(r.dealId ? { deal: r.dealId } : {}),
  });

/** The DM sent when a reminder falls due: Done, Snooze 1 day, Log interaction. */
export function reminderDueCard(v: Voice, r: Reminder, about: ReminderAbout): Card {
  return card(
    v.t('remind.dm_title'),
    [
      { type: 'text', text: `**${r.what}**` },
      {
        type: 'fields',
        fields: [
          { label: v.t('remind.due'), value: v.dateTime(r.dueAt) },
          ...(about.account ? [{ label: v.t('remind.account'), value: about.account.name }] : []),
          ...(about.deal ? [{ label: v.t('remind.deal'), value: about.deal.title }] : []),
        ],
      },
      {
        type: 'actions',
        buttons: [
          button(v.t('remind.btn_done'), 'reminder.done', { id: r.id }, 'primary'),
          button(v.t('remind.btn_snooze_1'), 'reminder.snooze', { id: r.id, days: '1' }),
          logButton(v, r),
        ],
      },
    ],
    { tone: 'info' },
  );
}

function listItem(s: Session, r: Reminder, accounts: Map<string, Account>, edit: boolean): ListItem {
  const now = s.ctx.clock.now();
  const when = s.dateTime(r.dueAt);
  const due =
    r.dueAt.getTime() <= now.getTime() ? s.t('remind.overdue', { when }) : s.t('remind.due_at', { when });
  const account = r.accountId ? accounts.get(r.accountId)?.name : undefined;
  return {
    title: r.what,
    detail: account ? `${due} · ${account}` : due,
    buttons: [
      button(s.t('remind.btn_done'), 'reminder.done', { id: r.id }, 'primary'),
      button(s.t(edit ? 'remind.btn_snooze' : 'remind.btn_snooze_1'), 'reminder.snooze', {
        id: r.id,
        days: '1',
      }),
      ...(edit
        ? [
            button(s.t('remind.btn_edit'), 'form.open', { form: 'reminder.edit', id: r.id }),
            button(s.t('remind.btn_cancel'), 'reminder.cancel', { id: r.id }, 'danger'),
          ]
        : []),
    ],
  };
}

async function accountsOf(s: Session, reminders: Reminder[]) {
  const ids = [...new Set(reminders.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  return new Map((await s.ctx.repos.accounts.getMany(ids)).map((a) => [a.id, a]));
}

/** `/crm reminders`: my open reminders, soonest first, each with Done / Snooze / Edit / Cancel. */
export async function remindersCard(s: Session): Promise<Card> {
  const mine = await listMyReminders(s.ctx);
  const accounts = await accountsOf(s, mine);
  return card(s.t('remind.list_title'), [
    { type: 'list', empty: s.t('remind.list_empty'), items: mine.map((r) => listItem(s, r, accounts, true)) },
  ]);
}

/** The end of the member's local day. */
function endOfToday(s: Session): Date {
  const zone = s.me.timeZone || s.ctx.settings.timeZone;
  const z = new TZDate(s.ctx.clock.now().getTime(), zone);
  return new Date(new TZDate(z.getFullYear(), z.getMonth(), z.getDate() + 1, zone).getTime());
}

/** Home section "Due follow-ups": open reminders due today or overdue. */
export const dueFollowUpsSection: HomeSection = async (s): Promise<Block[]> => {
  const limit = endOfToday(s).getTime();
  const due = (await listMyReminders(s.ctx)).filter((r) => r.dueAt.getTime() < limit);
  const accounts = await accountsOf(s, due);
  return [
    { type: 'heading', text: s.t('remind.home_title') },
    {
      type: 'list',
      empty: s.t('remind.home_empty'),
      items: due.slice(0, 10).map((r) => listItem(s, r, accounts, false)),
    },
    ...(due.length > 10
      ? [{ type: 'context' as const, text: s.t('core.and_more', { count: due.length - 10 }) }]
      : []),
  ];
};

/** 'YYYY-MM-DD HH:mm' in the member's zone: what the form shows and `parseWhen` reads back exactly. */
export function editableWhen(s: Session, at: Date): string {
  const z = new TZDate(at.getTime(), s.me.timeZone || s.ctx.settings.timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())} ${p(z.getHours())}:${p(z.getMinutes())}`;
}

/** The small dialog to create or edit a reminder. */
export function reminderForm(s: Session, r?: Reminder): Form {
  return {
    id: 'reminder.edit',
    title: s.t(r ? 'remind.form_title_edit' : 'remind.form_title_new'),
    submitLabel: s.t('core.save'),
    fields: [
      {
        type: 'text',
        id: 'what',
        label: s.t('remind.form_what'),
        required: true,
        maxLength: 500,
        value: r?.what ?? '',
      },
      {
        type: 'text',
        id: 'when',
        label: s.t('remind.form_when'),
        required: true,
        hint: s.t('remind.form_when_hint'),
        value: r ? editableWhen(s, r.dueAt) : '',
      },
    ],
    ...(r ? { state: { id: r.id } } : {}),
  };
}
