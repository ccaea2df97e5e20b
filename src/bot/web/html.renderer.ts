import type { ActionRef, Block, Button, Card, ListItem, Option } from '../../commands/view/card.js';
import { escapeHtml as esc, jsonAttr, inlineMarkup as md } from './escape.js';

export { renderForm } from './form.renderer.js';

/** Words the renderer needs from the page's language (the card itself is already localized). */
export interface CardLabels {
  /** The button beside a picker's drop-down. */
  choose: string;
}

/** Pickers with more options than this become a drop-down instead of a row of buttons. */
export const PICKER_BUTTONS_MAX = 5;

const toneClass = (tone: string | undefined) => (tone ? ` tone-${tone}` : '');

function actionAttrs(action: ActionRef): string {
  return `data-action="${esc(action.id)}" data-value="${jsonAttr(action.value)}"`;
}

export function renderButton(b: Button): string {
  const style = b.style ? ` btn-${b.style}` : '';
  return `<button type="button" class="btn${style}" ${actionAttrs(b.action)}>${esc(b.label)}</button>`;
}

const buttonRow = (buttons: Button[]) =>
  buttons.length ? `<div class="actions">${buttons.map(renderButton).join('')}</div>` : '';

function listItem(item: ListItem): string {
  const detail = item.detail ? `<span class="detail">${md(item.detail)}</span>` : '';
  return `<li><div class="item-text"><span class="item-title">${md(item.title)}</span>${detail}</div>${buttonRow(item.buttons ?? [])}</li>`;
}

const optionText = (o: Option) => (o.detail ? `${o.label} — ${o.detail}` : o.label);

function picker(prompt: string, action: ActionRef, options: Option[], labels: CardLabels): string {
  const head = `<p class="picker-prompt">${md(prompt)}</p>`;
  if (options.length <= PICKER_BUTTONS_MAX) {
    const buttons = options.map((o) => {
      const detail = o.detail ? ` <span class="detail">${esc(o.detail)}</span>` : '';
      const ref = { id: action.id, value: { ...action.value, choice: o.value } };
      return `<li><button type="button" class="btn btn-choice" ${actionAttrs(ref)}>${esc(o.label)}${detail}</button></li>`;
    });
    return `<div class="picker">${head}<ul class="choices">${buttons.join('')}</ul></div>`;
  }
  const opts = options.map((o) => `<option value="${esc(o.value)}">${esc(optionText(o))}</option>`);
  return (
    `<div class="picker"><label class="picker-label">${md(prompt)}` +
    `<select class="picker-select">${opts.join('')}</select></label>` +
    `<button type="button" class="btn btn-primary" data-choice-from="select" ${actionAttrs(action)}>${esc(labels.choose)}</button></div>`
  );
}

function table(columns: string[], rows: string[][], align: ('left' | 'right')[] = []): string {
  const cls = (i: number) => (align[i] === 'right' ? ' class="num"' : '');
  const head = columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${md(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
}

export function renderBlock(b: Block, labels: CardLabels): string {
  switch (b.type) {
    case 'text':
      return `<p class="text${toneClass(b.tone)}">${md(b.text)}</p>`;
    case 'heading':
      return `<h4>${md(b.text)}</h4>`;
    case 'fields':
      return `<dl class="fields">${b.fields
        .map((f) => `<div><dt>${esc(f.label)}</dt><dd>${md(f.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'list':
      if (!b.items.length) return b.empty ? `<p class="empty">${md(b.empty)}</p>` : '';
      return `<ul class="list">${b.items.map(listItem).join('')}</ul>`;
    case 'table':
      return table(b.columns, b.rows, b.align);
    case 'divider':
      return '<hr>';
    case 'image':
      return `<figure class="chart" data-key="${esc(b.key)}"><img src="${pngDataUrl(b.png)}" alt="${esc(b.alt)}"><figcaption>${esc(b.title)}</figcaption></figure>`;
    case 'actions':
      return buttonRow(b.buttons);
    case 'picker':
      return picker(b.prompt, b.action, b.options, labels);
    case 'context':
      return `<p class="context">${md(b.text)}</p>`;
    default: {
      const never: never = b;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

/** A card as an accessible <article>: title, optional subtitle, its blocks; the tone is a class. */
export function renderCard(card: Card, labels: CardLabels): string {
  const subtitle = card.subtitle ? `<p class="subtitle">${md(card.subtitle)}</p>` : '';
  const blocks = card.blocks.map((b) => renderBlock(b, labels)).join('');
  return `<article class="card${toneClass(card.tone)}"><header><h3>${md(card.title)}</h3>${subtitle}</header><div class="card-body">${blocks}</div></article>`;
}
