import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { initialValues, type ModalView, submission } from './support/payloads.js';
import { type SlackHarness, slackHarness, T1, teamOf, trigger } from './support/slack-harness.js';

const db = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness(db.conn);
  h.fake.users.set('UADA', { name: 'ada', display_name: 'Ada' });
  h.fake.users.set('UHANS', { name: 'hans', real_name: 'Hans Berger' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

describe('Log to CRM', () => {
  it('opens the log form prefilled from a message shortcut', async () => {
    const res = await h.interact({
      type: 'message_action',
      callback_id: 'log_to_crm',
      ...teamOf(T1),
      user: { id: 'UADA', name: 'ada' },
      channel: { id: 'C1', name: 'sales' },
      message: {
        type: 'message',
        user: 'UHANS',
        ts: '1764842400.000100',
        text: 'Hans wants 50 seats by March',
      },
      message_ts: '1764842400.000100',
      trigger_id: trigger(),
      response_url: h.fake.responseUrl(),
      token: 'x',
      action_ts: '1764842401.1',
    });
    expect(res.status).toBe(200);
    expect(h.fake.callsOf('chat.getPermalink')[0]?.params).toMatchObject({
      channel: 'C1',
      message_ts: '1764842400.000100',
    });
    const [open] = h.fake.callsOf('views.open');
    const view = open?.params.view as ModalView | undefined;
    expect(view?.callback_id).toBe('log.interaction');
    const summary = view?.blocks.find((b) => b.block_id === 'summary');
    expect(summary?.element.initial_value).toBe('From Hans Berger:\nHans wants 50 seats by March');
    expect(JSON.parse(view?.private_metadata ?? '{}')).toEqual({
      state: {
        permalink: 'https://acme.slack.com/archives/C1/p1764842400000100',
        occurredAt: '2025-12-04T10:00:00.000Z',
        channel: 'C1',
      },
      channel: 'C1',
    });
  });

  it('logs the shared message as an interaction of the account it names', async () => {
    await h.command('account new "Initech AG"', 'UADA');
    h.fake.reset();
    await h.interact({
      type: 'message_action',
      callback_id: 'log_to_crm',
      ...teamOf(T1),
      user: { id: 'UADA', name: 'ada' },
      channel: { id: 'C1', name: 'sales' },
      message: {
        type: 'message',
        user: 'UHANS',
        ts: '1764842400.000100',
        text: 'Initech AG signs next week',
      },
      message_ts: '1764842400.000100',
      trigger_id: trigger(),
      response_url: h.fake.responseUrl(),
      token: 'x',
      action_ts: '1764842401.1',
    });
    const view = h.fake.callsOf('views.open')[0]?.params.view as ModalView;
    const account = view.blocks.find((b) => b.block_id === 'account');
    expect(account?.element.initial_option).toMatchObject({ text: { text: 'Initech AG' } });
    const res = await h.interact(submission(view, initialValues(view), 'hash-log'));
    expect(await res.json()).toEqual({ response_action: 'clear' });
    const logged = await db.conn.collection('interactions').find({ tenantId: 'slack:T1' }).toArray();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      summary: 'From Hans Berger:\nInitech AG signs next week',
      permalink: 'https://acme.slack.com/archives/C1/p1764842400000100',
      source: 'shortcut',
      occurredAt: new Date('2025-12-04T10:00:00.000Z'),
    });
  });
});

describe('home tab', () => {
  it('publishes the home view when the home tab is opened', async () => {
    const res = await h.event(
      { type: 'app_home_opened', user: 'UADA', channel: 'DHOME', tab: 'home' },
      'EvHome1',
    );
    expect(res.status).toBe(200);
    const [publish] = h.fake.callsOf('views.publish');
    expect(publish?.params.user_id).toBe('UADA');
    const view = publish?.params.view as {
      type: string;
      blocks: { type: string; text?: { text: string } }[];
    };
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Hello Ada' } });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('ignores the messages tab', async () => {
    await h.event({ type: 'app_home_opened', user: 'UADA', channel: 'DHOME', tab: 'messages' }, 'EvHome2');
    expect(h.fake.callsOf('views.publish')).toHaveLength(0);
  });

  it('opens a form from a home-tab button and sends cards as a DM', async () => {
    const home = {
      type: 'block_actions',
      ...teamOf(T1),
      user: { id: 'UADA', username: 'ada', name: 'ada' },
      api_app_id: 'A1',
      token: 'x',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', hash: 'h', type: 'home', callback_id: '', private_metadata: '' },
      trigger_id: trigger(),
    };
    await h.interact({
      ...home,
      actions: [
        { type: 'button', action_id: 'form.open#1', block_id: 'b1', value: '{"form":"account.new"}' },
      ],
    });
    expect((h.fake.callsOf('views.open')[0]?.params.view as ModalView | undefined)?.callback_id).toBe(
      'account.new',
    );
    await h.interact({
      ...home,
      trigger_id: trigger(),
      actions: [{ type: 'button', action_id: 'cmd.rerun#2', block_id: 'b2', value: '{"text":"help"}' }],
    });
    expect(h.fake.callsOf('conversations.open')[0]?.params.users).toBe('UADA');
    expect(h.fake.callsOf('chat.postMessage')[0]?.params).toMatchObject({ channel: 'DUADA' });
    // Opening a form leaves the tab as it is; the other button re-published it.
    expect(h.fake.callsOf('views.publish')).toHaveLength(1);
  });

  it('refreshes the Home tab after a follow-up is marked done there', async () => {
    await h.command('account new "Umbrella Corp"', 'UADA');
    await h.command('remind in 1 hour Call Umbrella --account Umbrella', 'UADA');
    const reminder = await db.conn.collection('reminders').findOne({ what: 'Call Umbrella' });
    h.clock.advance(2 * 60 * 60 * 1000); // now it is due
    h.fake.reset();
    await h.interact({
      type: 'block_actions',
      ...teamOf(T1),
      user: { id: 'UADA', username: 'ada', name: 'ada' },
      api_app_id: 'A1',
      token: 'x',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', hash: 'h', type: 'home', callback_id: '', private_metadata: '' },
      trigger_id: trigger(),
      actions: [
        {
          type: 'button',
          action_id: 'reminder.done#1',
          block_id: 'b1',
          value: JSON.stringify({ id: String(reminder?._id) }),
        },
      ],
    });
    expect((await db.conn.collection('reminders').findOne({ _id: reminder?._id }))?.status).toBe('done');
    const published = JSON.stringify(h.fake.callsOf('views.publish').at(-1)?.params.view);
    expect(published).toContain('Hello Ada');
    expect(published).not.toContain('Call Umbrella');
  });
});
