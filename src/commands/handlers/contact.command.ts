import type { Account } from '../../domain/accounts/account.js';
import { findAccount } from '../../domain/accounts/find-account.js';
import type { Contact } from '../../domain/contacts/contact.js';
import { createContact } from '../../domain/contacts/create-contact.js';
import { findContact, searchContacts } from '../../domain/contacts/find-contact.js';
import { joinTokens, splitArgs, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, button, type Card, card } from '../view/card.js';
import type { Form } from '../view/form.js';
import { errorResult, usageResult } from './common.js';
import { formError, str } from './form-values.js';

const NEW_WORDS = new Set(['new', 'neu', 'anlegen', 'create']);
const FLAGS: Record<string, string> = {
  account: 'account',
  kunde: 'account',
  firma: 'account',
  email: 'email',
  mail: 'email',
  phone: 'phone',
  telefon: 'phone',
  tel: 'phone',
  role: 'role',
  rolle: 'role',
  position: 'role',
};

/** Extra sections for the contact card (recent interactions come from the interactions module). */
export type ContactSection = (s: Session, contact: Contact) => Promise<Block[]>;

export async function contactCard(s: Session, contact: Contact, sections: ContactSection[]): Promise<Card> {
  const account = await s.ctx.repos.accounts.get(contact.accountId);
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: s.t('contact.account'), value: account?.name ?? s.t('core.none') },
        ...(contact.role ? [{ label: s.t('contact.role'), value: contact.role }] : []),
        ...(contact.email ? [{ label: s.t('contact.email'), value: contact.email }] : []),
        ...(contact.phone ? [{ label: s.t('contact.phone'), value: contact.phone }] : []),
      ],
    },
  ];
  for (const section of sections) blocks.push(...(await section(s, contact)));
  blocks.push({
    type: 'actions',
    buttons: [
      button(
        s.t('account.btn_log'),
        'form.open',
        { form: 'log.interaction', account: contact.accountId, contact: contact.id },
        'primary',
      ),
      ...(account ? [button(s.t('contact.btn_account'), 'account.show', { id: account.id })] : []),
    ],
  });
  return card(contact.name, blocks, { subtitle: s.t('contact.subtitle') });
}

async function contactForm(s: Session, prefill: Record<string, string>): Promise<Form> {
  const account: Account | null = prefill.account ? await s.ctx.repos.accounts.get(prefill.account) : null;
  return {
    id: 'contact.new',
    title: s.t('contact.form_title'),
    submitLabel: s.t('core.save'),
    fields: [
      {
        type: 'text',
        id: 'name',
        label: s.t('contact.name'),
        required: true,
        maxLength: 120,
        value: prefill.name ?? '',
      },
      {
        type: 'lookup',
        id: 'account',
        label: s.t('contact.account'),
        source: 'accounts',
        required: true,
        ...(account ? { value: { label: account.name, value: account.id } } : {}),
      },
      { type: 'text', id: 'role', label: s.t('contact.role'), maxLength: 80 },
      { type: 'text', id: 'email', label: s.t('contact.email'), placeholder: 'name@example.com' },
      { type: 'text', id: 'phone', label: s.t('contact.phone'), placeholder: '+49 30 1234567' },
    ],
  };
}

async function runNew(s: Session, tokens: Token[], sections: ContactSection[]): Promise<CommandResult> {
  const split = splitArgs(tokens, FLAGS);
  if (!split.ok) {
    const valid = '--account, --email, --phone, --role';
    return usageResult(s, s.t('core.unknown_flag', { flag: split.unknownFlag, valid }), 'help.contact');
  }
  const { positional, flags } = split.args;
  const name = joinTokens(positional);
  if (!name || !flags.has('account')) return { kind: 'form', form: await contactForm(s, { name }) };
  const accountName = joinTokens(flags.get('account'));
  const account = await findAccount(s.ctx, accountName);
  const rerun = (id: string) => `contact new "${name}" --account ${id}${rest(flags)}`;
  if (!account.ok) return errorResult(s, account.error, rerun);
  const created = await createContact(s.ctx, {
    accountId: account.value.id,
    name,
    email: joinTokens(flags.get('email')) || undefined,
    phone: joinTokens(flags.get('phone')) || undefined,
    role: joinTokens(flags.get('role')) || undefined,
  });
  if (!created.ok) return errorResult(s, created.error);
  return { kind: 'card', card: await contactCard(s, created.value, sections) };
}

const rest = (flags: Map<string, Token[]>) =>
  ['email', 'phone', 'role']
    .filter((f) => flags.has(f))
    .map((f) => ` --${f} "${joinTokens(flags.get(f))}"`)
    .join('');

/** `/crm contact …` (German `kontakt`), the new-contact dialog and the contact typeahead. */
export function contactModule(sections: ContactSection[]): CommandModule {
  return {
    commands: [
      {
        name: 'contact',
        aliases: ['kontakt', 'person', 'ansprechpartner'],
        async run(s, tokens) {
          const [first, ...others] = tokens;
          if (!first) return { kind: 'form', form: await contactForm(s, {}) };
          if (first.type === 'word' && NEW_WORDS.has(first.value.toLowerCase()))
            return runNew(s, others, sections);
          const found = await findContact(s.ctx, joinTokens(tokens));
          if (!found.ok) return errorResult(s, found.error, (id) => `contact ${id}`);
          return { kind: 'card', card: await contactCard(s, found.value, sections) };
        },
      },
    ],
    actions: [
      {
        id: 'contact.show',
        async run(s, value) {
          const found = await findContact(s.ctx, value.choice ?? value.id ?? '');
          if (!found.ok) return errorResult(s, found.error);
          return { kind: 'card', card: await contactCard(s, found.value, sections) };
        },
      },
    ],
    forms: [
      {
        id: 'contact.new',
        open: contactForm,
        async submit(s, values) {
          const created = await createContact(s.ctx, {
            accountId: str(values.account) ?? '',
            name: str(values.name) ?? '',
            email: str(values.email),
            phone: str(values.phone),
            role: str(values.role),
          });
          if (!created.ok) {
            const fields = {
              account: 'account',
              accountId: 'account',
              name: 'name',
              email: 'email',
              phone: 'phone',
              role: 'role',
            };
            return formError(s, created.error, fields, 'name');
          }
          return { kind: 'done', card: await contactCard(s, created.value, sections) };
        },
      },
    ],
    options: {
      contacts: async (s, query, scope) =>
        (
          await searchContacts(s.ctx, query, {
            limit: 20,
            ...(scope.account ? { accountId: scope.account } : {}),
          })
        ).map((c) => ({ label: c.name, value: c.id, ...(c.role ? { detail: c.role } : {}) })),
    },
  };
}
