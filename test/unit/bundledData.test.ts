import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collisionKey } from '../../src/core/glossary/glossary';
import type { Fact } from '../../src/core/glossary/types';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { bundledSnapshot } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');

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

  it('300개 이상의 용어, 10개 장', () => {
    assert.ok(terms.length >= 300, `${terms.length} terms`);
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

  it('헷갈리는 짝은 양쪽에 표시된다 (교차판매/상향판매, 우량고객/초우량고객)', () => {
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

  describe('시드 목록의 용어를 모두 찾는다 (every seed term resolves)', () => {
    const seedTerms = [
      '로열티', '로열티의 상호적 속성', '고객만족', '고객만족의 중요성', '고객욕구', '근원적 욕구', '기본적 욕구', '가치',
      '편익', '기대가치', '실제가치', '신뢰의 바탕', '제도화된 해법', '우정의 법칙', '지속적 학습', '소비심리 관계형성',
      '확인심리', '고객의 퇴출', '불량고객', '장래성이 없는 고객', '도둑형', '규칙위반형', '호전형', '내분형', '파괴형',
      '신용불량형', '관계강화', '2:8법칙', '우량고객', '초우량고객', '고객유지', '고객유지의 중요성', '고객활성화 전략',
      '포인트 누적', '잠재고객', '첫 거래', '단골', '옹호자', '동반자', '고객선별', '선천적 로열티', '로열티 계수',
      'Big Data', '빅데이터', '빅데이터 관리 플랫폼', '빅데이터 분석 플랫폼', '모바일 비즈니스', '편재성', 'Ubiquity',
      '접근성', 'Reachability', '보안성', '편리성', 'Convenience', '위치성', 'Localization', '즉시연결성',
      '고객만족과 로열티의 관계', '고객관계관리', 'CRM', '비정형 데이터',
    ];
    for (const word of seedTerms) {
      it(word, () => {
        assert.ok(index.lookup(word), `${word} is in the glossary`);
      });
    }
  });
});
