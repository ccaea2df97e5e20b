import { stripPrefix } from '../kontakt.js';
import { tokenize } from '../parse/tokenize.js';
import type { CommandModule, Registry } from '../registry.js';
import type { Session } from '../session.js';
import { card } from '../view/card.js';

const TOPICS = [
  'log',
  'account',
  'contact',
  'deal',
  'stage',
  'quote',
  'pipeline',
  'remind',
  'settings',
] as const;

function help(s: Session) {
  return {
    kind: 'card' as const,
    card: card(
      s.t('help.title'),
      [
        { type: 'text', text: s.t('help.intro') },
        ...TOPICS.filter((topic) => s.deps.i18n.has(`help.${topic}`)).map((topic) => ({
          type: 'fields' as const,
          fields: [{ label: `/crm ${topic}`, value: s.t(`help.${topic}`) }],
        })),
        { type: 'context', text: s.t('help.footer') },
      ],
      { subtitle: s.t('help.subtitle') },
    ),
  };
}

/** Help, and the picker's re-run of a command with the chosen record. */
export function coreModule(getRegistry: () => Registry): CommandModule {
  return {
    commands: [{ name: 'help', aliases: ['hilfe', '?'], run: async (s) => help(s) }],
    actions: [
      {
        id: 'cmd.rerun',
        run: async (s, value) => {
          const text = (value.text ?? '').replaceAll('{choice}', value.choice ?? '');
          const [first, ...rest] = tokenize(stripPrefix(text));
          const spec = first?.type === 'word' ? getRegistry().command(first.value) : undefined;
          return spec ? spec.run(s, rest) : help(s);
        },
      },
      {
        id: 'form.open',
        run: async (s, value) => {
          const { form: formId = '', ...prefill } = value;
          const spec = getRegistry().form(formId);
          return spec ? { kind: 'form', form: await spec.open(s, prefill) } : help(s);
        },
      },
    ],
  };
}
