import type { Glossary } from '../glossary/glossary';
import type { EnumerationFact, FactItem, FigureFact, FormulaFact, SequenceFact, Term } from '../glossary/types';
import { fold, splitBrackets } from './text';

type ListFact = EnumerationFact | SequenceFact;

/** A note item and the glossary item it was matched to. */
export interface ItemMatch {
  readonly fact: ListFact;
  /** For each note item, the matching glossary item (undefined where none matched). */
  readonly items: readonly (FactItem | undefined)[];
}

/**
 * The list and formula facts of the terms a note mentions (and every figure fact), indexed by folded item, title, value and
 * formula side, so matching a note's list against them costs the list, not the glossary.
 */
export class FactIndex {
  private readonly byItem = new Map<string, Array<{ fact: ListFact; item: FactItem }>>();
  private readonly byTitle = new Map<string, ListFact[]>();
  private readonly figures = new Map<string, FigureFact[]>();
  private readonly formulas = new Map<string, FormulaFact[]>();
  readonly owner = new Map<string, Term>();

  constructor(glossary: Glossary, termIds: Iterable<string>) {
    // Figures from the whole glossary: a sentence states one without naming its term (고객 유지 →
    // 기존 고객을 유지하는), and a figure needs its value and a fifth of its words to match.
    for (const term of glossary.terms.values()) {
      for (const fact of term.facts) {
        if (fact.kind === 'figure') {
          this.owner.set(fact.key, term);
          push(this.figures, fold(fact.value), fact);
        }
      }
    }
    for (const id of termIds) {
      const term = glossary.terms.get(id);
      if (term === undefined) {
        continue;
      }
      for (const fact of term.facts) {
        this.owner.set(fact.key, term);
        switch (fact.kind) {
          case 'enumeration':
          case 'sequence': {
            push(this.byTitle, fold(fact.title), fact);
            const items = fact.kind === 'enumeration' ? fact.items : fact.steps;
            for (const item of items) {
              for (const spelling of spellingsOf(item)) {
                push(this.byItem, spelling, { fact, item });
              }
            }
            break;
          }
          case 'formula':
            push(this.formulas, fold(splitBrackets(fact.left).main), fact);
            break;
          default:
            break;
        }
      }
    }
  }

  /**
   * The list or sequence fact a note's lead and items state: the one with the same title, or
   * the one sharing the most items (at least two, and at least half of the note's).
   */
  matchList(lead: string | undefined, answers: readonly string[], kind?: ListFact['kind']): ItemMatch | undefined {
    const score = new Map<ListFact, number>();
    for (const answer of answers) {
      const seen = new Set<ListFact>();
      for (const { fact } of this.byItem.get(fold(answer)) ?? []) {
        if (!seen.has(fact)) {
          seen.add(fact);
          score.set(fact, (score.get(fact) ?? 0) + 1);
        }
      }
    }
    let best: ListFact | undefined;
    let bestScore = 0;
    for (const fact of lead === undefined ? [] : (this.byTitle.get(fold(lead)) ?? [])) {
      if ((kind === undefined || fact.kind === kind) && (score.get(fact) ?? 0) >= 1) {
        best = fact;
        bestScore = Number.POSITIVE_INFINITY;
      }
    }
    for (const [fact, n] of score) {
      if ((kind === undefined || fact.kind === kind) && n >= 2 && n * 2 >= answers.length && n > bestScore) {
        best = fact;
        bestScore = n;
      }
    }
    if (best === undefined) {
      return undefined;
    }
    const factItems = best.kind === 'enumeration' ? best.items : best.steps;
    const items = answers.map((answer) => factItems.find((item) => spellingsOf(item).includes(fold(answer))));
    return { fact: best, items };
  }

  /** The figure fact with this value whose statement shares at least a fifth of its syllable pairs with the sentence. */
  matchFigure(value: string, sentence: string): FigureFact | undefined {
    const candidates = this.figures.get(fold(value)) ?? [];
    const words = bigrams(sentence);
    let best: FigureFact | undefined;
    let bestShared = 0;
    for (const fact of candidates) {
      const own = bigrams(fact.statement);
      const shared = [...own].filter((b) => words.has(b)).length;
      // Same value and a good part of the same words: 5배 of 기존 고객 유지 비용, not 5배 of anything.
      if (shared >= 2 && shared * 5 >= own.size && shared > bestShared) {
        best = fact;
        bestShared = shared;
      }
    }
    return best;
  }

  /** The formula fact with this left side (brackets ignored). */
  matchFormula(left: string): FormulaFact | undefined {
    return this.formulas.get(fold(splitBrackets(left).main))?.[0];
  }
}

/** Every folded spelling a grader takes for an item: its answer, label, label without brackets, accepts. */
export function spellingsOf(item: FactItem): string[] {
  const out = new Set<string>([item.answer, item.label, splitBrackets(item.label).main, ...item.accept].map(fold));
  out.delete('');
  return [...out];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

/** Hangul syllable pairs within the words of a text, for a rough "same sentence" test. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(/[\uac00-\ud7a3]+/g) ?? []) {
    for (let i = 0; i + 1 < word.length; i++) {
      out.add(word.slice(i, i + 2));
    }
  }
  return out;
}
