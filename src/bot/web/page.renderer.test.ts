import { describe, expect, it } from 'vitest';
import { renderPage } from './page.renderer.js';

const EVIL = '</script><script>alert(1)</script>';

describe('the page', () => {
  it('escapes every translated string and keeps the script data inert', () => {
    const html = renderPage({
      persona: 'sam',
      locale: 'en',
      t: (key) => `${key} ${EVIL}`,
      seedEnabled: false,
    });
    // The only <script> elements are the page's own: its file and its JSON data.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('web.title &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const data = /<script type="application\/json" id="playground-data">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect(JSON.parse(data).strings.you).toBe(`web.you ${EVIL}`);
  });

  it('labels its inputs, marks the current view and shows the seed button only when there is a seed', () => {
    const t = (key: string) => key;
    const html = renderPage({ persona: 'rita', locale: 'de', t, seedEnabled: false });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<label for="persona">web.persona_label</label>');
    expect(html).toContain('<label for="command" class="sr-only">web.command_label</label>');
    expect(html).toContain('<option value="rita" selected>');
    expect(html).toContain('data-view="chat" aria-current="page"');
    expect(html).not.toContain('id="seed"');
    expect(renderPage({ persona: 'rita', locale: 'de', t, seedEnabled: true })).toContain(
      '<button type="button" class="btn" id="seed">web.seed</button>',
    );
  });
});
