import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../domain/tenants/tenant.js';
import { readStageLine, settingsFromForm, stageLine } from './settings.parse.js';

const base = defaultSettings();
const formOf = () => ({
  currency: 'EUR',
  locale: 'en',
  timeZone: 'Europe/Berlin',
  start: '09:00',
  end: '17:00',
  days: '1-5',
  cadenceA: '14',
  cadenceB: '30',
  cadenceC: '90',
  fiscalStart: '1',
  ...Object.fromEntries(base.pipeline.map((s) => [`stage_${s.id}`, stageLine(s)])),
});

describe('settings form', () => {
  it('round-trips stage lines', () => {
    expect(stageLine(base.pipeline[2] as never)).toBe('Proposal · 40 % · 5');
    expect(readStageLine('Angebot · 45 % · 6')).toEqual({
      name: 'Angebot',
      probability: 45,
      staleAfterDays: 6,
    });
    expect(readStageLine('Demo, 30%')).toEqual({ name: 'Demo', probability: 30 });
    expect(readStageLine('Demo · lots')).toBeUndefined();
  });

  it('edits, removes and adds stages, keeping ids and closed probabilities', () => {
    const res = settingsFromForm(base, {
      ...formOf(),
      stage_proposal: 'Angebot · 45 % · 6',
      stage_qualified: '',
      stage_won: 'Gewonnen · 50 %',
      stage_new: 'Demo · 30 %',
    });
    if (!res.ok) throw new Error(res.field);
    expect(res.removed).toEqual(['qualified']);
    expect(res.settings.pipeline.map((s) => [s.id, s.name, s.probability])).toEqual([
      ['lead', 'Lead', 10],
      ['proposal', 'Angebot', 45],
      ['negotiation', 'Negotiation', 70],
      ['demo', 'Demo', 30],
      ['won', 'Gewonnen', 100],
      ['lost', 'Lost', 0],
    ]);
    expect(res.settings.workingHours.days).toEqual([1, 2, 3, 4, 5]);
  });

  it('names the field of an unreadable line', () => {
    expect(settingsFromForm(base, { ...formOf(), stage_lead: 'Lead · ten' })).toEqual({
      ok: false,
      field: 'stage_lead',
    });
  });
});
