import type { ForecastReport } from '../../domain/forecasts/forecast.service.js';
import { periodTitle } from '../../domain/forecasts/period-title.js';
import type { ActivityAttainment } from '../../domain/quotas/activity-measures.js';
import { FUNNEL_MONTHS } from '../../domain/quotas/activity-measures.js';
import type { FunnelPlan } from '../../domain/quotas/funnel.js';
import type { Session } from '../session.js';
import { type Block, type Card, card } from '../view/card.js';
import { type NumbersScope, scopeTitle } from './forecast.scope.js';
import { ratioText } from './forecast.view.js';

export interface QuotaView {
  report: ForecastReport;
  funnel: FunnelPlan;
  activity: ActivityAttainment[];
  scope: NumbersScope;
  names: Map<string, string>;
}

// Plural forms need the number itself; one decimal is what the sentence claims ("about 2.5").
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function quotaTable(s: Session, v: QuotaView): Block {
  return {
    type: 'table',
    columns: [
      s.t('forecast.rep'),
      s.t('forecast.quota'),
      s.t('forecast.won'),
      s.t('forecast.attainment'),
      s.t('quota.gap'),
    ],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: v.report.byOwner.map(({ ownerId, figures: f }) => [
      v.names.get(ownerId) ?? ownerId,
      s.money(f.quota),
      s.money(f.closedWon),
      ratioText(s, f.attainment),
      s.money(f.remainingQuota),
    ]),
  };
}

/** The funnel in sentences: counts, what one win takes, what the gap takes, and the pace. */
export function funnelBlocks(s: Session, f: FunnelPlan): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: s.t('quota.funnel_title', { months: FUNNEL_MONTHS }) },
    {
      type: 'text',
      text: s.t('quota.funnel_counts', {
        contacted: f.contacted,
        created: f.created,
        won: f.won,
        amount: s.money(f.wonAmount),
        average: f.averageWon === null ? s.t('core.none') : s.money(f.averageWon),
      }),
    },
  ];
  if (f.contactsPerWin === null || f.dealsPerWin === null || f.contactsNeeded === null) {
    return [...blocks, { type: 'context', text: s.t('quota.funnel_no_wins') }];
  }
  blocks.push({
    type: 'text',
    text: s.t('quota.funnel_per_win', {
      contacts: oneDecimal(f.contactsPerWin),
      deals: oneDecimal(f.dealsPerWin),
    }),
  });
  blocks.push({
    type: 'text',
    text:
      f.gap > 0
        ? s.t('quota.funnel_gap', {
            gap: s.money(f.gap),
            contacts: f.contactsNeeded,
            deals: f.dealsNeeded ?? 0,
          })
        : s.t('quota.funnel_no_gap'),
  });
  const p = f.pace;
  blocks.push({
    type: 'context',
    text: [
      p.perWeek === null
        ? s.t('quota.pace_not_started')
        : s.t('quota.pace_so_far', {
            perWeek: s.number(p.perWeek, 1),
            count: p.contactedSoFar,
            weeks: s.number(p.weeksElapsed, 1),
          }),
      ...(f.gap > 0 && p.neededPerWeek !== null
        ? [
            s.t('quota.pace_needed', {
              perWeek: s.number(p.neededPerWeek, 1),
              weeks: s.number(p.weeksLeft, 1),
            }),
          ]
        : []),
    ].join(' '),
  });
  return blocks;
}

export function activityBlocks(
  s: Session,
  activity: ActivityAttainment[],
  names: Map<string, string>,
): Block[] {
  if (!activity.length) return [];
  return [
    { type: 'heading', text: s.t('quota.activity_title') },
    {
      type: 'list',
      items: activity.map((a) => ({
        title: `${names.get(a.memberId) ?? a.memberId}: ${s.t(`quota.kind_${a.kind}`)}`,
        detail: s.t('quota.activity_line', {
          actual: a.actual,
          target: s.number(a.target, 1),
          perWeek: a.perWeek,
          weeks: s.number(a.weeksElapsed, 1),
          attainment: ratioText(s, a.attainment),
        }),
      })),
    },
  ];
}

/** Quota, won and attainment per member and in total, the prospecting funnel and activity quotas. */
export function quotaCard(s: Session, v: QuotaView): Card {
  const t = v.report.team;
  const title = periodTitle(v.report.period, s.locale, s.ctx.settings.fiscalYearStartMonth);
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: s.t('forecast.quota'), value: s.money(t.quota) },
        { label: s.t('forecast.won'), value: s.money(t.closedWon) },
        { label: s.t('forecast.attainment'), value: ratioText(s, t.attainment) },
        { label: s.t('quota.gap'), value: s.money(t.remainingQuota) },
      ],
    },
  ];
  if (t.quota === 0) blocks.push({ type: 'context', text: s.t('quota.none_set') });
  if (v.scope.members.length > 1) blocks.push(quotaTable(s, v));
  blocks.push(...funnelBlocks(s, v.funnel), ...activityBlocks(s, v.activity, v.names));
  return card(s.t('quota.title', { period: title }), blocks, { subtitle: scopeTitle(s, v.scope) });
}
