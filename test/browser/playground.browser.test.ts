import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundTenantId } from '../../src/bot/web/personas.js';
import { card } from '../../src/commands/view/card.js';
import { useTestDatabase } from '../support/database.js';
import { type RunningPlayground, startPlayground } from '../web/playground.harness.js';
import { type PlaygroundPage, playgroundPage } from './playground.page.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser] skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

/**
 * A newcomer's first minutes in the playground, in a real Chromium against the real app and database.
 * Each `it` is one step on the same page; add steps at the end (log, deal, stage, forecast …).
 */
describe.skipIf(!hasChromium)('the playground in a browser', () => {
  const db = useTestDatabase();
  let pg: RunningPlayground;
  let context: BrowserContext;
  let profile: string;
  let ui: PlaygroundPage;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pg = await startPlayground(db.conn);
    profile = await mkdtemp(join(tmpdir(), 'kontakt-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    ui = playgroundPage(page, pg.base);
    await ui.open('rita');
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await pg?.stop();
  });

  it('picks a persona', async () => {
    expect(await ui.page.getAttribute('html', 'lang')).toBe('de');
    await ui.pickPersona('sam');
    expect(await ui.page.getAttribute('html', 'lang')).toBe('en');
    expect(await ui.page.locator('#persona').inputValue()).toBe('sam');
    await ui.screenshot('01-persona');
  });

  it('creates an account from the command line and shows its card', async () => {
    const reply = await ui.command('/crm account new "Acme GmbH" --tier A');
    expect(await reply.locator('h3').textContent()).toBe('Acme GmbH');
    expect(await reply.locator('dl.fields').textContent()).toContain('Tier');
    await ui.screenshot('02-account-card');
  });

  it('opens "New contact" from the card, shows the inline error, then saves', async () => {
    const dialog = await ui.openDialog(ui.lastCard().getByRole('button', { name: 'New contact' }));
    expect(await dialog.locator('h2').textContent()).toBe('New contact');
    await dialog.locator('button[type="submit"]').click();
    const error = ui.fieldError('name');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/name/i);
    expect(await ui.field('name').locator('input').getAttribute('aria-invalid')).toBe('true');
    await ui.screenshot('03-dialog-inline-error');
    await ui.field('name').locator('input').fill('Hans Müller');
    const saved = await ui.submitAndClose();
    expect(await saved.textContent()).toContain('Hans Müller');
    await ui.screenshot('04-contact-saved');
  });

  it('brings back the last command with the up arrow', async () => {
    await ui.page.focus('#command');
    await ui.page.keyboard.press('ArrowUp');
    expect(await ui.page.locator('#command').inputValue()).toBe('/crm account new "Acme GmbH" --tier A');
    await ui.page.fill('#command', '');
  });

  it('opens the Home view', async () => {
    await ui.view('home');
    const home = ui.page.locator('#home-card .card');
    await home.waitFor();
    expect(await home.locator('h3').textContent()).toContain('Sam Seller');
    await ui.screenshot('05-home');
  });

  it('logs a customer message from the demo channel', async () => {
    await ui.view('channel');
    const message = ui.page.locator('#msg-c1');
    await message.waitFor();
    const dialog = await ui.openDialog(message.getByRole('button', { name: 'Log to CRM' }));
    expect(await ui.field('summary').locator('textarea').inputValue()).toContain('Hans Müller (Acme GmbH)');
    await ui.lookup('account', 'Acme GmbH');
    await ui.screenshot('06-log-from-channel');
    const logged = await ui.submitAndClose();
    expect(await logged.isVisible()).toBe(true);
    expect(await dialog.count()).toBe(0);
  });

  it('shows a direct message from a job without a reload', async () => {
    const sam = await pg.app.repos.forTenant(playgroundTenantId).members.byPlatformUser('web', 'web-sam');
    if (!sam) throw new Error('persona missing');
    const nudge = card('Time to call Acme GmbH', [{ type: 'text', text: 'Last contact **14 days** ago.' }], {
      tone: 'warning',
    });
    await pg.app.notify.direct(playgroundTenantId, sam, nudge, 'Time to call Acme GmbH');
    const dm = ui.page.locator('#dm-list .card', { hasText: 'Time to call Acme GmbH' });
    await dm.waitFor();
    expect(await ui.page.locator('#dm-empty').isHidden()).toBe(true);
    await ui.screenshot('07-direct-message');
  });

  it('logs a call with the command line', async () => {
    await ui.view('chat');
    await ui.command('/crm account new "Globex Ltd" --tier A');
    const reply = await ui.command(
      '/crm log call Globex Ltd Kick-off call with their buyer --when 30 days ago',
    );
    expect(await reply.textContent()).toMatch(/Call with Globex Ltd on .* logged/);
    await ui.screenshot('10-logged');
  });

  it('creates a deal and moves it to another stage with the picker', async () => {
    const deal = await ui.command('/crm deal new "Acme GmbH" "50 seats" 25000 --close 2026-12-20');
    expect(await deal.locator('h3').textContent()).toBe('50 seats');
    await deal.getByRole('button', { name: 'Change stage' }).click();
    const choice = ui.page.locator('.picker button.btn-choice', { hasText: 'Negotiation' }).last();
    await choice.waitFor();
    await choice.click();
    const moved = ui.page.locator('.card', { hasText: 'moved from Lead to Negotiation' }).last();
    await moved.waitFor();
    expect(await moved.textContent()).toContain('€17,500.00');
    await ui.screenshot('11-stage-moved');
  });

  it('shows a forecast with its chart inline', async () => {
    const forecast = await ui.command('/crm forecast this quarter');
    const chart = forecast.locator('figure.chart img');
    await chart.waitFor();
    const size = await chart.evaluate((img) => {
      const { naturalWidth, naturalHeight } = img as unknown as {
        naturalWidth: number;
        naturalHeight: number;
      };
      return [naturalWidth, naturalHeight];
    });
    expect(size[0]).toBeGreaterThan(200);
    expect(size[1]).toBeGreaterThan(100);
    expect(await forecast.textContent()).toContain('€17,500.00');
    await ui.screenshot('12-forecast');
  });

  it('runs the neglect scan as an admin and the rep sees the nudge arrive live', async () => {
    const admin = playgroundPage(await context.newPage(), pg.base);
    await admin.open('alex');
    const ran = await admin.command('/crm admin run neglect');
    expect(await ran.textContent()).toMatch(/neglect/i);
    await admin.page.close();
    const nudge = ui.page.locator('#dm-list .card', {
      has: ui.page.getByRole('button', { name: /Snooze 7 days/ }),
    });
    await nudge.first().waitFor();
    expect(await nudge.first().textContent()).toMatch(/Globex Ltd.*overdue/s);
    await ui.screenshot('13-neglect-nudge');
  });

  it('fits a narrow window', async () => {
    await ui.page.setViewportSize({ width: 420, height: 800 });
    await ui.view('chat');
    expect(await ui.page.locator('#command').isVisible()).toBe(true);
    await ui.screenshot('08-narrow');
    await ui.view('dms');
    await ui.page.locator('#dm-list .card').first().waitFor();
    await ui.screenshot('09-narrow-dms');
    await ui.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
