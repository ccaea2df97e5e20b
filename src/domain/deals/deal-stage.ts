import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import { normalizeName } from '../../shared/text.js';
import { defaultPipeline, openStages, type Stage } from '../tenants/tenant.js';
import type { Deal, DealHistoryEntry, DealPatch } from './deal.js';

const invalidStage = (pipeline: Stage[], query: string) =>
  err(
    appError(
      'deal.invalid_stage',
      { stage: query, valid: pipeline.map((s) => s.name).join(', ') },
      { field: 'stage' },
    ),
  );

const DEFAULT_NAMES = [...defaultPipeline('en'), ...defaultPipeline('de')];

/** A stage of the pipeline by id, or by name ignoring case and accents ('qualifiziert', 'VERHANDLUNG'). */
export function resolveStage(pipeline: Stage[], query: string): Result<Stage> {
  const q = query.trim();
  const byId = pipeline.find((s) => s.id === q);
  if (byId) return ok(byId);
  const key = normalizeName(q);
  if (!key) return invalidStage(pipeline, q);
  const byName = pipeline.find((s) => normalizeName(s.name) === key || s.id === key);
  if (byName) return ok(byName);
  // A default stage keeps answering to its English and German names ('verhandlung' in an English tenant).
  const alias = DEFAULT_NAMES.find((d) => normalizeName(d.name) === key);
  const byAlias = alias ? pipeline.find((s) => s.id === alias.id) : undefined;
  return byAlias ? ok(byAlias) : invalidStage(pipeline, q);
}

/**
 * The fields a deal takes on entering a stage. Won: probability 100 and closed now. Lost: needs a reason,
 * closed now. Open: reopened if it was closed, with the stage's default probability.
 */
export function enterStage(stage: Stage, now: Date, reason?: string): Result<DealPatch> {
  const common = { stageId: stage.id, forecastCategory: stage.category, stageEnteredAt: now };
  if (stage.category === 'closed_lost') {
    const why = reason?.trim();
    if (!why) return err(appError('deal.lost_reason_required', { stage: stage.name }, { field: 'reason' }));
    return ok({
      ...common,
      status: 'lost',
      probability: stage.probability,
      probabilityOverridden: false,
      closedAt: now,
      lostReason: why,
    });
  }
  if (stage.category === 'closed_won') {
    return ok({
      ...common,
      status: 'won',
      probability: 100,
      probabilityOverridden: false,
      closedAt: now,
      lostReason: null,
    });
  }
  return ok({
    ...common,
    status: 'open',
    probability: stage.probability,
    probabilityOverridden: false,
    closedAt: null,
    lostReason: null,
  });
}

export interface StageMove {
  patch: DealPatch;
  history: DealHistoryEntry[];
}

/**
 * Moving a deal to another stage resets its probability to that stage's default (an override was the
 * rep's estimate for the old stage). Moving to the stage it is in changes nothing.
 */
export function planStageMove(
  deal: Pick<Deal, 'stageId'>,
  stage: Stage,
  by: { at: Date; byId: string; reason?: string | undefined },
): Result<StageMove> {
  if (deal.stageId === stage.id) return ok({ patch: {}, history: [] });
  const patch = enterStage(stage, by.at, by.reason);
  if (!patch.ok) return patch;
  const reason = by.reason?.trim();
  const entry: DealHistoryEntry = {
    at: by.at,
    byId: by.byId,
    kind: 'stage',
    from: deal.stageId,
    to: stage.id,
    ...(reason ? { reason } : {}),
  };
  return ok({ patch: patch.value, history: [entry] });
}

/** The stage a new deal starts in: the first open stage of the pipeline. */
export function firstOpenStage(pipeline: Stage[]): Stage {
  const [stage] = openStages(pipeline);
  if (!stage) throw new Error('the pipeline has no open stage');
  return stage;
}
