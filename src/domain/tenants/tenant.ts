import type { Locale } from '../../shared/i18n/translator.js';
import type { TenantId } from '../../shared/tenant.js';

export const FORECAST_CATEGORIES = ['pipeline', 'best_case', 'commit', 'closed_won', 'closed_lost'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

/** One step of the tenant's pipeline. `probability` is a whole percent (0–100). */
export interface Stage {
  id: string;
  name: string;
  probability: number;
  category: ForecastCategory;
  /** A deal longer than this in the stage is stale (deal hygiene); absent for closed stages. */
  staleAfterDays?: number;
}

/** Local working hours: `HH:mm` and ISO weekdays (1 = Monday … 7 = Sunday). */
export interface WorkingHours {
  start: string;
  end: string;
  days: number[];
}

export interface TenantSettings {
  currency: string;
  locale: Locale;
  timeZone: string;
  workingHours: WorkingHours;
  pipeline: Stage[];
  cadenceDays: Record<Tier, number>;
  /** 1 = January. */
  fiscalYearStartMonth: number;
}

export interface Tenant {
  id: TenantId;
  name: string;
  settings: TenantSettings;
  createdAt: Date;
}

const STAGE_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    lead: 'Lead',
    qualified: 'Qualified',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    won: 'Won',
    lost: 'Lost',
  },
  de: {
    lead: 'Lead',
    qualified: 'Qualifiziert',
    proposal: 'Angebot',
    negotiation: 'Verhandlung',
    won: 'Gewonnen',
    lost: 'Verloren',
  },
};

export function defaultPipeline(locale: Locale): Stage[] {
  const n = STAGE_NAMES[locale];
  return [
    { id: 'lead', name: n.lead ?? 'Lead', probability: 10, category: 'pipeline', staleAfterDays: 14 },
    {
      id: 'qualified',
      name: n.qualified ?? 'Qualified',
      probability: 20,
      category: 'pipeline',
      staleAfterDays: 7,
    },
    {
      id: 'proposal',
      name: n.proposal ?? 'Proposal',
      probability: 40,
      category: 'best_case',
      staleAfterDays: 5,
    },
    {
      id: 'negotiation',
      name: n.negotiation ?? 'Negotiation',
      probability: 70,
      category: 'commit',
      staleAfterDays: 3,
    },
    { id: 'won', name: n.won ?? 'Won', probability: 100, category: 'closed_won' },
    { id: 'lost', name: n.lost ?? 'Lost', probability: 0, category: 'closed_lost' },
  ];
}

export function defaultSettings(
  opts: { locale?: Locale; timeZone?: string; currency?: string } = {},
): TenantSettings {
  const locale = opts.locale ?? 'en';
  return {
    currency: opts.currency ?? 'EUR',
    locale,
    timeZone: opts.timeZone ?? 'Europe/Berlin',
    workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    pipeline: defaultPipeline(locale),
    cadenceDays: { A: 14, B: 30, C: 90 },
    fiscalYearStartMonth: 1,
  };
}

export const isClosed = (stage: Stage) => stage.category === 'closed_won' || stage.category === 'closed_lost';
export const openStages = (pipeline: Stage[]) => pipeline.filter((s) => !isClosed(s));
export const wonStage = (pipeline: Stage[]) => pipeline.find((s) => s.category === 'closed_won');
export const lostStage = (pipeline: Stage[]) => pipeline.find((s) => s.category === 'closed_lost');
