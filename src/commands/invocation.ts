import type { MemberProfile } from '../domain/members/member.js';
import type { Repositories } from '../domain/repositories.js';
import type { Clock } from '../shared/clock.js';
import type { Translator } from '../shared/i18n/translator.js';
import type { Platform, TenantId } from '../shared/tenant.js';
import type { NotifierHub } from './notifier.js';

/** Who asked, from where: everything a command needs to know about the platform, and nothing more. */
export interface Invocation {
  platform: Platform;
  /** The platform's tenant: Slack enterprise or team id, Teams tenant id, playground tenant name. */
  tenantExternalId: string;
  tenantName?: string;
  user: {
    platformUserId: string;
    /** Fetches the profile (name, e-mail, zone, locale) when the member is seen for the first time. */
    profile: () => Promise<Omit<MemberProfile, 'platform' | 'platformUserId'>>;
  };
  /**
   * Fetches the profile of another user of the platform (a mentioned `@owner`), so a colleague named
   * before their first own request becomes a member; absent where the platform cannot tell.
   */
  profileOf?: (platformUserId: string) => Promise<Omit<MemberProfile, 'platform' | 'platformUserId'>>;
  channel?: { id: string; name?: string };
  /** Where the request came from, recorded on interactions. */
  source: 'slash' | 'modal' | 'shortcut' | 'playground' | 'teams' | 'button';
  /** Unique per user request (Slack trigger id, Teams activity id): makes retries write nothing twice. */
  requestId?: string;
}

/** What the command layer runs with. */
export interface CommandDeps {
  repos: Repositories;
  clock: Clock;
  i18n: Translator;
  /** Out-of-request deliveries (alerts to channels, DMs); adapters register their notifiers here. */
  notify: NotifierHub;
  /** Publishes an image at a public address (only when Kontakt has a PUBLIC_URL). */
  images?: ImagePublisher;
}

export interface ImagePublisher {
  /** Stores the PNG and returns the absolute https address it is served at. */
  publish(tenantId: TenantId, png: Uint8Array): Promise<string>;
}
