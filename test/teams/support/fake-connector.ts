import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  /** Decoded path, e.g. `/v3/conversations/a:conv-1/activities/act-1`. */
  path: string;
  conversationId: string;
  body: Record<string, unknown>;
  authorization?: string;
}

export interface RosterEntry {
  id: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/** A stand-in for the Bot Connector service: records what the bot sends, answers roster look-ups. */
export interface FakeConnector {
  /** Ends in `/`, like the serviceUrl Teams puts on activities. */
  url: string;
  calls: ConnectorCall[];
  /** `POST`/`PUT` of activities only. */
  sent(): ConnectorCall[];
  roster: Map<string, RosterEntry>;
  /** Conversations the bot is not a member of: posting there answers 403. */
  refuse: Set<string>;
  clear(): void;
  close(): Promise<void>;
}

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
};

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const roster = new Map<string, RosterEntry>();
  const refuse = new Set<string>();
  let next = 0;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const body = await read(req);
    const match = /^\/v3\/conversations(?:\/([^/]+))?(?:\/(activities|members)(?:\/(.+))?)?$/.exec(path);
    const conversationId = match?.[1] ?? '';
    calls.push({
      method: req.method ?? '',
      path,
      conversationId,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (!match) return reply(404, { error: { code: 'NotFound', message: path } });
    if (req.method === 'GET' && match[2] === 'members' && match[3]) {
      const member = roster.get(match[3]);
      return member ? reply(200, member) : reply(404, { error: { code: 'MemberNotFoundInConversation' } });
    }
    if (req.method === 'POST' && !match[1]) return reply(200, { id: `a:new-${++next}` });
    if (refuse.has(conversationId)) return reply(403, { error: { code: 'BotNotInConversationRoster' } });
    if ((req.method === 'POST' || req.method === 'PUT') && match[2] === 'activities') {
      return reply(200, { id: `act-${++next}` });
    }
    return reply(405, { error: { code: 'MethodNotAllowed' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    sent: () =>
      calls.filter((c) => (c.method === 'POST' || c.method === 'PUT') && /\/activities/.test(c.path)),
    roster,
    refuse,
    clear: () => {
      calls.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
