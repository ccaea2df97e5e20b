import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { z } from 'zod/v4';
import type { Kontakt } from '../../commands/kontakt.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { CUSTOMER_MESSAGES, DEMO_CHANNEL, postedAt, renderCustomerMessage } from './demo-channel.js';
import type { createStreams } from './events.stream.js';
import { type PageAssets, pageRouter } from './page.routes.js';
import { type PersonaId, personaInvocation, playgroundTenantId } from './personas.js';
import {
  actionBody,
  commandBody,
  describeIssues,
  formOpenBody,
  formSubmitBody,
  optionsQuery,
  personaBody,
  personaQuery,
} from './playground.schema.js';
import { createReplayCache } from './replay-cache.js';
import { labelsOf, renderMessage, renderReply, type WebReply } from './reply.renderer.js';
import type { WebNotifier } from './web.notifier.js';

export interface PlaygroundRouteDeps {
  kontakt: Kontakt;
  notifier: WebNotifier;
  streams: ReturnType<typeof createStreams>;
  clock: Clock;
  log: Logger;
  /** Fills the demo tenant with sample data; without it the page offers no button. */
  seed?: () => Promise<void>;
  assets: PageAssets;
}

/** Parses a body or query; on failure answers 400 with what was wrong and returns undefined. */
function valid<S extends z.ZodType>(schema: S, input: unknown, res: Response): z.infer<S> | undefined {
  if (input === undefined) {
    res
      .status(400)
      .json({ error: 'bad_request', message: 'Send a JSON body with Content-Type: application/json.' });
    return undefined;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  res.status(400).json({ error: 'bad_request', message: describeIssues(parsed.error) });
  return undefined;
}

/** The playground's page and its JSON API, all over the command layer. */
export function playgroundRouter(deps: PlaygroundRouteDeps): Router {
  const { kontakt } = deps;
  const replay = createReplayCache<WebReply>();
  const session = (persona: PersonaId) => kontakt.session(personaInvocation(persona));
  const reply = async (persona: PersonaId, run: () => ReturnType<Kontakt['text']>) => {
    const result = await run();
    return renderReply(result, labelsOf(await session(persona)));
  };
  // Same persona, same request id: the first answer, and the work done once.
  const once = (
    persona: PersonaId,
    what: string,
    requestId: string | undefined,
    work: () => Promise<WebReply>,
  ) =>
    // Inline errors are no final answer: the corrected form comes back with the same request id.
    replay.run(
      requestId ? `${persona}:${what}:${requestId}` : undefined,
      work,
      (r) => r.kind !== 'form_errors',
    );

  const router = Router();
  router.use(pageRouter({ kontakt, assets: deps.assets, seedEnabled: Boolean(deps.seed) }));

  const api = Router();
  api.use(express.json({ limit: '512kb' }));

  api.post('/command', async (req, res) => {
    const body = valid(commandBody, req.body, res);
    if (!body) return;
    const inv = personaInvocation(body.persona, body.requestId);
    res.json(
      await once(body.persona, 'command', body.requestId, () =>
        reply(body.persona, () => kontakt.text(inv, body.text)),
      ),
    );
  });

  api.post('/action', async (req, res) => {
    const body = valid(actionBody, req.body, res);
    if (!body) return;
    const inv = personaInvocation(body.persona, body.requestId);
    res.json(
      await once(body.persona, `action:${body.actionId}`, body.requestId, () =>
        reply(body.persona, () => kontakt.action(inv, body.actionId, body.value)),
      ),
    );
  });

  api.post('/form/open', async (req, res) => {
    const body = valid(formOpenBody, req.body, res);
    if (!body) return;
    const inv = personaInvocation(body.persona);
    res.json(await reply(body.persona, () => kontakt.openForm(inv, body.formId, body.prefill)));
  });

  api.post('/form/submit', async (req, res) => {
    const body = valid(formSubmitBody, req.body, res);
    if (!body) return;
    const inv = personaInvocation(body.persona, body.requestId);
    res.json(
      await once(body.persona, `submit:${body.formId}`, body.requestId, () =>
        reply(body.persona, () => kontakt.submit(inv, body.formId, body.values, body.state)),
      ),
    );
  });

  api.get('/options', async (req, res) => {
    const query = valid(optionsQuery, req.query, res);
    if (!query) return;
    const options = await kontakt.options(
      personaInvocation(query.persona),
      query.source,
      query.q,
      query.state,
    );
    res.json({ options });
  });

  api.get('/home', async (req, res) => {
    const query = valid(personaQuery, req.query, res);
    if (!query) return;
    const inv = personaInvocation(query.persona);
    const card = await kontakt.home(inv);
    res.json(renderReply({ kind: 'card', card }, labelsOf(await session(query.persona))));
  });

  api.get('/channel', async (req, res) => {
    const query = valid(personaQuery, req.query, res);
    if (!query) return;
    const s = await session(query.persona);
    const now = deps.clock.now();
    const view = {
      now,
      origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      locale: s.locale,
      timeZone: s.me.timeZone,
      logLabel: s.t('web.log_to_crm'),
    };
    const messages = CUSTOMER_MESSAGES.map((m) => ({
      id: m.id,
      author: m.author,
      company: m.company,
      at: postedAt(m, now).toISOString(),
      text: m.text,
      html: renderCustomerMessage(m, view),
    }));
    const posts = (await deps.notifier.recentChannel(playgroundTenantId, DEMO_CHANNEL)).map((m) =>
      renderMessage(m, labelsOf(s)),
    );
    res.json({ channel: DEMO_CHANNEL, messages, posts });
  });

  api.get('/events', async (req, res) => {
    const query = valid(personaQuery, req.query, res);
    if (!query) return;
    const s = await session(query.persona);
    await deps.streams.serve(req, res, {
      tenantId: playgroundTenantId,
      memberId: s.me.id,
      channel: DEMO_CHANNEL,
      labels: labelsOf(s),
    });
  });

  const seed = deps.seed;
  if (seed) {
    api.post('/seed', async (req, res) => {
      const body = valid(personaBody, req.body, res);
      if (!body) return;
      await seed();
      res.json({ ok: true, message: (await session(body.persona)).t('web.seed_done') });
    });
  }

  api.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'No such playground API route.' });
  });
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (err as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: 'bad_request', message: 'The body is not valid JSON.' });
      return;
    }
    if (type === 'entity.too.large') {
      res.status(413).json({ error: 'too_large', message: 'The body is too large.' });
      return;
    }
    deps.log.error({ err, code: (err as { code?: string }).code }, 'playground request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(500).json({ error: 'internal', message: 'Something went wrong; the log has the details.' });
  });
  router.use('/playground/api', api);
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    deps.log.error({ err, code: (err as { code?: string }).code }, 'playground page failed');
    res.status(500).type('text/plain').send('Something went wrong; the log has the details.');
  });
  return router;
}
