import type { Glossary } from './glossary';
import type { Term } from './types';

/** A term as `crm-notes define --json` prints it: every field, references resolved to headwords. */
export function termJson(term: Term, glossary: Glossary): Record<string, unknown> {
  const path = glossary.chapterPath(term.chapter);
  const brief = (ids: readonly string[]): Array<{ id: string; term: string }> => ids.map((id) => ({ id, term: glossary.terms.get(id)?.term ?? id }));
  return {
    id: term.id,
    term: term.term,
    english: term.english ?? null,
    aliases: term.aliases,
    reading: term.reading ?? null,
    definition: term.definition,
    explanation: term.explanation ?? null,
    chapter: term.chapter,
    chapterTitle: path[path.length - 1]?.title ?? null,
    chapterPath: path.map((c) => c.title),
    related: brief(term.related),
    confusable: brief(term.confusable),
    facts: term.facts,
    source: term.source.file,
  };
}

export interface GlossaryStats {
  readonly terms: number;
  readonly chapters: number;
  readonly sections: number;
  readonly aliases: number;
  readonly facts: { enumeration: number; sequence: number; formula: number; figure: number };
  readonly termsPerChapter: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly terms: number;
    readonly sections: ReadonlyArray<{ readonly id: string; readonly title: string; readonly terms: number }>;
  }>;
}

/** Counts for `crm-notes glossary stats`: terms, chapters (장) under the subject, sections (절), facts. */
export function glossaryStats(glossary: Glossary): GlossaryStats {
  const chapters = glossary.topChapters();
  const perChapter = chapters.map((c) => ({
    id: c.id,
    title: c.title,
    terms: glossary.termsUnder(c.id).length,
    sections: glossary.childrenOf(c.id).map((s) => ({ id: s.id, title: s.title, terms: glossary.termsUnder(s.id).length })),
  }));
  const facts = { enumeration: 0, sequence: 0, formula: 0, figure: 0 };
  let aliases = 0;
  for (const term of glossary.terms.values()) {
    aliases += term.aliases.length;
    for (const fact of term.facts) {
      facts[fact.kind]++;
    }
  }
  return {
    terms: glossary.terms.size,
    chapters: chapters.length,
    sections: perChapter.reduce((n, c) => n + c.sections.length, 0),
    aliases,
    facts,
    termsPerChapter: perChapter,
  };
}
