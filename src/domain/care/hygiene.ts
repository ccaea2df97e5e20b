import type { Deal } from '../deals/deal.js';
import { daysInStage, isStale } from '../deals/deal.js';
import type { DealListFilter, DealRepository } from '../deals/deal.repository.js';
import { calendarDaysBetween, dayOf } from '../deals/period.js';
import type { Stage, TenantSettings } from '../tenants/tenant.js';

/** What is wrong with an open deal: its close date passed, and/or it sits in its stage too long. */
export interface DealIssue {
  deal: Deal;
  stage?: Stage;
  /** Local days since the expected close date (when it passed). */
  slippedDays?: number;
  /** Days in the stage, when that exceeds the stage's `staleAfterDays`. */
  staleDays?: number;
}

/** Open deals with a passed close date or stuck in a stage; slipped ones first, longest first. */
export function dealIssues(deals: Deal[], settings: TenantSettings, now: Date): DealIssue[] {
  const tz = settings.timeZone;
  const today = dayOf(now, tz);
  const issues: DealIssue[] = [];
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const stage = settings.pipeline.find((s) => s.id === deal.stageId);
    const close = deal.expectedCloseDate;
    const slipped = close !== undefined && dayOf(close, tz) < today;
    const stale = stage ? isStale(deal, stage, now, tz) : false;
    if (!slipped && !stale) continue;
    issues.push({
      deal,
      ...(stage ? { stage } : {}),
      ...(slipped && close ? { slippedDays: calendarDaysBetween(close, now, tz) } : {}),
      ...(stale ? { staleDays: daysInStage(deal, now, tz) } : {}),
    });
  }
  const weight = (i: DealIssue) => (i.slippedDays ?? -1) * 10_000 + (i.staleDays ?? 0);
  return issues.sort((x, y) => weight(y) - weight(x) || x.deal.title.localeCompare(y.deal.title));
}

const PAGE = 500;

/** Every deal matching the filter, page by page. */
export async function allDeals(repo: DealRepository, filter: DealListFilter): Promise<Deal[]> {
  const all: Deal[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await repo.list(filter, { limit: PAGE, skip });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
