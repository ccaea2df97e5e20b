import { CARE_JOBS, type CareJob, type JobRunner, type RunSummary } from '../../domain/care/care-jobs.js';
import { isAdmin } from '../../domain/members/permissions.js';
import type { OutboxEntry } from '../../domain/outbox/outbox.js';
import { appError } from '../../shared/errors.js';
import type { Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, button, card } from '../view/card.js';
import { errorResult, successCard, usageResult } from './common.js';

const RUN_WORDS = new Set(['run', 'start', 'ausführen', 'starte']);
const OUTBOX_WORDS = new Set(['outbox', 'postausgang']);
const JOB_ALIASES: Record<string, CareJob> = {
  neglect: 'neglect',
  nudges: 'neglect',
  pflege: 'neglect',
  reminders: 'reminders',
  erinnerungen: 'reminders',
  hygiene: 'hygiene',
  digest: 'digest',
  überblick: 'digest',
  snapshot: 'snapshot',
};
const SHOWN = 25;

const adminOnly = (s: Session) => errorResult(s, appError('member.admin_only'));

function summaryBlocks(s: Session, summary: RunSummary): Block[] {
  if (summary.snapshots) {
    return [
      { type: 'text', text: s.t('admin.run_snapshots', { ...summary.snapshots, failed: summary.failed }) },
    ];
  }
  const { sent, duplicates, deferred, quiet, retrying, failed } = summary;
  return [
    { type: 'text', text: s.t('admin.run_summary', { sent, duplicates, deferred, quiet, retrying, failed }) },
    { type: 'context', text: s.t('admin.run_quiet_note') },
  ];
}

async function run(
  s: Session,
  jobs: JobRunner | undefined,
  word: string | undefined,
): Promise<CommandResult> {
  const job = word ? JOB_ALIASES[word.toLowerCase()] : undefined;
  if (!job) {
    const error = appError(
      'admin.unknown_job',
      { job: word ?? '', valid: CARE_JOBS.join(', ') },
      { field: 'job' },
    );
    return errorResult(s, error);
  }
  if (!jobs) return errorResult(s, appError('admin.jobs_unavailable'));
  const summary = await jobs.run(job, s.ctx.repos.tenantId);
  return {
    kind: 'card',
    card: card(s.t('admin.run_title', { job }), summaryBlocks(s, summary), {
      tone: summary.failed ? 'warning' : 'success',
    }),
  };
}

function failureItem(s: Session, row: OutboxEntry, names: Map<string, string>) {
  return {
    title: s.t('admin.outbox_item', { kind: row.kind, member: names.get(row.memberId) ?? row.memberId }),
    detail: s.t('admin.outbox_detail', {
      day: row.day,
      attempts: row.attempt,
      when: s.dateTime(row.updatedAt),
      error: row.lastError ?? '—',
    }),
    buttons: [button(s.t('admin.btn_retry'), 'admin.outbox_retry', { id: row.id })],
  };
}

/** `/crm admin outbox`: deliveries that were given up, newest first, and what is still waiting. */
async function outbox(s: Session): Promise<CommandResult> {
  const repo = s.ctx.repos.outbox;
  const [failed, failedCount, waiting] = await Promise.all([
    repo.list({ status: 'failed' }, { limit: SHOWN }),
    repo.count({ status: 'failed' }),
    repo.count({ status: ['pending', 'retry', 'claimed'] }),
  ]);
  const names = new Map((await s.ctx.repos.members.list()).map((m) => [m.id, m.displayName]));
  return {
    kind: 'card',
    card: card(s.t('admin.outbox_title'), [
      { type: 'text', text: s.t('admin.outbox_counts', { failed: failedCount, waiting }) },
      { type: 'list', empty: s.t('admin.outbox_empty'), items: failed.map((r) => failureItem(s, r, names)) },
      ...(failedCount > SHOWN
        ? [{ type: 'context' as const, text: s.t('core.and_more', { count: failedCount - SHOWN }) }]
        : []),
    ]),
  };
}

/** `/crm admin run <job>` and `/crm admin outbox`, for admins only. */
export function adminModule(jobs?: JobRunner): CommandModule {
  return {
    commands: [
      {
        name: 'admin',
        aliases: ['verwaltung'],
        async run(s, tokens: Token[]) {
          if (!isAdmin(s.me)) return adminOnly(s);
          const [first, second] = tokens;
          const word = first?.value.toLowerCase() ?? '';
          if (RUN_WORDS.has(word)) return run(s, jobs, second?.value);
          if (OUTBOX_WORDS.has(word)) return outbox(s);
          return usageResult(s, s.t('admin.unknown_sub', { word }), 'admin.usage');
        },
      },
    ],
    actions: [
      {
        id: 'admin.outbox_retry',
        async run(s, value) {
          if (!isAdmin(s.me)) return adminOnly(s);
          const row = await s.ctx.repos.outbox.revive(value.id ?? '', s.ctx.clock.now());
          if (!row) return errorResult(s, appError('outbox.not_found'));
          return successCard(s, s.t('admin.retried'));
        },
      },
    ],
  };
}
