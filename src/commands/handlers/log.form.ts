import { INTERACTION_TYPES } from '../../domain/interactions/interaction.js';
import { logInteraction } from '../../domain/interactions/log-interaction.js';
import { appError } from '../../shared/errors.js';
import { normalizeName } from '../../shared/text.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import type { Form, FormValues } from '../view/form.js';
import { accountField, formError, list, str } from './form-values.js';
import { idempotencyKey, interactionSource } from './log.parse.js';
import { followUp, loggedCard, when } from './log.view.js';

/**
 * The account a shared message is probably about: the channel's name (#acme-gmbh) or an account name
 * that appears in the text. Only a single, unambiguous hit counts.
 */
async function guessAccount(s: Session, prefill: Record<string, string>) {
  const accounts = await s.ctx.repos.accounts.list({ includeDormant: true }, { limit: 2000 });
  const channel = normalizeName(prefill.channelName ?? '');
  const byChannel = channel ? accounts.filter((a) => normalizeName(a.name) === channel) : [];
  if (byChannel.length === 1) return byChannel[0];
  const text = ` ${normalizeName(prefill.summary ?? '')} `;
  const named = accounts.filter(
    (a) => normalizeName(a.name).length > 2 && text.includes(` ${normalizeName(a.name)} `),
  );
  return named.length === 1 ? named[0] : undefined;
}

export async function logForm(s: Session, prefill: Record<string, string>): Promise<Form> {
  const account = prefill.account
    ? await s.ctx.repos.accounts.get(prefill.account)
    : await guessAccount(s, prefill);
  const [contact, deal] = await Promise.all([
    prefill.contact ? s.ctx.repos.contacts.get(prefill.contact) : null,
    prefill.deal ? s.ctx.repos.deals.get(prefill.deal) : null,
  ]);
  const from = prefill.author ? s.t('log.from_author', { author: prefill.author }) : '';
  const state: Record<string, string> = {};
  for (const key of ['permalink', 'occurredAt', 'channel', 'source'] as const)
    if (prefill[key]) state[key] = prefill[key];
  return {
    id: 'log.interaction',
    title: s.t('log.form_title'),
    submitLabel: s.t('log.submit'),
    state,
    fields: [
      accountField(s, account),
      {
        type: 'select',
        id: 'type',
        label: s.t('log.type'),
        options: INTERACTION_TYPES.map((t) => ({ label: s.t(`log.type_${t}`), value: t })),
        value: prefill.type ?? (prefill.permalink ? 'chat' : 'call'),
        required: true,
      },
      {
        type: 'select',
        id: 'direction',
        label: s.t('log.direction'),
        options: [
          { label: s.t('log.direction_out'), value: 'out' },
          { label: s.t('log.direction_in'), value: 'in' },
        ],
        value: prefill.direction ?? (prefill.author ? 'in' : 'out'),
      },
      {
        type: 'text',
        id: 'summary',
        label: s.t('log.summary'),
        multiline: true,
        required: true,
        maxLength: 3000,
        value: [from, prefill.summary ?? ''].filter(Boolean).join('\n').slice(0, 3000),
      },
      {
        type: 'lookup',
        id: 'contacts',
        label: s.t('log.contacts'),
        source: 'contacts',
        multiple: true,
        ...(contact ? { value: { label: contact.name, value: contact.id } } : {}),
      },
      {
        type: 'lookup',
        id: 'deal',
        label: s.t('log.deal'),
        source: 'deals',
        ...(deal ? { value: { label: deal.title, value: deal.id } } : {}),
      },
      { type: 'date', id: 'next', label: s.t('log.next'), hint: s.t('log.next_hint') },
    ],
  };
}

export async function submitLogForm(
  s: Session,
  values: FormValues,
  state: Record<string, string>,
): Promise<CommandResult> {
  const nextText = str(values.next);
  const next = nextText ? when(s, nextText) : undefined;
  if (nextText && (!next || next.getTime() <= s.ctx.clock.now().getTime())) {
    return formError(
      s,
      appError(next ? 'reminder.in_past' : 'input.invalid_date', { value: nextText }),
      {},
      'next',
    );
  }
  const key = idempotencyKey(s, 'log');
  const earlier = key ? await s.ctx.repos.interactions.byIdempotencyKey(key) : null;
  if (earlier) {
    const shown = await loggedCard(s, earlier);
    return { kind: 'done', ...(shown.kind === 'card' ? { card: shown.card } : {}) };
  }
  const logged = await logInteraction(s.ctx, {
    accountId: str(values.account) ?? '',
    type: str(values.type) ?? 'note',
    direction: str(values.direction) ?? 'out',
    summary: str(values.summary) ?? '',
    contactIds: list(values.contacts),
    ...(str(values.deal) ? { dealId: str(values.deal) } : {}),
    ...(state.occurredAt ? { occurredAt: state.occurredAt } : {}),
    ...(state.permalink ? { permalink: state.permalink } : {}),
    source: state.permalink ? 'shortcut' : interactionSource(s) === 'slash' ? 'modal' : interactionSource(s),
    ...(key ? { idempotencyKey: key } : {}),
  });
  if (!logged.ok) {
    const fields = {
      account: 'account',
      accountId: 'account',
      type: 'type',
      summary: 'summary',
      contacts: 'contacts',
      deal: 'deal',
      occurredAt: 'summary',
    };
    return formError(s, logged.error, fields, 'summary');
  }
  if (next) {
    const account = await s.ctx.repos.accounts.get(logged.value.accountId);
    const reminder = await followUp(s, logged.value, next, account?.name ?? '');
    if (!reminder.ok) return formError(s, reminder.error, {}, 'next');
  }
  const shown = await loggedCard(s, logged.value, next);
  return { kind: 'done', ...(shown.kind === 'card' ? { card: shown.card } : {}) };
}
