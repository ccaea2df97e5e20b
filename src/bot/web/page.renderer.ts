import type { Locale } from '../../shared/i18n/translator.js';
import { escapeHtml as esc } from './escape.js';
import { PERSONAS, type PersonaId } from './personas.js';

export type Translate = (key: string, values?: Record<string, string>) => string;

/** Strings the page's script shows by itself (everything else arrives rendered). */
const CLIENT_KEYS = [
  'you',
  'bot',
  'posted_channel',
  'dms_empty',
  'live',
  'offline',
  'seed_running',
  'seed_done',
  'remove',
  'loading',
  'network_error',
] as const;

export interface PageModel {
  persona: PersonaId;
  locale: Locale;
  t: Translate;
  seedEnabled: boolean;
}

// JSON inside <script> must not be able to close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function personaPicker(m: PageModel): string {
  const options = PERSONAS.map((p) => {
    const text = m.t('web.persona_option', {
      name: p.displayName,
      role: m.t(`web.role_${p.role}`),
      language: m.t(`web.language_${p.locale}`),
    });
    return `<option value="${p.id}"${p.id === m.persona ? ' selected' : ''}>${esc(text)}</option>`;
  });
  return (
    `<form class="persona-form" method="get" action="/playground">` +
    `<label for="persona">${esc(m.t('web.persona_label'))}</label>` +
    `<select id="persona" name="persona">${options.join('')}</select>` +
    `<noscript><button class="btn" type="submit">OK</button></noscript></form>`
  );
}

const navItem = (view: string, label: string, current = false, extra = '') =>
  `<button type="button" class="nav-item" data-view="${view}"${current ? ' aria-current="page"' : ''}>${label}${extra}</button>`;

/** The whole playground page: server-rendered chrome in the persona's language, filled by one script. */
export function renderPage(m: PageModel): string {
  const t = (key: string) => esc(m.t(`web.${key}`));
  const client = {
    persona: m.persona,
    locale: m.locale,
    // The script fills `{label}` itself.
    strings: Object.fromEntries(CLIENT_KEYS.map((k) => [k, m.t(`web.${k}`, { label: '{label}' })])),
  };
  return `<!doctype html>
<html lang="${m.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/assets/playground.css">
<script src="/playground/assets/playground.js" defer></script>
</head>
<body>
<a class="skip" href="#command">${t('skip')}</a>
<header class="topbar">
  <div class="brand"><span class="logo" aria-hidden="true">K</span><div><h1>${t('title')}</h1><p class="tagline">${t('tagline')}</p></div></div>
  <div class="topbar-tools">
    ${personaPicker(m)}
    ${m.seedEnabled ? `<button type="button" class="btn" id="seed">${t('seed')}</button>` : ''}
    <span id="live" class="live" role="status" data-state="offline">${t('offline')}</span>
  </div>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="${t('nav_label')}">
    ${navItem('chat', t('nav_chat'), true)}
    ${navItem('home', t('nav_home'))}
    ${navItem('channel', `<span aria-hidden="true">#</span> ${t('nav_channel')}`)}
    ${navItem('dms', t('nav_dms'), false, ' <span class="badge" id="dm-badge" hidden>0</span>')}
  </nav>
  <main id="main">
    <section id="view-chat" class="view" aria-labelledby="chat-title">
      <h2 id="chat-title">${t('chat_title')}</h2>
      <p class="intro" id="command-hint">${t('chat_intro')}</p>
      <div id="chat-log" class="log" role="log" aria-live="polite" aria-labelledby="chat-title"></div>
      <form id="command-form" class="command-bar">
        <label for="command" class="sr-only">${t('command_label')}</label>
        <input id="command" name="text" type="text" autocomplete="off" spellcheck="false" placeholder="${t('command_placeholder')}" aria-describedby="command-hint">
        <button class="btn btn-primary" type="submit">${t('send')}</button>
      </form>
    </section>
    <section id="view-home" class="view" aria-labelledby="home-title" hidden>
      <div class="view-head"><h2 id="home-title">${t('home_title')}</h2><button type="button" class="btn" id="home-refresh">${t('refresh')}</button></div>
      <p class="intro">${t('home_intro')}</p>
      <div id="home-card" aria-live="polite"></div>
    </section>
    <section id="view-channel" class="view" aria-labelledby="channel-title" hidden>
      <h2 id="channel-title">${t('channel_title')}</h2>
      <p class="intro">${t('channel_intro')}</p>
      <div id="channel-messages" class="messages"></div>
      <div id="channel-posts-wrap" hidden>
        <h3 class="posts-title">${t('channel_posts')}</h3>
        <div id="channel-posts" class="messages" aria-live="polite"></div>
      </div>
    </section>
  </main>
  <aside id="view-dms" class="view dms" aria-labelledby="dms-title">
    <h2 id="dms-title">${t('dms_title')}</h2>
    <p class="intro">${t('dms_intro')}</p>
    <p id="dm-empty" class="empty">${t('dms_empty')}</p>
    <ol id="dm-list" class="dm-list" aria-live="polite"></ol>
  </aside>
</div>
<script type="application/json" id="playground-data">${scriptJson(client)}</script>
</body>
</html>
`;
}
