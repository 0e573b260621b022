import { foldKey } from '../text/fold';
import { type ChapterEntry, type GlossaryDiagnostic, type ParsedGlossary, type Span, type TermEntry, type TermFields, withFactKeys } from './parse';
import { type Chapter, type Fact, LAYER_ORDER, type LayerName, type SourceRef, type Term } from './types';

/** The chapter that user terms without a (known) chapter go under. */
export const USER_CHAPTER_ID = 'user-terms';
const USER_CHAPTER_TITLE = '사용자 용어 (User terms)';

/**
 * The merged glossary: chapters and terms indexed by id, plus every problem found on the way.
 *
 * Precedence: workspace over user over bundled. A later layer's entry with an existing id
 * overrides the scalar fields it gives (term, english, reading, definition, explanation,
 * chapter) and extends the list fields (aliases, ambiguous, related, confusable, facts).
 */
export class Glossary {
  private readonly children = new Map<string | undefined, Chapter[]>();
  private readonly termsByChapter = new Map<string, Term[]>();

  constructor(
    readonly chapters: ReadonlyMap<string, Chapter>,
    readonly terms: ReadonlyMap<string, Term>,
    readonly diagnostics: readonly GlossaryDiagnostic[],
  ) {
    for (const chapter of chapters.values()) {
      const list = this.children.get(chapter.parent) ?? [];
      list.push(chapter);
      this.children.set(chapter.parent, list);
    }
    for (const list of this.children.values()) {
      list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    }
    for (const term of terms.values()) {
      const list = this.termsByChapter.get(term.chapter) ?? [];
      list.push(term);
      this.termsByChapter.set(term.chapter, list);
    }
  }

  /** Chapters under `parent` (top level when undefined), in syllabus order. */
  childrenOf(parent: string | undefined): readonly Chapter[] {
    return this.children.get(parent) ?? [];
  }

  /** The chapters (장) of the syllabus: the children of the subject (과목), in order. */
  topChapters(): Chapter[] {
    return this.childrenOf(undefined).flatMap((subject) => this.childrenOf(subject.id));
  }

  /** Terms filed directly under a chapter or section. */
  termsIn(chapterId: string): readonly Term[] {
    return this.termsByChapter.get(chapterId) ?? [];
  }

  /**
   * Terms of a chapter and all its sections: the chapter's own terms, then each section's in
   * syllabus order (depth first). Iterative and linear, so a deep chapter chain cannot overflow
   * the stack.
   */
  termsUnder(chapterId: string): Term[] {
    const out: Term[] = [];
    const seen = new Set<string>();
    const stack: string[] = [chapterId];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) {
        continue;
      }
      seen.add(id);
      for (const term of this.termsIn(id)) {
        out.push(term);
      }
      const children = this.childrenOf(id);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push((children[i] as Chapter).id);
      }
    }
    return out;
  }

  /** The chapters from the subject down to `chapterId`. */
  chapterPath(chapterId: string): Chapter[] {
    const path: Chapter[] = [];
    const seen = new Set<string>();
    let current = this.chapters.get(chapterId);
    while (current !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      path.push(current);
      current = current.parent === undefined ? undefined : this.chapters.get(current.parent);
    }
    return path.reverse();
  }
}

interface MutableTerm {
  id: string;
  fields: TermFields;
  source: SourceRef;
  /** Layer rank and position of each entry that contributed, for deterministic precedence. */
  rank: number;
}

/** The key under which two spellings count as the same word (spacing, case and hyphens ignored). */
export function collisionKey(value: string): string {
  return foldKey(value);
}

/** Merges parsed files (any order) into one glossary. Never throws. */
export function buildGlossary(files: readonly ParsedGlossary[]): Glossary {
  const ordered = [...files].sort((a, b) => LAYER_ORDER.indexOf(a.layer) - LAYER_ORDER.indexOf(b.layer));
  const diagnostics: GlossaryDiagnostic[] = files.flatMap((f) => f.diagnostics);
  const layerOf = new Map(files.map((f) => [f.file, f.layer]));
  const report = (file: string, span: Span, code: GlossaryDiagnostic['code'], ...args: (string | number)[]): void => {
    diagnostics.push({ file, span, severity: 'error', code, args, layer: layerOf.get(file) ?? 'user' });
  };
  const warn = (file: string, span: Span, code: GlossaryDiagnostic['code'], ...args: (string | number)[]): void => {
    diagnostics.push({ file, span, severity: 'warning', code, args, layer: layerOf.get(file) ?? 'user' });
  };

  // Chapters.
  const chapterEntries = new Map<string, { entry: ChapterEntry; file: string; layer: LayerName }>();
  const chapters = new Map<string, Chapter>();
  for (const file of ordered) {
    const seenHere = new Set<string>();
    for (const entry of file.chapters) {
      if (seenHere.has(entry.id)) {
        report(file.file, entry.span, 'entry.duplicateId', entry.id, file.file);
        continue;
      }
      const previous = chapters.get(entry.id);
      const previousEntry = chapterEntries.get(entry.id);
      if (previousEntry !== undefined && previousEntry.layer === file.layer) {
        report(file.file, entry.span, 'entry.duplicateId', entry.id, previousEntry.file);
        continue;
      }
      seenHere.add(entry.id);
      const title = entry.title ?? previous?.title;
      if (title === undefined) {
        report(file.file, entry.span, 'field.missing', 'title');
        continue;
      }
      chapters.set(entry.id, {
        id: entry.id,
        title,
        order: entry.order ?? previous?.order ?? Number.MAX_SAFE_INTEGER,
        parent: entry.parent ?? previous?.parent,
      });
      chapterEntries.set(entry.id, { entry, file: file.file, layer: file.layer });
    }
  }
  for (const chapter of [...chapters.values()]) {
    const origin = chapterEntries.get(chapter.id);
    if (chapter.parent !== undefined && !chapters.has(chapter.parent)) {
      if (origin !== undefined) {
        report(origin.file, origin.entry.span, 'chapter.unknownParent', chapter.parent);
      }
      chapters.set(chapter.id, { ...chapter, parent: undefined });
    }
  }
  for (const id of cycleBreaks(chapters)) {
    const chapter = chapters.get(id) as Chapter;
    const origin = chapterEntries.get(id);
    if (origin !== undefined) {
      report(origin.file, origin.entry.span, 'chapter.cycle', id);
    }
    chapters.set(id, { ...chapter, parent: undefined });
  }

  // Terms, layer by layer.
  const merged = new Map<string, MutableTerm>();
  const definedIn = new Map<string, { layer: LayerName; file: string }>();
  const entries: Array<{ entry: TermEntry; file: ParsedGlossary; rank: number }> = [];
  let rank = 0;
  for (const file of ordered) {
    for (const entry of file.terms) {
      rank++;
      const earlier = definedIn.get(entry.id);
      if (earlier !== undefined && earlier.layer === file.layer) {
        report(file.file, entry.span, 'entry.duplicateId', entry.id, earlier.file);
        continue;
      }
      const base = merged.get(entry.id);
      const source: SourceRef = { file: file.file, line: entry.span.line, layer: file.layer };
      if (base === undefined) {
        const missing = (['term', 'definition'] as const).find((name) => entry.fields[name] === undefined);
        if (missing !== undefined) {
          report(file.file, entry.span, 'field.missing', missing);
          continue;
        }
        merged.set(entry.id, { id: entry.id, fields: { ...entry.fields }, source, rank });
      } else {
        base.fields = patch(base.fields, entry.fields);
        base.source = source;
        base.rank = rank;
      }
      definedIn.set(entry.id, { layer: file.layer, file: file.file });
      entries.push({ entry, file, rank });
    }
  }

  // Chapters of terms.
  let needsUserChapter = false;
  for (const { entry, file } of entries) {
    const chapter = entry.fields.chapter;
    if (chapter !== undefined && !chapters.has(chapter)) {
      warn(file.file, entry.fieldSpans.get('chapter') ?? entry.span, 'chapter.unknown', chapter);
    }
  }
  for (const term of merged.values()) {
    if (term.fields.chapter === undefined || !chapters.has(term.fields.chapter)) {
      term.fields.chapter = USER_CHAPTER_ID;
      needsUserChapter = true;
    }
  }
  if (needsUserChapter && !chapters.has(USER_CHAPTER_ID)) {
    chapters.set(USER_CHAPTER_ID, { id: USER_CHAPTER_ID, title: USER_CHAPTER_TITLE, order: Number.MAX_SAFE_INTEGER, parent: undefined });
  }

  // References: reported where they were written, dropped from the merged term.
  for (const { entry, file } of entries) {
    for (const field of ['related', 'confusable'] as const) {
      for (const id of entry.fields[field] ?? []) {
        if (!merged.has(id)) {
          report(file.file, entry.fieldSpans.get(field) ?? entry.span, 'reference.unknown', field, id);
        }
      }
    }
    for (const fact of entry.fields.facts ?? []) {
      for (const item of factItems(fact)) {
        if (item.term !== undefined && !merged.has(item.term)) {
          report(file.file, entry.fieldSpans.get('facts') ?? entry.span, 'reference.unknown', 'facts', item.term);
        }
      }
    }
  }

  // Spellings claimed by two terms: the higher layer (then the earlier entry) keeps them.
  const claims = [...entries].sort((a, b) => LAYER_ORDER.indexOf(b.file.layer) - LAYER_ORDER.indexOf(a.file.layer) || a.rank - b.rank);
  const owner = new Map<string, string>();
  const lost = new Map<string, Set<string>>();
  for (const { entry, file } of claims) {
    const term = merged.get(entry.id);
    if (term === undefined) {
      continue;
    }
    const spellings = [...(entry.fields.term === undefined ? [] : [entry.fields.term]), ...(entry.fields.aliases ?? [])];
    for (const spelling of spellings) {
      const key = collisionKey(spelling);
      const current = owner.get(key);
      if (current === undefined) {
        owner.set(key, entry.id);
      } else if (current !== entry.id && !(sharesAmbiguous(merged.get(current), key) && sharesAmbiguous(term, key))) {
        const at = entry.fieldSpans.get(spelling === entry.fields.term ? 'term' : 'aliases') ?? entry.span;
        report(file.file, at, 'alias.conflict', spelling, `${merged.get(current)?.fields.term ?? current} [${current}]`);
        if (spelling !== term.fields.term) {
          const set = lost.get(entry.id) ?? new Set<string>();
          set.add(spelling);
          lost.set(entry.id, set);
        }
      }
    }
  }

  const terms = new Map<string, Term>();
  for (const term of [...merged.values()].sort((a, b) => a.rank - b.rank)) {
    const f = term.fields;
    const dropped = lost.get(term.id);
    terms.set(term.id, {
      id: term.id,
      term: f.term as string,
      generic: f.generic ?? false,
      aliases: (f.aliases ?? []).filter((alias) => dropped === undefined || !dropped.has(alias)),
      ambiguous: f.ambiguous ?? [],
      english: f.english,
      reading: f.reading,
      definition: f.definition as string,
      explanation: f.explanation === '' ? undefined : f.explanation,
      chapter: f.chapter as string,
      related: (f.related ?? []).filter((id) => merged.has(id) && id !== term.id),
      confusable: (f.confusable ?? []).filter((id) => merged.has(id) && id !== term.id),
      facts: withFactKeys(term.id, (f.facts ?? []).map((fact) => withKnownTerms(fact, merged))),
      sense: f.sense,
      source: term.source,
    });
  }
  return new Glossary(chapters, terms, diagnostics);
}

function patch(base: TermFields, over: TermFields): TermFields {
  const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined => {
    if (a === undefined || b === undefined) {
      return a ?? b;
    }
    const have = new Set(a);
    return [...a, ...b.filter((x) => !have.has(x))];
  };
  return {
    ...base,
    ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)),
    aliases: union(base.aliases, over.aliases),
    ambiguous: union(base.ambiguous, over.ambiguous),
    related: union(base.related, over.related),
    confusable: union(base.confusable, over.confusable),
    facts: [...(base.facts ?? []), ...(over.facts ?? [])],
  };
}

function sharesAmbiguous(term: MutableTerm | undefined, key: string): boolean {
  return term?.fields.ambiguous?.some((a) => collisionKey(a) === key) ?? false;
}

/**
 * The chapters whose parent link closes a cycle, in linear time: each chapter is walked up once.
 * A walk from a chapter stops at the subject, at a chapter an earlier walk already cleared, or at a
 * chapter on its own path: that chapter is where the cycle closes, and cutting its parent link
 * breaks the cycle (it becomes a top-level chapter).
 */
function cycleBreaks(chapters: ReadonlyMap<string, Chapter>): string[] {
  const walkOf = new Map<string, number>();
  const breaks: string[] = [];
  let walk = 0;
  for (const start of chapters.keys()) {
    if (walkOf.has(start)) {
      continue;
    }
    walk++;
    let current: Chapter | undefined = chapters.get(start);
    while (current !== undefined) {
      const seenIn = walkOf.get(current.id);
      if (seenIn !== undefined) {
        if (seenIn === walk) {
          breaks.push(current.id);
        }
        break;
      }
      walkOf.set(current.id, walk);
      current = current.parent === undefined ? undefined : chapters.get(current.parent);
    }
  }
  return breaks;
}

function factItems(fact: Fact): readonly { term: string | undefined }[] {
  switch (fact.kind) {
    case 'enumeration':
      return fact.items;
    case 'sequence':
      return fact.steps;
    case 'formula':
    case 'figure':
      return [];
    default: {
      const never: never = fact;
      return never;
    }
  }
}

function withKnownTerms(fact: Fact, known: ReadonlyMap<string, unknown>): Fact {
  const clean = <T extends { term: string | undefined }>(items: readonly T[]): T[] =>
    items.map((item) => (item.term === undefined || known.has(item.term) ? item : { ...item, term: undefined }));
  switch (fact.kind) {
    case 'enumeration':
      return { ...fact, items: clean(fact.items) };
    case 'sequence':
      return { ...fact, steps: clean(fact.steps) };
    default:
      return fact;
  }
}
