import { describe, expect, it } from 'vitest';
import { leadingWhen } from './remind.parse.js';

const now = new Date('2026-12-04T10:00:00Z'); // Friday 11:00 in Berlin
const en = { locale: 'en' as const, timeZone: 'Europe/Berlin', now };
const de = { locale: 'de' as const, timeZone: 'Europe/Berlin', now };

describe('leadingWhen', () => {
  it('splits the time phrase from the text, in the member’s zone', () => {
    expect(leadingWhen('tomorrow 9am Call Hans', en)).toEqual({
      at: new Date('2026-12-05T08:00:00Z'),
      phrase: 'tomorrow 9am',
      rest: 'Call Hans',
    });
    expect(leadingWhen('morgen um 9 Hans anrufen', de)?.rest).toBe('Hans anrufen');
    expect(leadingWhen('in 3 days: send quote', en)?.rest).toBe('send quote');
    expect(leadingWhen('nächsten Freitag Angebot nachfassen', de)?.phrase).toBe('nächsten Freitag');
  });

  it('reads German short dates with an optional time', () => {
    const r = leadingWhen('24.12. 15 Uhr Geschenk kaufen', de);
    expect(r?.rest).toBe('Geschenk kaufen');
    expect(r?.at.toISOString()).toBe('2026-12-24T14:00:00.000Z');
    expect(leadingWhen('24.12. Geschenk', de)?.at.toISOString()).toBe('2026-12-24T08:00:00.000Z');
  });

  it('needs the time first', () => {
    expect(leadingWhen('Call Hans tomorrow', en)).toBeUndefined();
    expect(leadingWhen('', en)).toBeUndefined();
  });

  it('keeps the local time in New York and Tokyo', () => {
    expect(leadingWhen('tomorrow 9am x', { ...en, timeZone: 'America/New_York' })?.at.toISOString()).toBe(
      '2026-12-05T14:00:00.000Z',
    );
    expect(leadingWhen('tomorrow 9am x', { ...en, timeZone: 'Asia/Tokyo' })?.at.toISOString()).toBe(
      '2026-12-05T00:00:00.000Z',
    );
  });
});
