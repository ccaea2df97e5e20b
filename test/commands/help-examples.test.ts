import { beforeAll, describe, expect, it } from 'vitest';
import { bundles } from '../../src/i18n/catalog.js';
import { type CommandHarness, cardOf, commandHarness } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
const harness: Record<string, CommandHarness> = {};

/** Every `/crm …` example the help shows, cut at the next sentence or list separator. */
function examples(locale: 'en' | 'de'): string[] {
  const texts = Object.values(bundles).flatMap((b) =>
    Object.entries(b[locale])
      .filter(([key]) => key.startsWith('help.'))
      .map(([, text]) => text),
  );
  return texts.flatMap((t) =>
    [...t.matchAll(/\/crm [^.·(]+?(?=\.\s|\s·|\s\(|,\s|$| oder | or )/g)]
      .map((m) => m[0].trim())
      .filter((e) => !/[|…]/.test(e) && !/<[a-z]/.test(e)),
  );
}

async function tenant(name: string) {
  const h = await commandHarness(db.conn, name);
  const ada = h.as('ada', { name: 'Ada Admin' });
  await h.kontakt.text(ada, 'help');
  await h.kontakt.text(h.as('rita', { name: 'rita' }), 'help');
  await h.kontakt.text(h.as('maria', { name: 'maria' }), 'help');
  await h.kontakt.text(ada, 'team role maria manager');
  await h.kontakt.text(ada, 'account new "Acme" --tier A');
  await h.kontakt.text(ada, 'contact new "Hans Müller" --account Acme --email hans@acme.de');
  await h.kontakt.text(ada, 'deal new Acme "50 seats" 25000');
  await h.kontakt.text(ada, 'deal new Acme "50 Plätze" 25000');
  return h;
}

beforeAll(async () => {
  harness.en = await tenant('help-en');
  harness.de = await tenant('help-de');
});

describe('the examples in /crm help', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`all work as written (${locale})`, async () => {
      const h = harness[locale] as CommandHarness;
      // Examples start with a command word; `admin run` needs the job runner, tested with the jobs.
      const list = examples(locale).filter((e) => {
        const word = e.split(' ')[1] ?? '';
        return h.kontakt.registry.command(word) && !e.startsWith('/crm admin run');
      });
      // Creating the account comes first, as it would for a new team.
      list.sort(
        (a, b) => Number(/ (new|neu) "Acme GmbH"/.test(b)) - Number(/ (new|neu) "Acme GmbH"/.test(a)),
      );
      expect(list.length).toBeGreaterThan(15);
      const failures: string[] = [];
      for (const example of list) {
        const res = await h.kontakt.text(h.as('ada', { locale }), example);
        if (res.kind === 'card' && cardOf(res).tone === 'error')
          failures.push(`${example} → ${JSON.stringify(cardOf(res).blocks[0]).slice(0, 160)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
