import type { ForecastSnapshot, SnapshotOwner } from './snapshot.js';

/** Weekly forecast snapshots of one tenant. */
export interface SnapshotRepository {
  /**
   * Stores the snapshot unless one exists for its (week, period, owner): returns whether it was written.
   * Running a weekly job twice therefore writes once.
   */
  saveOnce(snapshot: ForecastSnapshot): Promise<boolean>;
  /** The newest snapshot of the period and owner taken at or before `at`. */
  latestAtOrBefore(period: string, owner: SnapshotOwner, at: Date): Promise<ForecastSnapshot | null>;
  /** Every snapshot of a week (newest first by period, then owner). */
  listWeek(week: string): Promise<ForecastSnapshot[]>;
}
