import { describe, expect, it } from 'vitest';
import { commandText, htmlToText } from './teams-text.js';

const bot = { id: '28:bot', name: 'Kontakt' };

describe('htmlToText', () => {
  it('turns Teams message HTML into plain text with line breaks', () => {
    expect(
      htmlToText('<p>Hallo <b>Hans</b>,</p><p>50&nbsp;Lizenzen &amp; Support&#33;<br/>bis Q2 &lt;3</p>'),
    ).toBe('Hallo Hans,\n50 Lizenzen & Support!\nbis Q2 <3');
    expect(htmlToText('<div><div>a</div></div><div>b</div>')).toBe('a\n\nb');
  });
});

describe('commandText', () => {
  it('drops the bot’s mention and keeps everything else', () => {
    const text = commandText({
      text: '<at>Kontakt</at> log call "Acme GmbH" fine',
      recipient: bot,
      entities: [{ type: 'mention', text: '<at>Kontakt</at>', mentioned: bot }],
    });
    expect(text).toBe('log call "Acme GmbH" fine');
  });

  it('turns other people’s mentions into mention tokens the command layer understands', () => {
    const text = commandText({
      text: '<at>Kontakt</at> account new Acme --owner <at>Rita Süß</at>',
      recipient: bot,
      entities: [
        { type: 'mention', text: '<at>Kontakt</at>', mentioned: bot },
        { type: 'mention', text: '<at>Rita Süß</at>', mentioned: { id: '29:rita-1', name: 'Rita Süß' } },
      ],
    });
    expect(text).toBe('account new Acme --owner <@29:rita-1|Rita Süß>');
  });

  it('drops a mention tag without an entity and unescapes HTML', () => {
    expect(commandText({ text: '<at>Kontakt</at>&nbsp;/crm account A&amp;B', recipient: bot })).toBe(
      '/crm account A&B',
    );
    expect(commandText({ recipient: bot })).toBe('');
  });
});
