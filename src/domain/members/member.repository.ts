import type { Lookup } from '../shared/lookup.js';
import type { Member, MemberPatch, MemberProfile } from './member.js';

/** Members of one tenant. */
export interface MemberRepository {
  /** Creates the member on first sight (the tenant's first member becomes admin) or refreshes the profile. */
  ensure(profile: MemberProfile, defaults: { timeZone: string; locale: Member['locale'] }): Promise<Member>;
  get(id: string): Promise<Member | null>;
  byPlatformUser(platform: Member['platform'], platformUserId: string): Promise<Member | null>;
  list(): Promise<Member[]>;
  /** Members whose manager is `managerId`. */
  team(managerId: string): Promise<Member[]>;
  lookup(query: string): Promise<Lookup<Member>>;
  update(id: string, patch: MemberPatch): Promise<Member | null>;
}
