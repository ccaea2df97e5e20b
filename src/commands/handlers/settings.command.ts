import { isAdmin } from '../../domain/members/permissions.js';
import type { TenantSettings } from '../../domain/tenants/tenant.js';
import { updateSettings } from '../../domain/tenants/update-settings.js';
import { appError } from '../../shared/errors.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, button, type Card, card } from '../view/card.js';
import type { Form, FormField } from '../view/form.js';
import { errorResult } from './common.js';
import { formError } from './form-values.js';
import { settingsFromForm, stageLine } from './settings.parse.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function monthName(s: Session, month: number) {
  return new Intl.DateTimeFormat(s.locale === 'de' ? 'de-DE' : 'en-US', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

function settingsCard(s: Session, st: TenantSettings, note?: string): Card {
  const blocks: Block[] = [
    ...(note ? [{ type: 'text' as const, text: note, tone: 'success' as const }] : []),
    {
      type: 'fields',
      fields: [
        { label: s.t('settings.currency'), value: st.currency },
        { label: s.t('settings.locale'), value: st.locale === 'de' ? 'Deutsch' : 'English' },
        { label: s.t('settings.time_zone'), value: st.timeZone },
        {
          label: s.t('settings.hours'),
          value: `${st.workingHours.start}–${st.workingHours.end} · ${st.workingHours.days.join(', ')}`,
        },
        {
          label: s.t('settings.cadence'),
          value: `A ${st.cadenceDays.A} · B ${st.cadenceDays.B} · C ${st.cadenceDays.C}`,
        },
        { label: s.t('settings.fiscal_start'), value: monthName(s, st.fiscalYearStartMonth) },
      ],
    },
    {
      type: 'table',
      columns: [s.t('deal.stage'), s.t('deal.probability'), s.t('settings.category'), s.t('settings.stale')],
      rows: st.pipeline.map((p) => [
        p.name,
        `${p.probability} %`,
        s.t(`settings.category_${p.category}`),
        p.staleAfterDays ? String(p.staleAfterDays) : '',
      ]),
      align: ['left', 'right', 'left', 'right'],
    },
  ];
  if (isAdmin(s.me))
    blocks.push({
      type: 'actions',
      buttons: [button(s.t('settings.edit'), 'form.open', { form: 'settings' }, 'primary')],
    });
  else blocks.push({ type: 'context', text: s.t('settings.admins_only') });
  return card(s.t('settings.title'), blocks);
}

function settingsForm(s: Session): Form {
  const st = s.ctx.settings;
  const text = (id: string, label: string, value: string, hint?: string): FormField => ({
    type: 'text',
    id,
    label,
    value,
    required: true,
    ...(hint ? { hint } : {}),
  });
  return {
    id: 'settings',
    title: s.t('settings.title'),
    submitLabel: s.t('core.save'),
    fields: [
      text('currency', s.t('settings.currency'), st.currency, 'EUR, USD, CHF …'),
      {
        type: 'select',
        id: 'locale',
        label: s.t('settings.locale'),
        options: [
          { label: 'English', value: 'en' },
          { label: 'Deutsch', value: 'de' },
        ],
        value: st.locale,
      },
      text('timeZone', s.t('settings.time_zone'), st.timeZone, 'Europe/Berlin'),
      text('start', s.t('settings.hours_start'), st.workingHours.start, '09:00'),
      text('end', s.t('settings.hours_end'), st.workingHours.end, '17:00'),
      text('days', s.t('settings.days'), compactDays(st.workingHours.days), s.t('settings.days_hint')),
      text('cadenceA', s.t('settings.cadence_tier', { tier: 'A' }), String(st.cadenceDays.A)),
      text('cadenceB', s.t('settings.cadence_tier', { tier: 'B' }), String(st.cadenceDays.B)),
      text('cadenceC', s.t('settings.cadence_tier', { tier: 'C' }), String(st.cadenceDays.C)),
      {
        type: 'select',
        id: 'fiscalStart',
        label: s.t('settings.fiscal_start'),
        options: MONTHS.map((m) => ({ label: monthName(s, m), value: String(m) })),
        value: String(st.fiscalYearStartMonth),
      },
      ...st.pipeline.map(
        (p, i): FormField => ({
          type: 'text',
          id: `stage_${p.id}`,
          label: s.t('settings.stage_n', { n: i + 1 }),
          value: stageLine(p),
          hint: i === 0 ? s.t('settings.stage_hint') : undefined,
        }),
      ),
      { type: 'text', id: 'stage_new', label: s.t('settings.stage_new'), placeholder: 'Demo · 30 % · 7' },
    ],
  };
}

const compactDays = (days: number[]) =>
  days.length > 1 && days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1)
    ? `${days[0]}-${days[days.length - 1]}`
    : days.join(',');

/** `/crm settings` (German `einstellungen`): everyone sees them; admins change them in a dialog. */
export function settingsModule(): CommandModule {
  return {
    commands: [
      {
        name: 'settings',
        aliases: ['einstellungen', 'config'],
        run: async (s): Promise<CommandResult> => ({ kind: 'card', card: settingsCard(s, s.ctx.settings) }),
      },
    ],
    forms: [
      {
        id: 'settings',
        async open(s) {
          return settingsForm(s);
        },
        async submit(s, values) {
          if (!isAdmin(s.me)) return errorResult(s, appError('member.admin_only'));
          const read = settingsFromForm(s.ctx.settings, values);
          if (!read.ok) return formError(s, appError('settings.invalid_stage_line'), {}, read.field);
          const saved = await updateSettings(s.ctx, read.settings);
          if (!saved.ok) {
            const field = saved.error.field ?? 'currency';
            const target = field === 'pipeline' ? 'stage_new' : field === 'cadence' ? 'cadenceA' : field;
            return formError(s, saved.error, {}, target);
          }
          return { kind: 'done', card: settingsCard(s, saved.value, s.t('settings.saved')) };
        },
      },
    ],
  };
}
