import { describe, expect, it } from 'vitest';
import { parseInput } from '../shared/parse.js';
import { deriveInteraction, FUTURE_TOLERANCE_MS, isInFuture } from './interaction.js';
import { newInteractionSchema } from './interaction.schema.js';

const now = new Date('2026-12-04T10:00:00Z');

describe('interaction rules', () => {
  it('derives the month in the tenant zone', () => {
    const occurredAt = new Date('2026-11-30T23:30:00Z'); // 1 December, 00:30 in Berlin
    expect(deriveInteraction({ occurredAt }, 'Europe/Berlin')).toEqual({ month: '2026-12' });
    expect(deriveInteraction({ occurredAt }, 'America/New_York')).toEqual({ month: '2026-11' });
  });

  it('tolerates five minutes of clock drift, not more', () => {
    expect(isInFuture(new Date(now.getTime() + FUTURE_TOLERANCE_MS), now)).toBe(false);
    expect(isInFuture(new Date(now.getTime() + FUTURE_TOLERANCE_MS + 1), now)).toBe(true);
    expect(isInFuture(new Date('2020-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe('interaction input', () => {
  const base = { accountId: 'a1', type: 'call', summary: 'Talked about pricing' };

  it('normalises what people type and fills defaults', () => {
    const parsed = parseInput(newInteractionSchema, {
      ...base,
      type: ' Call ',
      direction: 'IN',
      summary: '  Rückruf wegen Angebot  ',
      contactIds: ['c1', 'c2', 'c1'],
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        accountId: 'a1',
        type: 'call',
        direction: 'in',
        summary: 'Rückruf wegen Angebot',
        contactIds: ['c1', 'c2'],
        source: 'other',
      },
    });
    expect(parseInput(newInteractionSchema, base)).toMatchObject({
      ok: true,
      value: { direction: 'out', contactIds: [] },
    });
  });

  it('answers bad input with catalog codes that name what is valid', () => {
    expect(parseInput(newInteractionSchema, { ...base, type: 'fax' })).toEqual({
      ok: false,
      error: {
        code: 'interaction.invalid_type',
        params: { field: 'type', valid: 'call, email, meeting, chat, note, campaign, other' },
        field: 'type',
      },
    });
    const code = (input: unknown) => {
      const r = parseInput(newInteractionSchema, input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ ...base, type: undefined })).toBe('interaction.invalid_type');
    expect(code({ ...base, summary: '   ' })).toBe('interaction.summary_required');
    expect(code({ ...base, summary: undefined })).toBe('interaction.summary_required');
    expect(code({ ...base, summary: 'x'.repeat(3001) })).toBe('interaction.summary_too_long');
    expect(code({ ...base, summary: 'x'.repeat(3000) })).toBe('ok');
    expect(code({ ...base, direction: 'sideways' })).toBe('interaction.invalid_direction');
    expect(code({ ...base, source: 'fax' })).toBe('interaction.invalid_source');
    expect(code({ ...base, occurredAt: 'yesterday' })).toBe('interaction.invalid_date');
    expect(code({ ...base, permalink: 'slack message' })).toBe('interaction.invalid_permalink');
    expect(code({ ...base, contactIds: Array.from({ length: 51 }, (_, i) => `c${i}`) })).toBe(
      'interaction.too_many_contacts',
    );
    expect(code({ ...base, accountId: '' })).toBe('account.name_required');
  });
});
