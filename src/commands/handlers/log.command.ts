import { findContact } from '../../domain/contacts/find-contact.js';
import { findDeal } from '../../domain/deals/find-deal.js';
import { logInteraction } from '../../domain/interactions/log-interaction.js';
import { appError } from '../../shared/errors.js';
import { joinTokens, splitArgs, type Token, tokenText } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult, usageResult } from './common.js';
import { logForm, submitLogForm } from './log.form.js';
import { idempotencyKey, interactionSource, LOG_FLAGS, TYPE_WORDS } from './log.parse.js';
import { followUp, loggedCard, when } from './log.view.js';
import { leadingAccount } from './resolve.js';

async function run(s: Session, tokens: Token[]): Promise<CommandResult> {
  const split = splitArgs(tokens, LOG_FLAGS);
  if (!split.ok) {
    return usageResult(
      s,
      s.t('core.unknown_flag', { flag: split.unknownFlag, valid: '--contact, --deal, --when, --next, --in' }),
      'help.log',
    );
  }
  const { positional, flags } = split.args;
  if (!positional.length) return { kind: 'form', form: await logForm(s, {}) };
  const first = positional[0] as Token;
  const type = first.type === 'word' ? TYPE_WORDS[first.value.toLowerCase()] : undefined;
  const afterType = type ? positional.slice(1) : positional;
  const lead = await leadingAccount(s, afterType);
  if (!lead.ok) {
    const text = `log ${type ?? ''} {choice} ${afterType.slice(1).map(tokenText).join(' ')}${flagsText(flags)}`;
    return errorResult(s, lead.error, (id) => text.replace('{choice}', id));
  }
  const { account, rest } = lead.value;
  const summary = joinTokens(rest);
  if (!summary) return usageResult(s, s.errorText(appError('interaction.summary_required')), 'help.log');

  const input: Record<string, unknown> = {
    accountId: account.id,
    type: type ?? 'note',
    direction: flags.has('inbound') ? 'in' : 'out',
    summary,
    source: interactionSource(s),
    idempotencyKey: idempotencyKey(s),
  };
  if (flags.has('contact')) {
    const contact = await findContact(s.ctx, joinTokens(flags.get('contact')), { accountId: account.id });
    if (!contact.ok) return errorResult(s, contact.error);
    input.contactIds = [contact.value.id];
  }
  if (flags.has('deal')) {
    const deal = await findDeal(s.ctx, joinTokens(flags.get('deal')), { accountId: account.id });
    if (!deal.ok) return errorResult(s, deal.error);
    input.dealId = deal.value.id;
  }
  if (flags.has('when')) {
    const text = joinTokens(flags.get('when'));
    const at = when(s, text);
    if (!at) return errorResult(s, appError('input.invalid_date', { value: text }, { field: 'when' }));
    input.occurredAt = at;
  }
  let next: Date | undefined;
  if (flags.has('next')) {
    const text = joinTokens(flags.get('next'));
    next = when(s, text);
    if (!next) return errorResult(s, appError('input.invalid_date', { value: text }, { field: 'next' }));
    if (next.getTime() <= s.ctx.clock.now().getTime()) return errorResult(s, appError('reminder.in_past'));
  }
  const key = input.idempotencyKey as string | undefined;
  const earlier = key ? await s.ctx.repos.interactions.byIdempotencyKey(key) : null;
  if (earlier) return loggedCard(s, earlier);
  const logged = await logInteraction(s.ctx, input);
  if (!logged.ok) return errorResult(s, logged.error);
  if (next) {
    const reminder = await followUp(s, logged.value, next, account.name);
    if (!reminder.ok) return errorResult(s, reminder.error);
  }
  return loggedCard(s, logged.value, next);
}

const flagsText = (flags: Map<string, Token[]>) =>
  [...flags.entries()].map(([k, v]) => ` --${k === 'inbound' ? 'in' : k} ${joinTokens(v)}`).join('');

/** `/crm log …` (German `notiz`, `kontakt erfassen`), and the log dialog used by buttons and shortcuts. */
export function logModule(): CommandModule {
  return {
    commands: [{ name: 'log', aliases: ['notiz', 'erfassen', 'protokoll'], run }],
    forms: [{ id: 'log.interaction', open: logForm, submit: submitLogForm }],
  };
}
