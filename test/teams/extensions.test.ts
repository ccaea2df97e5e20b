import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { actions, cardText, findAll, type Json, lastCard } from './support/cards.js';
import { type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;
const ada: Sender = { tenant: 'tenant-d', user: '29:ada', name: 'Ada' };
const inChannel: Sender = {
  ...ada,
  kind: 'channel',
  conversation: '19:acme@thread.tacv2;messageid=1733300000000',
  channelName: 'acme-gmbh',
};

const messagePayload = {
  id: '1733300000000',
  createdDateTime: '2026-12-03T15:30:00.000Z',
  linkToMessage: 'https://teams.microsoft.com/l/message/19:acme@thread.tacv2/1733300000000',
  from: { user: { id: '29:hans', displayName: 'Hans Müller' } },
  body: { contentType: 'html', content: '<p>Wir brauchen <b>50 Lizenzen</b> &amp; Support</p><p>bis Q2</p>' },
};

beforeAll(async () => {
  h = await startTeams(db.conn);
  await h.post(h.message(ada, 'account new "Acme GmbH" --tier A'));
  await h.post(h.message(ada, 'account new "Acme Logistics" --tier B'));
});
afterAll(async () => {
  await h?.close();
});

describe('message action “Log to CRM” (logToCrm)', () => {
  let submitData: Json;

  it('opens the log dialog prefilled from the message', async () => {
    const res = await h.post(
      h.invoke(inChannel, 'composeExtension/fetchTask', {
        commandId: 'logToCrm',
        commandContext: 'message',
        context: { theme: 'default' },
        messagePayload,
      }),
    );
    expect(res.status).toBe(200);
    const task = (res.body as Json).task;
    expect(task?.type, JSON.stringify(res.body).slice(0, 400)).toBe('continue');
    const card = task.value.card.content;
    expect(card.version).toBe('1.5');
    const summary = findAll(card, (n) => n.id === 'field_summary')[0];
    expect(summary).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(summary.value).toMatch(/Hans Müller/);
    expect(summary.value).toMatch(/Wir brauchen 50 Lizenzen & Support\nbis Q2/);
    // The channel is named after the account, so the form guessed it.
    const account = findAll(card, (n) => n.id === 'field_account')[0];
    expect(account.choices[0].title).toMatch(/^Acme GmbH/);
    expect(account['choices.data']).toEqual({
      type: 'Data.Query',
      dataset: 'accounts',
      associatedInputs: 'auto',
    });
    const [submit] = actions(card, 'Action.Submit');
    expect(submit.data.state).toMatchObject({
      permalink: messagePayload.linkToMessage,
      occurredAt: messagePayload.createdDateTime,
    });
    submitData = { ...submit.data };
    for (const input of findAll(card, (n) => typeof n.id === 'string' && n.id.startsWith('field_'))) {
      if (input.value !== undefined) submitData[input.id] = input.value;
    }
  });

  it('logs the interaction on submit and posts the result in the conversation', async () => {
    const before = await db.conn.collection('interactions').countDocuments();
    h.connector.clear();
    const res = await h.post(
      h.invoke(inChannel, 'composeExtension/submitAction', {
        commandId: 'logToCrm',
        commandContext: 'message',
        messagePayload,
        data: submitData,
      }),
    );
    expect(res.status).toBe(200);
    expect(await db.conn.collection('interactions').countDocuments()).toBe(before + 1);
    const logged = await db.conn.collection('interactions').findOne({}, { sort: { _id: -1 } });
    expect(logged).toMatchObject({ tenantId: 'teams:tenant-d', permalink: messagePayload.linkToMessage });
    expect(h.connector.sent()[0]?.conversationId).toBe(inChannel.conversation);
    expect(cardText(lastCard(h.connector))).toMatch(/Acme GmbH/);
  });
});

describe('message action in a chat the bot is not part of', () => {
  it('hands the result card back to the user instead of posting it', async () => {
    const chat: Sender = { ...ada, kind: 'groupChat', conversation: '19:private-chat@thread.v2' };
    h.connector.refuse.add('19:private-chat@thread.v2');
    const fetched = await h.post(
      h.invoke(chat, 'composeExtension/fetchTask', {
        commandId: 'logToCrm',
        commandContext: 'message',
        messagePayload,
      }),
    );
    const card = (fetched.body as Json).task.value.card.content;
    const [submit] = actions(card, 'Action.Submit');
    // No channel named after the account here: the form guesses nothing, so pick the account.
    expect(findAll(card, (n) => n.id === 'field_account')[0]?.value).toBeUndefined();
    const acme = await db.conn
      .collection('accounts')
      .findOne({ tenantId: 'teams:tenant-d', name: 'Acme GmbH' });
    const accountId = String(acme?._id);
    const data = {
      ...submit.data,
      field_account: accountId,
      field_type: 'chat',
      field_summary: 'Wants 50 seats',
    };
    const before = await db.conn.collection('interactions').countDocuments();
    const res = await h.post(
      h.invoke(chat, 'composeExtension/submitAction', {
        commandId: 'logToCrm',
        commandContext: 'message',
        messagePayload,
        data,
      }),
    );
    expect(res.status).toBe(200);
    const result = (res.body as Json).composeExtension;
    expect(result, JSON.stringify(res.body)).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments[0].content.version).toBe('1.5');
    expect(await db.conn.collection('interactions').countDocuments()).toBe(before + 1);
  });
});

describe('search extension (searchCrm)', () => {
  it('finds accounts and returns their cards to insert', async () => {
    const res = await h.post(
      h.invoke(ada, 'composeExtension/query', {
        commandId: 'searchCrm',
        parameters: [{ name: 'query', value: 'acme' }],
        queryOptions: { skip: 0, count: 25 },
      }),
    );
    expect(res.status).toBe(200);
    const result = (res.body as Json).composeExtension;
    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments.map((a: Json) => a.preview.content.title)).toEqual([
      'Acme GmbH',
      'Acme Logistics',
    ]);
    const [first] = result.attachments;
    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.content.version).toBe('1.5');
    expect(first.content.body[0].text).toBe('Acme GmbH');
    expect(first.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
  });

  it('finds deals too', async () => {
    await h.post(h.message(ada, 'deal new "Acme GmbH" "50 seats" 25000 --close 2027-03-31'));
    const res = await h.post(
      h.invoke(ada, 'composeExtension/query', {
        commandId: 'searchCrm',
        parameters: [{ name: 'query', value: 'seats' }],
        queryOptions: { skip: 0, count: 25 },
      }),
    );
    const titles = (res.body as Json).composeExtension.attachments.map((a: Json) => a.preview.content.title);
    expect(titles).toContain('50 seats');
  });
});
