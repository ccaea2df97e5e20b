import { PERSONAS, type Persona, type PersonaId, platformUserId } from '../bot/web/personas.js';
import type { Member } from '../domain/members/member.js';
import type { TenantRepos } from '../domain/repositories.js';
import type { SeedLang } from './catalog.companies.js';

// The demo data belongs to the playground's personas (src/bot/web/personas.ts): the same platform user
// ids, roles and manager, so "Load demo data" fills the pipelines of the people one can switch between.

export type DemoPersona = Persona;
export type DemoPersonaId = PersonaId;
export const DEMO_PERSONAS: readonly DemoPersona[] = PERSONAS;

const REPS = PERSONAS.filter((p) => p.role === 'rep');

/** The reps who speak the language, or all reps when none does. */
export function repsFor(lang: SeedLang): DemoPersona[] {
  const speakers = REPS.filter((p) => p.locale === lang);
  return speakers.length ? speakers : [...REPS];
}

/** The reps' manager. */
export function demoManager(): DemoPersona {
  const manager = PERSONAS.find((p) => p.role === 'manager');
  if (!manager) throw new Error('the demo personas have no manager');
  return manager;
}

export type DemoMembers = Record<DemoPersonaId, Member>;

/**
 * Creates (or refreshes) the personas as members of the tenant and sets every role and manager
 * explicitly: the domain makes a tenant's first member its admin, so first sight must not decide roles.
 */
export async function ensureDemoMembers(repos: TenantRepos): Promise<DemoMembers> {
  const members = {} as DemoMembers;
  for (const p of PERSONAS) {
    members[p.id] = await repos.members.ensure(
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
    const managerId = p.manager ? members[p.manager].id : undefined;
    const updated = await repos.members.update(members[p.id].id, {
      role: p.role,
      ...(managerId ? { managerId } : {}),
    });
    if (!updated) throw new Error(`demo member ${p.id} vanished while being set up`);
    members[p.id] = updated;
  }
  return members;
}
