import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { type ModalView, submission } from './support/payloads.js';
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
const accounts = () => db.conn.collection('accounts').countDocuments({ tenantId: 'slack:T1' });

async function openNewAccountModal() {
  await h.command('account new', 'UADA');
  const [open] = h.fake.callsOf('views.open');
  if (!open) throw new Error('views.open was not called');
  return { triggerId: String(open.params.trigger_id), view: open.params.view as ModalView };
}
const nameValue = (name: string) => ({
  name: { value: { type: 'plain_text_input', value: name } },
  tier: {
    value: {
      type: 'static_select',
      selected_option: { value: 'C', text: { type: 'plain_text', text: 'C' } },
    },
  },
  owner: { 'lookup:members': { type: 'external_select', selected_option: null } },
  industry: { value: { type: 'plain_text_input', value: null } },
  website: { value: { type: 'plain_text_input', value: '' } },
});
describe('modals', () => {
  it('opens `/crm account new` as a modal with one input per field', async () => {
    const { view } = await openNewAccountModal();
    expect(view).toMatchObject({ type: 'modal', callback_id: 'account.new', title: { text: 'New account' } });
    expect(view.blocks.map((b) => [b.block_id, b.element.type])).toEqual([
      ['name', 'plain_text_input'],
      ['tier', 'static_select'],
      ['owner', 'external_select'],
      ['industry', 'plain_text_input'],
      ['website', 'plain_text_input'],
    ]);
    expect(view.blocks[0]).toMatchObject({ optional: false, element: { max_length: 120 } });
    expect(view.blocks[1]?.element.initial_option).toMatchObject({ value: 'B' });
    expect(view.blocks[2]?.element).toMatchObject({ action_id: 'lookup:members', min_query_length: 0 });
    expect(JSON.parse(view.private_metadata)).toEqual({ state: {}, channel: 'C1' });
  });

  it('shows inline errors for bad input and writes nothing', async () => {
    const { view } = await openNewAccountModal();
    const before = await accounts();
    const res = await h.interact(submission(view, nameValue('')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { name: 'Please give the account’s name.' },
    });
    expect(await accounts()).toBe(before);
  });

  it('creates the record on a good submission and sends the card ephemerally in the channel', async () => {
    const { view } = await openNewAccountModal();
    const before = await accounts();
    const res = await h.interact(submission(view, nameValue('Globex'), 'hash-good'));
    expect(await res.json()).toEqual({ response_action: 'clear' });
    expect(await accounts()).toBe(before + 1);
    const [eph] = h.fake.callsOf('chat.postEphemeral');
    expect(eph?.params).toMatchObject({ channel: 'C1', user: 'UADA' });
    expect(((eph?.params.blocks ?? []) as { text?: { text: string } }[])[0]?.text?.text).toBe('Globex');
  });

  it('creates one record when the same view is submitted twice (double click)', async () => {
    const { view } = await openNewAccountModal();
    const before = await accounts();
    const payload = submission(view, nameValue('Umbrella'), 'hash-double');
    const [first, second] = await Promise.all([h.interact(payload), h.interact(payload)]);
    expect([await first?.json(), await second?.json()]).toEqual([
      { response_action: 'clear' },
      { response_action: 'clear' },
    ]);
    expect(await accounts()).toBe(before + 1);
    expect(h.fake.callsOf('chat.postEphemeral')).toHaveLength(1);
  });

  it('offers accounts as typeahead options', async () => {
    const res = await h.interact({
      type: 'block_suggestion',
      ...teamOf(T1),
      user: { id: 'UADA', name: 'ada' },
      api_app_id: 'A1',
      token: 'x',
      container: { type: 'view', view_id: 'V1' },
      action_id: 'lookup:accounts',
      block_id: 'account',
      value: 'glo',
      view: { id: 'V1', type: 'modal', callback_id: 'deal.new', private_metadata: '{"state":{}}' },
    });
    const body = (await res.json()) as { options: { text: { text: string }; value: string }[] };
    expect(body.options.map((o) => o.text.text)).toEqual(['Globex']);
    expect(body.options[0]?.value).toMatch(/^[a-f0-9]{24}$/);
  });

  it('narrows contact suggestions to the account already chosen in the modal', async () => {
    await h.command('account new "Contoso AG"', 'UADA');
    await h.command('contact new "Anna Acme" --account Globex', 'UADA');
    await h.command('contact new "Anna Contoso" --account Contoso', 'UADA');
    const contoso = await db.conn.collection('accounts').findOne({ name: 'Contoso AG' });
    const suggest = async (values: Record<string, unknown>) => {
      const res = await h.interact({
        type: 'block_suggestion',
        ...teamOf(T1),
        user: { id: 'UADA', name: 'ada' },
        api_app_id: 'A1',
        token: 'x',
        container: { type: 'view', view_id: 'V2' },
        action_id: 'lookup:contacts',
        block_id: 'contacts',
        value: 'anna',
        view: {
          id: 'V2',
          type: 'modal',
          callback_id: 'log.interaction',
          private_metadata: '{"state":{}}',
          state: { values },
        },
      });
      return ((await res.json()) as { options: { text: { text: string } }[] }).options.map(
        (o) => o.text.text,
      );
    };
    expect(await suggest({})).toEqual(['Anna Acme', 'Anna Contoso']);
    const chosen = {
      account: {
        'lookup:accounts': {
          type: 'external_select',
          selected_option: { text: { type: 'plain_text', text: 'Contoso AG' }, value: String(contoso?._id) },
        },
      },
    };
    expect(await suggest(chosen)).toEqual(['Anna Contoso']);
  });
});

describe('actions inside a modal', () => {
  const inModal = (actionId: string, value: string) => ({
    type: 'block_actions',
    ...teamOf(T1),
    user: { id: 'UADA', username: 'ada', name: 'ada' },
    api_app_id: 'A1',
    token: 'x',
    container: { type: 'view', view_id: 'VMODAL' },
    view: {
      id: 'VMODAL',
      hash: 'hm1',
      type: 'modal',
      callback_id: 'kontakt.card',
      private_metadata: '{"state":{},"channel":"C1"}',
    },
    trigger_id: trigger(),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value }],
  });

  it('pushes a form on top and updates the view with a card', async () => {
    await h.interact(inModal('form.open#1', '{"form":"account.new"}'));
    const [push] = h.fake.callsOf('views.push');
    expect((push?.params.view as ModalView | undefined)?.callback_id).toBe('account.new');
    expect(JSON.parse((push?.params.view as ModalView | undefined)?.private_metadata ?? '{}')).toEqual({
      state: {},
      channel: 'C1',
    });
    await h.interact(inModal('cmd.rerun#2', '{"text":"help"}'));
    const [update] = h.fake.callsOf('views.update');
    expect(update?.params).toMatchObject({ view_id: 'VMODAL', hash: 'hm1' });
    expect((update?.params.view as ModalView | undefined)?.blocks.length).toBeLessThanOrEqual(100);
    expect(h.fake.responses).toEqual([]);
  });
});
