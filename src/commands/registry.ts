import type { Token } from './parse/tokenize.js';
import type { CommandResult } from './result.js';
import type { Session } from './session.js';
import type { Option } from './view/card.js';
import type { Form, FormValues, LookupSource } from './view/form.js';

/** A subcommand of `/crm`: its canonical name, the other words that call it (German too), its handler. */
export interface CommandSpec {
  name: string;
  aliases: string[];
  run(s: Session, args: Token[]): Promise<CommandResult>;
}

/** A button or picker choice. `value` is what the button carried, plus `choice` for pickers. */
export interface ActionSpec {
  id: string;
  run(s: Session, value: Record<string, string>): Promise<CommandResult>;
}

/** A dialog: how to open it (with optional prefill) and what to do with its submission. */
export interface FormSpec {
  id: string;
  open(s: Session, prefill: Record<string, string>): Promise<Form>;
  submit(s: Session, values: FormValues, state: Record<string, string>): Promise<CommandResult>;
}

export type OptionsProvider = (s: Session, query: string, scope: Record<string, string>) => Promise<Option[]>;

export interface CommandModule {
  commands?: CommandSpec[];
  actions?: ActionSpec[];
  forms?: FormSpec[];
  options?: Partial<Record<LookupSource, OptionsProvider>>;
}

export interface Registry {
  command(word: string): CommandSpec | undefined;
  action(id: string): ActionSpec | undefined;
  form(id: string): FormSpec | undefined;
  options(source: LookupSource): OptionsProvider | undefined;
  commandNames(): string[];
  actionIds(): string[];
  formIds(): string[];
}

/** Builds the lookup tables; a name, alias, action or form registered twice is a programming error. */
export function createRegistry(modules: CommandModule[]): Registry {
  const commands = new Map<string, CommandSpec>();
  const actions = new Map<string, ActionSpec>();
  const forms = new Map<string, FormSpec>();
  const options = new Map<LookupSource, OptionsProvider>();
  const put = <T>(map: Map<string, T>, key: string, value: T, what: string) => {
    if (map.has(key)) throw new Error(`${what} registered twice: ${key}`);
    map.set(key, value);
  };
  for (const m of modules) {
    for (const c of m.commands ?? [])
      for (const word of [c.name, ...c.aliases]) put(commands, word, c, 'command');
    for (const a of m.actions ?? []) put(actions, a.id, a, 'action');
    for (const f of m.forms ?? []) put(forms, f.id, f, 'form');
    for (const [source, provider] of Object.entries(m.options ?? {})) {
      put(options as Map<string, OptionsProvider>, source, provider as OptionsProvider, 'options');
    }
  }
  return {
    command: (word) => commands.get(word.toLowerCase()),
    action: (id) => actions.get(id),
    form: (id) => forms.get(id),
    options: (source) => options.get(source),
    commandNames: () => [...new Set([...commands.values()].map((c) => c.name))],
    actionIds: () => [...actions.keys()],
    formIds: () => [...forms.keys()],
  };
}
