import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as Slack would have received it. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  /** Form fields; JSON fields (view, blocks, files) are parsed. */
  params: Record<string, unknown>;
}

export interface SlackUser {
  name: string;
  real_name?: string;
  display_name?: string;
  email?: string;
  tz?: string;
  locale?: string;
}

type Reply = { status?: number; headers?: Record<string, string>; body?: unknown };
type Override = (call: ApiCall) => Reply | undefined;

const JSON_FIELDS = ['view', 'blocks', 'files', 'attachments'];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Slack's servers in one local HTTP server: the Web API under /api/, response_url endpoints under
 * /respond/<n>, and file upload URLs under /upload/<id>. Records everything; answers ok:true.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  readonly uploads: { id: string; bytes: number }[] = [];
  readonly users = new Map<string, SlackUser>();
  private overrides: Override[] = [];
  private readonly recorded = new EventEmitter();
  private server: Server | undefined;
  private seq = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        res.writeHead(500).end(String(e));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A fresh response_url. */
  responseUrl(): string {
    return `${this.url}/respond/${++this.seq}`;
  }

  /** Answers the next matching calls differently (rate limits, errors); return undefined to pass. */
  override(fn: Override): void {
    this.overrides.push(fn);
  }

  /**
   * Resolves when `count` response_url posts have arrived (production acks before answering, so the
   * answer lands after the HTTP response). Event-driven: no polling, no sleeping.
   */
  responsesReached(count: number): Promise<void> {
    if (this.responses.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (this.responses.length < count) return;
        this.recorded.off('response', check);
        resolve();
      };
      this.recorded.on('response', check);
    });
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.uploads.length = 0;
    this.overrides = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const path = req.url ?? '';
    const raw = await readBody(req);
    const send = (r: Reply) => {
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...r.headers });
      res.end(JSON.stringify(r.body ?? { ok: true }));
    };
    if (path.startsWith('/respond/')) {
      this.responses.push({ id: path.slice('/respond/'.length), body: JSON.parse(raw.toString()) });
      send({ body: { ok: true } });
      this.recorded.emit('response');
      return;
    }
    if (path.startsWith('/upload/')) {
      this.uploads.push({ id: path.slice('/upload/'.length), bytes: raw.length });
      return send({ body: { ok: true } });
    }
    if (!path.startsWith('/api/')) return send({ status: 404, body: { ok: false } });
    const params: Record<string, unknown> = {};
    const type = req.headers['content-type'] ?? '';
    const fields = type.includes('json')
      ? Object.entries(JSON.parse(raw.toString() || '{}') as Record<string, unknown>)
      : [...new URLSearchParams(raw.toString()).entries()];
    for (const [k, v] of fields) {
      params[k] = JSON_FIELDS.includes(k) && typeof v === 'string' ? JSON.parse(v) : v;
    }
    const auth = req.headers.authorization;
    const call: ApiCall = {
      method: path.slice('/api/'.length).split('?')[0] ?? '',
      token: auth?.replace(/^Bearer /, '') ?? (params.token as string | undefined),
      params,
    };
    for (const o of this.overrides) {
      const reply = o(call);
      if (reply) {
        this.calls.push(call);
        return send(reply);
      }
    }
    this.calls.push(call);
    send({ body: this.answer(call) });
  }

  private answer(call: ApiCall): Record<string, unknown> {
    const p = call.params;
    switch (call.method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
      case 'users.info': {
        const id = String(p.user);
        const u = this.users.get(id) ?? { name: id.toLowerCase() };
        return {
          ok: true,
          user: {
            id,
            name: u.name,
            real_name: u.real_name ?? u.name,
            tz: u.tz ?? 'Europe/Berlin',
            locale: u.locale ?? 'en-US',
            profile: { display_name: u.display_name ?? '', real_name: u.real_name ?? u.name, email: u.email },
          },
        };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(p.users)}` } };
      case 'chat.postMessage':
        return { ok: true, channel: p.channel, ts: `${1_700_000_000 + this.calls.length}.000100` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000000.000200' };
      case 'chat.getPermalink':
        return {
          ok: true,
          permalink: `https://acme.slack.com/archives/${String(p.channel)}/p${String(p.message_ts).replace('.', '')}`,
        };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.calls.length}`, hash: 'h1' } };
      case 'files.getUploadURLExternal': {
        const id = `F${++this.seq}`;
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (p.files as { id: string }[]).map((f) => ({ id: f.id })) };
      default:
        return { ok: true };
    }
  }
}
