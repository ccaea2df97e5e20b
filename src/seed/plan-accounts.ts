import type { TenantSettings } from '../domain/tenants/tenant.js';
import { COMPANIES, type CompanySpec } from './catalog.companies.js';
import { type PersonSpec, peopleFor } from './catalog.people.js';
import { type DemoPersona, repsFor } from './personas.js';
import { rngFor } from './prng.js';

/** How an account's contact history ends: recently touched, overdue, or more than twice overdue. */
export type Neglect = 'recent' | 'overdue' | 'severe';

export interface AccountPlan {
  index: number;
  company: CompanySpec;
  owner: DemoPersona['id'];
  /** A key account with a tighter cadence than its tier. */
  cadenceDays?: number;
  notes?: string;
  people: PersonSpec[];
  neglect: Neglect;
  /** Local days since the last contact, and since the first contact of the year. */
  lastTouchAgo: number;
  firstTouchAgo: number;
  interactions: number;
  /** Deals to plan for the account. */
  deals: number;
  /** Set once, when the account is created: dormant (no nudges) or snoozed for a while. */
  flag?: 'dormant' | 'snoozed';
}

const INTERACTIONS = { A: 50, B: 25, C: 12 } as const;
const DEALS = { A: 4, B: 2, C: 0 } as const;
const CONTACTS = { A: [3, 4], B: [2, 3], C: [1, 2] } as const;
// Overdue accounts per tier, of which `severe` are past twice their cadence.
const OVERDUE = { A: { overdue: 3, severe: 1 }, B: { overdue: 4, severe: 2 }, C: { overdue: 3, severe: 1 } };
const KEY_ACCOUNT_CADENCE = 7;

const NOTES = {
  dormant: {
    de: 'Vom Konzern übernommen, Einkauf läuft zentral – derzeit kein Bedarf.',
    en: 'Acquired by a group; purchasing is central now – no need for the time being.',
  },
  key: {
    de: 'Schlüsselkunde: wöchentlicher Kontakt mit der Werksleitung vereinbart.',
    en: 'Key account: weekly contact with plant management agreed.',
  },
};

function lastTouch(neglect: Neglect, cadence: number, rng: ReturnType<typeof rngFor>): number {
  if (neglect === 'severe') return 2 * cadence + rng.int(3, Math.floor(cadence / 2) + 3);
  if (neglect === 'overdue') return cadence + rng.int(3, Math.max(4, Math.floor(cadence * 0.8)));
  return Math.floor(rng.next() ** 2 * (cadence - 3));
}

/** The 60 demo accounts with their people, owners and the shape of their contact history. */
export function planAccounts(settings: TenantSettings): AccountPlan[] {
  const deReps = repsFor('de');
  const enReps = repsFor('en');
  const rng = rngFor('accounts');
  const byTier = (tier: CompanySpec['tier']) =>
    COMPANIES.map((c, i) => ({ c, i })).filter((x) => x.c.tier === tier);

  // Which accounts end up neglected, which are special: one draw per tier, stable across runs.
  const neglect = new Map<number, Neglect>();
  const flags = new Map<number, 'dormant' | 'snoozed'>();
  let keyAccount = -1;
  for (const tier of ['A', 'B', 'C'] as const) {
    const order = rng.shuffle(byTier(tier).map((x) => x.i));
    const { overdue, severe } = OVERDUE[tier];
    for (const [n, i] of order.slice(0, overdue).entries()) neglect.set(i, n < severe ? 'severe' : 'overdue');
    if (tier === 'A') keyAccount = order[overdue] ?? -1;
    if (tier === 'B') flags.set(order[overdue] ?? -1, 'snoozed');
  }
  // The dormant one has no deals (an odd C account), so nothing open hangs on it.
  const dealFree = byTier('C').filter((x, n) => n % 2 === 1 && !neglect.has(x.i));
  flags.set(rng.pick(dealFree).i, 'dormant');

  let cCount = 0;
  let bCount = 0;
  let enCount = 0;
  const owned = { de: 0, en: 0 };
  return COMPANIES.map((company, index) => {
    const r = rngFor(`account:${index}`);
    const flag = flags.get(index);
    const key = index === keyAccount;
    const cadence = key ? KEY_ACCOUNT_CADENCE : settings.cadenceDays[company.tier];
    const kind: Neglect =
      flag === 'dormant' ? 'severe' : flag === 'snoozed' ? 'overdue' : (neglect.get(index) ?? 'recent');
    const touch =
      flag === 'dormant'
        ? r.int(270, 300)
        : flag === 'snoozed'
          ? cadence + r.int(8, 15)
          : lastTouch(kind, cadence, r);
    const first =
      company.tier === 'A'
        ? 364
        : Math.min(364, Math.max(touch + 40, r.int(company.tier === 'B' ? 250 : 150, 364)));
    let interactions: number = INTERACTIONS[company.tier];
    let deals: number = DEALS[company.tier];
    if (company.tier === 'B') deals += bCount++ % 2 === 0 ? 1 : 0;
    if (company.tier === 'C') {
      const n = cCount++;
      interactions += n % 2;
      deals = n % 2 === 0 ? 1 : 0;
    }
    if (flag === 'dormant') interactions = 6;
    // English accounts mostly go to the English-speaking rep, every fifth to a German-speaking one.
    const lang = company.lang === 'en' && enCount++ % 5 !== 4 ? 'en' : 'de';
    const pool = lang === 'en' ? enReps : deReps;
    const owner = pool[owned[lang]++ % pool.length];
    if (!owner) throw new Error('the demo needs at least one rep');
    const [min, max] = CONTACTS[company.tier];
    return {
      index,
      company,
      owner: owner.id,
      ...(key ? { cadenceDays: KEY_ACCOUNT_CADENCE, notes: NOTES.key[company.lang] } : {}),
      ...(flag === 'dormant' ? { notes: NOTES.dormant[company.lang] } : {}),
      people: peopleFor(company.lang, company.domain, r.int(min, max), r),
      neglect: kind,
      lastTouchAgo: touch,
      firstTouchAgo: first,
      interactions,
      deals,
      ...(flag ? { flag } : {}),
    };
  });
}
