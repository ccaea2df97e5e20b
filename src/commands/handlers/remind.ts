import { findAccount } from '../../domain/accounts/find-account.js';
import { isWithinWorkingHours, nextWorkingStart, scheduleOf } from '../../domain/care/working-hours.js';
import { findDeal } from '../../domain/deals/find-deal.js';
import { createReminder } from '../../domain/reminders/create-reminder.js';
import type { Reminder } from '../../domain/reminders/reminder.js';
import {
  cancelReminder,
  completeReminder,
  snoozeReminder,
  updateReminder,
} from '../../domain/reminders/update-reminder.js';
import type { Result } from '../../shared/result.js';
import { joinTokens, splitArgs, type Token } from '../parse/tokenize.js';
import type { CommandModule, FormSpec } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult, q, successCard, usageResult } from './common.js';
import { formError, str } from './form-values.js';
import { leadingWhen } from './remind.parse.js';
import { reminderForm, remindersCard } from './remind.view.js';

const FLAGS: Record<string, string> = {
  account: 'account',
  kunde: 'account',
  konto: 'account',
  deal: 'deal',
  geschaeft: 'deal',
};

/** What `/crm log … --next <date>` and other commands schedule: a reminder for the acting member. */
export interface FollowUp {
  when: Date;
  what: string;
  accountId?: string;
  dealId?: string;
}

/** Schedules a follow-up for the session's member; it arrives as a DM in their working hours. */
export function scheduleFollowUp(s: Session, input: FollowUp): Promise<Result<Reminder>> {
  return createReminder(s.ctx, {
    what: input.what,
    dueAt: input.when,
    ...(input.accountId ? { accountId: input.accountId } : {}),
    ...(input.dealId ? { dealId: input.dealId } : {}),
  });
}

/** "I'll remind you on …", plus when it will really arrive if that is outside working hours. */
function scheduledCard(s: Session, r: Reminder, key = 'remind.created'): CommandResult {
  const schedule = scheduleOf(s.me, s.ctx.settings);
  const arrives = nextWorkingStart(r.dueAt, schedule);
  const note = isWithinWorkingHours(r.dueAt, schedule)
    ? []
    : [{ type: 'context' as const, text: s.t('remind.quiet_note', { when: s.dateTime(arrives) }) }];
  return successCard(s, s.t(key, { when: s.dateTime(r.dueAt), what: r.what }), note);
}

async function remind(s: Session, tokens: Token[]): Promise<CommandResult> {
  const split = splitArgs(tokens, FLAGS);
  if (!split.ok) {
    return usageResult(
      s,
      s.t('core.unknown_flag', { flag: split.unknownFlag, valid: '--account, --deal' }),
      'help.remind',
    );
  }
  const { positional, flags } = split.args;
  const text = joinTokens(positional);
  if (!text && !flags.size) return { kind: 'form', form: reminderForm(s) };
  const zone = s.me.timeZone || s.ctx.settings.timeZone;
  const when = leadingWhen(text, { locale: s.locale, timeZone: zone, now: s.ctx.clock.now() });
  if (!when) return usageResult(s, s.t('remind.no_when', { text }), 'help.remind');
  const input: Record<string, unknown> = { what: when.rest, dueAt: when.at };
  let accountId: string | undefined;
  if (flags.has('account')) {
    const name = joinTokens(flags.get('account'));
    const found = await findAccount(s.ctx, name);
    const rerun = (id: string) => rerunWith(tokens, 'account', id);
    if (!found.ok) return errorResult(s, found.error, rerun);
    accountId = found.value.id;
    input.accountId = accountId;
  }
  if (flags.has('deal')) {
    const found = await findDeal(s.ctx, joinTokens(flags.get('deal')), accountId ? { accountId } : {});
    if (!found.ok) return errorResult(s, found.error, (id) => rerunWith(tokens, 'deal', id));
    input.dealId = found.value.id;
    input.accountId ??= found.value.accountId;
  }
  const created = await createReminder(s.ctx, input);
  if (!created.ok) return errorResult(s, created.error);
  return scheduledCard(s, created.value);
}

// The same command line with one flag's value replaced by a chosen record id (for the picker).
function rerunWith(tokens: Token[], flag: string, id: string): string {
  const out: string[] = ['remind'];
  let skipping = false;
  for (const t of tokens) {
    if (t.type === 'flag') {
      skipping = FLAGS[t.value] === flag;
      out.push(`--${t.value}`);
      if (skipping) out.push(id);
      continue;
    }
    if (!skipping)
      out.push(t.type === 'quoted' ? q(t.value) : t.type === 'mention' ? `<@${t.value}>` : t.value);
  }
  return out.join(' ');
}

const byId = (value: Record<string, string>) => value.id ?? value.choice ?? '';

const editForm: FormSpec = {
  id: 'reminder.edit',
  async open(s, prefill) {
    const r = prefill.id ? await s.ctx.repos.reminders.get(prefill.id) : null;
    return reminderForm(s, r && r.memberId === s.me.id ? r : undefined);
  },
  async submit(s, values, state) {
    const what = str(values.what);
    const dueAt = str(values.when);
    const fields = { what: 'what', dueAt: 'when', until: 'when' };
    const res = state.id
      ? await updateReminder(s.ctx, state.id, { ...(what ? { what } : {}), ...(dueAt ? { dueAt } : {}) })
      : await createReminder(s.ctx, { what: what ?? '', dueAt: dueAt ?? '' });
    if (!res.ok) return formError(s, res.error, fields, 'when');
    const done = scheduledCard(s, res.value, state.id ? 'remind.updated' : 'remind.created');
    return { kind: 'done', ...(done.kind === 'card' ? { card: done.card } : {}) };
  },
};

/** `/crm remind` (German `erinnern`), `/crm reminders` (`erinnerungen`), their buttons and edit form. */
export function remindModule(): CommandModule {
  return {
    commands: [
      { name: 'remind', aliases: ['erinnern', 'erinnere', 'wiedervorlage'], run: remind },
      {
        name: 'reminders',
        aliases: ['erinnerungen', 'wiedervorlagen'],
        run: async (s) => ({ kind: 'card', card: await remindersCard(s) }),
      },
    ],
    actions: [
      {
        id: 'reminder.done',
        async run(s, value) {
          const r = await completeReminder(s.ctx, byId(value));
          return r.ok ? successCard(s, s.t('remind.done', { what: r.value.what })) : errorResult(s, r.error);
        },
      },
      {
        id: 'reminder.snooze',
        async run(s, value) {
          const days = Number(value.days ?? '1');
          const r = await snoozeReminder(s.ctx, byId(value), { days });
          if (!r.ok) return errorResult(s, r.error);
          return scheduledCard(s, r.value, 'remind.snoozed');
        },
      },
      {
        id: 'reminder.cancel',
        async run(s, value) {
          const r = await cancelReminder(s.ctx, byId(value));
          return r.ok
            ? successCard(s, s.t('remind.cancelled', { what: r.value.what }))
            : errorResult(s, r.error);
        },
      },
    ],
    forms: [editForm],
  };
}
