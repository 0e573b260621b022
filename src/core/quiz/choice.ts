import type { Glossary } from '../glossary/glossary';
import type { Term } from '../glossary/types';
import { fold, hash32, random } from './text';

/** Every spelling of a term, folded: headword, aliases, English name. */
export function spellingKeys(term: Term): Set<string> {
  const keys = new Set<string>([term.term, ...term.aliases, ...(term.english === undefined ? [] : [term.english])].map(fold));
  keys.delete('');
  return keys;
}

/**
 * Three wrong options for a term: its confusable terms first, then terms of its own section, then
 * of its chapter, the last two in an order fixed by the seed. Never another right answer: no
 * term that shares a spelling with the answer (headword, alias, English name, an `ambiguous`
 * alias on either side), no generic term, none whose name the question already shows, none with
 * the same definition, no two options spelt alike.
 */
export function distractorsFor(term: Term, glossary: Glossary, question: string, seed: number): Term[] | undefined {
  const answerKeys = spellingKeys(term);
  const ambiguous = new Set([...term.ambiguous].map(fold));
  const shown = fold(question);
  const taken = new Set<string>(answerKeys);
  const out: Term[] = [];
  const consider = (candidate: Term | undefined): void => {
    if (candidate === undefined || out.length >= 3 || candidate.id === term.id || candidate.generic) {
      return;
    }
    const keys = spellingKeys(candidate);
    for (const key of keys) {
      if (taken.has(key) || ambiguous.has(key)) {
        return;
      }
    }
    if (candidate.ambiguous.some((a) => answerKeys.has(fold(a))) || candidate.definition === term.definition) {
      return;
    }
    const name = fold(candidate.term);
    if (name.length > 0 && shown.includes(name)) {
      return;
    }
    for (const key of keys) {
      taken.add(key);
    }
    out.push(candidate);
  };
  for (const id of term.confusable) {
    consider(glossary.terms.get(id));
  }
  const section = glossary.chapters.get(term.chapter);
  const pools = [glossary.termsIn(term.chapter), section?.parent === undefined ? [] : glossary.termsUnder(section.parent)];
  for (const pool of pools) {
    if (out.length >= 3) {
      break;
    }
    const order = [...pool].sort((a, b) => hash32(`${seed}:${a.id}`) - hash32(`${seed}:${b.id}`) || a.id.localeCompare(b.id));
    for (const candidate of order) {
      consider(candidate);
    }
  }
  return out.length === 3 ? out : undefined;
}

/** The options shuffled by a seeded Fisher–Yates; the same seed and card always give one order. */
export function shuffled<T>(items: readonly T[], seed: number, salt: string): T[] {
  const next = random(hash32(`${seed >>> 0}:${salt}`));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
