/** The jobs an admin can run now for their tenant (`/crm admin run <job>`). */
export const CARE_JOBS = ['neglect', 'reminders', 'hygiene', 'digest', 'snapshot'] as const;
export type CareJob = (typeof CARE_JOBS)[number];

/** What one run did, for logs and for the admin who asked for it. */
export interface RunSummary {
  /** Messages handed to the platform now. */
  sent: number;
  /** Already delivered (or being delivered) under the same key: the once-a-day rule. */
  duplicates: number;
  /** Queued for the start of the member's working hours. */
  deferred: number;
  /** Members outside their working hours now; the regular run will reach them. */
  quiet: number;
  /** Sends that failed now and will be retried, or were given up. */
  retrying: number;
  failed: number;
  /** Forecast snapshots (the `snapshot` job): written now, and already there for this week. */
  snapshots?: { written: number; existing: number };
}

export const emptySummary = (): RunSummary => ({
  sent: 0,
  duplicates: 0,
  deferred: 0,
  quiet: 0,
  retrying: 0,
  failed: 0,
});

export function addSummaries(a: RunSummary, b: RunSummary): RunSummary {
  return {
    sent: a.sent + b.sent,
    duplicates: a.duplicates + b.duplicates,
    deferred: a.deferred + b.deferred,
    quiet: a.quiet + b.quiet,
    retrying: a.retrying + b.retrying,
    failed: a.failed + b.failed,
    ...(a.snapshots || b.snapshots
      ? {
          snapshots: {
            written: (a.snapshots?.written ?? 0) + (b.snapshots?.written ?? 0),
            existing: (a.snapshots?.existing ?? 0) + (b.snapshots?.existing ?? 0),
          },
        }
      : {}),
  };
}

/** The runner behind `/crm admin run`; the composition root supplies it (jobs depend on commands). */
export interface JobRunner {
  run(job: CareJob, tenantId: string): Promise<RunSummary>;
}
