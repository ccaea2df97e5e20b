import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOTS = 'artifacts/screenshots';

/** The playground page as a user sees it: steps read like what a newcomer does. */
export function playgroundPage(page: Page, base: string) {
  const chat = page.locator('#chat-log');
  const botCards = chat.locator('.chat-bot .card');
  const dialog = page.locator('dialog.form-dialog[open]');

  return {
    page,
    async open(persona: string) {
      await page.goto(`${base}/playground?persona=${persona}`);
      await page.locator('#live[data-state="live"]').waitFor();
    },
    async pickPersona(persona: string) {
      await Promise.all([
        page.waitForURL(`**/playground?persona=${persona}`),
        page.selectOption('#persona', persona),
      ]);
      await page.locator('#live[data-state="live"]').waitFor();
    },
    /** Types a command, sends it with Enter and returns the card that answers it. */
    async command(text: string): Promise<Locator> {
      const before = await botCards.count();
      await page.fill('#command', text);
      await page.press('#command', 'Enter');
      const reply = botCards.nth(before);
      await reply.waitFor();
      return reply;
    },
    lastCard: () => botCards.last(),
    dialog,
    /** Clicks a button inside a card (or anywhere) and waits for the dialog it opens. */
    async openDialog(button: Locator): Promise<Locator> {
      await button.click();
      await dialog.waitFor();
      return dialog;
    },
    field: (id: string) => dialog.locator(`.field[data-field="${id}"]`),
    fieldError: (id: string) => dialog.locator(`.field[data-field="${id}"] .field-error:not([hidden])`),
    /** Submits the open dialog and waits until it is closed and its reply is in the chat. */
    async submitAndClose(): Promise<Locator> {
      const before = await botCards.count();
      await dialog.locator('button[type="submit"]').click();
      await dialog.waitFor({ state: 'detached' });
      const reply = botCards.nth(before);
      await reply.waitFor();
      return reply;
    },
    /** Chooses a typeahead option by typing its whole name. */
    async lookup(id: string, label: string) {
      const input = dialog.locator(`.field[data-field="${id}"] .lookup-input`);
      await input.fill(label);
      await dialog
        .locator(`.field[data-field="${id}"] .lookup-values input[type="hidden"]`)
        .waitFor({ state: 'attached' });
    },
    async view(name: 'chat' | 'home' | 'channel' | 'dms') {
      await page.click(`.nav-item[data-view="${name}"]`);
    },
    async screenshot(name: string) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
    },
  };
}

export type PlaygroundPage = ReturnType<typeof playgroundPage>;
