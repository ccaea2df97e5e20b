import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { ForecastFigures } from './forecast.js';

/** The money figures a snapshot keeps (minor units of the tenant currency). */
export const SNAPSHOT_FIGURES = [
  'closedWon',
  'commit',
  'bestCase',
  'pipeline',
  'weighted',
  'learned',
  'quota',
] as const;
export type SnapshotFigure = (typeof SNAPSHOT_FIGURES)[number];
export type SnapshotFigures = Record<SnapshotFigure, number>;

/**
 * Whose figures a snapshot holds: everyone of the tenant (`all`), one member (`member:<id>`), or a
 * manager's team — the manager and their reports (`team:<managerId>`).
 */
export type SnapshotOwner = 'all' | `member:${string}` | `team:${string}`;

/** A forecast as it stood in one ISO week: unique per (tenant, week, period, owner). */
export interface ForecastSnapshot {
  /** ISO week in the tenant zone, e.g. '2026-W49'. */
  week: string;
  /** Canonical period label, e.g. '2027-Q1'. */
  period: string;
  owner: SnapshotOwner;
  takenAt: Date;
  currency: string;
  figures: SnapshotFigures;
}

export const memberOwner = (id: string): SnapshotOwner => `member:${id}`;
export const teamOwner = (managerId: string): SnapshotOwner => `team:${managerId}`;

export function isoWeekOf(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

export const snapshotFiguresOf = (f: ForecastFigures): SnapshotFigures =>
  Object.fromEntries(SNAPSHOT_FIGURES.map((k) => [k, f[k]])) as SnapshotFigures;

/** Now minus the snapshot, per figure. */
export const figureDeltas = (now: ForecastFigures, before: SnapshotFigures): SnapshotFigures =>
  Object.fromEntries(SNAPSHOT_FIGURES.map((k) => [k, now[k] - before[k]])) as SnapshotFigures;

/** A week-old comparison needs a snapshot taken at least this long ago. */
export const DELTA_MIN_AGE_MS = 7 * 24 * 60 * 60 * 1000;
