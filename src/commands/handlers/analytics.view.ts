import { monthLabel, periodTitle } from '../../domain/forecasts/period-title.js';
import type { ActivityReport } from '../../domain/quotas/activity-report.js';
import type { ContactReport } from '../../domain/quotas/contact-report.js';
import type { Session } from '../session.js';
import { type Block, type Card, card } from '../view/card.js';
import { type NumbersScope, scopeTitle } from './forecast.scope.js';
import { activityBlocks } from './quota.view.js';

/** Contacts shown as columns of the who-talked-to-whom table; the rest are summed in the member's total. */
const MAX_CONTACT_COLUMNS = 5;

const typeFields = (s: Session, byType: { type: string; count: number }[]) =>
  byType.map((t) => ({ label: s.t(`analytics.type_${t.type}`), value: String(t.count) }));

function cadenceText(s: Session, r: ContactReport): string {
  const c = r.cadence;
  const values = {
    count: c.interactions,
    days: c.days,
    every: c.everyDays === null ? '' : s.number(c.everyDays, 1),
    cadence: c.cadenceDays,
    expected: s.number(c.expected, 1),
  };
  if (c.days === 0) return s.t('analytics.cadence_not_started', values);
  return s.t(c.onTrack ? 'analytics.cadence_on_track' : 'analytics.cadence_behind', values);
}

function matrixBlock(s: Session, r: ContactReport, names: Map<string, string>): Block {
  const perContact = new Map<string, number>();
  for (const m of r.matrix) perContact.set(m.contactId, (perContact.get(m.contactId) ?? 0) + m.count);
  const columns = r.contacts
    .filter((c) => perContact.has(c.id))
    .sort((a, b) => (perContact.get(b.id) ?? 0) - (perContact.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, MAX_CONTACT_COLUMNS);
  const cell = (memberId: string, contactId: string) =>
    String(r.matrix.find((m) => m.loggedById === memberId && m.contactId === contactId)?.count ?? 0);
  return {
    type: 'table',
    columns: [s.t('analytics.our_side'), s.t('analytics.total'), ...columns.map((c) => c.name)],
    align: ['left', 'right', ...columns.map(() => 'right' as const)],
    rows: r.byMember.map((m) => [
      names.get(m.memberId) ?? m.memberId,
      String(m.count),
      ...columns.map((c) => cell(m.memberId, c.id)),
    ]),
  };
}

/** Who from our side talked to whom at the customer, by type, month by month, last touches, cadence. */
export function contactsCard(s: Session, r: ContactReport, names: Map<string, string>): Card {
  const period = periodTitle(r.period, s.locale, s.ctx.settings.fiscalYearStartMonth);
  const blocks: Block[] = [
    { type: 'text', text: cadenceText(s, r), tone: r.cadence.onTrack ? 'info' : 'warning' },
    { type: 'heading', text: s.t('analytics.who_title') },
    r.byMember.length ? matrixBlock(s, r, names) : { type: 'text', text: s.t('analytics.none_in_period') },
  ];
  if (r.byType.length)
    blocks.push(
      { type: 'heading', text: s.t('analytics.by_type') },
      { type: 'fields', fields: typeFields(s, r.byType) },
    );
  blocks.push(
    { type: 'heading', text: s.t('analytics.by_month') },
    {
      type: 'table',
      columns: [s.t('forecast.month'), s.t('analytics.interactions')],
      align: ['left', 'right'],
      rows: r.byMonth.map((m) => [monthLabel(m.month, s.locale), String(m.count)]),
    },
    { type: 'heading', text: s.t('analytics.last_touch') },
    {
      type: 'list',
      empty: s.t('analytics.no_contacts'),
      items: r.lastTouches.map((t) => ({
        title: t.contact.name,
        detail: t.at
          ? s.t('analytics.touched', {
              date: s.date(t.at),
              name: names.get(t.loggedById ?? '') ?? s.t('core.none'),
            })
          : s.t('analytics.never'),
      })),
    },
  );
  return card(s.t('analytics.contacts_title', { account: r.account.name }), blocks, {
    subtitle: s.t('analytics.contacts_subtitle', { period, count: r.total }),
  });
}

/** Interactions by type, accounts touched, deals created and stages advanced, per member and in total. */
export function activityCard(
  s: Session,
  r: ActivityReport,
  scope: NumbersScope,
  names: Map<string, string>,
): Card {
  const period = periodTitle(r.period, s.locale, s.ctx.settings.fiscalYearStartMonth);
  const t = r.total;
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: s.t('analytics.interactions'), value: String(t.interactions) },
        { label: s.t('analytics.accounts_touched'), value: String(t.accountsTouched) },
        { label: s.t('analytics.deals_created'), value: String(t.dealsCreated) },
        { label: s.t('analytics.stages_advanced'), value: String(t.stagesAdvanced) },
        { label: s.t('analytics.accounts_created'), value: String(t.accountsCreated) },
      ],
    },
  ];
  if (r.byType.length)
    blocks.push(
      { type: 'heading', text: s.t('analytics.by_type') },
      { type: 'fields', fields: typeFields(s, r.byType) },
    );
  if (r.rows.length > 1) {
    blocks.push({
      type: 'table',
      columns: [
        s.t('forecast.rep'),
        s.t('analytics.interactions'),
        s.t('analytics.accounts_touched'),
        s.t('analytics.deals_created'),
        s.t('analytics.stages_advanced'),
        s.t('analytics.accounts_created'),
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      rows: r.rows.map((row) => [
        names.get(row.memberId) ?? row.memberId,
        ...[
          row.interactions,
          row.accountsTouched,
          row.dealsCreated,
          row.stagesAdvanced,
          row.accountsCreated,
        ].map(String),
      ]),
    });
  }
  blocks.push(...activityBlocks(s, r.quotas, names));
  return card(s.t('analytics.activity_title', { period }), blocks, { subtitle: scopeTitle(s, scope) });
}
