import type { Stage, TenantSettings } from '../../domain/tenants/tenant.js';
import type { FormValues } from '../view/form.js';
import { str } from './form-values.js';

/** A stage line as shown in the form: `Name · 40 % · 5 days` (probability and days optional). */
export const stageLine = (st: Stage) =>
  [st.name, `${st.probability} %`, ...(st.staleAfterDays ? [`${st.staleAfterDays}`] : [])].join(' · ');

const SEPARATOR = /\s*[·|;,]\s*/;

/** Reads `Name · 40 % · 5` back; `undefined` for a line that cannot be read. */
export function readStageLine(
  line: string,
): { name: string; probability?: number; staleAfterDays?: number } | undefined {
  const [name = '', probability, days] = line.trim().split(SEPARATOR);
  if (!name) return undefined;
  const p = probability?.replace(/%/g, '').trim();
  const d = days?.replace(/\D+$/g, '').trim();
  if (p !== undefined && !/^\d{1,3}$/.test(p)) return undefined;
  if (d !== undefined && d !== '' && !/^\d{1,3}$/.test(d)) return undefined;
  return {
    name,
    ...(p !== undefined ? { probability: Number(p) } : {}),
    ...(d ? { staleAfterDays: Number(d) } : {}),
  };
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32) || 'stage';

/**
 * The settings a submitted form asks for. Existing stages keep their id and category; an emptied line
 * removes the stage; the "new stage" line adds one before the closed stages. Problems are reported by
 * field id so the form can show them inline.
 */
export function settingsFromForm(
  current: TenantSettings,
  values: FormValues,
): { ok: true; settings: TenantSettings; removed: string[] } | { ok: false; field: string } {
  const pipeline: Stage[] = [];
  const removed: string[] = [];
  for (const stage of current.pipeline) {
    const text = str(values[`stage_${stage.id}`]);
    if (!text) {
      removed.push(stage.id);
      continue;
    }
    const line = readStageLine(text);
    if (!line) return { ok: false, field: `stage_${stage.id}` };
    const closed = stage.category === 'closed_won' || stage.category === 'closed_lost';
    pipeline.push({
      ...stage,
      name: line.name,
      probability: closed ? stage.probability : (line.probability ?? stage.probability),
      ...(closed ? {} : line.staleAfterDays ? { staleAfterDays: line.staleAfterDays } : {}),
    });
  }
  const added = str(values.stage_new);
  if (added) {
    const line = readStageLine(added);
    if (!line) return { ok: false, field: 'stage_new' };
    let id = slug(line.name);
    while (pipeline.some((p) => p.id === id)) id = `${id}-2`.slice(0, 32);
    const firstClosed = pipeline.findIndex(
      (p) => p.category === 'closed_won' || p.category === 'closed_lost',
    );
    const stage: Stage = {
      id,
      name: line.name,
      probability: line.probability ?? 50,
      category: 'pipeline',
      ...(line.staleAfterDays ? { staleAfterDays: line.staleAfterDays } : {}),
    };
    pipeline.splice(firstClosed < 0 ? pipeline.length : firstClosed, 0, stage);
  }
  const number = (id: string) => {
    const text = str(values[id]);
    return text && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  };
  const days = (str(values.days) ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((part) => {
      const range = /^(\d)-(\d)$/.exec(part);
      if (!range) return [Number(part)];
      const [a, b] = [Number(range[1]), Number(range[2])];
      return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
    });
  return {
    ok: true,
    removed,
    settings: {
      currency: (str(values.currency) ?? '').toUpperCase(),
      locale: str(values.locale) === 'de' ? 'de' : 'en',
      timeZone: str(values.timeZone) ?? '',
      workingHours: { start: str(values.start) ?? '', end: str(values.end) ?? '', days },
      pipeline,
      cadenceDays: { A: number('cadenceA'), B: number('cadenceB'), C: number('cadenceC') },
      fiscalYearStartMonth: number('fiscalStart'),
    },
  };
}
