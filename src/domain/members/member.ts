import type { Locale } from '../../shared/i18n/translator.js';
import type { Platform } from '../../shared/tenant.js';
import type { WorkingHours } from '../tenants/tenant.js';

export const ROLES = ['rep', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A chat user known to Kontakt. */
export interface Member {
  id: string;
  platform: Platform;
  platformUserId: string;
  displayName: string;
  email?: string;
  timeZone: string;
  locale: Locale;
  role: Role;
  managerId?: string;
  /** Overrides the tenant's working hours for nudges. */
  workingHours?: WorkingHours;
  /** Teams: the serialized conversation reference of the personal chat, for proactive messages. */
  conversationRef?: string;
  createdAt: Date;
}

export interface MemberProfile {
  platform: Platform;
  platformUserId: string;
  displayName: string;
  email?: string | undefined;
  timeZone?: string | undefined;
  locale?: Locale | undefined;
}

/** A change to a member; `null` clears the manager or the own working hours. */
export type MemberPatch = Partial<
  Pick<Member, 'displayName' | 'email' | 'timeZone' | 'locale' | 'role' | 'conversationRef'>
> & { managerId?: string | null; workingHours?: WorkingHours | null };
