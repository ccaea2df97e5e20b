import { listDeals } from '../../domain/deals/list-deals.js';
import type { Member } from '../../domain/members/member.js';
import { canSeeNumbersOf, isAdmin } from '../../domain/members/permissions.js';
import { openStages } from '../../domain/tenants/tenant.js';
import { appError } from '../../shared/errors.js';
import { splitArgs } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, button, card } from '../view/card.js';
import { errorResult, usageResult } from './common.js';
import { resolveMember } from './resolve.js';

const PER_STAGE = 8;

/** Whose pipeline: me, a named member (if I may see their numbers), or my team (`--team`). */
async function subjects(s: Session, tokens: Parameters<typeof splitArgs>[0]) {
  const split = splitArgs(tokens, { team: 'team' });
  if (!split.ok)
    return {
      error: usageResult(
        s,
        s.t('core.unknown_flag', { flag: split.unknownFlag, valid: '--team' }),
        'help.pipeline',
      ),
    };
  const { positional, flags } = split.args;
  if (flags.has('team')) {
    if (s.me.role === 'rep') return { error: errorResult(s, appError('member.manager_only')) };
    const team = isAdmin(s.me)
      ? await s.ctx.repos.members.list()
      : [s.me, ...(await s.ctx.repos.members.team(s.me.id))];
    return { members: team, label: s.t('pipeline.team') };
  }
  if (!positional.length) return { members: [s.me], label: s.me.displayName };
  const who = await resolveMember(s, positional);
  if (!who.ok) return { error: errorResult(s, who.error) };
  if (!canSeeNumbersOf(s.me, who.value)) return { error: errorResult(s, appError('member.forbidden')) };
  return { members: [who.value], label: who.value.displayName };
}

async function pipeline(s: Session, members: Member[], label: string): Promise<CommandResult> {
  const rows = await listDeals(s.ctx, { ownerIds: members.map((m) => m.id) }, { limit: 200 });
  if (!rows.ok) return errorResult(s, rows.error);
  const currency = s.ctx.settings.currency;
  const blocks: Block[] = [];
  let total = 0;
  let weighted = 0;
  for (const stage of openStages(s.ctx.settings.pipeline)) {
    const deals = rows.value.filter((d) => d.stageId === stage.id);
    const inCurrency = deals.filter((d) => d.currency === currency);
    const sum = inCurrency.reduce((a, d) => a + d.amount, 0);
    const w = inCurrency.reduce((a, d) => a + d.weightedAmount, 0);
    total += sum;
    weighted += w;
    blocks.push({
      type: 'heading',
      text: s.t('pipeline.stage_line', {
        stage: stage.name,
        count: deals.length,
        amount: s.money(sum),
        probability: stage.probability,
      }),
    });
    blocks.push({
      type: 'list',
      empty: s.t('pipeline.stage_empty'),
      items: deals.slice(0, PER_STAGE).map((d) => ({
        title: `${d.title} — ${s.money(d.amount, d.currency)}`,
        detail: [
          d.expectedCloseDate ? s.t('pipeline.closes', { date: s.date(d.expectedCloseDate) }) : undefined,
          s.t('deal.days_in_stage', { days: d.daysInStage }),
          d.stale ? s.t('pipeline.stale') : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        buttons: [
          button(s.t('deal.btn_open'), 'deal.show', { id: d.id }),
          button(s.t('deal.btn_stage'), 'deal.stage_picker', { id: d.id }),
        ],
      })),
    });
    if (deals.length > PER_STAGE)
      blocks.push({ type: 'context', text: s.t('core.and_more', { count: deals.length - PER_STAGE }) });
  }
  blocks.push({ type: 'divider' });
  blocks.push({
    type: 'fields',
    fields: [
      { label: s.t('pipeline.total'), value: s.money(total) },
      { label: s.t('pipeline.weighted'), value: s.money(weighted) },
      { label: s.t('pipeline.open_deals'), value: String(rows.value.length) },
    ],
  });
  const others = rows.value.filter((d) => d.currency !== currency).length;
  if (others)
    blocks.push({ type: 'context', text: s.t('pipeline.other_currencies', { count: others, currency }) });
  return { kind: 'card', card: card(s.t('pipeline.title', { who: label }), blocks) };
}

/** `/crm pipeline [@user | --team]`: open deals by stage with totals. */
export function pipelineModule(): CommandModule {
  return {
    commands: [
      {
        name: 'pipeline',
        aliases: ['trichter', 'verkaufstrichter'],
        async run(s, tokens) {
          const who = await subjects(s, tokens);
          if ('error' in who && who.error) return who.error;
          return pipeline(s, who.members ?? [s.me], who.label ?? s.me.displayName);
        },
      },
    ],
  };
}
