import { expect } from 'vitest';
import type { DomainContext } from '../../src/domain/context.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import type { Deal } from '../../src/domain/deals/deal.js';
import { moveDealStage } from '../../src/domain/deals/move-deal-stage.js';
import type { Interaction } from '../../src/domain/interactions/interaction.js';
import { logInteraction } from '../../src/domain/interactions/log-interaction.js';
import type { Member } from '../../src/domain/members/member.js';
import { manualClock } from '../../src/shared/clock.js';
import type { CommandHarness } from './commands.js';

/** The context with its clock set to `at`. */
export const at = (ctx: DomainContext, when: string): DomainContext => ({ ...ctx, clock: manualClock(when) });

/**
 * A deal created at `created` through the real use cases, then moved through `moves` ([stage, when,
 * reason?]) so its history is what the product would have written.
 */
export async function seedDeal(
  ctx: DomainContext,
  created: string,
  input: Record<string, unknown>,
  moves: [string, string, string?][] = [],
): Promise<Deal> {
  const made = await createDeal(at(ctx, created), input);
  if (!made.ok) throw new Error(`setup deal: ${made.error.code}`);
  let deal = made.value;
  for (const [stage, when, reason] of moves) {
    const moved = await moveDealStage(at(ctx, when), deal.id, stage, reason);
    if (!moved.ok) throw new Error(`setup move: ${moved.error.code}`);
    deal = moved.value;
  }
  return deal;
}

/** An interaction logged through the real use case at `when`. */
export async function seedInteraction(
  ctx: DomainContext,
  when: string,
  input: Record<string, unknown>,
): Promise<Interaction> {
  const logged = await logInteraction(at(ctx, when), { summary: 'Talked', type: 'call', ...input });
  if (!logged.ok) throw new Error(`setup interaction: ${logged.error.code}`);
  return logged.value;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export type TeamName = 'ada' | 'mia' | 'rita' | 'sam' | 'olga';

/**
 * Ada (admin, seen first), Mia (manager) with Rita and Sam reporting to her, and Olga (a rep without
 * a manager), all in English; `ctx(name)` is that member's domain context at the harness clock.
 */
export async function seedTeam(h: CommandHarness): Promise<{
  members: Record<TeamName, Member>;
  ctx(name: TeamName): Promise<DomainContext>;
}> {
  const names: Record<TeamName, string> = {
    ada: 'Ada Admin',
    mia: 'Mia Manager',
    rita: 'Rita Rep',
    sam: 'Sam Seller',
    olga: 'Olga Other',
  };
  const ids = Object.keys(names) as TeamName[];
  for (const id of ids) await h.kontakt.text(h.as(id, { name: names[id] }), 'help');
  const repos = (await h.kontakt.session(h.as('ada'))).ctx.repos;
  const found = async (id: TeamName) => (await repos.members.byPlatformUser('web', id)) as Member;
  const mia = await found('mia');
  await repos.members.update(mia.id, { role: 'manager' });
  for (const id of ['rita', 'sam'] as const)
    await repos.members.update((await found(id)).id, { managerId: mia.id });
  const members = {} as Record<TeamName, Member>;
  for (const id of ids) members[id] = await found(id);
  return { members, ctx: async (name) => (await h.kontakt.session(h.as(name))).ctx };
}
