import type { KeyKind, TermIndex, TermMatch } from '../matcher';
import { type SenseRules, expansionOf, inWorkTitle, isAsideLine, isAsideTitle, isCasualLabel, isCasualTitle, isOtherClassLine, namedAfter, namesCustomerLife, namesStudy, relatesToCourse } from '../match/sense';
import { foldKey } from '../text/fold';
import { utf8Length } from '../text/hash';
import { LineIndex } from '../text/lines';
import { type Region, blockRegions, inRegions, inlineRegions } from '../text/markdown';
import { type Heading, extractHeadings } from './headings';

/** How many lines either side `byNearestCue` looks for a cue. */
const CUE_REACH = 12;
/** How many lines up `byNearestCue` looks in a block for the note's definition of an abbreviation (`데이터 마트(DM)`). */
const DEFINITION_REACH = 30;
/** An acronym a note may expand (see `expansionOf`), and every one of them in a text. */
const ACRONYM = /^[A-Z]{2,6}$/;
const ACRONYMS = /(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])/g;

/**
 * A section whose headings name no CRM term is casual (see `casualSections`) when fewer than this
 * share of its lines name one: with a casual title (`## 잡담`) …
 */
const CASUAL_TITLED_SHARE = 0.35;
/** … or, without one, in a section of at least `CASUAL_MIN_LINES` lines. */
const CASUAL_SHARE = 0.1;
const CASUAL_MIN_LINES = 4;

/**
 * What follows a word compared to its everyday twin: `코칭이랑 비슷한 느낌`, `"오퍼 받았다"(입사
 * 제안)랑은 다른 뜻` — within the clause, a comparison particle and a phrase about meaning or feel.
 */
const TWIN_COMPARISON = /^[^.,;/→\n]{0,25}?(?:이랑|랑|와|과|하고)(?:은|는)?\s*(?:다른\s*(?:뜻|의미|말)|비슷한\s*(?:느낌|말)|같은\s*느낌)/;

/**
 * Whether the spelling at `text[start, end)` is the everyday twin a note compares its term to:
 * followed by `TWIN_COMPARISON`, where its line (with the list item it is nested in, `item`)
 * writes the spelling once more — the term it explains (`코칭은 … → 축구 감독의 코칭이랑 비슷한
 * 느낌`).
 */
function comparedTwin(text: string, start: number, end: number, item: () => string): boolean {
  if (!TWIN_COMPARISON.test(text.slice(end, end + 60))) {
    return false;
  }
  const spelling = foldKey(text.slice(start, end));
  const folded = item();
  const first = folded.indexOf(spelling);
  return first >= 0 && folded.indexOf(spelling, first + spelling.length) >= 0;
}

/**
 * A line that says a thing only shares a name with the course's term: `… 머신러닝 지도학습이랑
 * 이름만 같음`, `그건 CRM이랑 상관없는 얘기`, `서비스 동시성이랑은 완전 다름`, `우리 수업의 CSAT랑 철자까지
 * 똑같음`, `CRM이랑 무관`, `컨택센터 슈퍼바이저랑은 다른 거`. Group 1 is the
 * phrase compared to, up to three words before its particle.
 */
const DISCLAIMER = /((?:[^\s.,;:!?…→()\[\]"“”'‘’]{1,20} ){0,2}[^\s.,;:!?…→()\[\]"“”'‘’]{1,20}?)(?:이랑|랑|와|과|하고)(?:은|는)?\s*(?:(?:이름|단어|말|글자|약자)만\s*같|달리\s|관계\s?없|(?:철자|스펠링)(?:만|까지|는)?\s*(?:똑)?같|(?:(?:아무|1도|하나도|전혀)\s*)?상관\s*없|(?:완전히?|전혀|아예)\s*(?:다른|다르|다름|별개)|다른\s*(?:얘기|이야기|개념|것|거|말|뜻|세계)|무관)/;
/**
 * Whether a folded line about another class turns to this course: by name (`CRM`, `이 과목`),
 * not by a word of studying, which that class has too (`국제정치 교양 퀴즈 범위: … 외우기`).
 */
function namesThisCourse(folded: string): boolean {
  return /crm|고객관계|마케팅|이과목|우리수업|이수업/.test(folded);
}

/** A bracket at a line's end that names what the line is about: `(화학 얘기)`, `(연애 얘기)`, `(약혼반지 얘기)`. */
const OTHER_TOPIC = /\(\s*([^()\n]{1,24}?)\s?(?:얘기|이야기)(?:임|이야|예요|였음|이고|라서)?\s*\)\s*$/;
/** Words that say a compared phrase is the course's (`CRM`, `머신러닝`, `캠페인`, `서비스`, `수업의`, `7-4의`, `10장`), or an acronym. */
const COURSE_FIELD = /\d+[-.]\d+의|\d+장|CRM|머신러닝|데이터 ?마이닝|마케팅|캠페인|전략|채널|컨택센터|콜센터|서비스|수업|강의|교재|연관규칙|모바일|고객|(?<![A-Za-z])[A-Z]{2,10}(?![A-Za-z])/;

/**
 * The phrase a disclaiming line (see `DISCLAIMER`) compares to, as offsets, when the course's; or,
 * for a line that ends saying what else it is about (`… 반응물 전환율 계산만 일주일째 (화학 얘기)`,
 * see `OTHER_TOPIC`), an empty range where that bracket opens: every mention before it is that
 * thing's word, unless the topic is the course or a customer's life (`(통신사 얘기)`).
 */
function disclaimedAgainst(text: string, lineStart: number, lineEnd: number): [number, number] | undefined {
  const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 400));
  // The words every disclaimer ends with, first: most lines have none.
  const hit = /같|없|다[르른름]|별개|무관/.test(line) ? DISCLAIMER.exec(line) : null;
  const phrase = hit?.[1];
  if (hit !== null && phrase !== undefined && COURSE_FIELD.test(phrase)) {
    const from = lineStart + hit.index + (phrase.length - phrase.trimStart().length);
    return [from, lineStart + hit.index + phrase.length];
  }
  const topic = /얘기|이야기/.test(line) ? OTHER_TOPIC.exec(line) : null;
  const about = topic?.[1];
  if (topic !== null && about !== undefined && !COURSE_FIELD.test(about) && !/교수|시험|과제|복습/.test(about) && !namesCustomerLife(foldKey(about))) {
    return [lineStart + topic.index, lineStart + topic.index];
  }
  return undefined;
}

/** How many characters either side of a spelling `byNearestCue` reads on its own line. */
const CUE_WINDOW = 120;

/**
 * Up to two words a line denies (`다이렉트 메일이 아니라`, `DM 말고`, `캠페인 오퍼 아님`), or five it
 * says not to confuse with or sets apart (`10장 모바일 특성에 나오는 편리성이랑 섞지 말 것`, `6.1의 DM
 * 발송이랑 다름`, `셋 다 OLAP이랑 무관`).
 */
const NEGATED = /(?:[^\s,.;:()]{1,20}\s+)?[^\s,.;:()]{1,20}?(?:이|가)?\s*(?:아니라|아니고|말고|아님|아니다|아니야|아니에요|아닙니다)|(?:[^\s,.;:()→]{1,20}\s+){0,4}[^\s,.;:()→]{1,20}?(?:이랑|랑|와|과)(?:은|는)?\s*(?:(?:완전히?|전혀|아예|많이|아무|1도|하나도)\s*)?(?:헷갈리|혼동|섞|다름|다른|달라|무관|상관\s?없|관계\s?없|별개)/g;
/**
 * What follows the course's word when a line sets an everyday thing apart from it: `… 노인
 * 접근성 얘기는 모바일 접근성이랑 다른 얘기`, `흥정이지 캠페인 오퍼 아님`.
 */
const SET_APART = /^(?:(?:이랑|랑|와|과|하고)(?:은|는)?\s*(?:(?:완전히?|전혀|아예|많이|아무|1도|하나도)\s*)?(?:헷갈|혼동|섞|다름|다른|달라|무관|상관\s?없|관계\s?없|별개)|(?:이|가)?\s*(?:아니라|아니고|아님|아니다|아니야|말고))/;
/** The particle that compares a thing with a second one, right after the first (`모니터 피벗이랑 …`). */
const COMPARED_WITH = /^(?:이랑|랑|와|과|하고)(?:은|는)?\s+/;
/** What follows the second of two same-named things a line tells apart: `… OLAP 피벗은 당연히 다른 얘기`. */
const TOLD_APART = /^(?:은|는|이|가)?\s*(?:(?:완전히?|전혀|아예|당연히|많이|좀)\s*)?(?:다른|다름|달라|다르|별개|무관)/;

/**
 * Whether an everyday spelling at `[start, end)` is the first of a pair its line tells apart,
 * the second written with a cue of the course within three words before it (`MOSFET 채널 … 그
 * 채널이랑 고객 접점 채널은 완전 다른 말`, `모니터 피벗이랑 OLAP 피벗은 당연히 다른 얘기`): then
 * it is the everyday one.
 */
function pairedApart(senses: SenseRules, kept: readonly string[], text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 64);
  // The cheap test first: a comparing particle right after (most mentions have none).
  const particle = COMPARED_WITH.exec(after);
  if (particle === null) {
    return false;
  }
  const spelling = text.slice(start, end);
  const rest = after.slice(particle[0].length);
  const second = rest.indexOf(spelling);
  if (second <= 0 || !TOLD_APART.test(rest.slice(second + spelling.length)) || !kept.every((id) => senses.isEveryday(id, spelling))) {
    return false;
  }
  const before = rest.slice(0, second);
  if (/[.,;:!?…→()\n]/.test(before) || before.trim().split(/\s+/).length > 3) {
    return false;
  }
  const folded = foldKey(before);
  return kept.every((id) => senses.hasCueIn(id, folded));
}

/** Up to two words a sentence denies at its end (`캠페인 오퍼 아님`, `전화 콜백 아니다`). */
const END_DENIAL = '아님|아니다|아니야|아니에요|아닙니다';
const DENIED_AT_END = new RegExp(`(?:[^\\s,.;:()]{1,20}\\s+)?[^\\s,.;:()]{1,20}?(?:이|가)?\\s*(?:${END_DENIAL})`, 'g');
/** Whether a line has one of those endings at all: the cheap test before `DENIED_AT_END`. */
const HAS_END_DENIAL = new RegExp(END_DENIAL);
/** What follows a thing a line says it does not mean: `… 같은 거 말고`, `같은 게 아니라`, `같은 거 아님`. */
const LIKE_DENIED = /^\s*같은\s*(?:거|것|게)\s*(?:말고|아니|아님|아닌)/;
/** A word that points back to a thing named before, right before a mention (`그 견고성`, `다른 친밀성`). */
const POINTING_BEFORE = /(?:^|[^\uac00-\ud7a3])(?:그|이|저|다른|그런|이런|저런)[ \t]+$/;
/** A word of denial (see `NEGATED`), and the longest line whose denials are looked for. */
const DENIAL_WORD = /아니|아님|아닙|말고|헷갈|혼동|섞|다[르른름]|달라|무관|상관\s?없|관계\s?없|별개/;
const DENIAL_LINE = 2000;

/** The ranges of `text`'s folded form (see `foldKey`) that it denies (see `NEGATED`). */
function negatedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(NEGATED)) {
    ranges.push([foldKey(text.slice(0, m.index)).length, foldKey(text.slice(0, m.index + m[0].length)).length]);
  }
  return ranges;
}

/** What may come before the first word of a line: indent, quote marks, a list marker, bold, a short label (`메모:`). */
const LINE_LEAD = /^[\s>]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__)?(?:[^\s:]{1,8}\s?:\s*)?$/;

/** A list item's indent and marker (`  - `, `1. `). */
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]/;
/** How many lines up `foldedItem` looks for the item a line is nested in. */
const ITEM_REACH = 8;

/** A line with a letter (Hangul or Latin): one that counts in a section's share of CRM lines. */
const WORDY = /[A-Za-z\u1100-\u11ff\uac00-\ud7a3]/;

const CASUAL = 1;
const ASIDE = 2;
/** A line about another class (see `isOtherClassLine`). */
const OTHER_CLASS = 3;
/** A heading numbered like a part of the syllabus: `6.4 조별과제 메모`, `3장 메모`. */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*[.)]?\s|\d+장)/;

/** Which heading sections are casual, and which of their lines name a CRM term. */
interface Casual {
  /** 1 for a casual section, by heading index + 1 (0: the text before the first heading). */
  readonly sections: Uint8Array;
  /** How many mentions of terms that are evidence a line of a section without CRM headings has (at most 255). */
  readonly evidence: Uint8Array;
  /** `CASUAL` for a line in a casual section, `ASIDE` for an aside in another (see `isAsideLine`), else 0. */
  readonly lines: Uint8Array;
}

/** One mention of a term in a note: offsets in the text and line/columns as stored in the file. */
export interface Occurrence {
  readonly id: string;
  readonly alternatives: readonly string[];
  readonly via: KeyKind;
  /** UTF-16 offsets of the term (without particles) in the note. */
  readonly offset: number;
  readonly endOffset: number;
  /** 0-based line and UTF-16 columns in it (end exclusive). */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Exactly the note's characters in that range (NFD stays NFD). */
  readonly text: string;
}

/** Receives one occurrence of `Note.forEachOccurrence`: the fields of `Occurrence` but its text. */
export type OccurrenceVisitor = (id: string, line: number, start: number, end: number, offset: number, endOffset: number, alternatives: readonly string[], via: KeyKind) => void;

/** Why a note is not read for terms. */
export type Refusal = 'tooLarge' | 'binary';

export interface NoteLimits {
  /** Notes larger than this many UTF-8 bytes are refused. */
  readonly maxBytes: number;
}

/** The default note size limit: the hover's default setting. */
export const DEFAULT_NOTE_LIMITS: NoteLimits = { maxBytes: 8 * 1024 * 1024 };

/**
 * A note read through the core pipeline: text → markdown regions → occurrences, headings. Every
 * part is computed on first use and kept, so one `Note` per document version serves the hover,
 * the tree, the quiz and the CLI alike.
 */
export class Note {
  private refusal: Refusal | undefined | null = null;
  private lineIndex: LineIndex | undefined;
  private blockList: Region[] | undefined;
  private occurrenceList: Occurrence[] | undefined;
  private headingList: Heading[] | undefined;
  /** Folded text of each heading section (by heading index + 1), for sense cues. */
  private sectionText: Map<number, string> | undefined;
  /** Folded text of each line asked for, for sense rules (see `SenseRules.accepts`). */
  private lineText: Map<number, string> | undefined;
  private casual: Casual | undefined;
  private expansions: Map<number, Map<string, string[]>> | undefined;
  private paragraphList: Array<[number, number]> | undefined;
  private paragraphAt: Int32Array | undefined;
  private disclaimers: Array<[number, number] | null | undefined> | undefined;
  private denials: Array<ReadonlyArray<readonly [number, number]> | undefined> | undefined;

  constructor(
    readonly text: string,
    private readonly index: TermIndex,
    private readonly limits: NoteLimits = DEFAULT_NOTE_LIMITS,
  ) {}

  /** Too large (in UTF-8 bytes, as on disk) or binary (a NUL in the first 8 KB), or undefined. */
  get refused(): Refusal | undefined {
    if (this.refusal === null) {
      const text = this.text;
      if (text.length > this.limits.maxBytes || (text.length * 3 > this.limits.maxBytes && utf8Length(text) > this.limits.maxBytes)) {
        this.refusal = 'tooLarge';
      } else if (text.slice(0, 8192).includes('\u0000')) {
        this.refusal = 'binary';
      } else {
        this.refusal = undefined;
      }
    }
    return this.refusal;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /** Fenced code, front matter and HTML comments (see `text/markdown.ts`). */
  get blocks(): readonly Region[] {
    this.blockList ??= this.refused === undefined ? blockRegions(this.text) : [];
    return this.blockList;
  }

  /** Every term mention outside code, links, HTML and front matter, in order. */
  get occurrences(): readonly Occurrence[] {
    if (this.occurrenceList === undefined) {
      const out: Occurrence[] = [];
      const text = this.text;
      this.forEachOccurrence((id, line, start, end, offset, endOffset, alternatives, via) => {
        out.push({ id, alternatives, via, offset, endOffset, line, start, end, text: text.slice(offset, endOffset) });
      });
      this.occurrenceList = out;
    }
    return this.occurrenceList;
  }

  /**
   * The occurrences one at a time, without an object each: for callers that write them straight
   * out (the CLI's JSON of a 5 MB note has hundreds of thousands). Same order and values as
   * `occurrences`; the matched text is `text.slice(offset, endOffset)`.
   */
  forEachOccurrence(visit: OccurrenceVisitor): void {
    if (this.occurrenceList !== undefined) {
      for (const o of this.occurrenceList) {
        visit(o.id, o.line, o.start, o.end, o.offset, o.endOffset, o.alternatives, o.via);
      }
      return;
    }
    if (this.refused !== undefined) {
      return;
    }
    const lines = this.lines;
    // Matches come in text order, so the line is found by walking forward, not searching.
    let line = 0;
    let lineStart = 0;
    let next = lines.lineCount > 1 ? lines.lineStart(1) : Number.POSITIVE_INFINITY;
    const senses = this.index.senses;
    if (senses !== undefined) {
      // Before the scan: it scans parts of the note itself, and scans do not nest.
      this.casualSections(senses);
    }
    this.index.scanEach(this.text, { blocks: this.blocks }, (offset, endOffset, _wordEnd, found, others, via) => {
      let id = found;
      let alternatives = others;
      if (senses !== undefined && (senses.has(id) || alternatives.some((a) => senses.has(a)))) {
        const kept = this.inSense(senses, id, alternatives, offset, endOffset);
        if (kept === undefined) {
          return;
        }
        [id, alternatives] = kept;
      }
      while (offset >= next) {
        line++;
        lineStart = next;
        next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : Number.POSITIVE_INFINITY;
      }
      if (senses !== undefined && !this.keptAsTerm(senses, id, alternatives, offset, endOffset, line)) {
        return;
      }
      const start = offset - lineStart;
      visit(id, line, start, start + (endOffset - offset), offset, endOffset, alternatives, via);
    });
  }

  get headings(): readonly Heading[] {
    this.headingList ??= this.refused === undefined ? extractHeadings(this.text) : [];
    return this.headingList;
  }

  /**
   * Whether `offset` is note text: not in fenced code, front matter or HTML comments, nor in a
   * code span, link target, tag or URL of its line (see `text/markdown.ts`).
   */
  isNoteText(offset: number): boolean {
    if (offset < 0 || offset >= this.text.length || this.refused !== undefined || inRegions(this.blocks, offset)) {
      return false;
    }
    const { line } = this.lines.position(offset);
    const start = this.lines.lineStart(line);
    const end = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
    return !inRegions(inlineRegions(this.text, start, end), offset);
  }

  /** The term under `offset`, as the hover asks: only the text around it is scanned. */
  termAt(offset: number): Occurrence | undefined {
    if (this.refused !== undefined || inRegions(this.blocks, offset)) {
      return undefined;
    }
    const match = this.index.findTermAt(this.text, offset);
    if (match === undefined) {
      return undefined;
    }
    const senses = this.index.senses;
    if (senses === undefined) {
      return this.occurrence(match, this.lines);
    }
    let kept: [string, readonly string[]] | undefined = [match.id, match.alternatives];
    if (senses.has(match.id) || match.alternatives.some((a) => senses.has(a))) {
      kept = this.inSense(senses, match.id, match.alternatives, match.start, match.end);
    }
    if (kept === undefined || !this.keptAsTerm(senses, kept[0], kept[1], match.start, match.end, this.lines.position(match.start).line)) {
      return undefined;
    }
    return this.occurrence({ ...match, id: kept[0], alternatives: kept[1] }, this.lines);
  }

  /**
   * Whether a mention in sense stays a term where it is: kept on a casual line (see
   * `keptInCasual`), not an acronym the note expands to something else (see
   * `expandedOtherwise`) and not in the title of a film or book (see `inWorkTitle`).
   */
  private keptAsTerm(senses: SenseRules, id: string, alternatives: readonly string[], start: number, end: number, line: number): boolean {
    return (
      this.keptInCasual(senses, id, alternatives, start, end, line) &&
      !this.expandedOtherwise(senses, id, start, end) &&
      !inWorkTitle(this.text, start, end) &&
      !this.namesakeOf(start, line)
    );
  }

  /**
   * Whether a mention at `start` on `line` is what the line says only shares a name with the
   * course's term (see `DISCLAIMER`): `독도법 시간에 지도 학습 … 머신러닝 지도학습이랑 이름만
   * 같음` — every mention before the phrase compared to; that phrase's own stay.
   */
  private namesakeOf(start: number, line: number): boolean {
    const against = this.disclaimed(line);
    return against !== undefined && start < against[0];
  }

  /** Whether `[start, end)` is in the course phrase `line` compares its namesakes to: the term, named. */
  private isDisclaimedAgainst(start: number, end: number, line: number): boolean {
    const against = this.disclaimed(line);
    return against !== undefined && start >= against[0] && end <= against[1];
  }

  /** The course phrase `line` compares its namesakes to (see `disclaimedAgainst`), remembered. */
  private disclaimed(line: number): [number, number] | undefined {
    const lines = this.lines;
    this.disclaimers ??= new Array<[number, number] | null | undefined>(lines.lineCount);
    let found = this.disclaimers[line];
    if (found === undefined) {
      const from = lines.lineStart(line);
      const to = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : this.text.length;
      found = disclaimedAgainst(this.text, from, to) ?? null;
      this.disclaimers[line] = found;
    }
    return found ?? undefined;
  }

  /**
   * The terms a spelling at `[start, end)` stands for in its sense (see `SenseRules`): the first
   * and the others, or undefined when it is an everyday word there.
   */
  private inSense(senses: SenseRules, id: string, alternatives: readonly string[], start: number, end: number): [string, readonly string[]] | undefined {
    let at: number | undefined;
    const line = (): number => (at ??= this.lines.position(start).line);
    const context = (): string => this.sectionContext(line());
    const itemText = (): string => this.foldedItem(line());
    const spelling = this.text.slice(start, end);
    const twin = !this.isDisclaimedAgainst(start, end, line()) && comparedTwin(this.text, start, end, itemText);
    const kept = [id, ...alternatives].filter(
      (candidate) =>
        !twin &&
        senses.accepts(candidate, this.text, start, end, context, itemText) &&
        !(senses.isEveryday(candidate, spelling) && this.offTopic(senses, line()) && !this.cueOnLine(senses, candidate, start, line()) && !SET_APART.test(this.text.slice(end, end + 24))),
    );
    if (kept.length > 0 && (this.refersBack(senses, kept, start, end, line()) || this.deniedTwin(senses, kept, start, end, line()) || pairedApart(senses, kept, this.text, start, end))) {
      return undefined;
    }
    const [first, ...rest] = kept.length > 1 ? this.byNearestCue(senses, kept, start, end) : kept;
    return first === undefined ? undefined : [first, rest];
  }

  /**
   * Whether an everyday spelling at `[start, end)` is what its line denies: written like the
   * thing denied (`날씨 앱의 신뢰성 같은 거 말고`), or before a sentence that ends denying the same
   * spelling with a cue of the course (`"오퍼 넣을게요" … 흥정이지 캠페인 오퍼 아님`, `그건 구매
   * 관여도 아님`) — not one that denies an everyday reading (`고객이 느끼는 가치. 객관적 가치가 아님`).
   */
  private deniedTwin(senses: SenseRules, kept: readonly string[], start: number, end: number, line: number): boolean {
    const liked = LIKE_DENIED.test(this.text.slice(end, end + 16));
    const raw = liked ? '' : this.rawLine(line);
    if (!liked && (raw.length > DENIAL_LINE || !HAS_END_DENIAL.test(raw))) {
      return false;
    }
    const spelling = this.text.slice(start, end);
    if (!kept.every((id) => senses.isEveryday(id, spelling))) {
      return false;
    }
    if (liked) {
      return true;
    }
    const lineStart = this.lines.lineStart(line);
    for (const m of raw.matchAll(DENIED_AT_END)) {
      const from = lineStart + m.index;
      const phrase = m[0];
      if (start >= from + phrase.length || (start >= from && end <= from + phrase.length) || !phrase.includes(spelling)) {
        continue;
      }
      const folded = foldKey(phrase);
      // The course's cue, or for a term with none, a word of its own before the spelling (`구매 관여도 아님`).
      if (kept.every((id) => senses.hasCueIn(id, folded) || (!senses.hasCues(id) && /\S\s+\S/.test(phrase.trim())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an everyday spelling at `[start, end)` points back (`그 견고성은 물건 얘기`, `그것도
   * 다른 친밀성`) to the same spelling earlier on its line or the line above, and that one is an
   * everyday word: then this one is too.
   */
  private refersBack(senses: SenseRules, kept: readonly string[], start: number, end: number, line: number): boolean {
    // The cheap test first: a pointing word right before (most mentions have none).
    if (!POINTING_BEFORE.test(this.text.slice(Math.max(0, start - 5), start))) {
      return false;
    }
    const spelling = this.text.slice(start, end);
    if (!kept.every((id) => senses.isEveryday(id, spelling))) {
      return false;
    }
    const from = this.lines.lineStart(Math.max(0, line - 1));
    const before = this.text.lastIndexOf(spelling, start - 1);
    if (before < from) {
      return false;
    }
    const [id, ...alternatives] = kept as [string, ...string[]];
    return this.inSense(senses, id, alternatives, before, before + spelling.length) === undefined;
  }

  /**
   * Terms that share a spelling and are all in sense (DM: direct mail and data mart, both with a
   * cue in the section), the one the note says first: named by a cue in a gloss right after the
   * spelling (`DM(우편)`), else by the nearest definition of the abbreviation above it in its
   * block — its paragraph or list, up to `DEFINITION_REACH` lines (`데이터 마트(DM)`) — else the
   * nearest cue: on the
   * spelling's line, else on the closest line of its section (up to `CUE_REACH` lines away);
   * declared order breaks ties.
   */
  private byNearestCue(senses: SenseRules, kept: readonly string[], start: number, end: number): string[] {
    const lines = this.lines;
    const at = lines.position(start).line;
    // The section's first line (its heading), found by halving: a note may have thousands.
    const section = this.sectionAt(at);
    const from = section < 0 ? 0 : (this.headings[section] as Heading).line;
    const next = this.headings[section + 1];
    const to = next === undefined ? lines.lineCount - 1 : next.line - 1;
    // The note's own words first: a gloss right after the mention (`DM(우편 발송)`), else the
    // nearest line above in the section that defines the abbreviation (`데이터 마트(DM)`).
    const gloss = /^[ \t]*\(([^()\n]{1,40})\)/.exec(this.text.slice(end, end + 60));
    // Not a gloss that sets the spelling apart from another term (`편리성 (4C의 구매 편의성이랑 다름)`).
    if (gloss?.[1] !== undefined && !DENIAL_WORD.test(gloss[1])) {
      const folded = foldKey(gloss[1]);
      const glossed = kept.filter((id) => senses.hasCueIn(id, folded) || senses.spelledIn(id, folded));
      if (glossed.length > 0 && glossed.length < kept.length) {
        return [...glossed, ...kept.filter((id) => !glossed.includes(id))];
      }
    }
    const spelling = this.text.slice(start, end);
    if (/^[A-Za-z0-9]+$/.test(spelling)) {
      for (let line = at; line >= from && at - line <= DEFINITION_REACH; line--) {
        const folded = this.foldedLine(line);
        if (folded === '') {
          break;
        }
        const defined = kept.filter((id) => senses.definedAs(id, spelling, folded));
        if (defined.length > 0 && defined.length < kept.length) {
          return [...defined, ...kept.filter((id) => !defined.includes(id))];
        }
      }
    }
    // On the spelling's own line the nearest cue wins, by characters, not counting what the line
    // denies (`4C의 편리성 … ← 모바일 특성의 편리성이랑 헷갈리지 말 것`, `다이렉트 메일이 아니라 데이터 마트`).
    // Only the words around the spelling count, so a huge line costs its window.
    const distance = new Map<string, number>();
    const lineStart = lines.lineStart(at);
    const lineEnd = at + 1 < lines.lineCount ? lines.lineStart(at + 1) : this.text.length;
    const before = this.text.slice(Math.max(lineStart, start - CUE_WINDOW), start);
    const window = before + this.text.slice(start, Math.min(lineEnd, end + CUE_WINDOW));
    const own = foldKey(window);
    const position = foldKey(before).length;
    const negated = negatedRanges(window);
    for (const id of kept) {
      const near = senses.cueDistance(id, own, position, negated);
      if (near !== Number.POSITIVE_INFINITY) {
        distance.set(id, near / (2 * own.length + 1));
      }
    }
    for (let k = 1; k <= CUE_REACH && distance.size < kept.length; k++) {
      for (const line of [at - k, at + k]) {
        if (line < from || line > to) {
          continue;
        }
        const folded = this.foldedLine(line);
        const denied = this.deniedIn(line);
        for (const id of kept) {
          if (!distance.has(id) && senses.hasCueIn(id, folded) && (denied.length === 0 || senses.cueDistance(id, folded, -1, denied) !== Number.POSITIVE_INFINITY)) {
            distance.set(id, k);
          }
        }
      }
    }
    const far = CUE_REACH + 1;
    return kept.map((id, order) => ({ id, order, d: distance.get(id) ?? far })).sort((a, b) => a.d - b.d || a.order - b.order).map((c) => c.id);
  }

  /**
   * Whether `line` has a cue of `id` that is not in what the line denies (see `deniedIn`) — unless
   * the mention at `start` is in that denial too (`… 흥정이지 캠페인 오퍼 아님`: the first 오퍼 has
   * no cue, the second has 캠페인).
   */
  private cueOnLine(senses: SenseRules, id: string, start: number, line: number): boolean {
    const folded = this.foldedLine(line);
    if (!senses.hasCueIn(id, folded)) {
      return false;
    }
    const denied = this.deniedIn(line);
    return denied.length === 0 || senses.cueDistance(id, folded, this.foldedColumn(start, line), denied) !== Number.POSITIVE_INFINITY;
  }

  /** The folded text of `line` without the mention at `[start, end)` (its own words say nothing of the line). */
  private foldedLineWithout(line: number, start: number, end: number): string {
    const from = this.lines.lineStart(line);
    return foldKey(`${this.text.slice(from, start)} ${this.rawLine(line).slice(end - from)}`);
  }

  /** Where `offset` on `line` falls in the line's folded text (see `foldedLine`). */
  private foldedColumn(offset: number, line: number): number {
    return foldKey(this.text.slice(this.lines.lineStart(line), offset)).length;
  }

  /** Whether `[start, end)` on `line` is in what the line denies (`셋 다 OLAP이랑 무관`, `RFM의 Frequency 아님`). */
  private inDenial(start: number, line: number): boolean {
    const denied = this.deniedIn(line);
    if (denied.length === 0) {
      return false;
    }
    const at = this.foldedColumn(start, line);
    return denied.some(([a, b]) => at >= a && at < b);
  }

  /**
   * What `line` denies (see `NEGATED`), as ranges of its folded text, remembered; none for a
   * line without a word of denial or longer than `DENIAL_LINE`.
   */
  private deniedIn(line: number): ReadonlyArray<readonly [number, number]> {
    this.denials ??= new Array<ReadonlyArray<readonly [number, number]> | undefined>(this.lines.lineCount);
    let ranges = this.denials[line];
    if (ranges === undefined) {
      const raw = this.rawLine(line).replace(/\r?\n$/, '');
      ranges = raw.length <= DENIAL_LINE && DENIAL_WORD.test(raw) ? negatedRanges(raw) : [];
      this.denials[line] = ranges;
    }
    return ranges;
  }

  /**
   * Whether an everyday word on `line` is away from the course: in a casual section (see
   * `casualSections`) or an aside (see `isAsideLine`) not about studying, on a line that names no
   * CRM term. (`inSense` keeps it still when a cue of
   * its term is on the line: 학식 가격 … 더 나은 가치.)
   */
  private offTopic(senses: SenseRules, line: number): boolean {
    const casual = this.casualSections(senses);
    const kind = casual.lines[line];
    if (kind === OTHER_CLASS) {
      return !namesThisCourse(this.foldedLine(line));
    }
    if (kind === 0 || casual.evidence[line] !== 0) {
      return false;
    }
    // An aside in a course section may still be about studying (`외우는 팁: 롤업은 … ㅋㅋ`), but not
    // by the chapter it sets the thing apart from (`요가 골반 포지셔닝 → 7장 포지셔닝이랑 다름`).
    return kind === CASUAL || !this.studiedOutsideDenials(line);
  }

  /** Whether `line` names studying (see `namesStudy`) outside what it denies or disclaims. */
  private studiedOutsideDenials(line: number): boolean {
    const folded = this.foldedLine(line);
    if (!namesStudy(folded)) {
      return false;
    }
    const denied = this.deniedIn(line);
    const disclaimed = this.disclaimed(line);
    if (denied.length === 0 && disclaimed === undefined) {
      return true;
    }
    let kept = folded;
    for (const [from, to] of [...denied].sort((a, b) => b[0] - a[0])) {
      kept = `${kept.slice(0, from)} ${kept.slice(to)}`;
    }
    if (disclaimed !== undefined) {
      const lineStart = this.lines.lineStart(line);
      const raw = this.rawLine(line);
      const [from, to] = [disclaimed[0] - lineStart, disclaimed[1] - lineStart];
      // The disclaimed phrase in raw offsets: its folded text goes too.
      const phrase = foldKey(raw.slice(from, to));
      kept = phrase === '' ? kept : kept.replace(phrase, ' ');
    }
    return namesStudy(kept);
  }

  /**
   * Whether a mention of a course term (one that is evidence, see `SenseRules.isEvidence`) on
   * `line` stays: always outside casual sections and asides; in one, only beside another such
   * mention, a word about studying or relating to the course (`namesStudy`: 시험, 복습;
   * `relatesToCourse`: 체감, →) or an ending
   * that names it (`namedAfter`: 사회적 결속인가), or when it leads its line (`- 블랙컨슈머: 악의적
   * 요구. 카페 알바 때 한 명 있었음`) — a diary's 독도법 지도 학습, 휴가 분배 공정성
   * and 인지부조화 are everyday talk, its `RFM 복습` is not. Everyday words (generic, or
   * under a rule) follow `inSense` instead.
   */
  private keptInCasual(senses: SenseRules, id: string, alternatives: readonly string[], start: number, end: number, line: number): boolean {
    const casual = this.casualSections(senses);
    if (casual.lines[line] === 0) {
      return true;
    }
    const spelling = this.text.slice(start, end);
    if (!senses.isEvidence(id, spelling) || alternatives.some((a) => !senses.isEvidence(a, spelling))) {
      return true;
    }
    const folded = this.foldedLine(line);
    if (casual.lines[line] === OTHER_CLASS) {
      // Another class's words stay its own unless the line turns to this course.
      return namesThisCourse(folded) || namedAfter(this.text, end) || this.isDisclaimedAgainst(start, end, line) || this.inDenial(start, line);
    }
    return (
      (casual.evidence[line] as number) > 1 ||
      namesStudy(folded) ||
      relatesToCourse(folded) ||
      // A course term met in the student's life as a customer (`택배 앱 푸시 알림`, `미용실 단골`),
      // not a short acronym, which is another field's as often (`편의점 본사 SV`, `AIO 수랭 샀는데`).
      (!ACRONYM.test(spelling) && namesCustomerLife(this.foldedLineWithout(line, start, end))) ||
      namedAfter(this.text, end) ||
      this.isDisclaimedAgainst(start, end, line) ||
      // The course term an everyday thing is set apart from (`… 셋 다 OLAP이랑 무관`).
      this.inDenial(start, line) ||
      LINE_LEAD.test(this.text.slice(this.lines.lineStart(line), start))
    );
  }

  /**
   * The casual sections of the note: talk beside the course (`## 잡담`, a diary, a note about the
   * weekend), where 진돗개 충성도 and 골프 동반자 are everyday words whatever cue words are near.
   * A section is casual when neither its heading nor the headings above it (but the note's title,
   * level 1) name a CRM term — a term that is evidence (see `SenseRules.isEvidence`) — and few of
   * its lines do: under `CASUAL_TITLED_SHARE` when one of those headings below the title says so
   * (see `isCasualTitle`), else under `CASUAL_SHARE` of at least `CASUAL_MIN_LINES` lines.
   */
  private casualSections(senses: SenseRules): Casual {
    if (this.casual !== undefined) {
      return this.casual;
    }
    const headings = this.headings;
    const lines = this.lines;
    const evidenceIn = (spelling: string, id: string, alternatives: readonly string[]): boolean =>
      senses.isEvidence(id, spelling) && alternatives.every((a) => senses.isEvidence(a, spelling));
    const titledCourse = (spelling: string, id: string, alternatives: readonly string[]): boolean =>
      senses.titlesCourse(id, spelling) && alternatives.every((a) => senses.titlesCourse(a, spelling));
    // A heading names the course with any course word in it (`## 4장. 로열티`), unless it says
    // it is an aside (`## 잡담: 강아지 충성도`): then only with evidence.
    const casualTitle = headings.map((h) => isCasualTitle(h.title));
    const titleEvidence = headings.map((h, k) => {
      const named = casualTitle[k] === true ? evidenceIn : titledCourse;
      return this.index.scan(h.title, { markdown: false }).some((m) => named(h.title.slice(m.start, m.end), m.id, m.alternatives));
    });
    const sections = new Uint8Array(headings.length + 1);
    const spans: Array<{ at: number; titled: boolean; from: number; to: number }> = [];
    for (let at = -1; at < headings.length; at++) {
      let evidence = false;
      let titled = false;
      if (at >= 0) {
        const own = headings[at] as Heading;
        evidence = titleEvidence[at] === true;
        // A note's title (`# 메모`) names the note, not an aside in it.
        titled = own.level > 1 && casualTitle[at] === true;
        let level = own.level;
        // A heading that says it is an aside (`### 오늘의 TMI`, see `isAsideTitle`) starts one even
        // under a course heading: the course words above do not reach into it. Not a numbered one.
        const aside = titled && !/\d/.test(own.title) && isAsideTitle(own.title);
        for (let k = at - 1; k >= 0 && level > 1 && !evidence && !aside; k--) {
          const heading = headings[k] as Heading;
          if (heading.level < level) {
            level = heading.level;
            if (level > 1) {
              evidence = titleEvidence[k] === true;
              titled ||= casualTitle[k] === true;
            }
          }
        }
      }
      const from = at < 0 ? 0 : (headings[at] as Heading).line + 1;
      const to = at + 1 < headings.length ? (headings[at + 1] as Heading).line : lines.lineCount;
      if (!evidence && from < to) {
        spans.push({ at, titled, from, to });
      }
    }
    const evidence = new Uint8Array(lines.lineCount);
    const casualLines = new Uint8Array(lines.lineCount);
    // Lines whose evidence is counted: those of sections without CRM headings, asides in course
    // sections (`- 어제 알바에서 … 봄 ㅋㅋ`) and blocks labelled as asides (`> 잡담`, `**메모**`).
    const counted = new Uint8Array(lines.lineCount);
    for (const span of spans) {
      counted.fill(1, span.from, span.to);
    }
    const otherClass: number[] = [];
    for (let k = 0; k < lines.lineCount; k++) {
      if (inRegions(this.blocks, lines.lineStart(k))) {
        continue;
      }
      const raw = this.rawLine(k);
      if (isAsideLine(raw)) {
        casualLines[k] = ASIDE;
        counted[k] = 1;
      }
      if (isOtherClassLine(raw)) {
        otherClass.push(k);
      }
    }
    const asides = this.asideBlocks();
    for (const [from, to] of asides) {
      counted.fill(1, from, to);
    }
    const ranges: Region[] = [];
    for (let k = 0; k < lines.lineCount; k++) {
      if (counted[k] === 1) {
        let to = k + 1;
        while (to < lines.lineCount && counted[to] === 1) {
          to++;
        }
        ranges.push({ start: lines.lineStart(k), end: to < lines.lineCount ? lines.lineStart(to) : this.text.length });
        k = to;
      }
    }
    this.index.scanRanges(this.text, ranges, { blocks: this.blocks }, (start, end, _wordEnd, id, alternatives) => {
      if (evidenceIn(this.text.slice(start, end), id, alternatives)) {
        const line = lines.position(start).line;
        // A term the line sets something apart from (`셋 다 OLAP이랑 무관`) does not make it about the course.
        if (!this.inDenial(start, line)) {
          evidence[line] = Math.min(255, (evidence[line] as number) + 1);
        }
      }
    });
    // A block its writer labelled as an aside is one, however many homonyms (대통령 지지도) it has.
    for (const [from, to] of asides) {
      casualLines.fill(CASUAL, from, to);
    }
    for (const span of spans) {
      const { wordy, named } = this.wordyLines(evidence, span.from, span.to);
      const share = wordy === 0 ? 0 : named / wordy;
      const casual = span.titled ? share < CASUAL_TITLED_SHARE : wordy >= CASUAL_MIN_LINES && share < CASUAL_SHARE;
      sections[span.at + 1] = casual ? 1 : 0;
      if (casual) {
        casualLines.fill(CASUAL, span.from, span.to);
      } else if (span.titled && !(span.at >= 0 && NUMBERED.test((headings[span.at] as Heading).title))) {
        // Under `## 메모 (도서관 & 웹툰)` full of the student relating their day to the course,
        // every line is still an aside: a lone 경쟁자 or 동반자 there is everyday talk. A numbered
        // heading (`## 6.4 조별과제 메모`) is a part of the course.
        for (let k = span.from; k < span.to; k++) {
          casualLines[k] ||= ASIDE;
        }
      }
    }
    for (const k of otherClass) {
      casualLines[k] = OTHER_CLASS;
    }
    this.casual = { sections, evidence, lines: casualLines };
    return this.casual;
  }

  /**
   * Whether the note expands the acronym at `[start, end)` to something else than the term `id`
   * (`CRM(Crew Resource Management)`, `CRM은 Crew Resource Management`, see `expansionOf`),
   * there or anywhere in its paragraph (see `blockOf`): `회사에서 CRM 교육을 받는다` on the line
   * above is the same CRM.
   */
  private expandedOtherwise(senses: SenseRules, id: string, start: number, end: number): boolean {
    const acronym = this.text.slice(start, end);
    if (!ACRONYM.test(acronym)) {
      return false;
    }
    const here = expansionOf(this.text, start, end);
    if (here !== undefined) {
      return senses.expandsOtherwise(id, here);
    }
    // Elsewhere in the block, only when every expansion given there is another thing.
    const [from, to] = this.blockOf(this.lines.position(start).line);
    const there = this.expansionsIn(from, to).get(acronym);
    return there !== undefined && there.every((expansion) => senses.expandsOtherwise(id, expansion));
  }

  /** The lines `[from, to)` of the paragraph around `line` (see `paragraphs`), or the line alone. */
  private blockOf(line: number): [number, number] {
    if (this.paragraphAt === undefined) {
      const at = new Int32Array(this.lines.lineCount).fill(-1);
      this.paragraphs().forEach(([from, to], n) => at.fill(n, from, to));
      this.paragraphAt = at;
    }
    const n = this.paragraphAt[line] as number;
    return n < 0 ? [line, line + 1] : (this.paragraphs()[n] as [number, number]);
  }

  /** The acronyms the lines `[from, to)` expand in English (see `expansionOf`), remembered. */
  private expansionsIn(from: number, to: number): ReadonlyMap<string, readonly string[]> {
    const key = from * 0x100000 + to;
    this.expansions ??= new Map();
    let found = this.expansions.get(key);
    if (found === undefined) {
      found = new Map();
      const lines = this.lines;
      const chunk = this.text.slice(lines.lineStart(from), to < lines.lineCount ? lines.lineStart(to) : this.text.length);
      for (const m of chunk.matchAll(ACRONYMS)) {
        const expansion = expansionOf(chunk, m.index, m.index + m[0].length);
        if (expansion !== undefined) {
          found.set(m[0], [...(found.get(m[0]) ?? []), expansion]);
        }
      }
      this.expansions.set(key, found);
    }
    return found;
  }

  /**
   * The wordy lines in `[from, to)` — note text with a letter (see `WORDY`) — and how many of
   * them name a term which is evidence.
   */
  private wordyLines(evidence: Uint8Array, from: number, to: number): { wordy: number; named: number } {
    let wordy = 0;
    let named = 0;
    for (let k = from; k < to; k++) {
      if (!inRegions(this.blocks, this.lines.lineStart(k)) && WORDY.test(this.rawLine(k))) {
        wordy++;
        named += evidence[k] === 0 ? 0 : 1;
      }
    }
    return { wordy, named };
  }

  /**
   * Blocks labelled as asides inside the note: paragraphs (see `paragraphs`) whose first line is
   * such a label (see `isCasualLabel`) — `> 잡담`, `> 메모 (딴생각)`, `**일기 4/8**` then a list —
   * or the rest of a quote from such a label on: casual, like a section with a casual title.
   */
  private asideBlocks(): ReadonlyArray<readonly [number, number]> {
    const blocks: Array<readonly [number, number]> = [];
    for (const [from, to] of this.paragraphs()) {
      if (isCasualLabel(this.rawLine(from))) {
        blocks.push([from, to]);
      } else if (/^\s*>/.test(this.rawLine(from))) {
        // In a quote, a label further down starts the aside (`> 마지막 잡담) …` after a summary).
        for (let k = from + 1; k < to; k++) {
          if (isCasualLabel(this.rawLine(k))) {
            blocks.push([k, to]);
            break;
          }
        }
      }
    }
    return blocks;
  }

  /**
   * The note's paragraphs, as lines `[from, to)`: a run of quoted lines, or of other lines, up to
   * a blank line, a heading or code; an empty quoted line (`>`) ends a quoted one. Computed once.
   */
  private paragraphs(): ReadonlyArray<readonly [number, number]> {
    if (this.paragraphList === undefined) {
      const lines = this.lines;
      const out: Array<[number, number]> = [];
      const quoted = (k: number): boolean => /^\s*>/.test(this.rawLine(k));
      const open = (k: number): boolean => this.rawLine(k).trim() !== '' && !/^\s{0,3}#/.test(this.rawLine(k)) && !inRegions(this.blocks, lines.lineStart(k));
      for (let k = 0; k < lines.lineCount; k++) {
        if (!open(k)) {
          continue;
        }
        const quote = quoted(k);
        let to = k + 1;
        while (to < lines.lineCount && open(to) && quoted(to) === quote && !(quote && /^\s*>\s*$/.test(this.rawLine(to)))) {
          to++;
        }
        out.push([k, to]);
        k = to - 1;
      }
      this.paragraphList = out;
    }
    return this.paragraphList;
  }

  /** The index of the heading whose section holds `line`, or -1 before the first heading. */
  private sectionAt(line: number): number {
    const headings = this.headings;
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((headings[mid] as Heading).line <= line) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * The folded text of the heading section around `line` — from its heading to the next heading
   * of any level — with the titles of the headings above it (its path), computed once per
   * section. What sense cues are looked for in (see `SenseRules`).
   */
  sectionContext(line: number): string {
    const headings = this.headings;
    const at = this.sectionAt(line);
    this.sectionText ??= new Map();
    const cached = this.sectionText.get(at);
    if (cached !== undefined) {
      return cached;
    }
    // Folding drops every space and line break, so the section folds line by line (lines the
    // sense rules fold anyway).
    const from = at < 0 ? 0 : (headings[at] as Heading).line;
    const following = headings[at + 1];
    const to = following === undefined ? this.lines.lineCount : following.line;
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      parts.push(this.foldedLine(k));
    }
    const path: string[] = [];
    let level = at < 0 ? 0 : (headings[at] as Heading).level;
    for (let k = at - 1; k >= 0 && level > 1; k--) {
      const heading = headings[k] as Heading;
      if (heading.level < level) {
        if (heading.level > 1) {
          path.push(heading.title);
        }
        level = heading.level;
      }
    }
    const folded = foldKey(path.join('\n')) + parts.join('');
    this.sectionText.set(at, folded);
    return folded;
  }

  /**
   * The folded text of a line with the list item it is nested in (`  - 여기서 가치(Value)는 …`
   * under `- 5V = … + 가치(Value)`): where an everyday-sense word (`notWith`) counts.
   */
  private foldedItem(line: number): string {
    const own = this.foldedLine(line);
    const indent = LIST_ITEM.exec(this.rawLine(line))?.[1]?.length ?? 0;
    if (indent === 0) {
      return own;
    }
    for (let k = line - 1; k >= 0 && line - k <= ITEM_REACH; k--) {
      const item = LIST_ITEM.exec(this.rawLine(k));
      if (item === null) {
        if (this.rawLine(k).trim() === '' || /^\s*#/.test(this.rawLine(k))) {
          break;
        }
        continue;
      }
      if ((item[1]?.length ?? 0) < indent) {
        return this.foldedLine(k) + own;
      }
    }
    return own;
  }

  private rawLine(line: number): string {
    const lines = this.lines;
    return this.text.slice(lines.lineStart(line), line + 1 < lines.lineCount ? lines.lineStart(line + 1) : this.text.length);
  }

  /** The folded text of one line (without its line break), computed once. */
  private foldedLine(line: number): string {
    this.lineText ??= new Map();
    let folded = this.lineText.get(line);
    if (folded === undefined) {
      const lines = this.lines;
      let end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : this.text.length;
      while (end > lines.lineStart(line) && (this.text.charCodeAt(end - 1) === 0x0a || this.text.charCodeAt(end - 1) === 0x0d)) {
        end--;
      }
      folded = foldKey(this.text.slice(lines.lineStart(line), end));
      this.lineText.set(line, folded);
    }
    return folded;
  }

  /** `termAt` by 0-based line and UTF-16 column. */
  termAtPosition(line: number, character: number): Occurrence | undefined {
    return this.termAt(this.lines.lineStart(line) + character);
  }

  private occurrence(match: TermMatch, lines: LineIndex): Occurrence {
    const { line, column } = lines.position(match.start);
    return {
      id: match.id,
      alternatives: match.alternatives,
      via: match.via,
      offset: match.start,
      endOffset: match.end,
      line,
      start: column,
      end: column + (match.end - match.start),
      text: this.text.slice(match.start, match.end),
    };
  }
}
