import type { Interaction } from '../../domain/interactions/interaction.js';
import { createReminder } from '../../domain/reminders/create-reminder.js';
import { parseWhen } from '../../shared/dates/parse-when.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, button, card } from '../view/card.js';

export const when = (s: Session, text: string) =>
  parseWhen(text, {
    locale: s.locale,
    timeZone: s.me.timeZone || s.ctx.settings.timeZone,
    now: s.ctx.clock.now(),
  });

/** The confirmation shown after logging, with the follow-up if one was set. */
export async function loggedCard(s: Session, i: Interaction, followUp?: Date): Promise<CommandResult> {
  const account = await s.ctx.repos.accounts.get(i.accountId);
  const blocks: Block[] = [
    {
      type: 'text',
      text: s.t('log.logged', {
        type: s.t(`log.type_${i.type}`),
        account: account?.name ?? '',
        when: s.dateTime(i.occurredAt),
      }),
      tone: 'success',
    },
    { type: 'text', text: i.summary },
  ];
  if (followUp) blocks.push({ type: 'context', text: s.t('log.follow_up', { when: s.dateTime(followUp) }) });
  blocks.push({
    type: 'actions',
    buttons: [
      button(s.t('account.btn_open'), 'account.show', { id: i.accountId }),
      ...(i.dealId ? [button(s.t('deal.btn_open'), 'deal.show', { id: i.dealId })] : []),
    ],
  });
  return { kind: 'card', card: card(s.t('log.title'), blocks) };
}

/** Creates the follow-up reminder for `--next` / the form's follow-up date. */
export async function followUp(s: Session, i: Interaction, at: Date, accountName: string) {
  return createReminder(s.ctx, {
    what: s.t('log.follow_up_what', { account: accountName, summary: i.summary.slice(0, 300) }),
    dueAt: at,
    accountId: i.accountId,
    ...(i.dealId ? { dealId: i.dealId } : {}),
  });
}
