import { ROLES } from '../../domain/members/member.js';
import { setManager, setRole } from '../../domain/members/update-member.js';
import { joinTokens, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { card } from '../view/card.js';
import { errorResult, usageResult } from './common.js';
import { resolveMember } from './resolve.js';

const ROLE_WORDS: Record<string, string> = {
  rep: 'rep',
  vertrieb: 'rep',
  manager: 'manager',
  chef: 'manager',
  admin: 'admin',
};
const NONE = new Set(['none', 'keiner', 'niemand', '-']);

async function list(s: Session, note?: string): Promise<CommandResult> {
  const members = await s.ctx.repos.members.list();
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return {
    kind: 'card',
    card: card(s.t('team.title'), [
      ...(note ? [{ type: 'text' as const, text: note, tone: 'success' as const }] : []),
      {
        type: 'table',
        columns: [s.t('team.name'), s.t('team.role'), s.t('team.manager'), s.t('team.time_zone')],
        rows: members.map((m) => [
          m.displayName,
          s.t(`team.role_${m.role}`),
          m.managerId ? (names.get(m.managerId) ?? '') : '',
          m.timeZone,
        ]),
      },
      { type: 'context', text: s.t('team.usage') },
    ]),
  };
}

/** The first mention or name, then the rest (`@rita manager`, `"Rita Rep" @maria`). */
function firstAndRest(tokens: Token[]): [Token[], Token[]] {
  const [first, ...rest] = tokens;
  return first ? [[first], rest] : [[], []];
}

/** `/crm team` lists members; admins set roles (`team role @x manager`) and managers (`team manager @x @y`). */
export function teamModule(): CommandModule {
  return {
    commands: [
      {
        name: 'team',
        aliases: ['members', 'mitglieder'],
        async run(s, tokens) {
          const [verb, ...args] = tokens;
          const word = verb?.type === 'word' ? verb.value.toLowerCase() : '';
          if (!verb) return list(s);
          if (word === 'role' || word === 'rolle') {
            const [who, rest] = firstAndRest(args);
            const role = ROLE_WORDS[joinTokens(rest).toLowerCase()] ?? joinTokens(rest).toLowerCase();
            const member = await resolveMember(s, who);
            if (!member.ok) return errorResult(s, member.error);
            const done = await setRole(s.ctx, member.value.id, role);
            if (!done.ok) return errorResult(s, done.error);
            return list(
              s,
              s.t('team.role_set', {
                name: done.value.displayName,
                role: s.t(`team.role_${done.value.role}`),
              }),
            );
          }
          if (word === 'manager' || word === 'chef' || word === 'vorgesetzt') {
            const [who, rest] = firstAndRest(args);
            const member = await resolveMember(s, who);
            if (!member.ok) return errorResult(s, member.error);
            const clear =
              rest.length === 1 && rest[0]?.type === 'word' && NONE.has(rest[0].value.toLowerCase());
            const manager = clear ? null : await resolveMember(s, rest);
            if (manager && !manager.ok) return errorResult(s, manager.error);
            const done = await setManager(s.ctx, member.value.id, manager ? manager.value.id : null);
            if (!done.ok) return errorResult(s, done.error);
            const note = manager
              ? s.t('team.manager_set', { name: done.value.displayName, manager: manager.value.displayName })
              : s.t('team.manager_cleared', { name: done.value.displayName });
            return list(s, note);
          }
          return usageResult(
            s,
            s.t('core.unknown_command', { command: word, valid: `role (${ROLES.join(', ')}), manager` }),
            'team.usage',
          );
        },
      },
    ],
  };
}
