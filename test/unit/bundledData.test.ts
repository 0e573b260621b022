import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collisionKey } from '../../src/core/glossary/glossary';
import type { Fact, FactItem, Term } from '../../src/core/glossary/types';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { bundledSnapshot } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');

/** The card-sized first sentence of a definition (up to the first sentence-ending period). */
export function firstSentence(definition: string): string {
  const end = /[.。](\s|$)/.exec(definition);
  return end === null ? definition : definition.slice(0, end.index + 1);
}

/** Numbering a grader would have to strip: `1단계 …`, `GAP 1: …`, `제1법칙`, `1. …`, `(1) …`. */
const NUMBERED = /^\s*(\d+\s*(단계|차|번째)|GAP\s*\d|제\s*\d+\s*(법칙|단계|원칙|유형|차)|\(?\d+[.)]\s|[①-⑳])/i;

function listItems(fact: Fact): readonly FactItem[] {
  return fact.kind === 'enumeration' ? fact.items : fact.kind === 'sequence' ? fact.steps : [];
}

describe('내장 용어집 데이터 (the bundled glossary itself)', () => {
  const { glossary, index } = bundledSnapshot();
  const terms = [...glossary.terms.values()];

  it('파일마다, 합친 결과에도 문제가 하나도 없다', () => {
    const problems = glossary.diagnostics.map((d) => `${d.file}:${d.span.line + 1} ${d.code} ${d.args.join(' ')}`);
    assert.deepEqual(problems, []);
    for (const file of parseBundledGlossary()) {
      assert.equal(file.ok, true, file.file);
    }
  });

  it('500개 이상의 용어, 10개 장', () => {
    assert.ok(terms.length >= 500, `${terms.length} terms`);
    const chapters = glossary.childrenOf('crm');
    assert.equal(chapters.length, 10);
  });

  it('id와 표제어는 겹치지 않는다', () => {
    const headwords = new Map<string, string>();
    for (const term of terms) {
      const key = collisionKey(term.term);
      assert.equal(headwords.get(key), undefined, `${term.term} (${term.id}) vs ${headwords.get(key)}`);
      headwords.set(key, term.id);
    }
  });

  it('별칭은 ambiguous로 선언하지 않는 한 두 용어를 가리키지 않는다', () => {
    const owners = new Map<string, string[]>();
    for (const term of terms) {
      for (const spelling of new Set([term.term, ...term.aliases].map(collisionKey))) {
        owners.set(spelling, [...(owners.get(spelling) ?? []), term.id]);
      }
    }
    for (const [spelling, ids] of owners) {
      if (ids.length > 1) {
        const declared = ids.every((id) => glossary.terms.get(id)?.ambiguous.some((a) => collisionKey(a) === spelling));
        assert.ok(declared, `"${spelling}" is shared by ${ids.join(', ')}`);
      }
    }
  });

  it('모든 참조(related, confusable, facts의 term, 장)가 있는 것을 가리킨다', () => {
    for (const term of terms) {
      assert.ok(glossary.chapters.has(term.chapter), `${term.id} → ${term.chapter}`);
      for (const id of [...term.related, ...term.confusable]) {
        assert.ok(glossary.terms.has(id), `${term.id} → ${id}`);
      }
    }
    const raw = parseBundledGlossary().flatMap((f) => f.terms);
    for (const entry of raw) {
      for (const id of [...(entry.fields.related ?? []), ...(entry.fields.confusable ?? [])]) {
        assert.ok(glossary.terms.has(id), `${entry.id} refers to missing ${id}`);
      }
    }
  });

  it('헷갈리는 용어 연결은 양쪽에 있다 (교차판매/상향판매, 우량고객/초우량고객)', () => {
    for (const term of terms) {
      for (const other of term.confusable) {
        assert.ok(glossary.terms.get(other)?.confusable.includes(term.id), `${term.id} ↔ ${other}`);
      }
    }
    assert.ok(glossary.terms.get('cross-selling')?.confusable.includes('up-selling'));
    assert.ok(glossary.terms.get('good-customer')?.confusable.includes('super-good-customer'));
  });

  it('모든 글은 NFC이고 정의는 비어 있지 않다; 영어 이름이 있다', () => {
    for (const term of terms) {
      for (const text of [term.term, term.definition, term.explanation ?? '', ...term.aliases, term.english ?? '']) {
        assert.equal(text, text.normalize('NFC'), term.id);
        assert.ok(!/[\u200b-\u200d\ufeff\uff01-\uff5e]/.test(text), `${term.id}: invisible or full-width characters`);
      }
      assert.ok(term.definition.trim().length > 5, term.id);
      assert.ok(term.english !== undefined && term.english.trim() !== '', `${term.id} has an English name`);
      assert.ok(term.explanation !== undefined, `${term.id} has an explanation`);
    }
    for (const name of ['syllabus', 'ch01', 'ch05', 'ch10']) {
      const raw = readFileSync(path.join(root, 'src', 'glossary', `${name}.glossary.json`), 'utf8');
      assert.equal(raw, raw.normalize('NFC'), name);
    }
  });

  it('모든 장과 절에 용어가 있다', () => {
    for (const chapter of glossary.chapters.values()) {
      if (chapter.id !== 'crm') {
        assert.ok(glossary.termsUnder(chapter.id).length > 0, `${chapter.id} ${chapter.title}`);
      }
    }
  });

  it('열거와 순서는 항목이 둘 이상이고, 공식의 피연산자는 식 안에 있다', () => {
    const facts: Fact[] = terms.flatMap((t) => [...t.facts]);
    assert.ok(facts.length > 100);
    for (const fact of facts) {
      if (fact.kind === 'enumeration') {
        assert.ok(fact.items.length >= 2, fact.title);
      } else if (fact.kind === 'sequence') {
        assert.ok(fact.steps.length >= 2, fact.title);
      } else if (fact.kind === 'formula') {
        for (const operand of fact.operands) {
          assert.ok(fact.right.includes(operand), fact.title);
        }
      } else {
        assert.ok(fact.statement.includes(fact.value));
      }
    }
  });

  it('조사 선택용 reading은 한글로 끝나지 않는 표제어에만 필요하다', () => {
    for (const term of terms) {
      if (!/[가-힣]$/.test(term.term)) {
        assert.ok(term.reading !== undefined, `${term.term} needs a reading`);
      }
    }
  });

  describe('채점할 수 있는 용어집 (precise enough to grade a student against, issue 10)', () => {
    const facts = terms.flatMap((t) => t.facts.map((fact) => ({ term: t, fact })));
    const titleKey = (title: string): string => collisionKey(title).replace(/[()·,]/g, '');

    it('한 질문에는 정답이 하나: 용어가 달라도 같은 제목의 목록은 같은 항목을 가진다', () => {
      const byTitle = new Map<string, { term: Term; answers: string }>();
      for (const { term, fact } of facts) {
        if (fact.kind !== 'enumeration' && fact.kind !== 'sequence') {
          continue;
        }
        const answers = listItems(fact).map((i) => collisionKey(i.answer)).sort().join('|');
        const key = `${fact.kind}:${titleKey(fact.title)}`;
        const earlier = byTitle.get(key);
        if (earlier !== undefined && earlier.term.id !== term.id) {
          assert.equal(answers, earlier.answers, `"${fact.title}" on ${term.id} and ${earlier.term.id} has two answer keys`);
        }
        byTitle.set(key, { term, answers });
      }
    });

    it('같은 목록(항목 셋 이상이 모두 같은 것)을 두 용어에 따로 두지 않는다', () => {
      const seen = new Map<string, string>();
      for (const { term, fact } of facts) {
        const answers = listItems(fact).map((i) => collisionKey(i.answer));
        if (answers.length < 3) {
          continue;
        }
        const key = `${fact.kind}:${[...answers].sort().join('|')}`;
        const earlier = seen.get(key);
        assert.ok(earlier === undefined || earlier === term.id, `the same list ${fact.key} is on ${earlier} and ${term.id}`);
        seen.set(key, term.id);
      }
    });

    it('목록과 순서의 모든 항목에 괄호·번호 없는 20자 이내의 정답이 있다', () => {
      const bad: string[] = [];
      for (const { term, fact } of facts) {
        for (const item of listItems(fact)) {
          const answer = item.answer;
          if (answer.length > 20 || /[()（）[\]]/.test(answer) || NUMBERED.test(answer) || answer.includes('→') || answer.trim() !== answer || answer === '') {
            bad.push(`${term.id}: "${item.label}" → "${answer}"`);
          }
          for (const other of item.accept) {
            if (other.trim() === '' || collisionKey(other) === collisionKey(answer)) {
              bad.push(`${term.id}: "${item.label}" accepts "${other}" (empty or the answer itself)`);
            }
          }
        }
      }
      assert.deepEqual(bad, []);
    });

    it('한 목록 안에서 두 항목의 정답이 같지 않다', () => {
      for (const { term, fact } of facts) {
        const answers = listItems(fact).map((i) => collisionKey(i.answer));
        assert.equal(new Set(answers).size, answers.length, `${term.id}: ${fact.kind === 'figure' ? fact.statement : fact.title}`);
      }
    });

    it('모든 fact의 key는 합친 용어집 전체에서 하나뿐이고 용어id:종류:제목 꼴이다', () => {
      const keys = facts.map(({ fact }) => fact.key);
      assert.equal(new Set(keys).size, keys.length);
      for (const { term, fact } of facts) {
        assert.ok(fact.key.startsWith(`${term.id}:${fact.kind}:`), fact.key);
      }
    });

    it('공식의 피연산자는 식의 오른쪽에 꼭 한 번 나온다 (빈칸이 답을 드러내지 않도록)', () => {
      for (const { term, fact } of facts) {
        if (fact.kind === 'formula') {
          for (const operand of fact.operands) {
            // Whole occurrences only: "추천고객 비율" is not inside "비추천고객 비율".
            const escaped = operand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const whole = new RegExp(`(?<![가-힣A-Za-z0-9])${escaped}(?![가-힣A-Za-z0-9])`, 'g');
            assert.equal(fact.right.match(whole)?.length ?? 0, 1, `${term.id}: "${operand}" in "${fact.right}"`);
          }
        }
      }
    });

    it('주요·대표·예로 고른 목록은 exhaustive가 false이다', () => {
      for (const { term, fact } of facts) {
        if (fact.kind !== 'figure' && /주요|대표|의 예$|예시/.test(fact.title)) {
          assert.equal(fact.exhaustive, false, `${term.id}: ${fact.title}`);
        }
      }
    });

    it('정의의 첫 문장은 카드 크기(90자 이내)이다', () => {
      const long = terms.filter((t) => firstSentence(t.definition).length > 90).map((t) => `${t.id} (${firstSentence(t.definition).length})`);
      assert.deepEqual(long, []);
    });

    it('정의의 첫 문장은 자기 표제어도, 헷갈리는 용어의 표제어도 말하지 않는다', () => {
      const bad: string[] = [];
      for (const term of terms) {
        const sentence = collisionKey(firstSentence(term.definition));
        // An everyday (generic) neighbour such as 가치 may be named: 고객가치 cannot be defined without it.
        const names = [term, ...term.confusable.map((id) => glossary.terms.get(id) as Term).filter((t) => !t.generic)];
        for (const named of names) {
          if (collisionKey(named.term).length >= 2 && sentence.includes(collisionKey(named.term))) {
            bad.push(`${term.id} names ${named.id} (${named.term})`);
          }
        }
      }
      assert.deepEqual(bad, []);
    });

    it('정의 → 용어 카드의 답은 하나: 두 용어의 정의 첫 문장이 같지 않다', () => {
      const seen = new Map<string, string>();
      for (const term of terms) {
        const key = collisionKey(firstSentence(term.definition));
        assert.equal(seen.get(key), undefined, `${term.id} and ${seen.get(key)} share a definition`);
        seen.set(key, term.id);
      }
    });

    it('별칭은 다른 용어의 일상어(generic) 표제어가 아니다', () => {
      const generic = new Map(terms.filter((t) => t.generic).map((t) => [collisionKey(t.term), t.id]));
      for (const term of terms) {
        for (const alias of term.aliases) {
          const owner = generic.get(collisionKey(alias));
          assert.ok(owner === undefined || owner === term.id, `${term.id} has the alias "${alias}", the everyday headword of ${owner}`);
        }
      }
    });

    it('일상어 표제어는 generic이다 (고객, 가치, 가격, 편익, 채널, 경쟁자, 동반자, 지지도, 신뢰성, 접근성, 보안성, 통합성)', () => {
      for (const word of ['고객', '가치', '가격', '편익', '채널', '경쟁자', '동반자', '지지도', '신뢰성', '접근성', '보안성', '통합성', '단골']) {
        const found = terms.find((t) => t.term === word);
        assert.ok(found?.generic === true, word);
      }
      assert.ok(terms.filter((t) => t.generic).length < terms.length / 10, 'generic stays the exception');
    });

    it('일상어 별칭은 없다 (녹취, 단골, 재구매, 재이용, 유지율, 응답률, 고객 등급, 물리적 환경, 동시성, 유비쿼터스, 간편결제)', () => {
      const aliases = new Map(terms.flatMap((t) => t.aliases.map((a) => [collisionKey(a), t.id] as const)));
      for (const word of ['녹취', '단골', '재구매', '재이용', '유지율', '응답률', '고객 등급', '물리적 환경', '동시성', '유비쿼터스', '간편결제']) {
        assert.equal(aliases.get(collisionKey(word)), undefined, word);
      }
    });

    it('뜻이 둘인 표기는 ambiguous로 두 뜻을 다 가리킨다 (신뢰도, 편리성, DM, CSV, SEM)', () => {
      const meanings = (word: string): string[] => {
        const match = index.lookup(word);
        return match === undefined ? [] : [match.id, ...match.alternatives].sort();
      };
      assert.deepEqual(meanings('신뢰도'), ['association-confidence', 'customer-trust']);
      assert.deepEqual(meanings('편리성'), ['convenience', 'convenience-4c']);
      assert.deepEqual(meanings('DM'), ['data-mart', 'direct-mail']);
      assert.deepEqual(meanings('CSV'), ['csv', 'csv-file']);
      assert.deepEqual(meanings('SEM'), ['search-engine-marketing', 'structural-equation-modeling']);
      assert.equal(index.lookup('고객 신뢰도')?.id, 'customer-trust');
    });

    it('잘못 붙은 별칭은 고쳐졌다 (세분시장 ≠ 시장세분화, 5V ≠ 3V, CSS·ES 없음)', () => {
      assert.equal(index.lookup('세분시장')?.id, 'market-segment');
      assert.equal(index.lookup('5V')?.id, 'big-data-5v');
      assert.equal(index.lookup('3V')?.id, 'big-data-3v');
      assert.equal(index.lookup('CSS'), undefined);
      assert.equal(index.lookup('ES'), undefined);
    });

    it('영어 이름: 잠재고객은 suspect, 가망고객은 prospect, 편의적 고객은 apathetic, 해지방어는 save desk', () => {
      const english = (id: string): string => glossary.terms.get(id)?.english ?? '';
      assert.match(english('prospect'), /^Suspect/);
      assert.match(english('qualified-prospect'), /^Prospect/);
      assert.match(english('convenience-customer'), /Apathetic/);
      assert.match(english('cancellation-defense'), /^Save Desk/);
      assert.doesNotMatch(english('good-customer'), /Good Customer/);
      assert.doesNotMatch(english('super-good-customer'), /Super Good/);
      assert.doesNotMatch(english('customer-relationship-stages'), /Loyalty Ladder/);
      assert.equal(index.lookup('Loyalty Ladder'), undefined);
    });

    it('저자 이름의 표기는 하나 (자이타믈, 파라수라만)', () => {
      for (const name of ['syllabus', 'ch01', 'ch02', 'ch03', 'ch04', 'ch05', 'ch06', 'ch07', 'ch08', 'ch09', 'ch10']) {
        const raw = readFileSync(path.join(root, 'src', 'glossary', `${name}.glossary.json`), 'utf8');
        assert.ok(!raw.includes('자이다믈') && !raw.includes('파라슈라만'), name);
      }
    });

    it('한 저자의 목록에는 출처가 있고 완결 목록으로 내세우지 않는다 (결속 수준, 공정성의 차원, 5V, VOC 유형)', () => {
      const factOf = (id: string, title: string): Fact | undefined => glossary.terms.get(id)?.facts.find((f) => f.kind !== 'figure' && f.title === title);
      for (const [id, title] of [['relationship-marketing', '관계마케팅의 결속 수준'], ['perceived-justice', '지각된 공정성의 세 차원'], ['big-data-5v', '빅데이터의 5V'], ['voc', 'VOC의 유형'], ['crm', 'CRM의 특징'], ['crm', 'CRM의 등장 배경'], ['crm-process', 'CRM의 순환 과정']] as const) {
        assert.equal(factOf(id, title)?.exhaustive, false, `${id}: ${title}`);
      }
      assert.equal(factOf('relationship-marketing', '관계마케팅의 결속 수준')?.source, 'Berry & Parasuraman (1991)');
      assert.equal(glossary.terms.get('equity-theory')?.facts.length, 0, "Adams's equity theory has no three-dimension list");
    });
  });

  describe('시드 노트의 사실 (facts from the seed lecture notes)', () => {
    const fact = (id: string, kind: Fact['kind']): Fact => {
      const found = glossary.terms.get(id)?.facts.find((f) => f.kind === kind);
      assert.ok(found, `${id} has a ${kind}`);
      return found;
    };
    it('불량고객의 유형 6가지', () => {
      const types = fact('bad-customer', 'enumeration');
      assert.equal(types.kind, 'enumeration');
      assert.deepEqual(types.kind === 'enumeration' ? types.items.map((i) => i.label) : [], ['도둑형', '규칙위반형', '호전형', '내분형', '파괴형', '신용불량형']);
    });
    it('모바일 비즈니스의 특성 6가지', () => {
      const traits = fact('mobile-business', 'enumeration');
      const labels = traits.kind === 'enumeration' ? traits.items.map((i) => i.label).join(' ') : '';
      for (const trait of ['편재성', '접근성', '보안성', '편리성', '위치성', '즉시연결성']) {
        assert.ok(labels.includes(trait), trait);
      }
    });
    it('관계 발전 단계: 잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자', () => {
      const stages = terms.flatMap((t) => t.facts).find((f) => f.kind === 'sequence' && f.steps.some((s) => s.label.startsWith('옹호자')));
      assert.ok(stages && stages.kind === 'sequence');
      assert.deepEqual(stages.steps.map((s) => s.label.replace(/고객$/, '')), ['잠재', '첫 거래', '단골', '옹호자', '동반자']);
    });
    it('가치 = 편익 - 가격', () => {
      const formula = fact('value', 'formula');
      assert.ok(formula.kind === 'formula' && formula.left === '가치' && formula.right.replace(/\s/g, '') === '편익-가격');
    });
    it('신규 고객 유치 비용은 기존 고객 유지 비용의 5배', () => {
      const figures = terms.flatMap((t) => t.facts).filter((f) => f.kind === 'figure');
      assert.ok(figures.some((f) => f.kind === 'figure' && f.value.startsWith('5배') && f.statement.includes('유지')));
      assert.ok(figures.some((f) => f.kind === 'figure' && f.value === '65%'));
    });
  });

  describe('시드 목록의 용어는 저마다 제 용어로 찾아진다 (every seed term resolves to its own id)', () => {
    const seedTerms: ReadonlyArray<readonly [string, string]> = [
      ['로열티', 'loyalty'], ['로열티의 상호적 속성', 'loyalty-reciprocity'], ['고객만족', 'customer-satisfaction'],
      ['고객만족의 중요성', 'importance-of-customer-satisfaction'], ['고객욕구', 'customer-needs'],
      ['근원적 욕구', 'fundamental-needs'], ['기본적 욕구', 'basic-wants'], ['가치', 'value'], ['편익', 'benefit'],
      ['기대가치', 'expected-value'], ['실제가치', 'actual-value'], ['신뢰의 바탕', 'trust-foundation'],
      ['제도화된 해법', 'institutionalized-solution'], ['우정의 법칙', 'rule-of-friendship'], ['지속적 학습', 'continuous-learning'],
      ['소비심리 관계형성', 'consumer-psychology-relationship'], ['확인심리', 'confirmation-psychology'],
      ['고객의 퇴출', 'customer-exit'], ['불량고객', 'bad-customer'], ['장래성이 없는 고객', 'unpromising-customer'],
      ['도둑형', 'thief-customer'], ['규칙위반형', 'rule-breaker-customer'], ['호전형', 'belligerent-customer'],
      ['내분형', 'family-feuder-customer'], ['파괴형', 'vandal-customer'], ['신용불량형', 'deadbeat-customer'],
      ['관계강화', 'relationship-enhancement'], ['2:8법칙', 'pareto-rule'], ['우량고객', 'good-customer'],
      ['초우량고객', 'super-good-customer'], ['고객유지', 'customer-retention'], ['고객유지의 중요성', 'customer-retention-importance'],
      ['고객활성화 전략', 'customer-activation'], ['포인트 누적', 'point-accumulation'], ['잠재고객', 'prospect'],
      ['첫 거래', 'first-time-customer'], ['단골', 'regular-patron'], ['옹호자', 'advocate'], ['동반자', 'partner-customer'],
      ['고객선별', 'customer-selection'], ['선천적 로열티', 'innate-loyalty'], ['로열티 계수', 'loyalty-coefficient'],
      ['Big Data', 'big-data'], ['빅데이터', 'big-data'], ['빅데이터 관리 플랫폼', 'big-data-management-platform'],
      ['빅데이터 분석 플랫폼', 'big-data-analytics-platform'], ['모바일 비즈니스', 'mobile-business'], ['편재성', 'ubiquity'],
      ['Ubiquity', 'ubiquity'], ['접근성', 'reachability'], ['Reachability', 'reachability'], ['보안성', 'mobile-security'],
      ['편리성', 'convenience'], ['Convenience', 'convenience'], ['위치성', 'localization'],
      ['Localization', 'localization'], ['즉시연결성', 'instant-connectivity'],
      ['고객만족과 로열티의 관계', 'satisfaction-loyalty-relationship'], ['고객관계관리', 'crm'], ['CRM', 'crm'],
      ['비정형 데이터', 'unstructured-data'],
    ];
    for (const [word, id] of seedTerms) {
      it(`${word} → ${id}`, () => {
        assert.equal(index.lookup(word)?.id, id);
      });
    }
  });
});
