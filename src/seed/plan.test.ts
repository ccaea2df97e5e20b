import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../domain/tenants/tenant.js';
import { planDemo } from './plan.js';

const settings = defaultSettings({ locale: 'en' });
const NOW = new Date('2026-06-10T09:00:00Z');
const DAY = 86_400_000;

describe('the demo plan', () => {
  const plan = planDemo(settings, NOW);

  it('is the same for the same moment', () => {
    expect(JSON.stringify(planDemo(settings, NOW))).toBe(JSON.stringify(plan));
  });

  it('keeps its shape on another day: names, titles, amounts and outcomes', () => {
    const later = planDemo(settings, new Date(NOW.getTime() + 41 * DAY));
    const shape = (p: typeof plan) => ({
      accounts: p.accounts.map((a) => [a.company.name, a.owner, a.lastTouchAgo, a.people]),
      deals: p.deals.map((d) => [d.title, d.amount, d.outcome, d.quote, d.createdAgo, d.lastAgo]),
      interactions: p.interactions.map((i) => [i.key, i.type, i.summary, i.by]),
      reminders: p.reminders.map((r) => [r.member, r.what]),
    });
    expect(shape(later)).toEqual(shape(plan));
  });

  it('has 60 accounts, 120 deals (30 won, 25 lost) and about 1,500 interactions', () => {
    expect(plan.accounts).toHaveLength(60);
    expect(plan.deals).toHaveLength(120);
    expect(plan.deals.filter((d) => d.outcome === 'won')).toHaveLength(30);
    expect(plan.deals.filter((d) => d.outcome === 'lost')).toHaveLength(25);
    expect(plan.interactions.length).toBeGreaterThan(1400);
    expect(plan.interactions.length).toBeLessThan(1600);
    expect(new Set(plan.interactions.map((i) => i.key)).size).toBe(plan.interactions.length);
  });

  it('never plans anything after now, and replays each deal in order over the last 12 months', () => {
    const steps = plan.deals.flatMap((d) => d.steps);
    expect(Math.max(...steps.map((s) => s.at.getTime()))).toBeLessThan(NOW.getTime());
    expect(Math.min(...steps.map((s) => s.at.getTime()))).toBeGreaterThan(NOW.getTime() - 367 * DAY);
    expect(Math.max(...plan.interactions.map((i) => i.occurredAt.getTime()))).toBeLessThanOrEqual(
      NOW.getTime(),
    );
    for (const d of plan.deals) {
      const times = d.steps.map((s) => s.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(d.steps[0]?.kind).toBe('create');
    }
  });

  it('gives every contact a unique e-mail and every account distinct deal titles', () => {
    const emails = plan.accounts.flatMap((a) => a.people.map((p) => p.email));
    expect(new Set(emails).size).toBe(emails.length);
    for (const a of plan.accounts) {
      const titles = plan.deals.filter((d) => d.accountIndex === a.index).map((d) => d.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});
