import { ensurePersonaMembers, PERSONAS, type Persona, type PersonaId } from '../bot/web/personas.js';
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

/** The personas as members of the seeded tenant, roles and manager set explicitly. */
export const ensureDemoMembers = (repos: TenantRepos): Promise<DemoMembers> => ensurePersonaMembers(repos);
