import MarkdownIt from 'markdown-it';
import { shuffled } from '../quiz/choice';
import type { Card } from '../quiz/types';
import { isTypeable } from '../review/grade';
import type { IntervalLabels, ViewCard } from '../review/protocol';
import { attr } from './page';

/**
 * Card text as the practice panel shows it: markdown rendered with HTML off, only http(s) and
 * mailto links, line breaks kept, and each cloze blank `___` as a marked gap. Note text is never
 * trusted: whatever a note holds, the result has no tag markdown-it did not make.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = (url: string): boolean => /^(?:https?:|mailto:)/i.test(url.trim());
md.disable(['image']);

const BLANK = '\uE000';

export function cardHtml(text: string, blankLabel = '빈칸'): string {
  const marked = text.replace(/_{3,}/g, BLANK);
  const rendered = md.renderInline(marked);
  return rendered.replace(new RegExp(BLANK, 'g'), `<span class="blank" role="img" aria-label="${attr(blankLabel)}">&nbsp;</span>`);
}

export interface ViewOptions {
  /** The labels of the four grade buttons for this card now. */
  readonly intervals: IntervalLabels;
  /** `notes/1장.md:12`: where the card comes from, as the student reads it. */
  readonly sourceLabel: string;
  readonly blankLabel?: string;
}

/** What the panel needs of a card; sequence steps are shuffled (the same way for the same card). */
export function toViewCard(card: Card, options: ViewOptions): ViewCard {
  const blank = options.blankLabel;
  const typeable = isTypeable(card);
  const view: ViewCard = {
    id: card.id,
    type: card.type,
    frontHtml: cardHtml(card.front, blank),
    backHtml: cardHtml(card.back, blank),
    typeable: card.type === 'sequence' || card.type === 'choice' ? false : typeable,
    context: [...card.context],
    sourceLabel: options.sourceLabel,
    intervals: options.intervals,
    ...(card.hint === undefined ? {} : { hint: card.hint }),
    ...(card.type === 'choice' && card.choices !== undefined ? { choicesHtml: card.choices.map((c) => cardHtml(c, blank)) } : {}),
    ...(card.type === 'sequence' && card.answers.length > 1 ? { steps: shuffledSteps(card, blank) } : {}),
    ...(card.type === 'list' ? { need: card.required ?? card.answers.length } : {}),
  };
  return view;
}

/** The steps out of order (never in the right order when there are two or more). */
function shuffledSteps(card: Card, blank: string | undefined): Array<{ index: number; html: string }> {
  const steps = card.answers.map((answer, index) => ({ index, html: cardHtml(answer, blank) }));
  let out = shuffled(steps, 0, card.id);
  if (out.every((s, i) => s.index === i)) {
    out = [...out.slice(1), out[0] as { index: number; html: string }];
  }
  return out;
}
