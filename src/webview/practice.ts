// The practice panel's page script (runs in the webview, DOM only). It shows one card at a time
// and talks to the extension host only through the typed protocol in core/review/protocol.ts;
// every message from the host is checked with `isHostMessage` before use. Card HTML is rendered
// and sanitised by the host; this script inserts no other text as HTML.
import { type HostMessage, type ViewCard, type ViewMessage, type ViewStrings, isHostMessage } from '../core/review/protocol';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app') as HTMLElement;

type Stage = 'ask' | 'checked' | 'revealed';
interface Checked {
  readonly verdict: 'right' | 'almost' | 'wrong';
  readonly expected: string;
  readonly items?: readonly { readonly expected: string; readonly verdict: string; readonly typed?: string }[];
  readonly missing?: readonly string[];
  readonly extra?: readonly string[];
}

let cards: readonly ViewCard[] = [];
let strings: ViewStrings | undefined;
let mode: 'due' | 'cram' = 'due';
let at = 0;
let stage: Stage = 'ask';
let checked: Checked | undefined;
let hintShown = false;
let order: number[] = [];
let shownAt = Date.now();
let summary: Extract<HostMessage, { type: 'summary' }> | undefined;
let notice: string | undefined;
let waiting = false;

function post(message: ViewMessage): void {
  vscode.postMessage(message);
}

function t(code: keyof ViewStrings): string {
  return strings?.[code] ?? '';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

/** Host-rendered, sanitised HTML (see the file comment). */
function html(className: string, markup: string): HTMLElement {
  const node = el('div', { class: className });
  node.innerHTML = markup;
  return node;
}

function current(): ViewCard | undefined {
  return cards[at];
}

function save(): void {
  vscode.setState({ cardId: current()?.id });
}

function render(): void {
  root.replaceChildren();
  if (notice !== undefined) {
    root.append(el('div', { class: 'notice', role: 'alert' }, notice));
  }
  if (summary !== undefined || (strings !== undefined && at >= cards.length)) {
    root.append(el('section', { class: 'summary', 'aria-live': 'polite' }, el('h2', {}, t('practice.done')), summary === undefined ? '' : el('p', {}, summary.text)));
    return;
  }
  const card = current();
  if (card === undefined) {
    return;
  }
  const header = el('header', { class: 'bar' }, el('span', { class: 'progress', 'aria-label': `${at + 1} / ${cards.length}` }, `${at + 1} / ${cards.length}`));
  if (mode === 'cram') {
    header.append(el('span', { class: 'mode' }, t('practice.cram')));
  }
  if (card.context.length > 0) {
    header.append(el('span', { class: 'context' }, card.context.join(' › ')));
  }
  const source = el('a', { href: '#', class: 'source', role: 'link' }, `${t('practice.openSource')} · ${card.sourceLabel}`);
  source.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'openSource', cardId: card.id });
  });
  header.append(source);
  root.append(header);

  const body = el('section', { class: 'card', 'aria-live': 'polite', 'data-type': card.type });
  body.append(html('front', card.frontHtml));
  if (hintShown && card.hint !== undefined) {
    body.append(el('p', { class: 'hint' }, `${t('practice.hint')}: ${card.hint}`));
  }
  if (stage === 'ask') {
    body.append(askArea(card));
  } else {
    body.append(answerArea(card));
  }
  root.append(body);
  focusFirst();
}

function askArea(card: ViewCard): HTMLElement {
  const area = el('div', { class: 'ask' });
  if (card.choicesHtml !== undefined) {
    const list = el('ol', { class: 'choices' });
    card.choicesHtml.forEach((choice, i) => {
      const button = el('button', { class: 'choice', 'data-key': String(i + 1) }, el('span', { class: 'key' }, `${i + 1}`));
      button.append(html('label', choice));
      button.addEventListener('click', () => answerChoice(i));
      list.append(el('li', {}, button));
    });
    area.append(list);
    return area;
  }
  if (card.steps !== undefined) {
    if (order.length !== card.steps.length) {
      order = card.steps.map((_, i) => i);
    }
    const list = el('ol', { class: 'steps', 'aria-label': t('practice.order') });
    order.forEach((k, position) => {
      const step = card.steps?.[k];
      if (step === undefined) {
        return;
      }
      const item = el('li', { tabindex: '0', class: 'step', 'data-position': String(position) });
      item.append(html('label', step.html));
      const up = el('button', { class: 'move', 'aria-label': t('practice.moveUp'), title: t('practice.moveUp') }, '↑');
      const down = el('button', { class: 'move', 'aria-label': t('practice.moveDown'), title: t('practice.moveDown') }, '↓');
      up.addEventListener('click', () => move(position, -1));
      down.addEventListener('click', () => move(position, 1));
      item.append(up, down);
      item.addEventListener('keydown', (e) => {
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          e.stopPropagation();
          move(position, e.key === 'ArrowUp' ? -1 : 1);
        }
      });
      list.append(item);
    });
    const submit = el('button', { class: 'primary' }, t('practice.check'));
    submit.addEventListener('click', () => answerOrder());
    area.append(list, submit);
    return area;
  }
  if (card.typeable) {
    const multi = card.type === 'list';
    const input = multi ? el('textarea', { rows: String(Math.max(3, card.need ?? 3)), 'aria-label': t('practice.typeHere'), placeholder: t('practice.typeHere') }) : el('input', { type: 'text', 'aria-label': t('practice.typeHere'), placeholder: t('practice.typeHere'), autocomplete: 'off', spellcheck: 'false' });
    input.classList.add('answer');
    input.addEventListener('keydown', (e) => {
      const key = e as KeyboardEvent;
      if (key.key === 'Enter' && (!multi || key.ctrlKey || key.metaKey) && !key.isComposing) {
        e.preventDefault();
        answerTyped((input as HTMLInputElement).value);
      }
      e.stopPropagation();
    });
    const submit = el('button', { class: 'primary' }, t('practice.check'));
    submit.addEventListener('click', () => answerTyped((input as HTMLInputElement).value));
    area.append(input, submit);
    return area;
  }
  const reveal = el('button', { class: 'primary', 'data-key': 'Space' }, `${t('practice.reveal')} (Space)`);
  reveal.addEventListener('click', () => revealAnswer());
  area.append(reveal);
  return area;
}

function answerArea(card: ViewCard): HTMLElement {
  const area = el('div', { class: 'answer-area' });
  if (checked !== undefined) {
    const code = checked.verdict === 'right' ? 'practice.right' : checked.verdict === 'almost' ? 'practice.almost' : 'practice.wrong';
    area.append(el('p', { class: `verdict ${checked.verdict}`, role: 'status' }, t(code)));
    if (checked.items !== undefined && checked.items.length > 0) {
      const list = el('ul', { class: 'items' });
      for (const item of checked.items) {
        list.append(el('li', { class: item.verdict }, `${item.verdict === 'right' ? '✓' : item.verdict === 'almost' ? '≈' : '✗'} ${item.expected}${item.typed !== undefined && item.typed !== item.expected ? ` (${item.typed})` : ''}`));
      }
      area.append(list);
    }
    if (checked.missing !== undefined && checked.missing.length > 0) {
      area.append(el('p', { class: 'missing' }, `${t('practice.missing')}: ${checked.missing.join(', ')}`));
    }
    if (checked.extra !== undefined && checked.extra.length > 0) {
      area.append(el('p', { class: 'extra' }, `${t('practice.extra')}: ${checked.extra.join(', ')}`));
    }
  }
  const back = html('back', card.backHtml);
  back.setAttribute('aria-label', t('practice.expected'));
  area.append(back);
  const grades = el('div', { class: 'grades', role: 'group', 'aria-label': t('practice.grades') });
  const names = ['practice.again', 'practice.hard', 'practice.good', 'practice.easy'] as const;
  names.forEach((name, i) => {
    const rating = (i + 1) as 1 | 2 | 3 | 4;
    const button = el('button', { class: `grade g${rating}`, 'data-key': String(rating) }, el('span', { class: 'key' }, String(rating)), ` ${t(name)}`);
    if (mode !== 'cram') {
      button.append(el('span', { class: 'interval' }, card.intervals[i] ?? ''));
    }
    button.addEventListener('click', () => grade(rating));
    grades.append(button);
  });
  area.append(grades);
  return area;
}

function focusFirst(): void {
  const target = root.querySelector<HTMLElement>('input.answer, textarea.answer, .steps .step, button.primary, button.grade.g3, button.choice');
  target?.focus();
}

function move(position: number, by: number): void {
  const to = position + by;
  if (to < 0 || to >= order.length) {
    return;
  }
  const next = [...order];
  [next[position], next[to]] = [next[to] as number, next[position] as number];
  order = next;
  render();
  root.querySelectorAll<HTMLElement>('.step')[to]?.focus();
}

function answerTyped(typed: string): void {
  const card = current();
  if (card !== undefined && !waiting) {
    waiting = true;
    post({ type: 'answer', cardId: card.id, typed });
  }
}

function answerChoice(choice: number): void {
  const card = current();
  if (card !== undefined && !waiting) {
    waiting = true;
    post({ type: 'answer', cardId: card.id, choice });
  }
}

function answerOrder(): void {
  const card = current();
  if (card?.steps !== undefined && !waiting) {
    waiting = true;
    post({ type: 'answer', cardId: card.id, order: order.map((k) => card.steps?.[k]?.index ?? k) });
  }
}

function revealAnswer(): void {
  const card = current();
  if (card !== undefined) {
    stage = 'revealed';
    post({ type: 'reveal', cardId: card.id });
    render();
  }
}

function grade(rating: 1 | 2 | 3 | 4): void {
  const card = current();
  if (card === undefined || stage === 'ask') {
    return;
  }
  post({ type: 'grade', cardId: card.id, rating, elapsedMs: Math.min(Date.now() - shownAt, 24 * 60 * 60 * 1000) });
  next();
}

function next(): void {
  at++;
  stage = 'ask';
  checked = undefined;
  hintShown = false;
  order = [];
  shownAt = Date.now();
  waiting = false;
  save();
  render();
}

function onMessage(message: HostMessage): void {
  switch (message.type) {
    case 'init': {
      cards = message.cards;
      strings = message.strings;
      mode = message.mode;
      document.documentElement.lang = message.settings.locale;
      const saved = vscode.getState() as { cardId?: unknown } | undefined;
      const resume = typeof saved?.cardId === 'string' ? cards.findIndex((c) => c.id === saved.cardId) : -1;
      at = resume >= 0 ? resume : 0;
      stage = 'ask';
      checked = undefined;
      summary = undefined;
      shownAt = Date.now();
      save();
      render();
      return;
    }
    case 'checked':
      if (message.cardId === current()?.id) {
        waiting = false;
        checked = message;
        stage = 'checked';
        render();
      }
      return;
    case 'graded':
      return;
    case 'notice':
      notice = message.text;
      render();
      return;
    case 'summary':
      summary = message;
      render();
      return;
    default: {
      const never: never = message;
      return never;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isHostMessage(event.data)) {
    onMessage(event.data);
  } else {
    console.warn('crm-notes practice: dropped a malformed message');
  }
});

document.addEventListener('keydown', (e) => {
  const card = current();
  if (card === undefined || e.ctrlKey || e.metaKey || e.altKey) {
    return;
  }
  if (stage === 'ask') {
    if (card.choicesHtml !== undefined && /^[1-9]$/.test(e.key)) {
      const choice = Number(e.key) - 1;
      if (choice < card.choicesHtml.length) {
        e.preventDefault();
        answerChoice(choice);
      }
    } else if (e.key === ' ' && !card.typeable && card.steps === undefined && card.choicesHtml === undefined) {
      e.preventDefault();
      revealAnswer();
    } else if (e.key === 'Enter' && card.steps !== undefined && (e.target as Element | null)?.tagName !== 'BUTTON') {
      // Reordered with Alt+↑/↓; Enter checks the order.
      e.preventDefault();
      answerOrder();
    } else if ((e.key === 'h' || e.key === 'H') && card.hint !== undefined) {
      hintShown = true;
      render();
    }
    return;
  }
  if (/^[1-4]$/.test(e.key)) {
    e.preventDefault();
    grade(Number(e.key) as 1 | 2 | 3 | 4);
  }
});

document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.('a[href]');
  if (link instanceof HTMLAnchorElement && !link.classList.contains('source')) {
    e.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) {
      post({ type: 'openLink', href });
    }
  }
});

post({ type: 'ready' });
