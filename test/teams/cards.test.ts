import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { actions, cardText, findAll, type Json, lastCard } from './support/cards.js';
import { type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;
const ada: Sender = { tenant: 'tenant-c', user: '29:ada', name: 'Ada' };

const execute = (verb: string, data: Record<string, unknown>) =>
  h.invoke(ada, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' });

beforeAll(async () => {
  h = await startTeams(db.conn);
  await h.post(h.message(ada, 'account new "Acme GmbH" --tier A'));
  await h.post(h.message(ada, 'account new "Acme Logistics" --tier B'));
});
afterAll(async () => {
  await h?.close();
});

describe('Teams cards: Action.Execute and pickers', () => {
  it('runs a button’s action and returns the updated card as the invoke response', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'account'));
    const open = actions(lastCard(h.connector), 'Action.Execute').find(
      (a: Json) => a.verb === 'account.show',
    );
    expect(open).toMatchObject({ associatedInputs: 'none', data: { id: expect.any(String) } });

    const res = await h.post(execute(open.verb, open.data));
    expect(res.status).toBe(200);
    const body = res.body as Json;
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(body.value.version).toBe('1.5');
    expect(['Acme GmbH', 'Acme Logistics']).toContain(body.value.body[0].text);
  });

  it('turns an ambiguous name into a picker whose choice re-runs the command', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'account acme'));
    const card = lastCard(h.connector);
    const [input] = findAll(card, (n) => n.type === 'Input.ChoiceSet');
    expect(input).toMatchObject({ id: 'choice', style: 'compact' });
    expect(input.choices.map((c: Json) => c.title)).toEqual([
      expect.stringMatching(/^Acme GmbH/),
      expect.stringMatching(/^Acme Logistics/),
    ]);
    const [choose] = actions(card, 'Action.Execute');
    expect(choose.verb).toBe('cmd.rerun');
    // Teams merges the card's inputs into the action's data.
    const res = await h.post(execute(choose.verb, { ...choose.data, choice: input.choices[1].value }));
    expect((res.body as Json).value.body[0].text).toBe('Acme Logistics');
  });

  it('answers an action that opens a form with a card whose button opens the dialog', async () => {
    const res = await h.post(execute('form.open', { form: 'account.new' }));
    const card = (res.body as Json).value;
    const [launch] = actions(card, 'Action.Submit');
    expect(launch.data).toMatchObject({
      msteams: { type: 'task/fetch' },
      verb: 'kontakt.dialog',
      formId: 'account.new',
    });
  });
});

describe('Teams dialogs: task/fetch and task/submit', () => {
  const accounts = () => db.conn.collection('accounts').countDocuments({ tenantId: 'teams:tenant-c' });

  it('runs a double-clicked Save once, even for records without a unique name', async () => {
    const fetched = await h.post(
      h.invoke(ada, 'task/fetch', { data: { verb: 'kontakt.dialog', formId: 'deal.new' }, context: {} }),
    );
    const card = (fetched.body as Json).task.value.card.content;
    const [save] = actions(card, 'Action.Submit');
    expect(save.data.state.submission).toMatch(/^[0-9a-f-]{36}$/);
    const acme = await db.conn
      .collection('accounts')
      .findOne({ tenantId: 'teams:tenant-c', name: 'Acme GmbH' });
    const deals = () =>
      db.conn.collection('deals').countDocuments({ tenantId: 'teams:tenant-c', title: 'Twice' });
    const data = {
      ...save.data,
      field_account: String(acme?._id),
      field_title: 'Twice',
      field_amount: '100',
    };
    // An empty title first: the error releases the claim, so the corrected Save still goes through.
    const bad = await h.post(h.invoke(ada, 'task/submit', { data: { ...data, field_title: '' } }));
    expect((bad.body as Json).task.type).toBe('continue');
    await Promise.all([
      h.post(h.invoke(ada, 'task/submit', { data })),
      h.post(h.invoke(ada, 'task/submit', { data })),
    ]);
    expect(await deals()).toBe(1);
    // A dialog opened anew gets its own id, so a second deal of the same title is possible on purpose.
    const again = await h.post(
      h.invoke(ada, 'task/fetch', { data: { verb: 'kontakt.dialog', formId: 'deal.new' }, context: {} }),
    );
    const [save2] = actions((again.body as Json).task.value.card.content, 'Action.Submit');
    expect(save2.data.state.submission).not.toBe(save.data.state.submission);
  });

  it('opens the new-account dialog from `account new` and validates the submit inline', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'account new'));
    const [launch] = actions(lastCard(h.connector), 'Action.Submit');
    expect(launch.data).toMatchObject({ verb: 'kontakt.dialog', formId: 'account.new' });

    const fetched = await h.post(
      h.invoke(ada, 'task/fetch', { data: launch.data, context: { theme: 'default' } }),
    );
    expect(fetched.status).toBe(200);
    const task = (fetched.body as Json).task;
    expect(task.type).toBe('continue');
    expect(task.value.title).toBe('New account');
    const card = task.value.card.content;
    expect(card.version).toBe('1.5');
    const name = findAll(card, (n) => n.id === 'field_name')[0];
    expect(name).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 120,
      errorMessage: expect.any(String),
    });
    expect(findAll(card, (n) => n.id === 'field_tier')[0]).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'compact',
    });
    const owner = findAll(card, (n) => n.id === 'field_owner')[0];
    expect(owner).toMatchObject({
      style: 'filtered',
      'choices.data': { type: 'Data.Query', dataset: 'members' },
    });
    const [submit] = actions(card, 'Action.Submit');
    expect(submit.data).toMatchObject({ verb: 'kontakt.submit', formId: 'account.new' });

    // A duplicate name: the dialog comes back with the error beside the field and the input kept.
    const before = await accounts();
    h.connector.clear();
    const bad = await h.post(
      h.invoke(ada, 'task/submit', {
        data: { ...submit.data, field_name: 'ACME gmbh', field_tier: 'C', field_owner: owner.value },
      }),
    );
    const again = (bad.body as Json).task;
    expect(again.type).toBe('continue');
    const shown = again.value.card.content;
    expect(findAll(shown, (n) => n.id === 'field_name')[0].value).toBe('ACME gmbh');
    expect(findAll(shown, (n) => n.id === 'field_tier')[0].value).toBe('C');
    expect(findAll(shown, (n) => n.id === 'field_owner')[0].choices[0]).toEqual({
      title: 'Ada',
      value: owner.value,
    });
    const error = findAll(shown, (n) => n.type === 'TextBlock' && n.color === 'Attention')[0];
    expect(error.text).toBe('An account called “ACME gmbh” already exists.');
    expect(await accounts()).toBe(before);
    expect(h.connector.sent()).toHaveLength(0);

    // Good input: the dialog closes and the new account's card is posted in the conversation.
    const good = await h.post(
      h.invoke(ada, 'task/submit', { data: { ...submit.data, field_name: 'Globex', field_tier: 'C' } }),
    );
    expect(good.status).toBe(200);
    expect(good.body).toBeUndefined();
    expect(await accounts()).toBe(before + 1);
    expect(lastCard(h.connector).body[0].text).toBe('Globex');
  });

  it('answers the dialog’s typeahead (Data.Query) with matching records', async () => {
    const res = await h.post(
      h.invoke(ada, 'application/search', {
        queryText: 'acm',
        dataset: 'accounts',
        queryOptions: { skip: 0, top: 15 },
      }),
    );
    expect(res.status).toBe(200);
    const body = res.body as Json;
    expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
    expect(body.value.results.map((r: Json) => r.title)).toEqual(['Acme GmbH — A', 'Acme Logistics — B']);
    expect(body.value.results[0].value).toMatch(/^[a-f0-9]{24}$/);
  });

  it('narrows deal suggestions to the account the dialog already has', async () => {
    await h.post(h.message(ada, 'deal new "Acme GmbH" "Seats for Acme" 100'));
    await h.post(h.message(ada, 'deal new "Acme Logistics" "Seats for Logistics" 100'));
    const logistics = await db.conn.collection('accounts').findOne({ name: 'Acme Logistics' });
    const titles = async (data?: Record<string, string>) => {
      const res = await h.post(
        h.invoke(ada, 'application/search', {
          queryText: 'seats',
          dataset: 'deals',
          queryOptions: { skip: 0, top: 15 },
          ...(data ? { data } : {}),
        }),
      );
      return (res.body as Json).value.results.map((r: Json) => String(r.title).split(' — ')[0]);
    };
    expect(await titles()).toEqual(['Seats for Acme', 'Seats for Logistics']);
    expect(await titles({ account: String(logistics?._id) })).toEqual(['Seats for Logistics']);
  });
});

describe('Teams cards keep their text', () => {
  it('renders German help for a German member', async () => {
    const gerd: Sender = { tenant: 'tenant-c', user: '29:gerd', name: 'Gerd', locale: 'de-DE' };
    h.connector.clear();
    await h.post(h.message(gerd, 'hilfe'));
    expect(cardText(lastCard(h.connector))).toMatch(/Tippe \/crm/);
  });
});
