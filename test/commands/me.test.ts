import { beforeAll, describe, expect, it } from 'vitest';
import { isWithinWorkingHours, scheduleOf } from '../../src/domain/care/working-hours.js';
import { tenantId } from '../../src/shared/tenant.js';
import { type CommandHarness, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let h: CommandHarness;
const member = () => db.conn.collection('members').findOne({ platformUserId: 'rita' });

beforeAll(async () => {
  h = await commandHarness(db.conn, 'me');
  await h.kontakt.text(h.as('ada'), 'help');
});

describe('/crm me', () => {
  it('shows my language, zone and the team’s hours until I set my own', async () => {
    const text = textOf(
      await h.kontakt.text(h.as('rita', { locale: 'de', timeZone: 'Europe/Vienna' }), 'ich'),
    );
    expect(text).toMatch(/Sprache: Deutsch/);
    expect(text).toMatch(/Zeitzone: Europe\/Vienna/);
    expect(text).toMatch(/09:00–17:00 · 1,2,3,4,5 \(Arbeitszeiten des Teams\)/);
  });

  it('saves my own hours and language, and the answer speaks the new language', async () => {
    const res = await h.kontakt.submit(h.as('rita'), 'me', {
      locale: 'en',
      timeZone: 'America/New_York',
      start: '07:30',
      end: '15:30',
      days: '1-4',
    });
    expect(res.kind).toBe('done');
    expect(textOf(res)).toMatch(/Your profile is saved/);
    expect(await member()).toMatchObject({
      locale: 'en',
      timeZone: 'America/New_York',
      workingHours: { start: '07:30', end: '15:30', days: [1, 2, 3, 4] },
    });
    // Nudges follow them: 08:00 in New York on a Thursday is inside, on a Friday outside.
    const rita = await h.repos.forTenant(tenantId('web', 'me')).members.byPlatformUser('web', 'rita');
    const settings = await h.repos.forTenant(tenantId('web', 'me')).settings.get();
    if (!rita) throw new Error('member missing');
    const schedule = scheduleOf(rita, settings);
    expect(isWithinWorkingHours(new Date('2026-12-10T13:00:00Z'), schedule)).toBe(true);
    expect(isWithinWorkingHours(new Date('2026-12-11T13:00:00Z'), schedule)).toBe(false);
  });

  it('reports each bad value next to its field and changes nothing', async () => {
    const before = await member();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ timeZone: 'Mars/Base' }, 'timeZone', /IANA/],
      [{ timeZone: 'UTC', start: '18:00', end: '08:00', days: '1-5' }, 'start', /start before the end/],
      [{ timeZone: 'UTC', start: '25:00', end: '08:00', days: '1-5' }, 'start', /08:30/],
      [{ timeZone: 'UTC', start: '08:00', end: '16:00', days: '1-9' }, 'days', /1 \(Monday\) to 7/],
    ];
    for (const [values, field, message] of cases) {
      const res = await h.kontakt.submit(h.as('rita'), 'me', { locale: 'en', ...values });
      expect(res.kind, JSON.stringify(values)).toBe('form_errors');
      if (res.kind === 'form_errors') expect(res.errors[field], JSON.stringify(values)).toMatch(message);
    }
    expect(await member()).toEqual(before);
  });

  it('goes back to the team’s hours when the hours are left empty', async () => {
    await h.kontakt.submit(h.as('rita'), 'me', {
      locale: 'en',
      timeZone: 'America/New_York',
      start: '',
      end: '',
      days: '',
    });
    expect((await member())?.workingHours).toBeUndefined();
  });
});
