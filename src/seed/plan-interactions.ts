import type { Direction, InteractionType } from '../domain/interactions/interaction.js';
import type { TenantSettings } from '../domain/tenants/tenant.js';
import { fill, SUMMARIES } from './catalog.interactions.js';
import { demoManager } from './personas.js';
import type { AccountPlan } from './plan-accounts.js';
import type { DealPlan } from './plan-deals.js';
import { type Rng, rngFor } from './prng.js';
import { workdayAgo, workTime } from './time.js';

export interface InteractionPlan {
  /** The idempotency key: 'seed:<n>'. */
  key: string;
  accountIndex: number;
  /** E-mail addresses of the account's people it involved. */
  contactEmails: string[];
  /** Title of the account's deal it was about. */
  dealTitle?: string;
  type: InteractionType;
  direction: Direction;
  occurredAt: Date;
  summary: string;
  by: AccountPlan['owner'];
}

const TYPES: readonly (readonly [InteractionType, number])[] = [
  ['call', 30],
  ['email', 30],
  ['meeting', 14],
  ['chat', 8],
  ['note', 10],
  ['campaign', 6],
  ['other', 2],
];
const LAST_TOUCH: readonly InteractionType[] = ['call', 'email', 'meeting'];
const INBOUND: Record<InteractionType, number> = {
  call: 0.3,
  email: 0.5,
  chat: 0.5,
  meeting: 0,
  note: 0,
  campaign: 0,
  other: 0.2,
};

function direction(type: InteractionType, rng: Rng): Direction {
  return rng.chance(INBOUND[type]) ? 'in' : 'out';
}

/**
 * About 1,500 touchpoints over the last 12 months. The newest one of each account lies exactly where its
 * plan says (recent, overdue or far overdue); the others fall on working days before it.
 */
export function planInteractions(
  accounts: AccountPlan[],
  deals: DealPlan[],
  settings: TenantSettings,
  now: Date,
): InteractionPlan[] {
  const tz = settings.timeZone;
  const manager = demoManager().id;
  const plans: InteractionPlan[] = [];
  for (const a of accounts) {
    const rng = rngFor(`interactions:${a.index}`);
    const own = deals.filter((d) => d.accountIndex === a.index);
    const lang = a.company.lang;
    for (let i = 0; i < a.interactions; i++) {
      const raw = i === 0 ? a.lastTouchAgo : rng.int(a.lastTouchAgo, a.firstTouchAgo);
      const shifted = workdayAgo(now, tz, raw);
      const ago = i === 0 || shifted > 364 ? raw : shifted;
      const type = i === 0 ? rng.pick(LAST_TOUCH) : rng.weighted(TYPES);
      // Deals open on that day are what people talk about, about half of the time.
      const live = own.filter((d) => d.createdAgo >= raw && (d.outcome === 'open' || d.lastAgo <= raw));
      const deal = live.length && type !== 'campaign' && rng.chance(0.55) ? rng.pick(live) : undefined;
      const templates = SUMMARIES[lang][type][deal ? 'deal' : 'general'];
      const template = rng.pick(templates);
      const people = rng.sample(a.people, type === 'meeting' && rng.chance(0.4) ? 2 : 1);
      const involved = template.includes('{contact}') || type === 'campaign' ? people : [];
      const tierMix = a.company.tier !== 'C' && rng.chance(0.12);
      plans.push({
        key: `seed:${plans.length + 1}`,
        accountIndex: a.index,
        contactEmails: involved.map((p) => p.email),
        ...(deal ? { dealTitle: deal.title } : {}),
        type,
        direction: direction(type, rng),
        occurredAt: workTime(now, tz, ago, rng),
        summary: fill(template, {
          contact: people[0]?.name ?? '',
          company: a.company.name,
          ...(deal ? { deal: deal.title } : {}),
        }),
        by: tierMix ? manager : a.owner,
      });
    }
  }
  return plans;
}
