import type { TenantSettings } from '../domain/tenants/tenant.js';
import type { SeedLang } from './catalog.companies.js';
import { DEMO_PERSONAS, type DemoPersonaId } from './personas.js';
import type { AccountPlan } from './plan-accounts.js';
import type { DealPlan } from './plan-deals.js';
import { rngFor } from './prng.js';
import { localAt, minutesAfter, workTime } from './time.js';

export interface ReminderPlan {
  member: DemoPersonaId;
  /** Unique per member: the natural key of a seeded reminder. */
  what: string;
  dueAt: Date;
  /** When it was set (the use case takes only future due times, so it is created back then). */
  createdAt: Date;
  accountIndex?: number;
  dealTitle?: string;
}

type Texts = Record<'today' | 'tomorrow' | 'overdue' | 'nextWeek' | 'team', string>;

const TEXTS: Record<SeedLang, Texts> = {
  de: {
    today: 'Rückruf bei {contact} ({company})',
    tomorrow: 'Angebot „{deal}“ nachfassen',
    overdue: 'Unterlagen an {company} schicken',
    nextWeek: 'Jahresgespräch mit {company} vorbereiten',
    team: 'Forecast-Review mit dem Team vorbereiten',
  },
  en: {
    today: 'Call {contact} back ({company})',
    tomorrow: 'Follow up on the proposal “{deal}”',
    overdue: 'Send the documents to {company}',
    nextWeek: 'Prepare the annual review with {company}',
    team: 'Prepare the forecast review with the team',
  },
};

const text = (t: string, v: { contact?: string; company?: string; deal?: string }) =>
  t
    .replace('{contact}', v.contact ?? '')
    .replace('{company}', v.company ?? '')
    .replace('{deal}', v.deal ?? '');

/**
 * A few open reminders for every rep – one due today, one tomorrow, one overdue since yesterday and one
 * next week – about their own accounts and deals, and one for the manager.
 */
export function planReminders(
  accounts: AccountPlan[],
  deals: DealPlan[],
  settings: TenantSettings,
  now: Date,
): ReminderPlan[] {
  const tz = settings.timeZone;
  const plans: ReminderPlan[] = [];
  for (const p of DEMO_PERSONAS) {
    const rng = rngFor(`reminders:${p.id}`);
    const t = TEXTS[p.locale];
    const created = (daysAgo: number) => workTime(now, tz, daysAgo, rng);
    if (p.role === 'manager') {
      plans.push({ member: p.id, what: t.team, dueAt: localAt(now, tz, -1, 8, 30), createdAt: created(2) });
      continue;
    }
    if (p.role !== 'rep') continue;
    const mine = accounts.filter((a) => a.owner === p.id && !a.flag);
    const [first, second, third] = rng.sample(mine, 3);
    const deal = rng.pick(deals.filter((d) => d.owner === p.id && d.outcome === 'open' && d.quote));
    if (!first || !second || !third || !deal) throw new Error(`too little demo data for ${p.id}`);
    const lateToday = localAt(now, tz, 0, 16, 0);
    const today = lateToday.getTime() > minutesAfter(now, 15).getTime() ? lateToday : minutesAfter(now, 60);
    const about = (a: AccountPlan) => ({ accountIndex: a.index });
    plans.push(
      {
        member: p.id,
        what: text(t.today, { contact: first.people[0]?.name, company: first.company.name }),
        dueAt: today,
        createdAt: created(2),
        ...about(first),
      },
      {
        member: p.id,
        what: text(t.tomorrow, { deal: deal.title }),
        dueAt: localAt(now, tz, -1, 9, 30),
        createdAt: created(3),
        accountIndex: deal.accountIndex,
        dealTitle: deal.title,
      },
      {
        member: p.id,
        what: text(t.overdue, { company: second.company.name }),
        dueAt: localAt(now, tz, 1, 11, 0),
        createdAt: created(4),
        ...about(second),
      },
      {
        member: p.id,
        what: text(t.nextWeek, { company: third.company.name }),
        dueAt: localAt(now, tz, -6, 10, 0),
        createdAt: created(5),
        ...about(third),
      },
    );
  }
  return plans;
}
