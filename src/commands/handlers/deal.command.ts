import { createDeal } from '../../domain/deals/create-deal.js';
import { findDeal } from '../../domain/deals/find-deal.js';
import { parseDateOnly } from '../../shared/dates/parse-when.js';
import { appError } from '../../shared/errors.js';
import { parseAmount } from '../parse/amount.js';
import { joinTokens, splitArgs, type Token, tokenText } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult, usageResult } from './common.js';
import { dealForm, submitDealForm } from './deal.form.js';
import { type DealSection, dealCard, historyCard } from './deal.view.js';
import { leadingAccount } from './resolve.js';

const NEW_WORDS = new Set(['new', 'neu', 'anlegen', 'create']);
const HISTORY_WORDS = new Set(['history', 'verlauf', 'historie']);
export const DEAL_FLAGS: Record<string, string> = {
  close: 'close',
  abschluss: 'close',
  stage: 'stage',
  phase: 'stage',
  stufe: 'stage',
  owner: 'owner',
  besitzer: 'owner',
  next: 'next',
  naechster: 'next',
  nächster: 'next',
  probability: 'probability',
  wahrscheinlichkeit: 'probability',
};

/** A local calendar date from chat text ("2027-03-31", "31.03.2027", "end of march", "nächsten Freitag"). */
export function dateArg(s: Session, text: string) {
  const at = parseDateOnly(text, {
    locale: s.locale,
    timeZone: s.ctx.settings.timeZone,
    now: s.ctx.clock.now(),
  });
  return at ?? appError('input.invalid_date', { value: text }, { field: 'date' });
}

async function runNew(s: Session, tokens: Token[], sections: DealSection[]): Promise<CommandResult> {
  const split = splitArgs(tokens, DEAL_FLAGS);
  if (!split.ok) {
    const valid = '--close, --stage, --next, --probability';
    return usageResult(s, s.t('core.unknown_flag', { flag: split.unknownFlag, valid }), 'help.deal');
  }
  const { positional, flags } = split.args;
  if (!positional.length) return { kind: 'form', form: await dealForm(s, {}) };
  const lead = await leadingAccount(s, positional);
  if (!lead.ok) {
    const rest = positional.slice(1).map(tokenText).join(' ');
    return errorResult(s, lead.error, (id) => `deal new ${id} ${rest}${flagText(flags)}`);
  }
  // The amount is the last positional; the title is everything between account and amount.
  const rest = lead.value.rest;
  const last = rest[rest.length - 1];
  const amount = last && last.type === 'word' ? parseAmount(last.value, s.ctx.settings.currency) : undefined;
  const titleTokens = amount === undefined ? rest : rest.slice(0, -1);
  const title = joinTokens(titleTokens);
  if (!title) return usageResult(s, s.errorText(appError('deal.title_required')), 'help.deal');
  if (last && amount === undefined && rest.length > 1 && /\d/.test(last.value)) {
    return usageResult(s, s.errorText(appError('deal.invalid_amount', { value: last.value })), 'help.deal');
  }
  const input: Record<string, unknown> = { accountId: lead.value.account.id, title, amount: amount ?? 0 };
  if (flags.has('close')) {
    const at = dateArg(s, joinTokens(flags.get('close')));
    if (!(at instanceof Date)) return errorResult(s, at);
    input.expectedCloseDate = at;
  }
  if (flags.has('stage')) input.stage = joinTokens(flags.get('stage'));
  if (flags.has('next')) input.nextStep = joinTokens(flags.get('next'));
  if (flags.has('probability'))
    input.probability = Number(joinTokens(flags.get('probability')).replace('%', ''));
  const created = await createDeal(s.ctx, input);
  if (!created.ok) return errorResult(s, created.error);
  return { kind: 'card', card: await dealCard(s, created.value, sections) };
}

const flagText = (flags: Map<string, Token[]>) =>
  [...flags.entries()].map(([k, v]) => ` --${k} ${joinTokens(v)}`).join('');

/** `/crm deal …`: create, show, and its history. */
export function dealModule(sections: DealSection[]): CommandModule {
  const show = async (s: Session, query: string): Promise<CommandResult> => {
    const found = await findDeal(s.ctx, query);
    if (!found.ok) return errorResult(s, found.error, (id) => `deal ${id}`);
    return { kind: 'card', card: await dealCard(s, found.value, sections) };
  };
  return {
    commands: [
      {
        name: 'deal',
        aliases: ['deals', 'geschäft', 'chance', 'opportunity'],
        async run(s, tokens) {
          const [first, ...others] = tokens;
          if (!first) return { kind: 'form', form: await dealForm(s, {}) };
          if (first.type === 'word' && NEW_WORDS.has(first.value.toLowerCase()))
            return runNew(s, others, sections);
          const last = tokens[tokens.length - 1];
          if (tokens.length > 1 && last?.type === 'word' && HISTORY_WORDS.has(last.value.toLowerCase())) {
            const found = await findDeal(s.ctx, joinTokens(tokens.slice(0, -1)));
            if (!found.ok) return errorResult(s, found.error, (id) => `deal ${id} history`);
            return { kind: 'card', card: await historyCard(s, found.value) };
          }
          return show(s, joinTokens(tokens));
        },
      },
    ],
    actions: [
      { id: 'deal.show', run: (s, v) => show(s, v.choice ?? v.id ?? '') },
      {
        id: 'deal.history',
        async run(s, v) {
          const found = await findDeal(s.ctx, v.id ?? '');
          if (!found.ok) return errorResult(s, found.error);
          return { kind: 'card', card: await historyCard(s, found.value), replace: true };
        },
      },
    ],
    forms: [{ id: 'deal.new', open: dealForm, submit: (s, values) => submitDealForm(s, values, sections) }],
    options: {
      deals: async (s, query, scope) =>
        (
          await s.ctx.repos.deals.search(query, 20, {
            status: 'open',
            ...(scope.account ? { accountId: scope.account } : {}),
          })
        ).map((d) => ({ label: d.title, value: d.id, detail: s.money(d.amount, d.currency) })),
      stages: async (s) => s.ctx.settings.pipeline.map((p) => ({ label: p.name, value: p.id })),
    },
  };
}
