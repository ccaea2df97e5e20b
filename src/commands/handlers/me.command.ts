import { updateProfile } from '../../domain/members/update-profile.js';
import { appError } from '../../shared/errors.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import { bindSession, type Session } from '../session.js';
import { button, type Card, card } from '../view/card.js';
import type { Form, FormValues } from '../view/form.js';
import { formError, str } from './form-values.js';

const dayList = (days: number[]) => days.join(',');

function readDays(text: string): number[] | undefined {
  const days = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((part) => {
      const range = /^([1-7])-([1-7])$/.exec(part);
      if (range)
        return Array.from(
          { length: Number(range[2]) - Number(range[1]) + 1 },
          (_, i) => Number(range[1]) + i,
        );
      return /^[1-7]$/.test(part) ? [Number(part)] : [Number.NaN];
    });
  return days.length && days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) ? days : undefined;
}

function profileCard(s: Session, note?: string): Card {
  const own = s.me.workingHours;
  const hours = own ?? s.ctx.settings.workingHours;
  return card(s.t('me.title', { name: s.me.displayName }), [
    ...(note ? [{ type: 'text' as const, text: note, tone: 'success' as const }] : []),
    {
      type: 'fields',
      fields: [
        { label: s.t('team.role'), value: s.t(`team.role_${s.me.role}`) },
        { label: s.t('settings.locale'), value: s.me.locale === 'de' ? 'Deutsch' : 'English' },
        { label: s.t('settings.time_zone'), value: s.me.timeZone },
        {
          label: s.t('settings.hours'),
          value: `${hours.start}–${hours.end} · ${dayList(hours.days)}${own ? '' : ` (${s.t('me.team_hours')})`}`,
        },
      ],
    },
    { type: 'context', text: s.t('me.hint') },
    { type: 'actions', buttons: [button(s.t('me.edit'), 'form.open', { form: 'me' }, 'primary')] },
  ]);
}

function profileForm(s: Session): Form {
  const own = s.me.workingHours;
  return {
    id: 'me',
    title: s.t('me.form_title'),
    submitLabel: s.t('core.save'),
    fields: [
      {
        type: 'select',
        id: 'locale',
        label: s.t('settings.locale'),
        options: [
          { label: 'English', value: 'en' },
          { label: 'Deutsch', value: 'de' },
        ],
        value: s.me.locale,
      },
      {
        type: 'text',
        id: 'timeZone',
        label: s.t('settings.time_zone'),
        value: s.me.timeZone,
        required: true,
      },
      {
        type: 'text',
        id: 'start',
        label: s.t('settings.hours_start'),
        value: own?.start ?? '',
        hint: s.t('me.hours_hint'),
      },
      { type: 'text', id: 'end', label: s.t('settings.hours_end'), value: own?.end ?? '' },
      {
        type: 'text',
        id: 'days',
        label: s.t('settings.days'),
        value: own ? dayList(own.days) : '',
        hint: s.t('settings.days_hint'),
      },
    ],
  };
}

async function submit(s: Session, values: FormValues): Promise<CommandResult> {
  const start = str(values.start);
  const end = str(values.end);
  const daysText = str(values.days);
  const ownHours = Boolean(start || end || daysText);
  const days = daysText ? readDays(daysText) : [1, 2, 3, 4, 5];
  if (ownHours && !days) return formError(s, appError('settings.invalid_days'), {}, 'days');
  const saved = await updateProfile(s.ctx, {
    locale: str(values.locale),
    timeZone: str(values.timeZone),
    workingHours: ownHours ? { start: start ?? '', end: end ?? '', days } : null,
  });
  if (!saved.ok) return formError(s, saved.error, {}, saved.error.field ?? 'timeZone');
  // The answer already speaks the language just chosen.
  const fresh = bindSession(s.deps, s.inv, { ...s.ctx, actor: saved.value });
  return { kind: 'done', card: profileCard(fresh, fresh.t('me.saved')) };
}

/** `/crm me` (German `ich`): my language, time zone and working hours, which nudges respect. */
export function meModule(): CommandModule {
  return {
    commands: [
      {
        name: 'me',
        aliases: ['ich', 'profil', 'profile'],
        run: async (s) => ({ kind: 'card', card: profileCard(s) }),
      },
    ],
    forms: [{ id: 'me', open: async (s) => profileForm(s), submit }],
  };
}
