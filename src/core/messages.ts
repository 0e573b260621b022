/**
 * Messages of the core and the CLI, in Korean first and English as the fallback. The extension's
 * own UI strings go through `vscode.l10n`; these are the ones the core produces, which the CLI and
 * the extension both show.
 */

export type Locale = 'ko' | 'en';

const MESSAGES = {
  'file.tooLarge': ['파일이 너무 큽니다: {0}바이트 (한도 {1}바이트).', 'File too large: {0} bytes (limit {1} bytes).'],
  'file.tooDeep': ['중첩이 너무 깊습니다: 깊이 {0} (한도 {1}).', 'Nesting too deep: depth {0} (limit {1}).'],
  'file.utf16': ['UTF-16으로 저장된 파일입니다. UTF-8로 저장하세요.', 'The file is UTF-16. Save it as UTF-8.'],
  'file.invalidUtf8': ['UTF-8로 읽을 수 없는 바이트가 있습니다 (위치 {0}).', 'Invalid UTF-8 at byte {0}.'],
  'file.binary': ['텍스트가 아닌(바이너리) 파일입니다.', 'Not a text file (binary).'],
  'file.notFound': ['파일을 찾을 수 없습니다: {0}', 'File not found: {0}'],
  'file.unwritable': ['파일을 쓸 수 없습니다: {0} ({1})', 'Cannot write file: {0} ({1})'],
  'file.unreadable': ['파일을 읽을 수 없습니다: {0} ({1})', 'Cannot read file: {0} ({1})'],
  'file.timeout': ['{0}초 안에 읽지 못해서 이 파일은 건너뜁니다 (FIFO나 아주 느린 드라이브일 수 있습니다).', 'Not read within {0} s, so this file is skipped (a FIFO or a very slow drive?).'],
  'file.keptLastGood': ['지금은 읽을 수 없어서 마지막으로 읽은 내용을 씁니다: {0}', 'Cannot read it now, so the last good copy is used: {0}'],
  'json.syntax': ['JSON 문법 오류: {0}', 'JSON syntax error: {0}'],
  'glossary.notObject': ['용어집의 최상위 값은 객체({ … })여야 합니다.', 'The top level of a glossary must be an object ({ … }).'],
  'glossary.formatVersion': ['formatVersion은 1이어야 합니다 (지금: {0}).', 'formatVersion must be 1 (found: {0}).'],
  'glossary.notArray': ['"{0}"는 배열이어야 합니다.', '"{0}" must be an array.'],
  'field.unknown': ['알 수 없는 필드라서 무시합니다: "{0}"', 'Unknown field "{0}" is ignored.'],
  'field.missing': ['필수 필드가 없습니다: "{0}"', 'Required field "{0}" is missing.'],
  'field.type': ['"{0}"의 값은 {1} 형식이어야 합니다.', '"{0}" must be {1}.'],
  'field.empty': ['값이 비어 있습니다: "{0}"', '"{0}" is empty.'],
  'field.tooLong': ['값이 너무 깁니다: "{0}" {1}자 (한도 {2}자).', '"{0}" is too long: {1} characters (limit {2}).'],
  'entry.notObject': ['항목은 객체여야 합니다.', 'An entry must be an object.'],
  'entry.badId': ['id에는 영문 소문자, 숫자, -, .만 쓸 수 있습니다: "{0}"', 'id "{0}" may only use lower-case letters, digits, "-" and ".".'],
  'entry.duplicateId': ['같은 계층에 이미 있는 id라서 이 항목은 건너뜁니다: "{0}" (먼저 나온 곳: {1})', 'id "{0}" is already defined in this layer ({1}); this entry is skipped.'],
  'chapter.unknown': ['장을 찾을 수 없어서 이 용어는 "사용자 용어"에 넣습니다: "{0}"', 'Chapter "{0}" not found; the term goes under "User terms".'],
  'chapter.unknownParent': ['상위 장을 찾을 수 없습니다: "{0}"', 'Parent chapter "{0}" not found.'],
  'chapter.cycle': ['장 "{0}"의 상위 관계가 순환합니다.', 'Chapter "{0}" is its own ancestor.'],
  'reference.unknown': ['{0}에 있는 id를 찾을 수 없습니다: "{1}"', 'Unknown id "{1}" in "{0}".'],
  'alias.conflict': ['이미 다른 용어({1})의 표기라서 이 용어에서는 빠집니다: "{0}". 두 용어가 함께 쓰려면 양쪽 "ambiguous"에 넣으세요.', '"{0}" is already used by the term {1}, so this term does not get it. To share it, list it in both terms\' "ambiguous".'],
  'alias.tooShort': ['한 글자짜리 표기는 노트에서 찾을 수 없어서 빠집니다: "{0}"', 'A one-character spelling cannot be found in notes and is dropped: "{0}"'],
  'term.tooShort': ['한글 한 글자가 아닌 한 글자 표제어는 노트에서 찾을 수 없습니다: "{0}". 별칭을 더하세요.', 'A one-character headword that is not a Hangul syllable is never found in notes: "{0}". Add an alias.'],
  'fact.kind': ['알 수 없는 fact 종류 "{0}" (enumeration, sequence, formula, figure 중 하나).', 'Unknown fact kind "{0}" (one of enumeration, sequence, formula, figure).'],
  'fact.tooFew': ['"{0}"에는 항목이 두 개 이상 있어야 합니다.', '"{0}" needs at least two items.'],
  'fact.valueNotInStatement': ['문장 안에 없는 수치입니다: "{0}"', 'The value "{0}" does not occur in the statement.'],
  'fact.operandNotInRight': ['식의 오른쪽에 없는 피연산자입니다: "{0}"', 'Operand "{0}" does not occur in the right-hand side.'],
  'cli.unknownWord': ['용어집에 없는 말입니다: {0}', 'Not in the glossary: {0}'],
  'cli.suggestions': ['혹시 이 용어인가요? {0}', 'Did you mean: {0}'],
  'cli.noSuggestions': ['비슷한 용어도 없습니다.', 'No similar terms either.'],
  'cli.usage': ['사용법 오류: {0}', 'Usage error: {0}'],
  'cli.unknownCommand': ['알 수 없는 명령: {0}', 'Unknown command: {0}'],
  'cli.unknownOption': ['알 수 없는 옵션: {0}', 'Unknown option: {0}'],
  'cli.missingArgument': ['{0} 인자가 필요합니다.', '{0} is required.'],
  'cli.missingValue': ['{0} 다음에 값이 필요합니다.', '{0} needs a value.'],
  'cli.skippedFile': ['{0}: 건너뜀 — {1}', '{0}: skipped — {1}'],
  'cli.glossaryProblems': ['{0}: 용어집 문제 {1}건 (내장 용어는 그대로 씁니다).', '{0}: {1} glossary problem(s) (bundled terms still in use).'],
  'cli.valid': ['{0}: 문제 없음 (용어 {1}개, 장 {2}개).', '{0}: valid ({1} terms, {2} chapters).'],
  'cli.noTerms': ['용어를 찾지 못했습니다.', 'No terms found.'],
  'lint.misspelt': ['용어집 표기와 다릅니다: "{0}" → "{1}"', 'Not the glossary spelling: "{0}" → "{1}"'],
  'lint.twoSpellings': ['한 노트에서 같은 용어를 두 가지로 씁니다: "{0}" / "{1}"', 'This note spells one term two ways: "{0}" / "{1}"'],
  'lint.fixed': ['{0}: {1}곳을 고쳤습니다.', '{0}: fixed {1} place(s).'],
  'lint.none': ['문제가 없습니다.', 'No problems found.'],
  'cli.summary': ['— 용어 {0}번, 서로 다른 용어 {1}개', '— {0} occurrences of {1} terms'],
  'cli.help': ['도움말: crm-notes --help', 'Help: crm-notes --help'],
  'cli.missingSubcommand': ['{0} 다음에 하위 명령이 필요합니다: {1}', '{0} needs a subcommand: {1}'],
  'cli.badLang': ['--lang에는 ko 또는 en만 쓸 수 있습니다 (받은 값: {0}).', '--lang takes ko or en (got: {0}).'],
  'cli.glossaryUnusable': ['{0}: 이 용어집을 쓸 수 없습니다.', '{0}: this glossary cannot be used.'],
  'file.notRegular': ['일반 파일이 아닙니다 (FIFO, 장치, 소켓은 읽지 않습니다): {0}', 'Not a regular file (FIFOs, devices and sockets are not read): {0}'],
  'label.aliases': ['다른 표기', 'Also written'],
  'label.related': ['관련 용어', 'Related'],
  'label.confusable': ['헷갈리기 쉬운 용어', 'Often confused with'],
  'stats.summary': ['용어 {0}개, 장 {1}개, 절 {2}개, 별칭 {3}개', '{0} terms, {1} chapters, {2} sections, {3} aliases'],
  'quiz.type.definition': ['정의', 'definition'],
  'quiz.type.reverse': ['용어 맞히기', 'term'],
  'quiz.type.cloze': ['빈칸', 'cloze'],
  'quiz.type.list': ['나열', 'list'],
  'quiz.type.sequence': ['순서', 'sequence'],
  'quiz.type.formula': ['공식', 'formula'],
  'quiz.type.choice': ['객관식', 'multiple choice'],
  'quiz.type.user': ['직접 만든 카드', 'own card'],
  'quiz.summary': ['카드 {0}장 — {1}', '{0} cards — {1}'],
  'quiz.none': ['만들 카드가 없습니다: 노트에 용어집 용어, 정의 문장(X란 …이다), 목록, 화살표, 공식이나 Q::A 카드가 있어야 합니다.', 'No cards to make: a note needs glossary terms, defining sentences (X란 …이다), lists, arrows, formulas or Q::A cards.'],
  'quiz.written': ['{0}에 카드 {1}장을 썼습니다.', 'Wrote {1} cards to {0}.'],
  'cli.badFormat': ['--format에는 {0} 중 하나를 쓸 수 있습니다 (받은 값: {1}).', '--format takes one of {0} (got: {1}).'],
  'cli.badTypes': ['알 수 없는 카드 유형: {0} (쓸 수 있는 값: {1}).', 'Unknown card type: {0} (one of {1}).'],
  'cli.badSeed': ['--seed에는 0 이상의 정수를 씁니다 (받은 값: {0}).', '--seed takes a whole number ≥ 0 (got: {0}).'],
  'cli.outNeedsFormat': ['--out에는 --format도 필요합니다.', '--out needs --format too.'],
  'stats.facts': ['정리: 열거 {0}, 순서 {1}, 공식 {2}, 수치 {3}', 'Facts: {0} enumerations, {1} sequences, {2} formulas, {3} figures'],
  'practice.summary': ['{0}장 복습 — 다시 {1} · 어려움 {2} · 알맞음 {3} · 쉬움 {4}', '{0} reviewed — again {1} · hard {2} · good {3} · easy {4}'],
  'practice.nextDue': ['다음 복습: {0} 뒤', 'next review in {0}'],
  'interval.minutes': ['{0}분', '{0} min'],
  'interval.hours': ['{0}시간', '{0} h'],
  'interval.days': ['{0}일', '{0} d'],
  'interval.months': ['{0}개월', '{0} mo'],
  'interval.years': ['{0}년', '{0} y'],
  'reviews.notJson': ['복습 기록 파일이 올바른 JSON이 아닙니다: {0}', 'The review file is not valid JSON: {0}'],
  'reviews.empty': ['복습 기록 파일이 비어 있습니다.', 'The review file is empty.'],
  'reviews.notObject': ['복습 기록 파일의 최상위 값은 객체({ … })여야 합니다.', 'The top level of the review file must be an object ({ … }).'],
  'reviews.wrongFormat': ['복습 기록 파일이 아닙니다: "format"이 "crm-notes-reviews"여야 합니다 (지금: {0}).', 'Not a review file: "format" must be "crm-notes-reviews" (found: {0}).'],
  'reviews.badVersion': ['"version"은 1 이상의 정수여야 합니다 (지금: {0}).', '"version" must be a whole number from 1 (found: {0}).'],
  'reviews.badSection': ['"{0}"의 값은 {1} 형식이어야 합니다.', '"{0}" must be {1}.'],
  'reviews.allEntriesBad': ['복습 기록 {0}건이 모두 잘못되어 있습니다.', 'All {0} review entries are invalid.'],
  'reviews.badEntry': ['복습 기록 "{0}"의 "{1}" 값이 잘못되어 이 항목은 건너뜁니다.', 'Review entry "{0}": bad "{1}", so the entry is skipped.'],
  'reviews.badCardId': ['카드 id가 잘못되어 이 항목은 건너뜁니다: "{0}"', 'Bad card id, so the entry is skipped: "{0}"'],
  'reviews.dropped': ['복습 기록 파일에서 잘못된 항목 {0}건을 건너뛰었습니다.', 'Skipped {0} invalid entries in the review file.'],
  'reviews.keptCopy': ['잘못된 항목이 있던 원래 복습 기록 파일을 옮겨 두었습니다: {0}', 'The original review file with invalid entries was kept as: {0}'],
  'reviews.movedAside': ['복습 기록 파일이 손상되어 옮겨 두고 빈 기록으로 시작합니다: {0} ({1})', 'The review file is damaged; it was moved to {0} and review history starts empty ({1}).'],
  'reviews.moveAsideFailed': ['손상된 복습 기록 파일을 옮기지 못해서 저장하지 않았습니다: {0}', 'Could not move the damaged review file aside, so nothing was saved: {0}'],
  'reviews.newer': ['복습 기록 파일이 더 새 버전(version {0})의 형식이라 읽기 전용으로 엽니다. 확장을 업데이트하세요.', 'The review file is from a newer version (version {0}); it is opened read-only. Update the extension.'],
  'reviews.readOnly': ['복습 기록이 읽기 전용이라 이 채점은 저장되지 않았습니다 (파일 version {0}).', 'The review history is read-only, so this grade was not saved (file version {0}).'],
  'reviews.readFailed': ['복습 기록 파일을 읽지 못해서 이 채점은 저장되지 않았습니다: {0}', 'Could not read the review file, so this grade was not saved: {0}'],
  'reviews.writeFailed': ['복습 기록을 저장하지 못했습니다: {0}', 'Could not save the review history: {0}'],
  'reviews.unknownCard': ['알 수 없는 카드입니다: "{0}"', 'Unknown card: "{0}"'],
  'practice.reveal': ['정답 보기', 'Show answer'],
  'practice.check': ['확인', 'Check'],
  'practice.typeHere': ['답을 입력하세요', 'Type your answer'],
  'practice.again': ['다시', 'Again'],
  'practice.hard': ['어려움', 'Hard'],
  'practice.good': ['알맞음', 'Good'],
  'practice.easy': ['쉬움', 'Easy'],
  'practice.right': ['정답', 'Right'],
  'practice.almost': ['거의 맞음', 'Almost'],
  'practice.wrong': ['오답', 'Wrong'],
  'practice.missing': ['빠진 항목', 'Missing'],
  'practice.extra': ['해당 없는 항목', 'Not in the answer'],
  'practice.expected': ['정답', 'Answer'],
  'practice.openSource': ['노트에서 보기', 'Open in note'],
  'practice.hint': ['초성 힌트', 'Initials hint'],
  'practice.cram': ['벼락치기 모드: 복습 일정은 바뀌지 않습니다.', 'Cram mode: the review schedule is not changed.'],
  'practice.done': ['오늘 복습할 카드를 다 봤습니다.', 'No more cards due today.'],
  'practice.notSaved': ['저장되지 않았습니다', 'Not saved'],
  'practice.order': ['단계를 순서대로 놓으세요', 'Put the steps in order'],
  'practice.moveUp': ['위로 옮기기', 'Move up'],
  'practice.moveDown': ['아래로 옮기기', 'Move down'],
  'practice.grades': ['얼마나 잘 기억했나요?', 'How well did you remember?'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageCode = keyof typeof MESSAGES;

/** Formats a message, filling `{0}`, `{1}`, … from `args`. */
export function message(locale: Locale, code: MessageCode, ...args: readonly (string | number)[]): string {
  const template = MESSAGES[code][locale === 'ko' ? 0 : 1];
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** Every message code, for tests that check both languages are filled in. */
export function messageCodes(): readonly MessageCode[] {
  return Object.keys(MESSAGES) as MessageCode[];
}

const JSON_REASONS: Record<string, readonly [string, string]> = {
  InvalidSymbol: ['잘못된 기호', 'invalid symbol'],
  InvalidNumberFormat: ['잘못된 숫자 형식', 'invalid number format'],
  PropertyNameExpected: ['속성 이름이 와야 합니다', 'property name expected'],
  ValueExpected: ['값이 와야 합니다', 'value expected'],
  ColonExpected: ['콜론(:)이 와야 합니다', 'colon expected'],
  CommaExpected: ['쉼표(,)가 와야 합니다', 'comma expected'],
  CloseBraceExpected: ['닫는 중괄호(})가 와야 합니다', 'closing brace expected'],
  CloseBracketExpected: ['닫는 대괄호(])가 와야 합니다', 'closing bracket expected'],
  EndOfFileExpected: ['파일이 끝나야 합니다', 'end of file expected'],
  InvalidCommentToken: ['잘못된 주석', 'invalid comment'],
  UnexpectedEndOfComment: ['주석이 닫히지 않았습니다', 'unterminated comment'],
  UnexpectedEndOfString: ['문자열이 닫히지 않았습니다', 'unterminated string'],
  UnexpectedEndOfNumber: ['숫자가 끝나지 않았습니다', 'unterminated number'],
  InvalidUnicode: ['잘못된 유니코드 이스케이프', 'invalid unicode escape'],
  InvalidEscapeCharacter: ['잘못된 이스케이프 문자', 'invalid escape character'],
  InvalidCharacter: ['잘못된 문자', 'invalid character'],
};

/** A JSON syntax error reason (jsonc-parser's error name) in words. */
export function jsonReason(locale: Locale, name: string): string {
  const reason = JSON_REASONS[name];
  return reason === undefined ? name : reason[locale === 'ko' ? 0 : 1];
}

/** Picks the message locale from a BCP 47 tag or a POSIX locale (`ko_KR.UTF-8`, `en-US`, `C`). */
export function localeFrom(tag: string | undefined): Locale {
  if (tag === undefined || tag === '' || tag === 'C' || tag === 'POSIX' || /^C\./.test(tag)) {
    return 'ko';
  }
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
