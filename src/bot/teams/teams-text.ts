import type { Activity } from 'botbuilder';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Teams HTML (message bodies, rich-text commands) as plain text: block ends become line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface MentionEntity {
  type: string;
  text?: string;
  mentioned?: { id?: string; name?: string };
}

/**
 * The command a message carries: the bot's @mention removed, other people's @mentions turned into the
 * command layer's mention tokens (`<@29:…|Rita>`), HTML reduced to text.
 */
export function commandText(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of (activity.entities ?? []) as MentionEntity[]) {
    if (entity.type !== 'mention' || !entity.text || !entity.mentioned?.id) continue;
    const label = (entity.mentioned.name ?? '').replace(/[|<>]/g, '');
    const token =
      entity.mentioned.id === botId ? ' ' : ` <@${entity.mentioned.id}${label ? `|${label}` : ''}> `;
    text = text.split(entity.text).join(token);
  }
  // A mention without an entity (the bot's, when Teams omits it) is dropped rather than parsed as words.
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ');
  // Mention tokens survive the HTML pass: shield their angle brackets.
  const shielded = text.replace(/<@([^>]+)>/g, '\uE000$1\uE001');
  return htmlToText(shielded).replace(/\uE000([^\uE001]*)\uE001/g, '<@$1>');
}
