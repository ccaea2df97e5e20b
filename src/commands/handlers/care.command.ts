import { findAccount } from '../../domain/accounts/find-account.js';
import { snoozeAccount, updateAccount } from '../../domain/accounts/update-account.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { card } from '../view/card.js';
import { errorResult, successCard } from './common.js';

const MAX_PICKER = 100;

async function snooze(s: Session, value: Record<string, string>): Promise<CommandResult> {
  const res = await snoozeAccount(s.ctx, value.account ?? '', Number(value.days ?? '7'));
  if (!res.ok) return errorResult(s, res.error);
  const until = res.value.snoozedUntil ?? s.ctx.clock.now();
  return successCard(s, s.t('care.snoozed', { name: res.value.name, date: s.date(until) }));
}

async function dormant(s: Session, value: Record<string, string>): Promise<CommandResult> {
  const res = await updateAccount(s.ctx, value.account ?? '', { dormant: true });
  if (!res.ok) return errorResult(s, res.error);
  return successCard(s, s.t('care.dormant_done', { name: res.value.name }));
}

/** The member picker the Reassign button opens. */
async function reassignPicker(s: Session, value: Record<string, string>): Promise<CommandResult> {
  const found = await findAccount(s.ctx, value.account ?? '');
  if (!found.ok) return errorResult(s, found.error);
  const account = found.value;
  const members = (await s.ctx.repos.members.list()).filter((m) => m.id !== account.ownerId);
  return {
    kind: 'card',
    card: card(s.t('care.reassign_title', { name: account.name }), [
      {
        type: 'picker',
        prompt: s.t('care.reassign_prompt', { name: account.name }),
        action: { id: 'care.reassign_to', value: { account: account.id } },
        options: members.slice(0, MAX_PICKER).map((m) => ({
          label: m.displayName,
          value: m.id,
          ...(m.email ? { detail: m.email } : {}),
        })),
      },
    ]),
  };
}

async function reassignTo(s: Session, value: Record<string, string>): Promise<CommandResult> {
  const res = await updateAccount(s.ctx, value.account ?? '', { ownerId: value.choice ?? '' });
  if (!res.ok) return errorResult(s, res.error);
  const owner = await s.ctx.repos.members.get(res.value.ownerId);
  return successCard(s, s.t('care.reassigned', { name: res.value.name, owner: owner?.displayName ?? '?' }));
}

/** The buttons of the neglect nudge: snooze 7/30 days, reassign via a member picker, mark dormant. */
export function careModule(): CommandModule {
  return {
    actions: [
      { id: 'care.snooze', run: snooze },
      { id: 'care.dormant', run: dormant },
      { id: 'care.reassign', run: reassignPicker },
      { id: 'care.reassign_to', run: reassignTo },
    ],
  };
}
