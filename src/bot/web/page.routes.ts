import { Router } from 'express';
import type { Kontakt } from '../../commands/kontakt.js';
import { renderPage } from './page.renderer.js';
import { DEFAULT_PERSONA, PERSONA_IDS, type PersonaId, personaInvocation } from './personas.js';

/** The page's script and stylesheet, by file name. */
export type PageAssets = Record<string, { type: string; body: string }>;

const COOKIE = 'kontakt_persona';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // Everything the page needs comes from here: no CDN, works offline.
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
};

const isPersona = (v: unknown): v is PersonaId => PERSONA_IDS.includes(v as PersonaId);

function personaFromCookie(header: string | undefined): PersonaId | undefined {
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([a-z]+)`).exec(header ?? '');
  return isPersona(match?.[1]) ? match[1] : undefined;
}

/** GET / and /playground: the page in the persona's language; /playground/assets/*: its two files. */
export function pageRouter(deps: { kontakt: Kontakt; assets: PageAssets; seedEnabled: boolean }): Router {
  const router = Router();
  router.get(['/', '/playground'], async (req, res) => {
    const asked = req.query.persona;
    const persona = isPersona(asked) ? asked : (personaFromCookie(req.headers.cookie) ?? DEFAULT_PERSONA);
    const s = await deps.kontakt.session(personaInvocation(persona));
    res.set(PAGE_HEADERS);
    if (isPersona(asked))
      res.append('set-cookie', `${COOKIE}=${persona}; Path=/; SameSite=Lax; Max-Age=31536000`);
    res.send(
      renderPage({ persona, locale: s.locale, t: (k, v) => s.t(k, v), seedEnabled: deps.seedEnabled }),
    );
  });

  router.get('/playground/assets/:file', (req, res) => {
    const asset = deps.assets[req.params.file ?? ''];
    if (!asset) {
      res.status(404).send('Not found');
      return;
    }
    res.set({ 'content-type': asset.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.send(asset.body);
  });

  return router;
}
