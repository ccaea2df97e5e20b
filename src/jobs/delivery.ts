import type { Card } from '../commands/view/card.js';
import { fallbackText } from '../commands/view/fallback-text.js';
import type { RunSummary } from '../domain/care/care-jobs.js';
import {
  isWithinWorkingHours,
  nextWorkingStart,
  type Schedule,
  scheduleOf,
} from '../domain/care/working-hours.js';
import type { Member } from '../domain/members/member.js';
import { classifyDeliveryError } from '../domain/outbox/delivery-error.js';
import { backoffMs, type OutboxEntry, type OutboxKey } from '../domain/outbox/outbox.js';
import type { TenantRepos } from '../domain/repositories.js';
import type { TenantSettings } from '../domain/tenants/tenant.js';
import type { TenantId } from '../shared/tenant.js';
import type { JobDeps } from './job-deps.js';

/** One message for one member, keyed for exactly-once delivery. */
export interface Nudge extends Omit<OutboxKey, 'memberId'> {
  member: Member;
  card: Card;
  /** Re-checked before a deferred send (see `stillWanted`). */
  ref?: string;
}

export type Outcome = 'sent' | 'duplicate' | 'deferred' | 'retrying' | 'failed' | 'dropped';

interface Payload {
  card: Card;
  text: string;
}

const TICKET_RETENTION_MS = 24 * 60 * 60_000;

const conversation = (tenantId: TenantId, m: Member) => `${tenantId}|${m.platform}|${m.platformUserId}`;

/** Adds one outcome to a run's tally. */
export function tally(summary: RunSummary, outcome: Outcome): void {
  const field = (
    {
      sent: 'sent',
      duplicate: 'duplicates',
      deferred: 'deferred',
      retrying: 'retrying',
      failed: 'failed',
      dropped: undefined,
    } as const
  )[outcome];
  if (field) summary[field] += 1;
}

/** The key is in the outbox already: skip rendering. Only a cheap shortcut — the insert decides. */
export async function alreadyQueued(repos: TenantRepos, key: OutboxKey): Promise<boolean> {
  return (await repos.outbox.get(key)) !== null;
}

/**
 * Claims the nudge's key and sends it now, or queues it for the start of the member's working hours.
 * The insert is the claim: a second run (another process, a repeated job) finds the key and skips.
 */
export async function deliver(
  deps: JobDeps,
  repos: TenantRepos,
  settings: TenantSettings,
  nudge: Nudge,
): Promise<Outcome> {
  const now = deps.clock.now();
  const schedule = scheduleOf(nudge.member, settings);
  const payload: Payload = { card: nudge.card, text: fallbackText(nudge.card) };
  const row = await repos.outbox.claimNew(
    {
      memberId: nudge.member.id,
      kind: nudge.kind,
      subject: nudge.subject,
      day: nudge.day,
      payload: JSON.stringify(payload),
      notBefore: nextWorkingStart(now, schedule),
      ...(nudge.ref ? { ref: nudge.ref } : {}),
    },
    now,
  );
  if (!row) return 'duplicate';
  if (row.status !== 'claimed') return 'deferred';
  return sendClaimed(deps, repos, schedule, row, nudge.member);
}

/** Sends a row we hold the claim of, honouring quiet hours, spacing, Retry-After and back-off. */
async function sendClaimed(
  deps: JobDeps,
  repos: TenantRepos,
  schedule: Schedule,
  claim: OutboxEntry,
  member: Member,
): Promise<Outcome> {
  const { clock, policy, throttle, log } = deps;
  let now = clock.now();
  if (!isWithinWorkingHours(now, schedule)) {
    await repos.outbox.release(claim, nextWorkingStart(now, schedule), now);
    return 'deferred';
  }
  const key = conversation(repos.tenantId, member);
  const wait = throttle.waitFor(key, now);
  if (wait > policy.maxInlineWaitMs) {
    await repos.outbox.release(claim, nextWorkingStart(new Date(now.getTime() + wait), schedule), now);
    return 'deferred';
  }
  if (wait > 0) await deps.sleep(wait);
  const { card, text } = JSON.parse(claim.payload) as Payload;
  try {
    await deps.notify.direct(repos.tenantId, member, card, text);
  } catch (e) {
    return failed(deps, repos, schedule, claim, key, e);
  }
  now = clock.now();
  throttle.sent(key, now);
  if (!(await repos.outbox.settle(claim, { status: 'sent', at: now }, now))) {
    // Our lease ran out while sending and someone re-claimed the row: it may go out twice.
    log.warn(
      { tenant: repos.tenantId, outbox: claim.id, kind: claim.kind },
      'outbox claim lost while sending',
    );
  }
  return 'sent';
}

async function failed(
  deps: JobDeps,
  repos: TenantRepos,
  schedule: Schedule,
  claim: OutboxEntry,
  key: string,
  e: unknown,
): Promise<Outcome> {
  const { clock, policy, throttle, log } = deps;
  const now = clock.now();
  const failure = classifyDeliveryError(e);
  const where = { tenant: repos.tenantId, outbox: claim.id, kind: claim.kind, attempt: claim.attempt };
  if (failure.kind === 'rate_limited') {
    const until = new Date(now.getTime() + failure.retryAfterMs);
    throttle.blockUntil(key, until, now);
    const notBefore = nextWorkingStart(until, schedule);
    await repos.outbox.settle(claim, { status: 'retry', notBefore, failures: claim.failures }, now);
    log.info({ ...where, retryAfterMs: failure.retryAfterMs }, 'notify rate limited; retrying later');
    return 'retrying';
  }
  const failures = claim.failures + 1;
  if (failure.kind === 'undeliverable' || failures >= policy.maxFailures) {
    await repos.outbox.settle(claim, { status: 'failed', error: failure.message }, now);
    log.error({ ...where, failures, code: failure.kind, error: failure.message }, 'notify gave up');
    return 'failed';
  }
  const notBefore = nextWorkingStart(new Date(now.getTime() + backoffMs(failures, policy)), schedule);
  await repos.outbox.settle(claim, { status: 'retry', notBefore, failures, error: failure.message }, now);
  log.warn({ ...where, failures, error: failure.message }, 'notify failed; retrying with back-off');
  return 'retrying';
}

/** `reminder:<id>@<due ms>`: still open and still due then? Anything else is always wanted. */
async function stillWanted(repos: TenantRepos, row: OutboxEntry): Promise<boolean> {
  const m = /^reminder:([a-f0-9]{24})@(\d+)$/.exec(row.ref ?? '');
  if (!m) return true;
  const r = await repos.reminders.get(m[1] as string);
  return Boolean(r && r.status === 'open' && r.dueAt.getTime() === Number(m[2]));
}

/**
 * Sends what is waiting: deferred rows whose time came, retries, and claims abandoned by a process
 * that died before recording the send (older than the lease). Each is taken over with a unique claim
 * ticket plus a conditional single-document update, so of several drains one sends it.
 */
export async function drainOutbox(
  deps: JobDeps,
  repos: TenantRepos,
  settings: TenantSettings,
  summary: RunSummary,
  limit = 200,
): Promise<void> {
  const now = deps.clock.now();
  const rows = await repos.outbox.ready(now, deps.policy.leaseMs, limit);
  // Take-over tickets only matter while a row is in that state; a day is far beyond any lease.
  if (rows.length) await repos.outbox.pruneTickets(new Date(now.getTime() - TICKET_RETENTION_MS));
  for (const row of rows) {
    const claim = await repos.outbox.reclaim(row, deps.clock.now(), deps.policy.leaseMs);
    if (!claim) continue;
    const at = deps.clock.now();
    if (claim.attempt > deps.policy.maxAttempts) {
      await repos.outbox.settle(claim, { status: 'failed', error: 'too many attempts' }, at);
      deps.log.error({ tenant: repos.tenantId, outbox: claim.id, attempt: claim.attempt }, 'notify gave up');
      tally(summary, 'failed');
      continue;
    }
    const member = await repos.members.get(claim.memberId);
    if (!member || !(await stillWanted(repos, claim))) {
      await repos.outbox.settle(
        claim,
        { status: 'dropped', reason: member ? 'obsolete' : 'member gone' },
        at,
      );
      continue;
    }
    tally(summary, await sendClaimed(deps, repos, scheduleOf(member, settings), claim, member));
  }
}
