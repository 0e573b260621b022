import type { Glossary } from '../glossary/glossary';
import type { Chapter } from '../glossary/types';
import type { TermIndex } from '../matcher';
import { foldKey } from '../text/fold';
import { frontMatterEnd } from '../text/markdown';
import type { Heading } from './headings';

/** How a heading was mapped to the syllabus. */
export type MappedBy = 'frontMatter' | 'title' | 'number' | 'terms';

/** A heading with the chapter or section of the syllabus it names, and its subheadings. */
export interface OutlineHeading extends Heading {
  /** A glossary chapter or section id, or null when the heading names none. */
  readonly chapter: string | null;
  readonly mappedBy: MappedBy | null;
  readonly children: OutlineHeading[];
}

/** The parts of a heading title: the chapter number it gives and its words, without decoration. */
interface TitleParts {
  readonly number: number | undefined;
  /** The title split at dashes and colons, cleaned: `고객로열티 전략 - 고객만족` → both halves. */
  readonly parts: readonly string[];
}

const BRACKETS = /^\s*[[【(（][^\]】)）]*[\]】)）]\s*/;
const CHAPTER_NUMBER = /^\s*(?:제\s*(\d+)\s*장|(\d+)\s*장|ch(?:apter)?\.?\s*(\d+)|part\s*(\d+))\s*[.:)\-–—]?\s*/i;
const LIST_NUMBER = /^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.|[①-⑳]|[가-하]\.)\s+/;

/**
 * Reads a heading title the way students write them: `[고객관계관리] 고객로열티 전략 - 고객만족`,
 * `1. 고객과의 관계 맺기`, `제3장 고객만족`, `Ch.2 고객의 이해`.
 */
export function titleParts(title: string): TitleParts {
  let rest = title.replace(/[*_`#]/g, '').trim();
  while (BRACKETS.test(rest)) {
    rest = rest.replace(BRACKETS, '');
  }
  let number: number | undefined;
  const chapter = CHAPTER_NUMBER.exec(rest);
  if (chapter !== null) {
    number = Number(chapter[1] ?? chapter[2] ?? chapter[3] ?? chapter[4]);
    rest = rest.slice(chapter[0].length);
  } else {
    rest = rest.replace(LIST_NUMBER, '');
  }
  const parts = rest
    .split(/\s+[-–—:|]\s+|\s*[:|]\s*|\s+[-–—]\s*|\s*[-–—]\s+/)
    .map((p) => p.replace(LIST_NUMBER, '').replace(/[.!?。]+$/, '').trim())
    .filter((p) => p !== '');
  return { number, parts };
}

/**
 * Maps headings to the syllabus: each to the chapter or section its title names (exact titles
 * first, then a title containing a section's name, then the chapter number), within the chapter
 * of the heading above it when there is one; failing that, the chapter most of the terms in it
 * belong to. A `chapter:` key in the front matter maps the note's top-level headings.
 */
export class OutlineMapper {
  private readonly byFold = new Map<string, Chapter[]>();
  private readonly chapters: readonly Chapter[];

  constructor(
    private readonly glossary: Glossary,
    private readonly index: TermIndex,
  ) {
    this.chapters = glossary.topChapters();
    for (const chapter of glossary.chapters.values()) {
      if (chapter.parent === undefined) {
        continue; // the subject itself is every note's subject, not a mapping
      }
      for (const key of keysOf(chapter.title)) {
        const list = this.byFold.get(key) ?? [];
        list.push(chapter);
        this.byFold.set(key, list);
      }
    }
  }

  /** The chapter or section for a `chapter:` front-matter value: an id, a title or a number. */
  resolve(value: string): string | null {
    const trimmed = value.trim().replace(/^["']|["']$/g, '');
    if (this.glossary.chapters.has(trimmed)) {
      return trimmed;
    }
    const { number, parts } = titleParts(trimmed);
    for (const part of parts) {
      const exact = this.byFold.get(foldKey(part));
      if (exact !== undefined && exact[0] !== undefined) {
        return exact[0].id;
      }
    }
    const plain = /^\d+$/.test(trimmed) ? Number(trimmed) : number;
    return plain === undefined ? null : (this.chapters.find((c) => c.order === plain)?.id ?? null);
  }

  /** The outline of a note: its headings nested by level, each mapped. */
  outline(text: string, headings: readonly Heading[]): OutlineHeading[] {
    return this.outlineOf(headings, frontMatterChapter(text));
  }

  /** `outline` from a note's headings and its front matter's `chapter:` value, without its text. */
  outlineOf(headings: readonly Heading[], forced: string | undefined): OutlineHeading[] {
    const forcedId = forced === undefined ? null : this.resolve(forced);
    const roots: OutlineHeading[] = [];
    const stack: OutlineHeading[] = [];
    for (const heading of headings) {
      while (stack.length > 0 && (stack[stack.length - 1] as OutlineHeading).level >= heading.level) {
        stack.pop();
      }
      const parent = stack[stack.length - 1];
      const within = parent?.chapter ?? forcedId ?? null;
      let mapped = this.map(heading.title, within);
      if (forcedId !== null && parent === undefined && (mapped.chapter === null || !this.isWithin(mapped.chapter, forcedId))) {
        mapped = { chapter: forcedId, mappedBy: 'frontMatter' };
      }
      const node: OutlineHeading = { ...heading, ...mapped, children: [] };
      (parent?.children ?? roots).push(node);
      stack.push(node);
    }
    return roots;
  }

  /** The chapter or section one title names, preferring those inside `within`. */
  map(title: string, within: string | null): { chapter: string | null; mappedBy: MappedBy | null } {
    const { number, parts } = titleParts(title);
    const candidates: Chapter[] = [];
    for (const part of [...parts].reverse()) {
      for (const chapter of this.byFold.get(foldKey(part)) ?? []) {
        candidates.push(chapter);
      }
    }
    const exact = this.pick(candidates, within);
    if (exact !== undefined) {
      return { chapter: exact.id, mappedBy: 'title' };
    }
    // A title that contains a chapter's or section's whole name (`고객만족도 조사 방법` ∋ 고객만족).
    const folded = foldKey(parts.join(' '));
    const containing: Chapter[] = [];
    for (const [key, list] of this.byFold) {
      if (key.length >= 3 && folded.includes(key)) {
        containing.push(...list);
      }
    }
    containing.sort((a, b) => foldKey(b.title).length - foldKey(a.title).length);
    const contained = this.pick(containing, within);
    if (contained !== undefined) {
      return { chapter: contained.id, mappedBy: 'title' };
    }
    if (number !== undefined) {
      const chapter = this.chapters.find((c) => c.order === number);
      if (chapter !== undefined) {
        return { chapter: chapter.id, mappedBy: 'number' };
      }
    }
    const byTerms = this.byTerms(parts.join(' '), within);
    return byTerms === null ? { chapter: null, mappedBy: null } : { chapter: byTerms, mappedBy: 'terms' };
  }

  /** The first candidate inside `within` (a section of the parent's chapter), else the first. */
  private pick(candidates: readonly Chapter[], within: string | null): Chapter | undefined {
    if (within !== null) {
      const inside = candidates.find((c) => c.id !== within && this.isWithin(c.id, within));
      if (inside !== undefined) {
        return inside;
      }
    }
    // Sections before chapters when both have the name: the section is the more precise answer.
    return [...candidates].sort((a, b) => this.depth(b.id) - this.depth(a.id))[0];
  }

  /** The chapter most of the (non-generic) terms in `text` belong to, when at least one does. */
  private byTerms(text: string, within: string | null): string | null {
    const votes = new Map<string, number>();
    for (const match of this.index.scan(text, { markdown: false })) {
      const term = this.glossary.terms.get(match.id);
      if (term === undefined || term.generic) {
        continue;
      }
      const path = this.glossary.chapterPath(term.chapter);
      const section = path[path.length - 1];
      if (section === undefined || section.parent === undefined) {
        continue;
      }
      const id = within !== null && !this.isWithin(section.id, within) ? undefined : section.id;
      if (id !== undefined) {
        votes.set(id, (votes.get(id) ?? 0) + 1);
      }
    }
    let best: string | null = null;
    let most = 0;
    for (const [id, count] of votes) {
      if (count > most) {
        best = id;
        most = count;
      }
    }
    return best;
  }

  private isWithin(id: string, ancestor: string): boolean {
    return this.glossary.chapterPath(id).some((c) => c.id === ancestor);
  }

  private depth(id: string): number {
    return this.glossary.chapterPath(id).length;
  }
}

/** Fold keys under which a chapter title is found: the whole title and its part before a colon. */
function keysOf(title: string): string[] {
  const keys = new Set<string>([foldKey(title)]);
  const colon = title.split(/\s*:\s*/)[0];
  if (colon !== undefined && colon !== title) {
    keys.add(foldKey(colon));
  }
  return [...keys].filter((k) => k !== '');
}

/** The `chapter:` value of a note's front matter, if any. */
export function frontMatterChapter(text: string): string | undefined {
  const end = frontMatterEnd(text);
  if (end === 0) {
    return undefined;
  }
  const hit = /^chapter\s*:\s*(.+?)\s*$/m.exec(text.slice(0, end));
  return hit?.[1];
}

/** Coverage of one chapter: how many of its non-generic terms the notes mention. */
export interface ChapterCoverage {
  readonly id: string;
  readonly title: string;
  readonly covered: number;
  readonly total: number;
  /** Ids of the covered terms, in syllabus order. */
  readonly terms: readonly string[];
}

/**
 * Coverage per chapter (장) and section (절) of the syllabus: of the terms filed under it that are
 * not everyday words (`generic`), those mentioned at least once in the notes.
 */
export function coverage(glossary: Glossary, mentioned: (termId: string) => boolean, chapterId: string): ChapterCoverage {
  const chapter = glossary.chapters.get(chapterId);
  const terms = glossary.termsUnder(chapterId).filter((t) => !t.generic);
  const covered = terms.filter((t) => mentioned(t.id)).map((t) => t.id);
  return { id: chapterId, title: chapter?.title ?? chapterId, covered: covered.length, total: terms.length, terms: covered };
}
