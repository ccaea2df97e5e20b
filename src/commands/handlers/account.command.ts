import { createAccount } from '../../domain/accounts/create-account.js';
import { findAccount } from '../../domain/accounts/find-account.js';
import { TIERS } from '../../domain/tenants/tenant.js';
import { joinTokens, splitArgs, type Token } from '../parse/tokenize.js';
import type { CommandModule, FormSpec } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { card } from '../view/card.js';
import type { Form } from '../view/form.js';
import { type AccountSection, accountCard } from './account.view.js';
import { errorResult, usageResult } from './common.js';
import { formError, str } from './form-values.js';
import { resolveMember } from './resolve.js';

const NEW_WORDS = new Set(['new', 'neu', 'anlegen', 'create']);
const FLAGS: Record<string, string> = {
  tier: 'tier',
  stufe: 'tier',
  owner: 'owner',
  besitzer: 'owner',
  inhaber: 'owner',
  industry: 'industry',
  branche: 'industry',
  website: 'website',
  web: 'website',
  cadence: 'cadence',
  rhythmus: 'cadence',
};

function newAccountForm(s: Session, prefill: Record<string, string>): Form {
  return {
    id: 'account.new',
    title: s.t('account.form_title'),
    submitLabel: s.t('core.save'),
    fields: [
      {
        type: 'text',
        id: 'name',
        label: s.t('account.name'),
        required: true,
        maxLength: 120,
        value: prefill.name ?? '',
      },
      {
        type: 'select',
        id: 'tier',
        label: s.t('account.tier'),
        options: TIERS.map((t) => ({
          label: s.t('account.tier_option', { tier: t, days: s.ctx.settings.cadenceDays[t] }),
          value: t,
        })),
        value: prefill.tier ?? 'B',
        required: true,
      },
      {
        type: 'lookup',
        id: 'owner',
        label: s.t('account.owner'),
        source: 'members',
        value: { label: s.me.displayName, value: s.me.id },
      },
      { type: 'text', id: 'industry', label: s.t('account.industry'), maxLength: 80 },
      { type: 'text', id: 'website', label: s.t('account.website'), placeholder: 'example.com' },
    ],
  };
}

async function create(
  s: Session,
  input: Record<string, unknown>,
  sections: AccountSection[],
): Promise<CommandResult> {
  const created = await createAccount(s.ctx, input);
  if (!created.ok) return errorResult(s, created.error);
  return {
    kind: 'card',
    card: await accountCard(s, created.value, sections),
    visibility: 'private',
  };
}

async function runNew(s: Session, tokens: Token[], sections: AccountSection[]): Promise<CommandResult> {
  const split = splitArgs(tokens, FLAGS);
  if (!split.ok) {
    return usageResult(
      s,
      s.t('core.unknown_flag', {
        flag: split.unknownFlag,
        valid: '--tier, --owner, --industry, --website, --cadence',
      }),
      'help.account',
    );
  }
  const { positional, flags } = split.args;
  const name = joinTokens(positional);
  if (!name) return { kind: 'form', form: newAccountForm(s, {}) };
  const input: Record<string, unknown> = { name };
  if (flags.has('tier')) input.tier = joinTokens(flags.get('tier')).toUpperCase();
  if (flags.has('industry')) input.industry = joinTokens(flags.get('industry'));
  if (flags.has('website')) input.website = joinTokens(flags.get('website'));
  if (flags.has('cadence')) input.cadenceDays = Number(joinTokens(flags.get('cadence')).replace(/\D+$/, ''));
  if (flags.has('owner')) {
    const owner = await resolveMember(s, flags.get('owner'));
    if (!owner.ok) return errorResult(s, owner.error);
    input.ownerId = owner.value.id;
  }
  return create(s, input, sections);
}

async function myAccounts(s: Session): Promise<CommandResult> {
  const mine = await s.ctx.repos.accounts.list({ ownerId: s.me.id }, { limit: 25 });
  return {
    kind: 'card',
    card: card(s.t('account.mine_title'), [
      {
        type: 'list',
        empty: s.t('account.mine_empty'),
        items: mine.map((a) => ({
          title: a.name,
          detail: `${a.tier} · ${a.lastInteractionAt ? s.date(a.lastInteractionAt) : s.t('account.never')}`,
          buttons: [{ label: s.t('account.btn_open'), action: { id: 'account.show', value: { id: a.id } } }],
        })),
      },
    ]),
  };
}

/** `/crm account …` (German: `kunde`), the new-account dialog and the account/member typeahead. */
export function accountModule(sections: AccountSection[]): CommandModule {
  const form: FormSpec = {
    id: 'account.new',
    open: async (s, prefill) => newAccountForm(s, prefill),
    async submit(s, values) {
      const created = await createAccount(s.ctx, {
        name: str(values.name) ?? '',
        tier: str(values.tier) ?? 'B',
        ...(str(values.owner) ? { ownerId: str(values.owner) } : {}),
        ...(str(values.industry) ? { industry: str(values.industry) } : {}),
        ...(str(values.website) ? { website: str(values.website) } : {}),
      });
      if (!created.ok) {
        const fields = { owner: 'owner', name: 'name', tier: 'tier', website: 'website' };
        return formError(s, created.error, fields, 'name');
      }
      return { kind: 'done', card: await accountCard(s, created.value, sections) };
    },
  };
  return {
    commands: [
      {
        name: 'account',
        aliases: ['kunde', 'konto', 'firma', 'accounts'],
        async run(s, tokens) {
          const [first, ...rest] = tokens;
          if (!first) return myAccounts(s);
          if (first.type === 'word' && NEW_WORDS.has(first.value.toLowerCase()))
            return runNew(s, rest, sections);
          const name = joinTokens(tokens);
          const found = await findAccount(s.ctx, name);
          if (!found.ok) return errorResult(s, found.error, (id) => `account ${id}`);
          return { kind: 'card', card: await accountCard(s, found.value, sections) };
        },
      },
    ],
    actions: [
      {
        id: 'account.show',
        async run(s, value) {
          const found = await findAccount(s.ctx, value.choice ?? value.id ?? '');
          if (!found.ok) return errorResult(s, found.error);
          return { kind: 'card', card: await accountCard(s, found.value, sections) };
        },
      },
    ],
    forms: [form],
    options: {
      accounts: async (s, query) =>
        (await s.ctx.repos.accounts.search(query, 20)).map((a) => ({
          label: a.name,
          value: a.id,
          detail: a.tier,
        })),
      members: async (s, query) => {
        const all = await s.ctx.repos.members.list();
        const needle = query.toLowerCase();
        return all
          .filter((m) => !needle || m.displayName.toLowerCase().includes(needle))
          .slice(0, 20)
          .map((m) => ({ label: m.displayName, value: m.id, ...(m.email ? { detail: m.email } : {}) }));
      },
    },
  };
}
