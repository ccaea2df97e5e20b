import type { webApi } from '@slack/bolt';
import type { Invocation } from '../../commands/invocation.js';
import { renderFor } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import { LIMITS } from './limits.js';
import { homeView } from './modal.renderer.js';

/** Renders the member's home view and publishes it to their Home tab. */
export async function publishHome(
  deps: HandlerDeps,
  inv: Invocation,
  client: webApi.WebClient,
  userId: string,
): Promise<void> {
  const card = await deps.kontakt.home(inv);
  const rendered = await renderFor(deps, inv, card, LIMITS.homeBlocks);
  await client.views.publish({ user_id: userId, view: homeView(rendered) });
}
