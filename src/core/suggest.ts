import { disassemble } from 'es-hangul';
import type { TermIndex } from './matcher';
import { foldKey } from './text/fold';

/**
 * Term ids whose spellings are nearest to `word`, nearest first. Distance is counted in jamo
 * (로얄티 → 로열티 is one letter), so Korean typos score like English ones; a spelling that
 * contains the word, or is contained in it, counts as near too.
 */
export function suggestTerms(index: TermIndex, word: string, limit = 5): string[] {
  const query = foldKey(word);
  if (query === '') {
    return [];
  }
  const queryJamo = disassemble(query);
  const best = new Map<string, number>();
  for (const [spelling, entries] of index.spellings()) {
    let score: number;
    if (spelling.includes(query) || (spelling.length >= 2 && query.includes(spelling))) {
      score = Math.abs(spelling.length - query.length) * 0.1;
    } else {
      const jamo = disassemble(spelling);
      const budget = Math.max(2, Math.floor(queryJamo.length * 0.4));
      if (Math.abs(jamo.length - queryJamo.length) > budget) {
        continue;
      }
      const distance = editDistance(queryJamo, jamo, budget);
      if (distance > budget) {
        continue;
      }
      score = 1 + distance;
    }
    for (const { id } of entries) {
      const previous = best.get(id);
      if (previous === undefined || score < previous) {
        best.set(id, score);
      }
    }
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Levenshtein distance, giving up (returning `budget + 1`) once it must exceed `budget`. */
export function editDistance(a: string, b: string, budget = Number.MAX_SAFE_INTEGER): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > budget) {
      return budget + 1;
    }
    previous = current;
  }
  return previous[b.length] as number;
}
