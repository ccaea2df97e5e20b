import { createDeal } from '../../domain/deals/create-deal.js';
import { openStages } from '../../domain/tenants/tenant.js';
import { appError } from '../../shared/errors.js';
import { parseAmount } from '../parse/amount.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import type { Form, FormValues } from '../view/form.js';
import { type DealSection, dealCard } from './deal.view.js';
import { accountField, formError, str } from './form-values.js';

export async function dealForm(s: Session, prefill: Record<string, string>): Promise<Form> {
  const account = prefill.account ? await s.ctx.repos.accounts.get(prefill.account) : null;
  const stages = openStages(s.ctx.settings.pipeline);
  return {
    id: 'deal.new',
    title: s.t('deal.form_title'),
    submitLabel: s.t('core.save'),
    fields: [
      accountField(s, account),
      { type: 'text', id: 'title', label: s.t('deal.title'), required: true, maxLength: 200 },
      {
        type: 'text',
        id: 'amount',
        label: s.t('deal.amount_in', { currency: s.ctx.settings.currency }),
        placeholder: s.locale === 'de' ? '25.000' : '25,000',
      },
      {
        type: 'select',
        id: 'stage',
        label: s.t('deal.stage'),
        options: stages.map((st) => ({ label: `${st.name} (${st.probability} %)`, value: st.id })),
        ...(stages[0] ? { value: stages[0].id } : {}),
        required: true,
      },
      { type: 'date', id: 'close', label: s.t('deal.close') },
      { type: 'text', id: 'next', label: s.t('deal.next_step'), maxLength: 500 },
    ],
  };
}

export async function submitDealForm(
  s: Session,
  values: FormValues,
  sections: DealSection[],
): Promise<CommandResult> {
  const amountText = str(values.amount);
  const amount = amountText === undefined ? 0 : parseAmount(amountText, s.ctx.settings.currency);
  if (amount === undefined) {
    return formError(
      s,
      appError('deal.invalid_amount', { value: amountText ?? '' }, { field: 'amount' }),
      { amount: 'amount' },
      'amount',
    );
  }
  const created = await createDeal(s.ctx, {
    accountId: str(values.account) ?? '',
    title: str(values.title) ?? '',
    amount,
    ...(str(values.stage) ? { stage: str(values.stage) } : {}),
    ...(str(values.close) ? { expectedCloseDate: str(values.close) } : {}),
    ...(str(values.next) ? { nextStep: str(values.next) } : {}),
  });
  if (!created.ok) {
    const fields = {
      accountId: 'account',
      account: 'account',
      title: 'title',
      amount: 'amount',
      stage: 'stage',
      expectedCloseDate: 'close',
      nextStep: 'next',
    };
    return formError(s, created.error, fields, 'title');
  }
  return { kind: 'done', card: await dealCard(s, created.value, sections) };
}
