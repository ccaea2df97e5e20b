import type { RespondFn, webApi } from '@slack/bolt';
import type { Invocation } from '../../commands/invocation.js';
import type { Kontakt } from '../../commands/kontakt.js';
import type { CommandResult } from '../../commands/result.js';
import type { Card } from '../../commands/view/card.js';
import type { Form } from '../../commands/view/form.js';
import { CodedError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { type CardImage, type RenderedMessage, renderCard } from './blockkit.renderer.js';
import { LIMITS } from './limits.js';
import { renderForm } from './modal.renderer.js';

export interface DeliverDeps {
  kontakt: Kontakt;
  log: Logger;
}

/** Where a request came from and how to answer it. */
export interface Surface {
  inv: Invocation;
  client: webApi.WebClient;
  userId: string;
  triggerId?: string | undefined;
  /** The request's response_url (slash commands, message buttons, shortcuts); absent on the home tab. */
  respond?: RespondFn | undefined;
  channelId?: string | undefined;
}

/** Renders a card; when it had to be cut, the closing note is written in the member's language. */
export async function renderFor(
  deps: DeliverDeps,
  inv: Invocation,
  card: Card,
  maxBlocks: number = LIMITS.messageBlocks,
): Promise<RenderedMessage> {
  const first = renderCard(card, { maxBlocks });
  if (!first.omitted) return first;
  const s = await deps.kontakt.session(inv);
  return renderCard(card, { maxBlocks, moreText: (count) => s.t('core.and_more', { count }) });
}

export async function openDm(client: webApi.WebClient, userId: string): Promise<string> {
  const res = await client.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new CodedError('slack.dm_unavailable', 'conversations.open returned no channel');
  return id;
}

/** Charts go up as files (Block Kit cannot carry bytes), introduced by the card's title. */
export async function uploadImages(
  client: webApi.WebClient,
  channelId: string,
  images: CardImage[],
  title: string,
): Promise<void> {
  if (!images.length) return;
  await client.files.uploadV2({
    channel_id: channelId,
    initial_comment: title,
    file_uploads: images.map((img) => ({
      file: Buffer.from(img.png),
      filename: `${img.key}.png`,
      title: img.title,
      alt_text: img.alt,
    })),
  });
}

/** Posts a rendered card into the member's direct messages with Kontakt. */
export async function postToDm(
  client: webApi.WebClient,
  userId: string,
  msg: RenderedMessage,
  title: string,
) {
  const channel = await openDm(client, userId);
  await client.chat.postMessage({ channel, text: msg.text, blocks: msg.blocks });
  await uploadImages(client, channel, msg.images, title);
}

async function tryEphemeral(deps: DeliverDeps, surface: Surface, channel: string, msg: RenderedMessage) {
  try {
    await surface.client.chat.postEphemeral({
      channel,
      user: surface.userId,
      text: msg.text,
      blocks: msg.blocks,
    });
    return true;
  } catch (e) {
    deps.log.info(
      { code: (e as { data?: { error?: string } }).data?.error },
      'ephemeral failed; sending a DM',
    );
    return false;
  }
}

/** An ephemeral message in the channel when possible (the bot may not be in it), else a DM. */
export async function postPrivately(
  deps: DeliverDeps,
  surface: Surface,
  card: Card,
  channelId: string | undefined,
): Promise<void> {
  const msg = await renderFor(deps, surface.inv, card);
  if (channelId && (await tryEphemeral(deps, surface, channelId, msg))) {
    if (msg.images.length) {
      await uploadImages(
        surface.client,
        await openDm(surface.client, surface.userId),
        msg.images,
        card.title,
      );
    }
    return;
  }
  await postToDm(surface.client, surface.userId, msg, card.title);
}

export interface CardDelivery {
  visibility?: 'private' | 'channel' | undefined;
  /** Replace the message the request came from (picker choices, `replace` results). */
  replace?: boolean | undefined;
}

/** Shows a card where the request came from: via response_url when there is one, else as a DM. */
export async function showCard(deps: DeliverDeps, surface: Surface, card: Card, how: CardDelivery = {}) {
  const msg = await renderFor(deps, surface.inv, card);
  const inChannel = how.visibility === 'channel';
  if (!surface.respond) {
    await postToDm(surface.client, surface.userId, msg, card.title);
    return;
  }
  await surface.respond({
    text: msg.text,
    blocks: msg.blocks,
    ...(how.replace ? { replace_original: true } : { replace_original: false }),
    ...(how.replace ? {} : { response_type: inChannel ? 'in_channel' : 'ephemeral' }),
  });
  if (msg.images.length) {
    // A private card's chart must not appear in the channel: it goes to the member's DM.
    const target =
      inChannel && surface.channelId ? surface.channelId : await openDm(surface.client, surface.userId);
    await uploadImages(surface.client, target, msg.images, card.title);
  }
}

/** Opens a form as a modal (trigger ids live three seconds, so this runs right after the command). */
export async function openModal(surface: Surface, form: Form): Promise<void> {
  if (!surface.triggerId)
    throw new CodedError('slack.no_trigger', `cannot open ${form.id} without a trigger`);
  await surface.client.views.open({
    trigger_id: surface.triggerId,
    view: renderForm(form, surface.channelId ? { channel: surface.channelId } : {}),
  });
}

/** Delivers a command or action result on a message-like surface (slash command, button, home tab). */
export async function deliver(
  deps: DeliverDeps,
  surface: Surface,
  result: CommandResult,
  how: { replace?: boolean } = {},
): Promise<void> {
  switch (result.kind) {
    case 'card':
      return showCard(deps, surface, result.card, {
        visibility: result.visibility,
        replace: result.replace || how.replace,
      });
    case 'form':
      return openModal(surface, result.form);
    case 'done':
      if (result.card) await showCard(deps, surface, result.card);
      return;
    case 'form_errors':
      deps.log.warn({ fields: Object.keys(result.errors) }, 'form errors outside a form submission');
      return;
  }
}
