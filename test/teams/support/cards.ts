import type { FakeConnector } from './fake-connector.js';

// biome-ignore lint/suspicious/noExplicitAny: walking arbitrary Adaptive Card JSON in assertions
export type Json = any;

/** Every object in a JSON tree that satisfies `match`, depth first. */
export function findAll(node: Json, match: (n: Json) => boolean, into: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) findAll(n, match, into);
  else if (node && typeof node === 'object') {
    if (match(node)) into.push(node);
    for (const v of Object.values(node)) findAll(v, match, into);
  }
  return into;
}

/** The readable text of a card: text blocks, facts (`title: value`), choices and button titles. */
export function cardText(card: Json): string {
  const parts: string[] = [];
  findAll(card, (n) => typeof n.type === 'string' || 'title' in n).forEach((n) => {
    if (n.type === 'TextBlock') parts.push(n.text);
    if (n.type === 'FactSet') for (const f of n.facts) parts.push(`${f.title}: ${f.value}`);
    if (n.type?.startsWith?.('Action.')) parts.push(`[${n.title}]`);
  });
  return parts.join('\n');
}

export const actions = (card: Json, type: string) => findAll(card, (n) => n.type === type);

/** The Adaptive Card of the last activity the bot sent, checked to be one. */
export function lastCard(connector: FakeConnector): Json {
  const sent = connector.sent();
  const last = sent[sent.length - 1];
  if (!last) throw new Error('the bot sent nothing');
  const attachment = (last.body.attachments as Json[] | undefined)?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected an Adaptive Card, got ${JSON.stringify(last.body).slice(0, 300)}`);
  }
  return attachment.content;
}
