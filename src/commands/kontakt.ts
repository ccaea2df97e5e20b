import type { Logger } from '../shared/logger.js';
import { type HomeSection, homeCard } from './handlers/home.js';
import type { CommandDeps, Invocation } from './invocation.js';
import { tokenize } from './parse/tokenize.js';
import type { Registry } from './registry.js';
import type { CommandResult } from './result.js';
import { openSession, type Session } from './session.js';
import { type Card, card, type Option } from './view/card.js';
import type { FormValues, LookupSource } from './view/form.js';

/** The command layer as the adapters see it: text in, neutral results out. */
export interface Kontakt {
  readonly registry: Registry;
  text(inv: Invocation, text: string): Promise<CommandResult>;
  action(inv: Invocation, actionId: string, value: Record<string, string>): Promise<CommandResult>;
  openForm(inv: Invocation, formId: string, prefill?: Record<string, string>): Promise<CommandResult>;
  submit(
    inv: Invocation,
    formId: string,
    values: FormValues,
    state?: Record<string, string>,
  ): Promise<CommandResult>;
  options(
    inv: Invocation,
    source: LookupSource,
    query: string,
    scope?: Record<string, string>,
  ): Promise<Option[]>;
  /** The member's home view: open deals, due reminders, accounts past cadence. */
  home(inv: Invocation): Promise<Card>;
  /** Opens a session without running anything (adapters' own needs). */
  session(inv: Invocation): Promise<Session>;
}

/** Strips a leading `/crm` or `crm` so that Teams and the playground accept the Slack spelling too. */
export const stripPrefix = (text: string) => text.replace(/^\s*\/?crm\b/i, '').trim();

export function createKontakt(
  deps: CommandDeps,
  registry: Registry,
  homeSections: HomeSection[],
  log?: Logger,
): Kontakt {
  const guarded = async (inv: Invocation, what: string, run: (s: Session) => Promise<CommandResult>) => {
    const s = await openSession(deps, inv);
    try {
      return await run(s);
    } catch (e) {
      log?.error(
        { err: e, what, tenant: s.ctx.repos.tenantId, code: (e as { code?: string }).code },
        'command failed',
      );
      return {
        kind: 'card',
        card: card(s.t('errors.title'), [{ type: 'text', text: s.t('errors.internal'), tone: 'error' }], {
          tone: 'error',
        }),
      } as const;
    }
  };

  const unknown = (s: Session, what: string, valid: string[]): CommandResult => ({
    kind: 'card',
    card: card(
      s.t('errors.title'),
      [
        {
          type: 'text',
          text: s.t('core.unknown_command', { command: what, valid: valid.join(', ') }),
          tone: 'error',
        },
      ],
      { tone: 'error' },
    ),
  });

  const kontakt: Kontakt = {
    registry,
    session: (inv) => openSession(deps, inv),
    home: async (inv) => homeCard(await openSession(deps, inv), homeSections),
    text: (inv, text) =>
      guarded(inv, 'text', async (s) => {
        const tokens = tokenize(stripPrefix(text));
        const [first, ...rest] = tokens;
        const word = first && first.type === 'word' ? first.value : 'help';
        const spec = registry.command(first ? word : 'help');
        if (!spec) return unknown(s, word, registry.commandNames());
        return spec.run(s, first ? rest : []);
      }),
    action: (inv, actionId, value) =>
      guarded(inv, `action:${actionId}`, async (s) => {
        const spec = registry.action(actionId);
        if (!spec) return unknown(s, actionId, []);
        return spec.run(s, value);
      }),
    openForm: (inv, formId, prefill = {}) =>
      guarded(inv, `form:${formId}`, async (s) => {
        const spec = registry.form(formId);
        if (!spec) return unknown(s, formId, []);
        return { kind: 'form', form: await spec.open(s, prefill) };
      }),
    submit: (inv, formId, values, state = {}) =>
      guarded(inv, `submit:${formId}`, async (s) => {
        const spec = registry.form(formId);
        if (!spec) return unknown(s, formId, []);
        return spec.submit(s, values, state);
      }),
    async options(inv, source, query, scope = {}) {
      const provider = registry.options(source);
      if (!provider) return [];
      const s = await openSession(deps, inv);
      return provider(s, query, scope);
    },
  };
  return kontakt;
}
