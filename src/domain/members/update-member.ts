import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { type Member, ROLES, type Role } from './member.js';
import { isAdmin } from './permissions.js';

/** Admins give members a role; the last admin cannot step down, so a tenant always has one. */
export async function setRole(ctx: DomainContext, memberId: string, role: string): Promise<Result<Member>> {
  if (!isAdmin(ctx.actor)) return err(appError('member.admin_only'));
  if (!ROLES.includes(role as Role))
    return err(appError('member.invalid_role', { valid: ROLES.join(', ') }, { field: 'role' }));
  const member = await ctx.repos.members.get(memberId);
  if (!member) return err(appError('member.not_found', { name: memberId }));
  if (member.role === 'admin' && role !== 'admin') {
    const admins = (await ctx.repos.members.list()).filter((m) => m.role === 'admin');
    if (admins.length <= 1) return err(appError('member.last_admin'));
  }
  const updated = await ctx.repos.members.update(member.id, { role: role as Role });
  return updated ? { ok: true, value: updated } : err(appError('member.not_found', { name: memberId }));
}

/** Admins set whose team a member is on (or clear it with `null`); nobody manages themselves. */
export async function setManager(
  ctx: DomainContext,
  memberId: string,
  managerId: string | null,
): Promise<Result<Member>> {
  if (!isAdmin(ctx.actor)) return err(appError('member.admin_only'));
  const member = await ctx.repos.members.get(memberId);
  if (!member) return err(appError('member.not_found', { name: memberId }));
  if (managerId !== null) {
    if (managerId === member.id) return err(appError('member.own_manager'));
    const manager = await ctx.repos.members.get(managerId);
    if (!manager) return err(appError('member.not_found', { name: managerId }));
    if (manager.role === 'rep')
      return err(appError('member.manager_not_manager', { name: manager.displayName }));
  }
  const updated = await ctx.repos.members.update(member.id, { managerId });
  return updated ? { ok: true, value: updated } : err(appError('member.not_found', { name: memberId }));
}
