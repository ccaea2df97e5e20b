import type { Deal } from '../../domain/deals/deal.js';
import { resolveStage } from '../../domain/deals/deal-stage.js';
import { findDeal } from '../../domain/deals/find-deal.js';
import { moveDealStage } from '../../domain/deals/move-deal-stage.js';
import { appError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import { joinTokens, splitArgs, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { card } from '../view/card.js';
import type { Form } from '../view/form.js';
import { errorResult, usageResult } from './common.js';
import { type DealSection, dealCard, stageName } from './deal.view.js';
import { formError, str } from './form-values.js';

/** Called after every successful stage move (alerts to subscribed channels). */
export type StageListener = (s: Session, before: Deal, after: Deal, reason?: string) => Promise<void>;

const FLAGS: Record<string, string> = {
  reason: 'reason',
  grund: 'reason',
  begruendung: 'reason',
  begründung: 'reason',
};

function lostForm(s: Session, deal: Deal, stageId: string): Form {
  return {
    id: 'deal.lost',
    title: s.t('stage.lost_title'),
    submitLabel: s.t('core.save'),
    fields: [
      {
        type: 'text',
        id: 'reason',
        label: s.t('stage.lost_reason'),
        required: true,
        multiline: true,
        maxLength: 500,
      },
    ],
    state: { deal: deal.id, stage: stageId },
  };
}

/**
 * `/crm stage <deal> <stage> [--reason]`: the stage is the last word(s) that name a pipeline stage;
 * the deal is everything before. Lost without a reason opens a dialog asking for it.
 */
export function stageModule(sections: DealSection[], listeners: StageListener[]): CommandModule {
  const apply = async (s: Session, deal: Deal, stageId: string, reason?: string): Promise<Result<Deal>> => {
    const moved = await moveDealStage(s.ctx, deal.id, stageId, reason);
    if (moved.ok && moved.value.stageId !== deal.stageId)
      for (const l of listeners) await l(s, deal, moved.value, reason);
    return moved;
  };
  const movedCard = async (s: Session, before: Deal, after: Deal) => {
    const c = await dealCard(s, after, sections);
    const note = s.t('stage.moved', {
      title: after.title,
      from: stageName(s, before.stageId),
      to: stageName(s, after.stageId),
    });
    return { ...c, blocks: [{ type: 'text' as const, text: note, tone: 'success' as const }, ...c.blocks] };
  };
  const move = async (s: Session, deal: Deal, stage: string, reason?: string): Promise<CommandResult> => {
    const target = resolveStage(s.ctx.settings.pipeline, stage);
    if (!target.ok) return errorResult(s, target.error);
    if (target.value.category === 'closed_lost' && !reason?.trim()) {
      return { kind: 'form', form: lostForm(s, deal, target.value.id) };
    }
    const moved = await apply(s, deal, target.value.id, reason);
    if (!moved.ok) return errorResult(s, moved.error);
    return { kind: 'card', card: await movedCard(s, deal, moved.value) };
  };

  const run = async (s: Session, tokens: Token[]): Promise<CommandResult> => {
    const split = splitArgs(tokens, FLAGS);
    if (!split.ok)
      return usageResult(
        s,
        s.t('core.unknown_flag', { flag: split.unknownFlag, valid: '--reason' }),
        'help.stage',
      );
    const { positional, flags } = split.args;
    const reason = joinTokens(flags.get('reason')) || undefined;
    // Try the longest stage name at the end ("closed won", "Verhandlung").
    for (let n = Math.min(3, positional.length - 1); n >= 1; n--) {
      const stageText = joinTokens(positional.slice(-n));
      if (!resolveStage(s.ctx.settings.pipeline, stageText).ok) continue;
      const dealText = joinTokens(positional.slice(0, -n));
      const deal = await findDeal(s.ctx, dealText);
      const rerun = (id: string) => `stage ${id} ${stageText}${reason ? ` --reason "${reason}"` : ''}`;
      if (!deal.ok) return errorResult(s, deal.error, rerun);
      return move(s, deal.value, stageText, reason);
    }
    if (positional.length >= 2) {
      const stageText = joinTokens(positional.slice(-1));
      return errorResult(
        s,
        (resolveStage(s.ctx.settings.pipeline, stageText) as { ok: false; error: never }).error,
      );
    }
    return usageResult(s, s.t('stage.usage_problem'), 'help.stage');
  };

  return {
    commands: [{ name: 'stage', aliases: ['phase', 'stufe', 'move'], run }],
    actions: [
      {
        id: 'deal.stage_picker',
        async run(s, v) {
          const deal = await findDeal(s.ctx, v.id ?? '');
          if (!deal.ok) return errorResult(s, deal.error);
          const options = s.ctx.settings.pipeline
            .filter((p) => p.id !== deal.value.stageId)
            .map((p) => ({ label: `${p.name} (${p.probability} %)`, value: p.id }));
          return {
            kind: 'card',
            card: card(deal.value.title, [
              {
                type: 'picker',
                prompt: s.t('stage.pick', { title: deal.value.title }),
                action: { id: 'deal.stage', value: { id: deal.value.id } },
                options,
              },
            ]),
          };
        },
      },
      {
        id: 'deal.stage',
        async run(s, v) {
          const deal = await findDeal(s.ctx, v.id ?? '');
          if (!deal.ok) return errorResult(s, deal.error);
          const result = await move(s, deal.value, v.choice ?? v.stage ?? '');
          return result.kind === 'card' ? { ...result, replace: true } : result;
        },
      },
    ],
    forms: [
      {
        id: 'deal.lost',
        async open(s, prefill) {
          const deal = await findDeal(s.ctx, prefill.deal ?? '');
          if (!deal.ok) throw new Error(`deal ${prefill.deal} not found for the lost-reason dialog`);
          return lostForm(s, deal.value, prefill.stage ?? 'lost');
        },
        async submit(s, values, state) {
          const deal = await findDeal(s.ctx, state.deal ?? '');
          if (!deal.ok) return formError(s, deal.error, {}, 'reason');
          const reason = str(values.reason);
          if (!reason) {
            return formError(
              s,
              appError('deal.lost_reason_required', { stage: stageName(s, state.stage) }),
              {},
              'reason',
            );
          }
          const moved = await apply(s, deal.value, state.stage ?? '', reason);
          if (!moved.ok) return formError(s, moved.error, {}, 'reason');
          return { kind: 'done', card: await movedCard(s, deal.value, moved.value) };
        },
      },
    ],
  };
}
