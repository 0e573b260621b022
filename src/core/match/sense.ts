import type { Sense } from '../glossary/types';
import { isAsciiAlnum, isAsciiLetter, isHangul } from '../korean/hangul';
import { foldKey } from '../text/fold';

/** What `SenseRules` needs of a term: its spellings and its sense, when it has one. */
export interface SenseTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly english?: string | undefined;
  /** An everyday word (고객, 가치): like a term with a sense, no evidence that a section is about CRM. */
  readonly generic?: boolean | undefined;
  readonly sense?: Sense | undefined;
}

interface Rule {
  /** Folded cue words, term ids expanded to every spelling of that term. */
  readonly cues: readonly string[];
  /** Folded spellings that are everyday words (need a cue, follow `notWith`); undefined for every spelling. */
  readonly spellings: ReadonlySet<string> | undefined;
  /** Folded words that mark the everyday sense when written right before any spelling of the term. */
  readonly notAfter: readonly string[];
  /** Folded words that mark the everyday sense anywhere on the spelling's line. */
  readonly notWith: readonly string[];
  /** The same words as written (lower case), to find which mention of a line they are about. */
  readonly notWithWritten: readonly string[];
}

/**
 * Where an everyday word counts as its glossary term: 신뢰도 is association-rule confidence
 * only where the note talks about 연관규칙 (a cue in the same heading section), and 채널 is no
 * term in `TV 채널` (a word right before it). The matcher finds spellings; these rules decide,
 * with the note's structure, whether a found spelling is the term (see `Note`).
 */
export class SenseRules {
  /**
   * The last folded section and line looked in, with each term's verdict there: matches come in
   * text order, so one entry each keeps a long section or line from being searched once per
   * mention (which would be quadratic in its length).
   */
  private readonly lastCues = new Verdicts();
  private readonly lastLine = new Verdicts();

  private constructor(
    private readonly rules: ReadonlyMap<string, Rule>,
    private readonly generic: ReadonlySet<string>,
    /** Each term's spellings that are plain English words (see `isPlainEnglish`), folded. */
    private readonly plain: ReadonlyMap<string, ReadonlySet<string>>,
    /** Every spelling of each term, folded (see `definedAs`). */
    private readonly folded: ReadonlyMap<string, readonly string[]>,
  ) {}

  /**
   * The rules of every term with a `sense` or a plain English spelling (see `isPlainEnglish`),
   * or undefined when no term has either.
   */
  static build(terms: Iterable<SenseTerm>): SenseRules | undefined {
    const all = [...terms];
    const spellingsOf = new Map<string, string[]>();
    for (const term of all) {
      spellingsOf.set(term.id, [term.term, ...term.aliases, ...(term.english === undefined ? [] : [englishSpelling(term.english)])]);
    }
    const rules = new Map<string, Rule>();
    const generic = new Set<string>();
    const plain = new Map<string, Set<string>>();
    for (const term of all) {
      if (term.generic === true) {
        generic.add(term.id);
      }
      for (const spelling of spellingsOf.get(term.id) ?? []) {
        if (isPlainEnglish(spelling)) {
          let set = plain.get(term.id);
          if (set === undefined) {
            set = new Set();
            plain.set(term.id, set);
          }
          set.add(foldKey(spelling));
        }
      }
      const sense = term.sense;
      if (sense === undefined) {
        continue;
      }
      const cues = new Set<string>();
      for (const cue of sense.cues) {
        for (const word of spellingsOf.get(cue) ?? [cue]) {
          const folded = foldKey(word);
          if (folded !== '') {
            cues.add(folded);
          }
        }
      }
      rules.set(term.id, {
        cues: [...cues],
        spellings: sense.spellings === undefined ? undefined : new Set(sense.spellings.map(foldKey)),
        notAfter: sense.notAfter.map(foldKey).filter((w) => w !== ''),
        notWith: sense.notWith.map(foldKey).filter((w) => w !== ''),
        notWithWritten: sense.notWith.filter((w) => foldKey(w) !== '').map((w) => w.toLowerCase()),
      });
    }
    const folded = new Map([...spellingsOf].map(([id, spellings]) => [id, [...new Set(spellings.map(foldKey).filter((f) => f !== ''))]]));
    return rules.size === 0 && plain.size === 0 ? undefined : new SenseRules(rules, generic, plain, folded);
  }

  /**
   * Whether `spelling` of `id` says that a text is about CRM: not when the term is an everyday
   * word (generic) or its rule covers that spelling (see `isEveryday`); 고객만족 does, though the
   * rule of customer-satisfaction covers `CS`.
   */
  isEvidence(id: string, spelling: string): boolean {
    return !this.generic.has(id) && !this.isEveryday(id, spelling);
  }

  /**
   * Whether `spelling` of `id` in a heading says that the section is about CRM: evidence (see
   * `isEvidence`), or a course word with a second, everyday sense (로열티, 용병) — a heading
   * (`## 4장. 로열티`, `### 고객 유형 (만족 × 로열티)`) names the course, not the everyday thing.
   * Not a generic word (고객, 가치) nor a plain English one (support).
   */
  titlesCourse(id: string, spelling: string): boolean {
    return !this.generic.has(id) && this.plain.get(id)?.has(foldKey(spelling)) !== true;
  }

  /**
   * Whether `spelling` of `id` is a word of everyday talk (진돗개 충성도, 골프 동반자): one the
   * term's rule covers. In a casual section (see `Note`) such a mention needs a CRM term on its
   * own line.
   */
  isEveryday(id: string, spelling: string): boolean {
    const rule = this.rules.get(id);
    const folded = foldKey(spelling);
    return (rule !== undefined && (rule.spellings === undefined || rule.spellings.has(folded))) || this.plain.get(id)?.has(folded) === true;
  }

  /** Whether the rule of `id` names cues at all. */
  hasCues(id: string): boolean {
    return (this.rules.get(id)?.cues.length ?? 0) > 0;
  }

  /** Whether one of the cues of `id` occurs in `folded` (folded text); false when it has none. */
  hasCueIn(id: string, folded: string): boolean {
    const rule = this.rules.get(id);
    return rule !== undefined && this.lastCues.contains(folded, id, rule.cues);
  }

  /**
   * How far (in folded characters) the nearest cue of `id` in a folded line is from `at`, a cue
   * after it counting twice (a Korean modifier comes first: `모바일 기기의 편리성 (4C …)`), leaving
   * out cues inside `negated` ranges that `at` is not in (`다이렉트 메일이 아니라 데이터 마트`);
   * Infinity without one.
   */
  cueDistance(id: string, folded: string, at: number, negated: ReadonlyArray<readonly [number, number]>): number {
    let best = Number.POSITIVE_INFINITY;
    const denied = negated.filter(([a, b]) => at < a || at >= b);
    for (const cue of this.rules.get(id)?.cues ?? []) {
      for (let from = folded.indexOf(cue); from >= 0; from = folded.indexOf(cue, from + 1)) {
        const to = from + cue.length;
        if (!denied.some(([a, b]) => from >= a && to <= b)) {
          best = Math.min(best, at < from ? 2 * (from - at) : Math.max(0, at - to));
        }
      }
    }
    return best;
  }

  /** Whether a folded text writes one of the spellings of `id` (`(구매 편의성)` after Convenience). */
  spelledIn(id: string, folded: string): boolean {
    return (this.folded.get(id) ?? []).some((spelling) => folded.includes(spelling));
  }

  /**
   * Whether a folded line defines `abbreviation` as the term `id` — `데이터 마트(DM)` or
   * `DM(데이터 마트)` — so that the note's later `DM` is that term (see `Note`).
   */
  definedAs(id: string, abbreviation: string, folded: string): boolean {
    const short = foldKey(abbreviation);
    if (short === '' || !folded.includes(short)) {
      return false;
    }
    return (this.folded.get(id) ?? []).some((spelling) => spelling !== short && (folded.includes(`${spelling}(${short})`) || folded.includes(`${short}(${spelling}`)));
  }

  /**
   * Whether an English expansion the note gives an acronym (see `expansionOf`) names something
   * else than the term `id`: `CRM(Crew Resource Management)`, `EBM(Evidence-Based Medicine)`.
   * An expansion that shares at least half its words with one of the term's spellings is the
   * term (`Customer Relation Management`).
   */
  expandsOtherwise(id: string, expansion: string): boolean {
    const words = expansionWords(expansion);
    const spellings = this.folded.get(id) ?? [];
    const joined = words.join('');
    if (spellings.includes(joined)) {
      return false;
    }
    return !spellings.some((spelling) => words.filter((word) => word.length > 2 && spelling.includes(word)).length * 2 >= words.length);
  }

  /** Whether `id` has a rule at all: the cheap test before `accepts`. */
  has(id: string): boolean {
    return this.rules.has(id) || this.plain.has(id);
  }

  /**
   * Whether the spelling at `text[start, end)` is the term `id` there. `context` gives the folded
   * text of the heading section around it (and its heading path), computed only when a cue is
   * needed; `line`, when given, the folded text of its line — with the list item it is nested in,
   * where `notWith` words count too (a note caches both) — else the line is folded here.
   */
  accepts(id: string, text: string, start: number, end: number, context: () => string, line?: () => string): boolean {
    const folded = foldKey(text.slice(start, end));
    if (this.plain.get(id)?.has(folded) === true && inEnglishPhrase(text, start, end)) {
      return false;
    }
    const rule = this.rules.get(id);
    if (rule === undefined) {
      return true;
    }
    if (rule.notAfter.length > 0 && endsWithAny(wordsBefore(text, start), rule.notAfter)) {
      return false;
    }
    if (rule.spellings !== undefined && !rule.spellings.has(folded)) {
      return true;
    }
    if (rule.notWith.length > 0) {
      const folded = line === undefined ? foldKey(lineAround(text, start, end)) : line();
      if (this.lastLine.contains(folded, id, rule.notWith) && aboutThisMention(text, start, end, rule, folded)) {
        return false;
      }
    }
    if (rule.cues.length === 0) {
      return true;
    }
    return this.lastCues.contains(context(), id, rule.cues);
  }
}

/**
 * Words of a heading that announce talk beside the course (`## 잡담`, `## 일기 (5/3)`,
 * `## 개인 메모`): a section under such a heading is casual unless CRM terms fill it.
 */
const CASUAL_TITLE_WORDS = [
  '잡담', '일기', '일상', '메모', '딴소리', '딴얘기', '딴 얘기', '여담', '사담', '수다', '후기', '근황', '번외', '낙서', '끄적',
  '쉬어가기', '쉬는 시간', '기타', '교양', '개인', '오늘 있었던', '있었던 일', '오늘 한 일', '딴생각', '잡생각', 'tmi', 'diary', 'misc', 'off-topic', 'off topic',
  'personal', 'random',
].map(foldKey);

/** Casual title words that never head the course's own notes (not 메모, 기타, 후기, which may). */
const ASIDE_TITLE_WORDS = ['잡담', '일기', '일상', '딴소리', '딴얘기', '딴 얘기', '여담', '사담', '수다', '근황', '낙서', '딴생각', '잡생각', '쉬는 시간', 'tmi', 'off-topic', 'off topic'].map(foldKey);

/** Whether a heading's title says its section is talk beside the course whatever is above it (`### 오늘의 TMI`). */
export function isAsideTitle(title: string): boolean {
  const folded = foldKey(title);
  return ASIDE_TITLE_WORDS.some((word) => folded.includes(word));
}

/** Whether a heading's title says its section is beside the course (see `CASUAL_TITLE_WORDS`). */
export function isCasualTitle(title: string): boolean {
  const folded = foldKey(title);
  return CASUAL_TITLE_WORDS.some((word) => folded.includes(word));
}

/**
 * Words of a line about studying this course (`내일 RFM 복습`, `CRM 기출`, `6장 외우기`), not
 * any class (`경제원론 과제`, `도로 주행 시험`): in a casual section, such a line may name a
 * course term alone (see `Note`).
 */
const STUDY_WORDS = [
  'crm', '복습', '예습', '암기', '외우', '외웠', '외워', '기출', '족보', '교재', '챕터', '단원', '필기', '중간고사', '기말',
].map(foldKey);

/**
 * Words that relate a thing of the day to the course (`컵라면 사는 사람이 삼각김밥도 → 연관규칙
 * 체감`, `이게 바로 ASA 나쁜 예`): like `STUDY_WORDS`, for course terms only.
 */
// Talk about a term (선배가 타성적 로열티 얘기를 했다) names it too.
const RELATING_WORDS = ['→', '=>', '이게', '이것이', '그게', '그것이', '체감', '실감', '예시', '사례', '현실판', '그 자체', '설명'].map(foldKey);

/**
 * Endings right after a term that name it as what a thing of the day is (`이게 사회적
 * 결속인가`, `타성적 로열티인 듯`, `나도 체리피커였음`): the student relates it to the course.
 */
const NAMING_ENDINGS = [
  '인가', '인듯', '인 듯', '인것 같', '인 것 같', '이네', '이구나', '인셈', '인 셈', '이잖', '아닌가', '라는 거', '이라는 거', '였음', '였다', '였네', '였구나', '이었', '구나', '였을',
].map(foldKey);

/** A chapter of the course named by number (`6장`, `3장에서`). */
const CHAPTER = /\d장/;

/** Whether a folded line talks about studying the course (see `STUDY_WORDS`, `CHAPTER`). */
export function namesStudy(folded: string): boolean {
  return STUDY_WORDS.some((word) => folded.includes(word)) || CHAPTER.test(folded);
}

/** Whether a folded line relates something to the course (see `RELATING_WORDS`). */
export function relatesToCourse(folded: string): boolean {
  return RELATING_WORDS.some((word) => folded.includes(word));
}

/**
 * Words of the student's life as a customer (`편의점 앱 쿠폰`, `통신사 요금제`, `미용실 사장님`): on
 * a casual line, a course term there is the course's thing met in life, not another field's word.
 */
const CUSTOMER_LIFE_WORDS = [
  '가게', '매장', '카페', '편의점', '마트', '쇼핑', '백화점', '미용실', '식당', '빵집', '꽃집', '세탁소', '치킨집', '떡볶이집',
  '쿠폰', '할인', '적립', '주문', '구매', '구입', '결제', '환불', '택배', '배달', '배송', '통신사', '요금제', '고객센터',
  '서비스센터', '사장님', '점장', '손님', '서점', '구독', '해지', '약정', '사전예약', '스벅', '올리브영', '넷플릭스', '배달앱', '쇼핑몰', '샀',
].map(foldKey);

/** Whether a folded line is about the student's life as a customer (see `CUSTOMER_LIFE_WORDS`). */
export function namesCustomerLife(folded: string): boolean {
  return CUSTOMER_LIFE_WORDS.some((word) => folded.includes(word));
}

/** Whether the text right after a term at `end` names it as what something is (see `NAMING_ENDINGS`). */
export function namedAfter(text: string, end: number): boolean {
  const folded = foldKey(text.slice(end, end + 8));
  return NAMING_ENDINGS.some((ending) => folded.startsWith(ending));
}

/**
 * Marks of talk beside the course anywhere on a line: laughter, tears, `TMI`, `여담`; or a line
 * (or list item) opened like a code comment (`- // 축구 보다가: …`) or with a laugh (`ㅋ 주말에 …`).
 */
const ASIDE_MARK = /ㅋㅋ|ㅎㅎ|ㅠㅠ|ㅜㅜ|^[\s>]*(?:[-*+]\s+)?[ㅋㅎㅠㅜ]\s|(?:^|[^A-Za-z])TMI(?:[^A-Za-z]|$)|여담|잡담|뻘소리|딴소리|딴얘기|^[\s>]*(?:[-*+]\s+)?\/\/\s/;
/** Words of the student's own day: a time (오늘, 어제, 주말에) or the people and places of it. */
const ASIDE_DAY = /(?:^|[\s(\[])(?:오늘|어제|그제|엊그제|어젯밤|아까|방금|주말|지난주|저번 ?주|엄마|아빠|친구|동생|룸메|남친|여친|언니|오빠|누나|삼촌|사촌|이모|알바|동아리|단톡|조별과제|학생회|본가|군대|휴가 때)/;
/** A quoted line of prose (`> 우리 조 학번 이질성 심함`): not a list item, table row, heading or numbered point. */
const QUOTED_PROSE = /^\s*>[\s>]*(?![-*+|#]|\d+[.)]|\*\*)[^\s>]/;
/** A line that ends like a diary, before closing marks: 봄, 먹음, 더라, or a past tense (갔다, 외웠음, 했는데). */
const ASIDE_ENDING = /(?:봄|옴|먹음|받음|삼|더라|던데|ㅋ|ㅎ|ㅠ|ㅜ|([\uac00-\ud7a3])(?:다|음|는데|지만))[\s.!?~…)\]]*$/;
/** The final consonant ㅆ of a Hangul syllable: a past tense (갔, 외웠, 했). */
const JONG_SS = 20;

/** The final consonant ㅁ: a line ending in a nominal form (터짐, 함, 생김). */
const JONG_M = 16;

function endsInNominal(line: string): boolean {
  const last = /([\uac00-\ud7a3])[\s.!?~…)\]]*$/.exec(line)?.[1];
  return last !== undefined && (last.charCodeAt(0) - 0xac00) % 28 === JONG_M;
}

function endsLikeDiary(whole: string): boolean {
  // Only the end is read: the patterns are anchored there, and a long line costs its tail.
  const line = whole.length > 64 ? whole.slice(-64) : whole;
  const ending = ASIDE_ENDING.exec(line);
  if (ending === null) {
    return endsInNominal(line);
  }
  const before = ending[1];
  return before === undefined || (before.charCodeAt(0) - 0xac00) % 28 === JONG_SS || endsInNominal(line);
}

/**
 * Whether a line (as written) is the student's aside inside the course: laughter or a `TMI`
 * anywhere, a label that says so (`잡담: …`, see `isCasualLabel`), or a line about their own day (오늘, 어제, 알바, 엄마) that ends like a diary
 * (`봄`, `갔다`, `먹었음`). Its everyday words and lone course terms follow the rules of casual
 * sections (see `Note`).
 */
export function isAsideLine(raw: string): boolean {
  const line = raw.replace(/\r?\n$/, '');
  return ASIDE_MARK.test(line) || isCasualLabel(line) || ((ASIDE_DAY.test(line) || QUOTED_PROSE.test(line)) && endsLikeDiary(line));
}

/**
 * What a line about another class starts with, after a chat line's time and name (`[오후 9:47]
 * 서연:`) or a short label (`보충:`): its subject and the class (`경제원론 과제:`, `물리 교양 시간에`), or a 교양 — a class that
 * is never this one — however it goes on (`문화유산 교양 기말 준비`, `세계사 교양 과제가`).
 */
const OTHER_CLASS = /^[\s>]*(?:[-*+]\s+)?(?:\[[^\]\n]{1,16}\]\s*)?(?:[^\s:：\[\]]{1,10}\s?[:：]\s*)?(?:\*\*)?((?:[^\s:：*]{1,15}\s){0,2}[^\s:：*]{0,15}?)\s?(?:(?:교양|수업|과제|실험|강의)(?:\s?(?:시간|과제|때))?\s?(?:에서|에|때|[:：])|교양(?:\s?(?:시간|과제|수업|기말|중간|시험|발표|레포트))?(?:\s|가|는|은|도|이라)|(?<=[학론])\s?시간(?:에서|에|엔|때))/;
const CLASS_WORD = /교양|수업|과제|실험|강의|[학론]\s?시간/;
/** Words that make such a subject this course, or a day of it (`CRM 과제:`, `오늘 수업:`, `3주차 수업:`). */
const THIS_CLASS = /crm|고객|마케팅|경영|우리|이번|오늘|어제|내일|지난|다음|전공|팀플|조별|\d/i;

/**
 * Whether a line (as written) is about another class (`- 경제원론 과제: 댐 건설의 비용-편익 분석`,
 * `- 물리 교양 시간에 상대성 이론의 simultaneity 얘기`): its terms are that class's words, unless
 * the line links them to the course (see `Note`).
 */
export function isOtherClassLine(raw: string): boolean {
  if (!CLASS_WORD.test(raw)) {
    return false;
  }
  const subject = OTHER_CLASS.exec(raw)?.[1];
  return subject !== undefined && /[\uac00-\ud7a3A-Za-z]/.test(subject) && !THIS_CLASS.test(subject);
}

/**
 * Whether a line (as written) starts with a label that announces an aside — `> 잡담`, `> 메모:
 * 사촌 형이 …`, `- 오늘 한 일: …`, `**일기 4/8**`: the words before a colon or bracket, or a
 * short line, with a casual title word (see `isCasualTitle`).
 */
export function isCasualLabel(raw: string): boolean {
  const text = raw.replace(/^[\s>]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\[![^\]]*\]\s*)?/, '');
  const cut = text.search(/[:：)\]—]|\*\*|\s[-–]\s/);
  const label = (cut >= 0 ? text.slice(0, cut) : text).replace(/^[(\[]/, '').trim();
  if (label === '' || label.length > 20 || (cut < 0 && text.trim().length > 20)) {
    return false;
  }
  // The label starts with the word, as a word: `교양 정치학`, `일기 4/8`, but not `개인적 고객` or
  // `Personalization`; or ends with it after Korean words of its own (`생활 메모`, `오늘의 잡담`),
  // but not after a word of the course (`수업 메모`, `6장 메모`, `RFM 메모`).
  const folded = foldKey(label);
  return CASUAL_TITLE_WORDS.some((word) => {
    if (folded.startsWith(word)) {
      const next = label.charCodeAt(writtenLength(label, word.length));
      return !isHangul(next) && !isAsciiLetter(next);
    }
    if (folded.length > word.length && folded.endsWith(word)) {
      const head = label.slice(0, label.length - writtenTail(label, word.length));
      return /^[\uac00-\ud7a3 ]*[\uac00-\ud7a3] $/.test(head) && !COURSE_LABEL.test(head);
    }
    return false;
  });
}

/** Words before a casual word that make a label the course's own (`수업 메모`, `6장 메모`). */
const COURSE_LABEL = /수업|강의|교수|시험|고객|마케팅|복습|정리|요약|기출|족보|핵심|중요/;

/** How many UTF-16 units of `written` hold its first `folded` folded characters (spaces and hyphens skipped). */
function writtenLength(written: string, folded: number): number {
  let at = 0;
  for (let seen = 0; at < written.length && seen < folded; at++) {
    if (!/[\s-]/.test(written.charAt(at))) {
      seen++;
    }
  }
  return at;
}

/** Opening and closing marks of a title, and the kinds of work a title names. */
const TITLE_MARKS: ReadonlyArray<readonly [string, string]> = [['<', '>'], ['《', '》'], ['〈', '〉'], ['『', '』'], ['「', '」']];
const TITLE_OPEN = /[<《〈『「]/;
const WORK_WORDS = /(?:영화|드라마|책|소설|노래|웹툰|만화|예능|다큐|다큐멘터리|게임|애니|뮤지컬|연극|앨범|곡)\s?$/;

/**
 * Whether `text[start, end)` is in the title of a work the note names (`영화 <소셜 네트워크>`,
 * `책 『고객은 왜 떠나는가』`): a film or a book, not the term, whatever it is called.
 */
export function inWorkTitle(text: string, start: number, end: number): boolean {
  let before = text.slice(Math.max(0, start - 40), start);
  if (!TITLE_OPEN.test(before)) {
    return false;
  }
  before = before.slice(before.lastIndexOf('\n') + 1);
  const after = text.slice(end, end + 40).split('\n', 1)[0] as string;
  for (const [open, close] of TITLE_MARKS) {
    const at = before.lastIndexOf(open);
    if (at >= 0 && !before.slice(at + open.length).includes(close) && after.includes(close) && WORK_WORDS.test(before.slice(0, at))) {
      return true;
    }
  }
  return false;
}

/** Words an acronym's letters skip (`Ministry of Transport` → MT or MOT). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'by', 'with']);

function expansionWords(expansion: string): string[] {
  return expansion
    .toLowerCase()
    .split(/[\s\-/&]+/)
    .filter((word) => word !== '');
}

/**
 * The English expansion a note writes for the acronym at `text[start, end)`, in brackets right
 * after it (`CRM(Crew Resource Management, 승무원 자원 관리)`), right before it (`All-In-One
 * (AIO)`, `Evidence-Based Medicine(EBM)`) or said right after it (`CRM은 Crew Resource
 * Management`): a phrase of two or more words whose initials spell the acronym, with or without
 * small words (of, and). Undefined when there is none.
 */
export function expansionOf(text: string, start: number, end: number): string | undefined {
  const acronym = text.slice(start, end);
  if (!/^[A-Z]{2,6}$/.test(acronym)) {
    return undefined;
  }
  const after = /^\s?\(([^()\n]{3,80})\)/.exec(text.slice(end, end + 90))?.[1];
  const candidates: string[] = [];
  if (after !== undefined) {
    candidates.push(...after.split(/[,;·:]/));
  }
  // Or said in words right after: `CRM은 Crew Resource Management`, `DM = Dungeon Master`.
  const said = /^(?:은|는|이란|란|이라고|라고|\s?[=:])\s?([A-Z][A-Za-z\-/&]*(?: [A-Za-z][A-Za-z\-/&]*){1,6})/.exec(text.slice(end, end + 90))?.[1];
  if (said !== undefined) {
    candidates.push(said);
  }
  const before = /([A-Za-z][A-Za-z\-/& ]{2,80}?)\s?\(\s*$/.exec(text.slice(Math.max(0, start - 90), start))?.[1];
  if (before !== undefined) {
    candidates.push(before);
  }
  for (const candidate of candidates) {
    const phrase = candidate.trim();
    const words = expansionWords(phrase);
    if (words.length < 2 || !/^[A-Za-z][A-Za-z\-/& ]*$/.test(phrase)) {
      continue;
    }
    const all = words.map((w) => w[0]).join('').toUpperCase();
    const content = words.filter((w) => !SMALL_WORDS.has(w)).map((w) => w[0]).join('').toUpperCase();
    if (all === acronym || content === acronym || all.endsWith(acronym) || content.endsWith(acronym)) {
      return phrase;
    }
  }
  return undefined;
}

/** Whether one of a term's words occurs in a folded text, remembered for the last text. */
class Verdicts {
  private text = '';
  private readonly byId = new Map<string, boolean>();

  contains(folded: string, id: string, words: readonly string[]): boolean {
    if (folded !== this.text) {
      this.text = folded;
      this.byId.clear();
    }
    let verdict = this.byId.get(id);
    if (verdict === undefined) {
      verdict = words.some((word) => folded.includes(word));
      this.byId.set(id, verdict);
    }
    return verdict;
  }
}

/**
 * The word written right before `start`, folded: attached Latin (`TV채널`), after spaces
 * (`직원 로열티`) and without a possessive 의 (`직원의 로열티` → 직원).
 */
export function wordBefore(text: string, start: number): string {
  let end = start;
  let spaces = 0;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09) && spaces < 4) {
    end--;
    spaces++;
  }
  let from = end;
  while (from > 0 && end - from < 40) {
    const code = text.charCodeAt(from - 1);
    if (!isHangul(code) && !isAsciiAlnum(code)) {
      break;
    }
    from--;
  }
  let word = foldKey(text.slice(from, end));
  if (word.length > 1 && word.endsWith('의')) {
    word = word.slice(0, -1);
  }
  return word;
}

/**
 * The word before `start` (see `wordBefore`), with the word before that in front when a space
 * parts them: `notAfter` may name a phrase (`기업에 주는` 가치, `기업 입장` 가치).
 */
function wordsBefore(text: string, start: number): string {
  const word = wordBefore(text, start);
  let at = start;
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) {
    at--;
  }
  const from = at - writtenTail(text.slice(Math.max(0, at - 40), at), word.length);
  if (word === '' || from <= 0 || text.charCodeAt(from - 1) !== 0x20) {
    return word;
  }
  return wordBefore(text, from) + word;
}

/** How many characters of `written` the last `folded` folded characters take (spaces and hyphens aside). */
function writtenTail(written: string, folded: number): number {
  let at = written.length;
  for (let seen = 0; at > 0 && seen < folded; at--) {
    if (!/[\s-]/.test(written.charAt(at - 1))) {
      seen++;
    }
  }
  return written.length - at;
}

/** The line holding `text[start, end)`, at most `LINE_REACH` characters either side. */
function lineAround(text: string, start: number, end: number): string {
  const [from, to] = lineBounds(text, start, end);
  return text.slice(from, to);
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < LINE_REACH && text.charCodeAt(from - 1) !== 0x0a) {
    from--;
  }
  let to = end;
  while (to < text.length && to - end < LINE_REACH && text.charCodeAt(to) !== 0x0a) {
    to++;
  }
  return [from, to];
}

/**
 * Whether the everyday words of a line (`notWith`) are about the mention at `text[start, end)`
 * when the line writes that spelling more than once: `롤업은 셔츠 소매 롤업처럼` explains the
 * term by its everyday twin. A word is about the mention it overlaps, the one whose bracket it
 * stands in (`다이스(깍둑썰기)`), else the next one after it — the everyday word comes first in
 * `연극 스크립트` — or, with none after it, the last one before it. With one mention on the line,
 * every word is about it; so is a word found only in `context` (the folded line and the list item
 * it is nested in), not as written on the line.
 */
function aboutThisMention(text: string, start: number, end: number, rule: Rule, context: string): boolean {
  const [from, to] = lineBounds(text, start, end);
  const line = text.slice(from, to).toLowerCase();
  const spelling = text.slice(start, end).toLowerCase();
  const mentions: number[] = [];
  for (let at = line.indexOf(spelling); at >= 0; at = line.indexOf(spelling, at + spelling.length)) {
    mentions.push(at);
  }
  const self = start - from;
  if (mentions.length < 2 || !mentions.includes(self)) {
    return true;
  }
  for (let k = 0; k < rule.notWith.length; k++) {
    const word = rule.notWithWritten[k] as string;
    let written = false;
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + word.length)) {
      written = true;
      if (mentionOf(line, mentions, spelling.length, at, at + word.length) === self) {
        return true;
      }
    }
    // Found only folded (other spacing) or only in the item above: about the whole line.
    if (!written && context.includes(rule.notWith[k] as string)) {
      return true;
    }
  }
  return false;
}

/** The mention (start in `line`) an everyday word at `line[from, to)` is about (see `aboutThisMention`). */
function mentionOf(line: string, mentions: readonly number[], length: number, from: number, to: number): number {
  const overlapped = mentions.find((m) => m < to && from < m + length);
  if (overlapped !== undefined) {
    return overlapped;
  }
  const open = line.lastIndexOf('(', from);
  const bracketed = open >= 0 && !line.slice(open, from).includes(')') ? mentions.find((m) => m + length === open) : undefined;
  if (bracketed !== undefined) {
    return bracketed;
  }
  const after = mentions.find((m) => m >= to);
  return after ?? (mentions[mentions.length - 1] as number);
}

const LINE_REACH = 300;

/**
 * Whether a spelling is a plain English word (Monetary, Security, Prospect, Cross-selling):
 * letters and inner hyphens, at least three letters, no capital after the first letter and no
 * one-letter prefix (K-means). Such a word is everyday talk as often as it is the term, so it
 * follows the rules of everyday words (see `isEveryday`, `inEnglishPhrase`); acronyms and mixed
 * forms (RFM, e-CRM, SoLoMo) do not.
 */
export function isPlainEnglish(spelling: string): boolean {
  return /^[A-Za-z][a-z]+(?:-[a-z]+)*$/.test(spelling) && spelling.length >= 3;
}

/** Words that join English terms in a list (`Recency and Frequency`), not a phrase of their own. */
const JOINERS = new Set(['and', 'or', 'vs', 'versus', 'nor']);

/**
 * Whether `text[start, end)` is one word of a longer English phrase that is not itself a
 * spelling (the matcher prefers the longest): `the monetary policy`, `security check`. A
 * neighbour counts when it is a Latin word of two or more letters next to it with one space
 * between, not an acronym (CRM Value) and not a joiner (`Cross-selling or Up-selling`).
 */
export function inEnglishPhrase(text: string, start: number, end: number): boolean {
  return isPhraseWord(latinWordBefore(text, start)) || isPhraseWord(latinWordAfter(text, end));
}

function isPhraseWord(word: string): boolean {
  return word.length >= 2 && /[a-z]/.test(word) && !JOINERS.has(word.toLowerCase());
}

function latinWordBefore(text: string, start: number): string {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) {
    return '';
  }
  let from = start - 1;
  while (from > 0 && start - from < 40 && isAsciiLetter(text.charCodeAt(from - 1))) {
    from--;
  }
  return from > 0 && isAsciiAlnum(text.charCodeAt(from - 1)) ? '' : text.slice(from, start - 1);
}

function latinWordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 0x20) {
    return '';
  }
  let to = end + 1;
  while (to < text.length && to - end < 40 && isAsciiLetter(text.charCodeAt(to))) {
    to++;
  }
  return to < text.length && isAsciiAlnum(text.charCodeAt(to)) ? '' : text.slice(end + 1, to);
}

function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  return word !== '' && suffixes.some((s) => word.endsWith(s));
}

/**
 * How a note writes an English name: without the gloss in brackets at its end (`Convenience
 * (4C)` → Convenience, `SoLoMo (Social, Local, Mobile)` → SoLoMo); notes put their own words
 * in brackets after a name.
 */
export function englishSpelling(english: string): string {
  const bare = english.replace(/\s*\([^()]*\)\s*$/, '');
  return bare.trim() === '' ? english : bare;
}
