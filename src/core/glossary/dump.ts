import type { Glossary } from './glossary';
import type { Chapter, Fact, FactItem, Term } from './types';

/**
 * The merged glossary in the file format of `media/glossary.schema.json`, as a user would write
 * it: every chapter, then every term with all its fields (optional text fields only when set).
 * Computed values are left out (fact keys, where each entry came from), because parsing
 * recomputes them. `parseGlossary(JSON.stringify(dumpGlossary(g)))` gives the same terms.
 * For `crm-notes glossary dump --json`.
 */
export function dumpGlossary(glossary: Glossary): unknown {
  return {
    formatVersion: 1,
    chapters: [...glossary.chapters.values()].map(dumpChapter),
    terms: [...glossary.terms.values()].map(dumpTerm),
  };
}

function dumpChapter(chapter: Chapter): Record<string, unknown> {
  return {
    id: chapter.id,
    title: chapter.title,
    order: chapter.order,
    ...(chapter.parent === undefined ? {} : { parent: chapter.parent }),
  };
}

function dumpTerm(term: Term): Record<string, unknown> {
  return {
    id: term.id,
    term: term.term,
    generic: term.generic,
    aliases: [...term.aliases],
    ambiguous: [...term.ambiguous],
    ...(term.english === undefined ? {} : { english: term.english }),
    ...(term.reading === undefined ? {} : { reading: term.reading }),
    definition: term.definition,
    ...(term.explanation === undefined ? {} : { explanation: term.explanation }),
    chapter: term.chapter,
    related: [...term.related],
    confusable: [...term.confusable],
    facts: term.facts.map(dumpFact),
    ...(term.sense === undefined
      ? {}
      : { sense: { cues: [...term.sense.cues], ...(term.sense.spellings === undefined ? {} : { spellings: [...term.sense.spellings] }), notAfter: [...term.sense.notAfter], notWith: [...term.sense.notWith] } }),
  };
}

function dumpItem(item: FactItem): Record<string, unknown> {
  return {
    label: item.label,
    answer: item.answer,
    accept: [...item.accept],
    ...(item.detail === undefined ? {} : { detail: item.detail }),
    ...(item.term === undefined ? {} : { term: item.term }),
  };
}

function dumpFact(fact: Fact): Record<string, unknown> {
  const common = { exhaustive: fact.exhaustive, ...(fact.source === undefined ? {} : { source: fact.source }) };
  switch (fact.kind) {
    case 'enumeration':
      return { kind: fact.kind, title: fact.title, ...common, items: fact.items.map(dumpItem) };
    case 'sequence':
      return { kind: fact.kind, title: fact.title, ...common, steps: fact.steps.map(dumpItem) };
    case 'formula':
      return { kind: fact.kind, title: fact.title, ...common, left: fact.left, right: fact.right, operands: [...fact.operands] };
    case 'figure':
      return { kind: fact.kind, ...common, statement: fact.statement, value: fact.value };
    default: {
      const never: never = fact;
      return never;
    }
  }
}
