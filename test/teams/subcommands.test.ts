import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagePublisher } from '../../src/bot/http/images.js';
import { imageRepository } from '../../src/domain/images/db/image.mongo-repository.js';
import { manualClock } from '../../src/shared/clock.js';
import { useTestDatabase } from '../support/database.js';
import { cardText, lastCard } from './support/cards.js';
import { type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;

const ada: Sender = { tenant: 'tenant-s', user: '29:ada', name: 'Ada Lovelace' };
const rita: Sender = { tenant: 'tenant-s', user: '29:rita', name: 'Rita Rep', locale: 'de-DE' };

const PUBLIC_URL = 'https://kontakt.example.com';
let images: ReturnType<typeof imageRepository>;

beforeAll(async () => {
  images = imageRepository(db.conn);
  h = await startTeams(db.conn, undefined, {
    images: imagePublisher(images, PUBLIC_URL, manualClock('2026-12-04T10:00:00Z')),
  });
  h.connector.roster.set('29:ada', { id: '29:ada', name: 'Ada Lovelace', email: 'ada@acme.example' });
  h.connector.roster.set('29:rita', { id: '29:rita', name: 'Rita Rep', email: 'rita@acme.example' });
});
afterAll(async () => {
  await h?.close();
});

/** Sends `crm <text>` as a Teams message and returns the text of the Adaptive Card that answers it. */
async function crm(text: string, from: Sender = ada): Promise<string> {
  h.connector.clear();
  const res = await h.post(h.message(from, `crm ${text}`));
  expect(res.status, text).toBe(200);
  return cardText(lastCard(h.connector));
}

describe('every command end to end through Teams', () => {
  it('runs the sales workflow: accounts, contacts, logs, deals, stages, quotes and the pipeline', async () => {
    expect(await crm('account new "Acme GmbH" --tier A')).toMatch(/Acme GmbH/);
    expect(await crm('contact new "Hans Müller" --account Acme --email hans@acme.de')).toMatch(
      /hans@acme.de/,
    );
    expect(await crm('contact hans')).toMatch(/Hans Müller/);
    expect(await crm('log call Acme GmbH Discussed renewal --contact Hans --next 2026-12-11')).toMatch(
      /Follow-up reminder set/,
    );
    expect(await crm('account acme')).toMatch(/Discussed renewal/);
    expect(await crm('deal new Acme "50 seats" 25000 --close 2026-12-20')).toMatch(/€2,500.00/);
    expect(await crm('stage "50 seats" negotiation')).toMatch(/moved from Lead to Negotiation/);
    expect(await crm('quote "50 seats" 50 x "Seat licence" @ 490 --discount 10%')).toMatch(/€22,050.00/);
    expect(await crm('deal "50 seats" history')).toMatch(/Lead → Negotiation/);
    expect(await crm('pipeline')).toMatch(/Negotiation \(70 %\): 1 deal/);
  });

  it('shows the forecast chart in the card from Kontakt’s public address', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'crm forecast this quarter'));
    const card = JSON.stringify(lastCard(h.connector));
    const url = /"type":"Image","url":"(https:\/\/kontakt\.example\.com\/images\/([a-f0-9]{32})\.png)"/.exec(
      card,
    );
    expect(url, card.slice(0, 300)).not.toBeNull();
    const stored = await images.get(url?.[2] ?? '');
    expect(
      Buffer.from(stored?.png ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(stored?.tenantId).toBe('teams:tenant-s');
  });

  it('covers reminders, analytics, team, settings and alerts', async () => {
    expect(await crm('remind tomorrow 9am Call Hans --account Acme')).toMatch(/Call Hans/);
    expect(await crm('reminders')).toMatch(/Call Hans/);
    expect(await crm('contacts Acme')).toMatch(/Hans Müller/);
    expect(await crm('activity')).toMatch(/Interactions/);
    expect(await crm('team')).toMatch(/Ada Lovelace/);
    expect(await crm('settings')).toMatch(/EUR/);
    expect(await crm('alerts here won')).toMatch(/won|Won/);
  });

  it('speaks German to a German member and refuses what a rep may not do', async () => {
    expect(await crm('pipeline', rita)).toMatch(/Offene Pipeline/);
    expect(await crm('stage "50 seats" verhandlung', rita)).toMatch(/Das darfst du nicht/);
  });
});
