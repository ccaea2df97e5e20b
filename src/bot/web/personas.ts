import type { Invocation } from '../../commands/invocation.js';
import type { Member, Role } from '../../domain/members/member.js';
import type { Repositories, TenantRepos } from '../../domain/repositories.js';
import { defaultSettings } from '../../domain/tenants/tenant.js';
import type { Locale } from '../../shared/i18n/translator.js';
import { type TenantId, tenantId } from '../../shared/tenant.js';

/** The playground's tenant: `web:demo`. */
export const PLAYGROUND_TENANT_EXTERNAL_ID = 'demo';
export const PLAYGROUND_TENANT_NAME = 'Kontakt Demo';
export const playgroundTenantId: TenantId = tenantId('web', PLAYGROUND_TENANT_EXTERNAL_ID);

export const PERSONA_IDS = ['rita', 'sam', 'jonas', 'maria', 'alex'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export interface Persona {
  id: PersonaId;
  displayName: string;
  email: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  /** The persona who manages this one. */
  manager?: PersonaId;
}

/** Fixed demo members: three reps, their manager and an admin, in both languages. */
export const PERSONAS: readonly Persona[] = [
  {
    id: 'sam',
    displayName: 'Sam Seller',
    email: 'sam@kontakt.demo',
    role: 'rep',
    locale: 'en',
    timeZone: 'Europe/London',
    manager: 'maria',
  },
  {
    id: 'rita',
    displayName: 'Rita Rep',
    email: 'rita@kontakt.demo',
    role: 'rep',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    manager: 'maria',
  },
  {
    id: 'jonas',
    displayName: 'Jonas Vogel',
    email: 'jonas@kontakt.demo',
    role: 'rep',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    manager: 'maria',
  },
  {
    id: 'maria',
    displayName: 'Maria Manager',
    email: 'maria@kontakt.demo',
    role: 'manager',
    locale: 'de',
    timeZone: 'Europe/Berlin',
  },
  {
    id: 'alex',
    displayName: 'Alex Admin',
    email: 'alex@kontakt.demo',
    role: 'admin',
    locale: 'en',
    timeZone: 'Europe/Berlin',
  },
];

export const DEFAULT_PERSONA: PersonaId = 'sam';

export const personaById = (id: PersonaId): Persona => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown persona ${id}`);
  return p;
};

export const platformUserId = (id: PersonaId) => `web-${id}`;

/** A request by a persona, addressed like Slack and Teams address theirs. */
export function personaInvocation(id: PersonaId, requestId?: string): Invocation {
  const p = personaById(id);
  return {
    platform: 'web',
    tenantExternalId: PLAYGROUND_TENANT_EXTERNAL_ID,
    tenantName: PLAYGROUND_TENANT_NAME,
    user: {
      platformUserId: platformUserId(id),
      profile: async () => ({
        displayName: p.displayName,
        email: p.email,
        locale: p.locale,
        timeZone: p.timeZone,
      }),
    },
    source: 'playground',
    ...(requestId ? { requestId } : {}),
  };
}

/**
 * Creates (or refreshes) the personas as members of a tenant and sets every role and manager explicitly:
 * the domain makes a tenant's first member its admin, so the order of first sight must not decide who is
 * what. Safe to run on every start.
 */
export async function ensurePersonaMembers(repos: TenantRepos): Promise<Record<PersonaId, Member>> {
  const ensured = {} as Record<PersonaId, Member>;
  for (const p of PERSONAS) {
    ensured[p.id] = await repos.members.ensure(
      {
        platform: 'web',
        platformUserId: platformUserId(p.id),
        displayName: p.displayName,
        email: p.email,
        locale: p.locale,
        timeZone: p.timeZone,
      },
      { timeZone: p.timeZone, locale: p.locale },
    );
  }
  for (const p of PERSONAS) {
    const managerId = p.manager ? ensured[p.manager].id : undefined;
    const updated = await repos.members.update(ensured[p.id].id, {
      role: p.role,
      ...(managerId ? { managerId } : {}),
    });
    if (!updated) throw new Error(`persona ${p.id} vanished while being set up`);
    ensured[p.id] = updated;
  }
  return ensured;
}

/** Creates the demo tenant (`web:demo`) and its personas. */
export async function ensurePersonas(repos: Repositories): Promise<Record<PersonaId, Member>> {
  await repos.tenants.ensure(playgroundTenantId, {
    name: PLAYGROUND_TENANT_NAME,
    settings: defaultSettings({ locale: 'en', timeZone: 'Europe/Berlin', currency: 'EUR' }),
  });
  return ensurePersonaMembers(repos.forTenant(playgroundTenantId));
}
