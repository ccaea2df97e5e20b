import type { Member } from './member.js';

export const isAdmin = (m: Member) => m.role === 'admin';
export const isManagerOrAdmin = (m: Member) => m.role === 'manager' || m.role === 'admin';

/** Reps change their own deals; managers their team's; admins all. */
export function canEditOwnedBy(actor: Member, ownerId: string, teamIds: readonly string[] = []): boolean {
  if (actor.id === ownerId || isAdmin(actor)) return true;
  return actor.role === 'manager' && teamIds.includes(ownerId);
}

/** Whose numbers an actor may see: own always; a manager their reports; an admin everyone. */
export function canSeeNumbersOf(actor: Member, subject: Member): boolean {
  if (actor.id === subject.id || isAdmin(actor)) return true;
  return actor.role === 'manager' && subject.managerId === actor.id;
}
