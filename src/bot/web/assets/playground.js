// The playground page: one small script, no build step. Everything it shows arrives rendered (and
// escaped) from /playground/api; this file only moves HTML into place and sends clicks back.
(() => {
  const data = JSON.parse(document.getElementById('playground-data').textContent);
  const { persona, locale, strings: S } = data;
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const html = (markup) => document.createRange().createContextualFragment(markup);
  const timeFormat = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  // A fresh id per submit: the server answers a repeated id once (double clicks, retries).
  const newId = () =>
    [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');

  async function api(path, body) {
    const init =
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ persona, ...body }),
          };
    let res;
    try {
      res = await fetch(`/playground/api/${path}`, init);
    } catch {
      throw new Error(S.network_error);
    }
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(json.message || S.network_error);
    return json;
  }
  const get = (path, params = {}) => api(`${path}?${new URLSearchParams({ persona, ...params })}`);

  // ---- views -------------------------------------------------------------------------------------
  const loaded = { home: false, channel: false };
  function show(view) {
    document.body.dataset.view = view;
    for (const item of $$('.nav-item')) {
      if (item.dataset.view === view) item.setAttribute('aria-current', 'page');
      else item.removeAttribute('aria-current');
    }
    for (const section of $$('main .view')) section.hidden = section.id !== `view-${view}`;
    if (view === 'home') loadHome();
    if (view === 'channel' && !loaded.channel) loadChannel();
    if (view === 'dms') {
      $('#dm-badge').hidden = true;
      $('#dm-badge').textContent = '0';
    }
  }
  const visible = (node) => node.offsetParent !== null;

  // ---- chat --------------------------------------------------------------------------------------
  const log = $('#chat-log');
  function chatItem(kind, who) {
    const item = el('div', `chat-item chat-${kind}`);
    item.append(el('p', 'who', who));
    log.append(item);
    return item;
  }
  function botSays(markup, note) {
    if ($('#view-chat').hidden) show('chat');
    const item = chatItem('bot', S.bot);
    if (note) item.append(el('p', 'note', note));
    item.append(typeof markup === 'string' ? html(markup) : markup);
    item.scrollIntoView({ block: 'end' });
    return item;
  }
  function botError(message) {
    const item = chatItem('bot', S.bot);
    item.append(el('p', 'text tone-error', message));
    item.scrollIntoView({ block: 'end' });
  }

  /** Puts a reply where it belongs: a card in the chat (or in place of its card), a form in a dialog. */
  function showReply(reply, origin) {
    if (reply.kind === 'card' && reply.replace && origin?.closest('.card')) {
      origin.closest('.card').replaceWith(html(reply.html));
    } else if (reply.kind === 'card') {
      botSays(reply.html, reply.visibility === 'channel' ? S.posted_channel : undefined);
    } else if (reply.kind === 'form') {
      openForm(reply.html, origin);
    } else if (reply.kind === 'done' && reply.html) {
      botSays(reply.html);
    }
  }

  const history = JSON.parse(localStorage.getItem('kontakt.history') || '[]');
  let historyAt = history.length;
  const input = $('#command');
  $('#command-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (history[history.length - 1] !== text) history.push(text);
    localStorage.setItem('kontakt.history', JSON.stringify(history.slice(-50)));
    historyAt = history.length;
    input.value = '';
    chatItem('user', S.you).append(el('p', 'chat-text', text));
    const pending = chatItem('bot pending', S.bot);
    pending.append(el('p', 'context', S.loading));
    pending.setAttribute('aria-busy', 'true');
    pending.scrollIntoView({ block: 'end' });
    try {
      const reply = await api('command', { text, requestId: newId() });
      pending.remove();
      showReply(reply);
    } catch (error) {
      pending.remove();
      botError(error.message);
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' && historyAt > 0) {
      historyAt -= 1;
    } else if (event.key === 'ArrowDown' && historyAt < history.length) {
      historyAt += 1;
    } else return;
    event.preventDefault();
    input.value = history[historyAt] ?? '';
  });

  // ---- buttons anywhere: actions, "Log to CRM", navigation ---------------------------------------
  async function busy(button, work) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await work();
    } catch (error) {
      botError(error.message);
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || button.disabled) return;
    if (button.dataset.action) {
      const value = JSON.parse(button.dataset.value || '{}');
      if (button.dataset.choiceFrom === 'select') value.choice = $('select', button.closest('.picker')).value;
      busy(button, async () =>
        showReply(
          await api('action', { actionId: button.dataset.action, value, requestId: newId() }),
          button,
        ),
      );
    } else if (button.dataset.openForm) {
      const { formId, prefill } = JSON.parse(button.dataset.openForm);
      busy(button, async () => showReply(await api('form/open', { formId, prefill }), button));
    } else if (button.dataset.view) {
      show(button.dataset.view);
      if (button.dataset.view === 'dms' && visible($('#view-dms'))) $('#dms-title').focus();
    }
  });

  // ---- forms -------------------------------------------------------------------------------------
  function openForm(markup, opener) {
    for (const open of $$('dialog.form-dialog')) open.close();
    document.body.append(html(markup));
    const dialog = document.body.lastElementChild;
    const form = $('form', dialog);
    // One id per dialog: a double click on its submit button saves once.
    const requestId = newId();
    for (const field of $$('.field[data-type="lookup"]', form)) wireLookup(field, form);
    $('[data-close]', dialog).addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      (opener?.isConnected ? opener : input).focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const submit = $('button[type="submit"]', form);
      busy(submit, async () => {
        const reply = await api('form/submit', {
          formId: form.dataset.formId,
          values: collect(form),
          state: JSON.parse(form.dataset.state || '{}'),
          requestId,
        });
        if (reply.kind === 'form_errors') return showErrors(form, reply.errors);
        dialog.close();
        showReply(reply);
      });
    });
    dialog.showModal();
    $('input:not([type="hidden"]), select, textarea', form)?.focus();
  }

  function collect(form) {
    const values = {};
    for (const field of $$('.field', form)) {
      const id = field.dataset.field;
      if (field.dataset.type === 'lookup') {
        const chosen = $$('.lookup-values input', field).map((hidden) => hidden.value);
        values[id] = field.dataset.multiple === 'true' ? chosen : (chosen[0] ?? '');
      } else {
        values[id] = $('[name]', field).value;
      }
    }
    return values;
  }

  function showErrors(form, errors) {
    const control = (field) => $('input:not([type="hidden"]), select, textarea', field);
    for (const field of $$('.field', form)) {
      $('.field-error', field).hidden = true;
      control(field).removeAttribute('aria-invalid');
    }
    const general = [];
    let first;
    for (const [id, message] of Object.entries(errors)) {
      const field = $(`.field[data-field="${CSS.escape(id)}"]`, form);
      if (!field) {
        general.push(message);
        continue;
      }
      const slot = $('.field-error', field);
      slot.textContent = message;
      slot.hidden = false;
      control(field).setAttribute('aria-invalid', 'true');
      first ??= control(field);
    }
    const box = $('.form-error', form);
    box.hidden = general.length === 0;
    $('span', box).textContent = general.join(' ');
    (first ?? box).focus?.();
  }

  /** Typeahead: the options API fills the datalist; a label chosen from it puts its id in a hidden input. */
  function wireLookup(field, form) {
    const search = $('.lookup-input', field);
    const list = $('datalist', field);
    const values = $('.lookup-values', field);
    const multiple = field.dataset.multiple === 'true';
    const known = new Map(JSON.parse(search.dataset.known || '[]').map((o) => [o.label, o.value]));
    let timer;
    let asked = 0;
    const hidden = (value) =>
      Object.assign(el('input'), { type: 'hidden', name: field.dataset.field, value });
    const choose = (label, value) => {
      if (!multiple) return values.replaceChildren(hidden(value));
      if ($$('input', values).some((h) => h.value === value)) return;
      values.append(hidden(value));
      const chip = el('li');
      chip.append(el('span', '', label));
      const remove = el('button', 'chip-remove', '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', S.remove.replace('{label}', label));
      remove.addEventListener('click', () => {
        chip.remove();
        $$('input', values)
          .find((h) => h.value === value)
          ?.remove();
        search.focus();
      });
      chip.append(remove);
      $('.chips', field).append(chip);
      search.value = '';
    };
    const suggest = async () => {
      const mine = ++asked;
      const source = search.dataset.source;
      const { options } = await get('options', {
        source,
        q: search.value,
        state: form.dataset.state || '{}',
      });
      if (mine !== asked) return;
      list.replaceChildren(
        ...options.map((o) => {
          known.set(o.label, o.value);
          return Object.assign(el('option', '', o.detail ?? ''), { value: o.label });
        }),
      );
      // A whole name typed or pasted before the suggestions arrived counts as chosen.
      const exact = known.get(search.value);
      if (exact !== undefined) choose(search.value, exact);
    };
    search.addEventListener('input', () => {
      const exact = known.get(search.value);
      if (exact !== undefined) return choose(search.value, exact);
      if (!multiple) values.replaceChildren();
      clearTimeout(timer);
      timer = setTimeout(() => suggest().catch(() => {}), 120);
    });
    search.addEventListener('focus', () => {
      if (!list.children.length) suggest().catch(() => {});
    });
  }

  // ---- home, channel, direct messages ------------------------------------------------------------
  async function loadHome() {
    const target = $('#home-card');
    if (!loaded.home) target.replaceChildren(el('p', 'context', S.loading));
    try {
      target.replaceChildren(html((await get('home')).html));
      loaded.home = true;
    } catch (error) {
      target.replaceChildren(el('p', 'text tone-error', error.message));
    }
  }
  $('#home-refresh').addEventListener('click', loadHome);

  function message(list, m) {
    if (document.getElementById(`m-${m.id}`)) return false;
    const item = el(list.tagName === 'OL' ? 'li' : 'div', 'message');
    item.id = `m-${m.id}`;
    item.dataset.at = m.at;
    const time = el('time', 'stamp', timeFormat.format(new Date(m.at)));
    time.dateTime = m.at;
    item.append(time, html(m.html));
    const later = $$(':scope > .message', list).find((other) => other.dataset.at > m.at);
    list.insertBefore(item, later ?? null);
    if (list.id === 'channel-posts') $('#channel-posts-wrap').hidden = false;
    return true;
  }

  async function loadChannel() {
    try {
      const channel = await get('channel');
      $('#channel-messages').replaceChildren(html(channel.messages.map((m) => m.html).join('')));
      for (const post of channel.posts) message($('#channel-posts'), post);
      loaded.channel = true;
      const target = location.hash.startsWith('#msg-') && document.getElementById(location.hash.slice(1));
      if (target) {
        target.classList.add('highlight');
        target.focus();
      }
    } catch (error) {
      $('#channel-messages').replaceChildren(el('p', 'text tone-error', error.message));
    }
  }

  let ready = false;
  const events = new EventSource(`/playground/api/events?${new URLSearchParams({ persona })}`);
  const live = (on) => {
    $('#live').dataset.state = on ? 'live' : 'offline';
    $('#live').textContent = on ? S.live : S.offline;
  };
  events.addEventListener('ready', () => {
    ready = true;
    live(true);
  });
  events.addEventListener('error', () => live(false));
  events.addEventListener('dm', (event) => {
    const added = message($('#dm-list'), JSON.parse(event.data));
    $('#dm-empty').hidden = true;
    if (added && ready && !visible($('#view-dms'))) {
      const badge = $('#dm-badge');
      badge.textContent = String(Number(badge.textContent) + 1);
      badge.hidden = false;
    }
  });
  events.addEventListener('channel', (event) => message($('#channel-posts'), JSON.parse(event.data)));

  // ---- persona, demo data, start -----------------------------------------------------------------
  $('#persona').addEventListener('change', (event) => {
    location.href = `/playground?${new URLSearchParams({ persona: event.target.value })}`;
  });
  const seed = $('#seed');
  seed?.addEventListener('click', () => {
    const label = seed.textContent;
    seed.textContent = S.seed_running;
    busy(seed, async () => {
      try {
        const done = await api('seed', {});
        botSays(el('p', 'text tone-success', done.message));
        loaded.home = false;
      } finally {
        seed.textContent = label;
      }
    });
  });

  show(location.hash.startsWith('#msg-') ? 'channel' : 'chat');
  $('#dms-title').tabIndex = -1;
  if (document.body.dataset.view === 'chat') input.focus();
})();
