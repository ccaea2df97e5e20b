import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { type SlackHarness, slackHarness } from './support/slack-harness.js';

const db = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness(db.conn);
  h.fake.users.set('UADA', { name: 'ada', display_name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin' });
  h.fake.users.set('URITA', { name: 'rita', display_name: 'Rita', locale: 'de-DE', tz: 'Europe/Berlin' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

/** Runs `/crm <text>` over signed HTTP and returns the text of the response_url answer. */
async function crm(text: string, user = 'UADA'): Promise<string> {
  const res = await h.command(text, user);
  expect(res.status, text).toBe(200);
  const answer = h.fake.responses.at(-1)?.body as { text?: string } | undefined;
  if (!answer?.text) throw new Error(`no answer to /crm ${text}`);
  return answer.text;
}

describe('every /crm subcommand end to end through Slack', () => {
  it('runs the sales workflow: accounts, contacts, logs, deals, stages, quotes and the pipeline', async () => {
    expect(await crm('account new "Acme GmbH" --tier A')).toMatch(/Acme GmbH/);
    expect(await crm('contact new "Hans Müller" --account Acme --email hans@acme.de')).toMatch(
      /hans@acme.de/,
    );
    expect(await crm('contact hans')).toMatch(/Hans Müller/);
    expect(await crm('log call Acme GmbH Discussed renewal --contact Hans --next 2026-12-11')).toMatch(
      /Call with Acme GmbH .* logged[\s\S]*Follow-up reminder set/,
    );
    expect(await crm('account acme')).toMatch(/Discussed renewal/);
    expect(await crm('deal new Acme "50 seats" 25000 --close 2026-12-20')).toMatch(/Weighted: €2,500.00/);
    expect(await crm('stage "50 seats" negotiation')).toMatch(/moved from Lead to Negotiation/);
    expect(await crm('quote "50 seats" 50 x "Seat licence" @ 490 --discount 10%')).toMatch(
      /Total: €22,050.00/,
    );
    expect(await crm('quote "50 seats"')).toMatch(/draft/);
    expect(await crm('deal "50 seats" history')).toMatch(/Lead → Negotiation/);
    expect(await crm('pipeline')).toMatch(/Negotiation \(70 %\): 1 deal/);
  });

  it('asks for the lost reason in a modal', async () => {
    await crm('deal new Acme "Pilot" 1000');
    await h.command('stage Pilot lost', 'UADA');
    const opened = h.fake.callsOf('views.open').at(-1);
    expect(opened?.params.view).toMatchObject({ callback_id: 'deal.lost' });
  });

  it('answers forecasts with the numbers and uploads the chart', async () => {
    const text = await crm('forecast this quarter');
    expect(text).toMatch(/Weighted/);
    expect(h.fake.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(h.fake.callsOf('files.completeUploadExternal')).toHaveLength(1);
  });

  it('covers reminders, analytics, team, settings and alerts', async () => {
    expect(await crm('remind tomorrow 9am Call Hans --account Acme')).toMatch(/Call Hans/);
    expect(await crm('reminders')).toMatch(/Call Hans/);
    expect(await crm('contacts Acme')).toMatch(/Hans Müller/);
    expect(await crm('activity')).toMatch(
      /Interactions: 1\nAccounts touched: 1\nDeals created: 2\nStages advanced: 1/,
    );
    expect(await crm('quota')).toMatch(/1 account contacted → 2 deals created → 0 deals won/);
    expect(await crm('team')).toMatch(/Ada/);
    expect(await crm('settings')).toMatch(/EUR/);
    expect(await crm('alerts <#CSALES|sales> won')).toMatch(/sales/);
    expect(await crm('alerts')).toMatch(/sales/);
  });

  it('makes a mentioned colleague who never used Kontakt the owner, from users.info', async () => {
    h.fake.users.set('UNEW', { name: 'nina', real_name: 'Nina Neu', locale: 'de-DE', tz: 'Europe/Berlin' });
    expect(await crm('account new "Neukunde AG" --owner <@UNEW|nina>')).toMatch(/Owner: Nina Neu/);
    expect(await db.conn.collection('members').findOne({ platformUserId: 'UNEW' })).toMatchObject({
      displayName: 'Nina Neu',
      role: 'rep',
      locale: 'de',
    });
  });

  it('speaks German to a German member, and refuses what a rep may not do', async () => {
    expect(await crm('pipeline', 'URITA')).toMatch(/Offene Pipeline/);
    expect(await crm('stage Pilot verhandlung', 'URITA')).toMatch(/Das darfst du nicht/);
    expect(await crm('team role Rita admin', 'URITA')).toMatch(/Das dürfen nur Admins/);
  });
});
