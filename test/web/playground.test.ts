import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_MESSAGES } from '../../src/bot/web/demo-channel.js';
import { playgroundTenantId } from '../../src/bot/web/personas.js';
import type { WebReply } from '../../src/bot/web/reply.renderer.js';
import { card } from '../../src/commands/view/card.js';
import { useTestDatabase } from '../support/database.js';
import { json, type RunningPlayground, readEvents, startPlayground } from './playground.harness.js';

const db = useTestDatabase();
let pg: RunningPlayground;

beforeAll(async () => {
  pg = await startPlayground(db.conn);
});
afterAll(async () => {
  await pg?.stop();
});

const count = (collection: string, filter: Record<string, unknown> = {}) =>
  db.conn.collection(collection).countDocuments(filter);
const command = (persona: string, text: string, requestId?: string) =>
  json<WebReply & Record<string, unknown>>(
    pg.post('/playground/api/command', { persona, text, ...(requestId ? { requestId } : {}) }),
  );
const member = async (persona: string) => {
  const m = await pg.app.repos.forTenant(playgroundTenantId).members.byPlatformUser('web', `web-${persona}`);
  if (!m) throw new Error(`no member for ${persona}`);
  return m;
};
const formIdOf = (html: string) => /data-form-id="([^"]+)"/.exec(html)?.[1];

describe('the page', () => {
  it('serves the page with a persona picker, its script and its styles', async () => {
    const res = await pg.get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="persona">You are</label>');
    for (const name of ['Rita Rep', 'Sam Seller', 'Jonas Vogel', 'Maria Manager', 'Alex Admin']) {
      expect(html).toContain(name);
    }
    expect(html).toContain('<script src="/playground/assets/playground.js" defer></script>');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    expect(html).not.toContain('id="seed"'); // no seed function was passed

    const js = await pg.get('/playground/assets/playground.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('EventSource');
    const css = await pg.get('/playground/assets/playground.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await pg.get('/playground/assets/other.js')).status).toBe(404);
  });

  it('speaks the persona’s language and remembers the choice', async () => {
    const res = await pg.get('/playground?persona=rita');
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Du bist');
    expect(html).toContain('Demo-Kanal');
    expect(html).toMatch(/<option value="rita" selected>Rita Rep \(Vertrieb, Deutsch\)<\/option>/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kontakt_persona=rita;/);
    const again = await (await pg.get('/', { headers: { cookie: 'kontakt_persona=rita' } })).text();
    expect(again).toContain('<html lang="de">');
  });
});

describe('personas', () => {
  it('sets roles and managers explicitly, whoever was seen first', async () => {
    const [rita, sam, jonas, maria, alex] = await Promise.all(
      ['rita', 'sam', 'jonas', 'maria', 'alex'].map(member),
    );
    expect([rita, sam, jonas, maria, alex].map((m) => m?.role)).toEqual([
      'rep',
      'rep',
      'rep',
      'manager',
      'admin',
    ]);
    for (const rep of [rita, sam, jonas]) expect(rep?.managerId).toBe(maria?.id);
    expect([rita?.locale, sam?.locale, maria?.locale, alex?.locale]).toEqual(['de', 'en', 'de', 'en']);
    // Mounting again (a restart) changes nothing.
    const again = await startPlayground(db.conn);
    await again.stop();
    expect((await member('alex')).role).toBe('admin');
    expect(await count('members', { tenantId: playgroundTenantId })).toBe(5);
  });
});

describe('POST /playground/api/command', () => {
  it('runs a command and answers with a rendered card', async () => {
    const reply = await command('sam', '/crm account new "Acme GmbH" --tier A');
    expect(reply.kind).toBe('card');
    if (reply.kind !== 'card') return;
    expect(reply.html).toMatch(/^<article class="card[^"]*"><header><h3>Acme GmbH<\/h3>/);
    expect(reply.text).toMatch(/Tier: A/);
    expect(reply.html).toContain('data-action="form.open"');
    expect(reply.html).toContain('>New contact</button>');
    expect(reply.visibility).toBe('private');
  });

  it('answers a German persona in German', async () => {
    const help = await command('rita', '/crm hilfe');
    expect(help.kind === 'card' && help.text).toMatch(/dein CRM im Chat/);
    const shown = await command('rita', 'kunde "Acme GmbH"');
    expect(shown.kind === 'card' && shown.text).toMatch(/Stufe: A/);
  });

  it('runs a request id once: a double click creates one account', async () => {
    const before = await count('accounts');
    const [a, b] = await Promise.all([
      command('sam', 'account new Initech --tier C', 'dblclick-0001'),
      command('sam', 'account new Initech --tier C', 'dblclick-0001'),
    ]);
    expect(b).toEqual(a);
    expect(a.kind === 'card' && a.html).toContain('<h3>Initech</h3>');
    expect(await count('accounts')).toBe(before + 1);
  });

  it('turns an ambiguous name into a picker whose choice runs as an action', async () => {
    await command('sam', 'account new "Acme Logistics"');
    const picker = await command('sam', 'account acme');
    const html = picker.kind === 'card' ? picker.html : '';
    expect(html).toContain('class="picker"');
    const value = /data-action="cmd\.rerun" data-value="([^"]+)">Acme Logistics/.exec(html)?.[1] ?? '';
    const payload = JSON.parse(value.replaceAll('&quot;', '"')) as Record<string, string>;
    const chosen = await json<WebReply>(
      pg.post('/playground/api/action', { persona: 'sam', actionId: 'cmd.rerun', value: payload }),
    );
    expect(chosen.kind === 'card' && chosen.html).toContain('<h3>Acme Logistics</h3>');
  });
});

describe('forms', () => {
  it('opens a form from a card’s button as a dialog', async () => {
    const acme = await pg.app.repos.forTenant(playgroundTenantId).accounts.lookup('Acme GmbH');
    if (acme.kind !== 'found') throw new Error('Acme GmbH missing');
    const reply = await json<WebReply>(
      pg.post('/playground/api/action', {
        persona: 'sam',
        actionId: 'form.open',
        value: { form: 'contact.new', account: acme.item.id },
      }),
    );
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.formId).toBe('contact.new');
    expect(reply.html.startsWith('<dialog')).toBe(true);
    expect(reply.html).toContain(`<input type="hidden" name="account" value="${acme.item.id}">`);
  });

  it('opens a form with a prefill', async () => {
    const reply = await json<WebReply>(
      pg.post('/playground/api/form/open', {
        persona: 'sam',
        formId: 'account.new',
        prefill: { name: 'Umbrella' },
      }),
    );
    expect(reply.kind === 'form' && reply.html).toContain('name="name" value="Umbrella"');
  });

  it('shows inline errors and writes nothing, then saves the corrected form', async () => {
    const before = await count('accounts');
    const submit = (values: Record<string, string>, persona = 'sam') =>
      json<WebReply>(
        pg.post('/playground/api/form/submit', {
          persona,
          formId: 'account.new',
          values,
          requestId: 'dialog-0001',
        }),
      );
    expect(await submit({ name: '', tier: 'B' })).toEqual({
      kind: 'form_errors',
      errors: { name: 'Please give the account’s name.' },
    });
    const german = await submit({ name: '', tier: 'B' }, 'rita');
    expect(german.kind === 'form_errors' && german.errors.name).toMatch(/Namen/);
    expect(await count('accounts')).toBe(before);
    // The same dialog (same request id) comes back corrected and is saved once.
    const done = await submit({ name: 'Umbrella Corp', tier: 'B' });
    expect(done.kind).toBe('done');
    expect(done.kind === 'done' && done.html).toContain('<h3>Umbrella Corp</h3>');
    expect(await submit({ name: 'Umbrella Corp', tier: 'B' })).toEqual(done);
    expect(await count('accounts')).toBe(before + 1);
  });

  it('offers typeahead options', async () => {
    const { options } = await json<{ options: { label: string; value: string }[] }>(
      pg.get('/playground/api/options?persona=sam&source=accounts&q=acm'),
    );
    expect(options.map((o) => o.label)).toEqual(['Acme GmbH', 'Acme Logistics']);
    const people = await json<{ options: { label: string }[] }>(
      pg.get('/playground/api/options?persona=sam&source=members&q=rit'),
    );
    expect(people.options.map((o) => o.label)).toEqual(['Rita Rep']);
    const scoped = await json<{ options: unknown[] }>(
      pg.get(
        `/playground/api/options?persona=sam&source=accounts&q=&state=${encodeURIComponent('{"a":"b"}')}`,
      ),
    );
    expect(scoped.options.length).toBeGreaterThanOrEqual(3);
  });
});

describe('home and the demo channel', () => {
  it('shows the persona’s home card', async () => {
    const home = await json<WebReply>(pg.get('/playground/api/home?persona=maria'));
    expect(home.kind === 'card' && home.html).toMatch(/<h3>[^<]*Maria Manager/);
    expect(home.kind === 'card' && home.text).toMatch(/Kunden/);
  });

  it('lists customer messages, each with "Log to CRM" prefilled with text, author, time and permalink', async () => {
    const channel = await json<{ messages: { id: string; html: string; at: string }[] }>(
      pg.get('/playground/api/channel?persona=sam'),
    );
    expect(channel.messages.map((m) => m.id)).toEqual(CUSTOMER_MESSAGES.map((m) => m.id));
    const first = channel.messages[0];
    if (!first) throw new Error('no messages');
    expect(first.html).toContain('>Log to CRM</button>');
    expect(first.html).toContain('id="msg-c1"');
    const open = /data-open-form="([^"]+)"/.exec(first.html)?.[1] ?? '';
    const request = JSON.parse(open.replaceAll('&quot;', '"')) as {
      formId: string;
      prefill: Record<string, string>;
    };
    expect(request.formId).toBe('log.interaction');
    expect(request.prefill).toMatchObject({
      summary: CUSTOMER_MESSAGES[0]?.text,
      author: 'Hans Müller (Acme GmbH)',
      occurredAt: '2026-12-03T08:00:00.000Z',
      permalink: `${pg.base}/playground#msg-c1`,
    });
    const german = await json<{ messages: { html: string }[] }>(
      pg.get('/playground/api/channel?persona=jonas'),
    );
    expect(german.messages[0]?.html).toContain('>Ins CRM übernehmen</button>');

    // The button's request opens the form; saving it logs the message once, with its permalink.
    const form = await json<WebReply>(pg.post('/playground/api/form/open', { persona: 'sam', ...request }));
    expect(form.kind === 'form' && formIdOf(form.html)).toBe('log.interaction');
    expect(form.kind === 'form' && form.html).toContain('Hans Müller (Acme GmbH)');
    const acme = await pg.app.repos.forTenant(playgroundTenantId).accounts.lookup('Acme GmbH');
    if (acme.kind !== 'found') throw new Error('Acme GmbH missing');
    const state = JSON.parse(
      (/data-state="([^"]*)"/.exec(form.kind === 'form' ? form.html : '')?.[1] ?? '{}').replaceAll(
        '&quot;',
        '"',
      ),
    ) as Record<string, string>;
    const before = await count('interactions');
    const body = {
      persona: 'sam',
      formId: 'log.interaction',
      values: {
        account: acme.item.id,
        type: 'chat',
        direction: 'in',
        summary: request.prefill.summary,
        contacts: [],
      },
      state,
      requestId: 'log-c1-0001',
    };
    const [a, b] = await Promise.all([
      json<WebReply>(pg.post('/playground/api/form/submit', body)),
      json<WebReply>(pg.post('/playground/api/form/submit', body)),
    ]);
    expect(a, JSON.stringify(a)).toMatchObject({ kind: 'done' });
    expect(b).toEqual(a);
    expect(await count('interactions')).toBe(before + 1);
    expect(await count('interactions', { permalink: `${pg.base}/playground#msg-c1` })).toBe(1);
  });
});

describe('direct messages and channel posts, live', () => {
  it('pushes a direct message to the persona’s event stream and keeps it across restarts', async () => {
    const rita = await member('rita');
    const res = await pg.get('/playground/api/events?persona=rita');
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = readEvents(res);
    await stream.next('ready');
    const reminder = card('Erinnerung', [{ type: 'text', text: 'Ruf **Hans** bei Acme an' }], {
      tone: 'info',
    });
    await pg.app.notify.direct(playgroundTenantId, rita, reminder, 'Erinnerung: Ruf Hans bei Acme an');
    const dm = await stream.next<{ id: string; html: string; text: string }>('dm');
    expect(dm.text).toBe('Erinnerung: Ruf Hans bei Acme an');
    expect(dm.html).toContain('<strong>Hans</strong>');
    expect(dm.html).toContain('class="card tone-info"');
    await stream.close();
    expect(await count('inbox_messages', { tenantId: playgroundTenantId, memberId: rita.id })).toBe(1);

    // A reload (a new stream) and a restart (a new app on the same database) both show it again.
    const reload = readEvents(await pg.get('/playground/api/events?persona=rita'));
    expect((await reload.next<{ id: string }>('dm')).id).toBe(dm.id);
    await reload.close();
    const restarted = await startPlayground(db.conn);
    try {
      const replay = readEvents(await restarted.get('/playground/api/events?persona=rita'));
      expect((await replay.next<{ id: string }>('dm')).id).toBe(dm.id);
      await replay.close();
      // Nobody else sees it.
      const sam = readEvents(await restarted.get('/playground/api/events?persona=sam'));
      await sam.next('ready');
      await sam.close();
    } finally {
      await restarted.stop();
    }
  });

  it('pushes channel posts to everyone and lists them with the channel', async () => {
    const stream = readEvents(await pg.get('/playground/api/events?persona=jonas'));
    await stream.next('ready');
    const alert = card('Deal won', [{ type: 'text', text: 'Sam won **Acme GmbH** – 50 seats' }], {
      tone: 'success',
    });
    await pg.app.notify.channel(playgroundTenantId, { platform: 'web', ref: 'kunden' }, alert, 'Deal won');
    const post = await stream.next<{ html: string }>('channel');
    expect(post.html).toContain('<strong>Acme GmbH</strong>');
    await stream.close();
    const channel = await json<{ posts: { text: string }[] }>(pg.get('/playground/api/channel?persona=sam'));
    expect(channel.posts.map((p) => p.text)).toEqual(['Deal won']);
  });
});

describe('bad requests', () => {
  const cases: [string, string, unknown, RegExp][] = [
    ['/playground/api/command', 'no persona', { text: 'help' }, /persona/],
    [
      '/playground/api/command',
      'an unknown persona',
      { persona: 'mallory', text: 'help' },
      /persona: Invalid option/,
    ],
    [
      '/playground/api/command',
      'text of the wrong type',
      { persona: 'sam', text: 42 },
      /text: .*expected string/,
    ],
    ['/playground/api/command', 'an unknown key', { persona: 'sam', text: 'x', admin: true }, /admin/],
    [
      '/playground/api/command',
      'a malformed request id',
      { persona: 'sam', text: 'x', requestId: '<>' },
      /requestId/,
    ],
    ['/playground/api/action', 'no action id', { persona: 'sam', value: {} }, /actionId/],
    [
      '/playground/api/action',
      'a value that is not strings',
      { persona: 'sam', actionId: 'x', value: { a: 1 } },
      /value\.a/,
    ],
    ['/playground/api/form/open', 'no form id', { persona: 'sam' }, /formId/],
    ['/playground/api/form/submit', 'no values', { persona: 'sam', formId: 'account.new' }, /values/],
    [
      '/playground/api/form/submit',
      'values of the wrong type',
      { persona: 'sam', formId: 'f', values: { a: 1 } },
      /values\.a/,
    ],
    ['/playground/api/command', 'a body that is not JSON', '{"persona":', /not valid JSON/],
  ];
  for (const [path, what, body, message] of cases) {
    it(`answers 400 to ${what} on ${path}`, async () => {
      const reply = await json<{ error: string; message: string }>(pg.post(path, body), 400);
      expect(reply.error).toBe('bad_request');
      expect(reply.message).toMatch(message);
    });
  }

  it('answers 400 to a body without a JSON content type and to bad queries', async () => {
    const form = await pg.get('/playground/api/command', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'persona=sam',
    });
    expect(form.status).toBe(400);
    expect(((await form.json()) as { message: string }).message).toMatch(/Content-Type: application\/json/);
    for (const [path, message] of [
      ['/playground/api/options?persona=sam&source=planets&q=x', /source/],
      ['/playground/api/options?persona=sam&source=accounts&state=nope', /state: must be a JSON object/],
      ['/playground/api/home', /persona/],
      ['/playground/api/events?persona=nobody', /persona/],
      ['/playground/api/channel?persona=sam&persona=rita', /persona/],
    ] as const) {
      const reply = await json<{ message: string }>(pg.get(path), 400);
      expect(reply.message, path).toMatch(message);
    }
  });

  it('answers 404 to an unknown API route and to the seed without a seed function', async () => {
    expect((await pg.post('/playground/api/nothing', {})).status).toBe(404);
    expect((await pg.post('/playground/api/seed', { persona: 'sam' })).status).toBe(404);
  });
});

describe('demo data', () => {
  it('offers the button and runs the injected seed for the playground’s tenant and members', async () => {
    const seen: { tenantId: string; members: string[] }[] = [];
    const seeded = await startPlayground(db.conn, {
      seed: async ({ tenantId, members }) => {
        seen.push({ tenantId, members: members.map((m) => m.displayName).sort() });
      },
    });
    try {
      expect(await (await seeded.get('/')).text()).toContain('id="seed"');
      const reply = await json<{ ok: boolean; message: string }>(
        seeded.post('/playground/api/seed', { persona: 'rita' }),
      );
      expect(reply).toEqual({ ok: true, message: expect.stringMatching(/Demodaten geladen/) });
      expect(seen).toEqual([
        {
          tenantId: 'web:demo',
          members: ['Alex Admin', 'Jonas Vogel', 'Maria Manager', 'Rita Rep', 'Sam Seller'],
        },
      ]);
      expect((await json<{ message: string }>(seeded.post('/playground/api/seed', {}), 400)).message).toMatch(
        /persona/,
      );
    } finally {
      await seeded.stop();
    }
  });
});

describe('with the playground off', () => {
  it('answers 404 on every playground path and registers no web notifier', async () => {
    const off = await startPlayground(db.conn, { playground: 'off' });
    try {
      const gets = [
        '/',
        '/playground',
        '/playground/assets/playground.js',
        '/playground/assets/playground.css',
        '/playground/api/options?persona=sam&source=accounts&q=a',
        '/playground/api/home?persona=sam',
        '/playground/api/events?persona=sam',
        '/playground/api/channel?persona=sam',
      ];
      for (const path of gets) expect((await off.get(path)).status, path).toBe(404);
      const posts = ['command', 'action', 'form/open', 'form/submit', 'seed'];
      for (const path of posts) {
        expect((await off.post(`/playground/api/${path}`, { persona: 'sam' })).status, path).toBe(404);
      }
      expect((await off.get('/healthz')).status).toBe(200);
      expect(off.app.notify.has('web')).toBe(false);
    } finally {
      await off.stop();
    }
  });
});
