import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.js';
import { type SlackHarness, slackHarness, T1, teamOf, trigger } from './support/slack-harness.js';

const db = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness(db.conn);
  h.fake.users.set('UGERD', { name: 'gerd', real_name: 'Gerd Müller', locale: 'de-DE', tz: 'Europe/Vienna' });
  h.fake.users.set('UADA', { name: 'ada', display_name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: Record<string, unknown>;
};
type Element = Record<string, unknown> & { action_id?: string; value?: string; type?: string };

const lastResponse = () => {
  const r = h.fake.responses.at(-1);
  if (!r) throw new Error('no response_url call recorded');
  return r.body as { text: string; blocks: Block[]; response_type?: string; replace_original?: boolean };
};

const elementsOf = (blocks: Block[]): (Element & { block_id?: string })[] =>
  blocks.flatMap((b) => [
    ...(b.accessory ? [{ ...(b.accessory as Element), block_id: b.block_id }] : []),
    ...((b as { elements?: Element[] }).elements ?? []).map((e) => ({ ...e, block_id: b.block_id })),
  ]);

describe('/crm over signed HTTP', () => {
  it('answers help ephemerally in English, and in German for a de-DE member', async () => {
    const res = await h.command('help', 'UADA');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const en = lastResponse();
    expect(en.response_type).toBe('ephemeral');
    expect(en.text).toMatch(/Kontakt — your CRM in chat/);
    expect(en.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Kontakt — your CRM in chat' } });

    await h.command('hilfe', 'UGERD');
    expect(lastResponse().text).toMatch(/Kontakt — dein CRM im Chat/);
    expect(h.fake.callsOf('users.info').map((c) => c.params)).toEqual([
      { user: 'UADA', include_locale: 'true', team_id: 'T1' },
      { user: 'UGERD', include_locale: 'true', team_id: 'T1' },
    ]);
  });

  it('creates an account and shows its card; the member was created once from users.info', async () => {
    await h.command('account new "Acme GmbH" --tier A', 'UADA');
    const created = lastResponse();
    expect(created.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Acme GmbH' } });
    expect(created.text).toMatch(/Tier: A/);
    await h.command('account acme', 'UADA');
    expect(lastResponse().text).toMatch(/Acme GmbH/);
    expect(h.fake.callsOf('users.info')).toHaveLength(0);
    const members = await db.conn.collection('members').find({ platformUserId: 'UADA' }).toArray();
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({
      displayName: 'Ada',
      email: 'ada@acme.test',
      timeZone: 'Europe/Berlin',
    });
    expect(await db.conn.collection('accounts').countDocuments({ tenantId: 'slack:T1' })).toBe(1);
  });

  it('runs a button’s action and answers ephemerally', async () => {
    await h.command('account', 'UADA');
    const list = lastResponse();
    const open = elementsOf(list.blocks).find(
      (e) => e.type === 'button' && String(e.action_id).startsWith('account.show'),
    );
    if (!open) throw new Error(`no Open button in ${JSON.stringify(list.blocks)}`);
    expect(JSON.parse(String(open.value))).toHaveProperty('id');
    const res = await h.interact({
      type: 'block_actions',
      ...teamOf(T1),
      user: { id: 'UADA', username: 'ada' },
      api_app_id: 'A1',
      token: 'x',
      container: { type: 'message', message_ts: '1.2', channel_id: 'C1', is_ephemeral: true },
      channel: { id: 'C1', name: 'sales' },
      trigger_id: trigger(),
      response_url: h.fake.responseUrl(),
      actions: [
        { type: 'button', action_id: open.action_id, block_id: open.block_id ?? 'b', value: open.value },
      ],
    });
    expect(res.status).toBe(200);
    const shown = lastResponse();
    expect(shown.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Acme GmbH' } });
    expect(shown.response_type).toBe('ephemeral');
    expect(shown.replace_original).toBe(false);
  });

  it('turns an ambiguous name into a menu whose choice re-runs the command in place', async () => {
    await h.command('account new "Acme Logistics"', 'UADA');
    await h.command('account acme', 'UADA');
    const picker = elementsOf(lastResponse().blocks).find((e) => e.type === 'static_select');
    if (!picker) throw new Error('expected a static_select');
    expect(picker.action_id).toMatch(/^cmd\.rerun#\d+$/);
    const options = picker.options as { text: { text: string }; value: string }[];
    expect(options.map((o) => o.text.text)).toEqual(['Acme GmbH', 'Acme Logistics']);
    await h.interact({
      type: 'block_actions',
      ...teamOf(T1),
      user: { id: 'UADA', username: 'ada' },
      api_app_id: 'A1',
      token: 'x',
      container: { type: 'message', message_ts: '1.3', channel_id: 'C1', is_ephemeral: true },
      channel: { id: 'C1', name: 'sales' },
      trigger_id: trigger(),
      response_url: h.fake.responseUrl(),
      actions: [
        {
          type: 'static_select',
          action_id: picker.action_id,
          block_id: picker.block_id,
          selected_option: options[1],
        },
      ],
    });
    const replaced = lastResponse();
    expect(replaced.replace_original).toBe(true);
    expect(replaced.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Acme Logistics' } });
  });

  it('keeps tenants apart: another workspace sees none of T1’s accounts', async () => {
    const other = { team: 'T2' };
    await h.command('account acme', 'UADA', other);
    expect(lastResponse().text).toMatch(/didn’t work|no account|find/i);
    expect(lastResponse().text).not.toMatch(/Acme GmbH/);
    await h.command('account new "Acme GmbH"', 'UADA', other);
    expect(await db.conn.collection('accounts').countDocuments({ tenantId: 'slack:T2' })).toBe(1);
    expect(await db.conn.collection('accounts').countDocuments({ tenantId: 'slack:T1' })).toBe(2);
  });

  it('uses the enterprise as tenant for org-wide installs', async () => {
    await h.command('account new Initech', 'UORG', { team: 'T7', enterprise: 'E1', orgWide: true });
    expect(await db.conn.collection('accounts').countDocuments({ tenantId: 'slack:E1' })).toBe(1);
    expect(await db.conn.collection('accounts').countDocuments({ tenantId: 'slack:T7' })).toBe(0);
  });
});
