import * as assert from 'node:assert/strict';
import { found, indexOf } from './helpers';

describe('용어 찾기 규칙 (matching rules)', () => {
  const index = indexOf('로열티', '고객', '고객만족', '만족', '우량고객', '초우량고객', '가치', '관리', '고객이탈', '시장', '매출', '편익', '가격', '이탈');

  describe('조사 (particles checked against the final consonant)', () => {
    it('받침 없는 용어 뒤에는 는/가/를/와/로', () => {
      for (const particle of ['는', '가', '를', '와', '로', '의', '도', '에서', '처럼']) {
        assert.deepEqual(found(index, `로열티${particle} 중요하다`), [['로열티', '로열티']], particle);
      }
    });
    it('받침 없는 용어 뒤에 은/이/을/과/으로는 붙지 않는다', () => {
      for (const particle of ['은', '을', '과', '으로']) {
        assert.deepEqual(found(index, `로열티${particle} 이상하다`), [], particle);
      }
    });
    it('받침 있는 용어 뒤에는 은/이/을/과/으로', () => {
      for (const particle of ['은', '이', '을', '과', '으로', '이란', '이라는']) {
        assert.deepEqual(found(index, `고객${particle} 왔다`), [['고객', '고객']], particle);
      }
    });
    it('받침 있는 용어 뒤에 는/가/를/와는 붙지 않는다 (시장가 ≠ 시장+가)', () => {
      assert.deepEqual(found(index, '시장가 결정'), []);
      assert.deepEqual(found(index, '시장를 본다'), []);
    });
    it('ㄹ 받침 뒤에는 으로가 아니라 로', () => {
      assert.deepEqual(found(index, '매출로 본다'), [['매출', '매출']]);
      assert.deepEqual(found(index, '매출으로 본다'), []);
    });
    it('조사 연쇄: 고객과의, 고객에게서는, 로열티로부터', () => {
      assert.deepEqual(found(index, '고객과의 관계'), [['고객', '고객']]);
      assert.deepEqual(found(index, '고객에게서는 배운다'), [['고객', '고객']]);
      assert.deepEqual(found(index, '로열티로부터 나온다'), [['로열티', '로열티']]);
    });
    it('서술격 조사: 가치다, 가치이다, 가치라는, 고객입니다', () => {
      assert.deepEqual(found(index, '핵심은 가치다.'), [['가치', '가치']]);
      assert.deepEqual(found(index, '핵심은 가치이다.'), [['가치', '가치']]);
      assert.deepEqual(found(index, '가치라는 개념'), [['가치', '가치']]);
      assert.deepEqual(found(index, '고객입니다'), [['고객', '고객']]);
    });
    it('파생 접미사와 하다/되다: 고객들이, 만족하는, 관리된', () => {
      assert.deepEqual(found(index, '고객들이 떠난다'), [['고객', '고객']]);
      assert.deepEqual(found(index, '크게 만족하는 고객'), [['만족', '만족'], ['고객', '고객']]);
      assert.deepEqual(found(index, '잘 관리된 상태'), [['관리', '관리']]);
    });
    it('범위는 조사를 뺀 용어만 (wordEnd는 조사 끝)', () => {
      const [match] = index.scan('로열티는');
      assert.equal(match?.start, 0);
      assert.equal(match?.end, 3);
      assert.equal(match?.wordEnd, 4);
    });
  });

  describe('가장 긴 것, 합성어, 접두 보호 (longest match, compounds, prefix guard)', () => {
    it('가장 긴 용어가 이긴다: 고객만족이 → 고객만족', () => {
      assert.deepEqual(found(index, '고객만족이 높다'), [['고객만족', '고객만족']]);
    });
    it('초우량고객은 우량고객이 아니다', () => {
      assert.deepEqual(found(index, '초우량고객을 관리'), [['초우량고객', '초우량고객'], ['관리', '관리']]);
    });
    it('합성어는 이어서 찾는다: 우량고객관리 → 우량고객 + 관리', () => {
      assert.deepEqual(found(index, '우량고객관리가 핵심'), [['우량고객', '우량고객'], ['관리', '관리']]);
    });
    it('접두 보호: 불만족은 만족이 아니다', () => {
      assert.deepEqual(found(index, '불만족 고객'), [['고객', '고객']]);
    });
    it('접미 보호: 가치관은 가치가 아니다', () => {
      assert.deepEqual(found(index, '가치관이 다르다'), []);
    });
    it('고객이 탈퇴는 고객이탈이 아니다 (공백을 지우지 않는다)', () => {
      assert.deepEqual(found(index, '고객이 탈퇴했다'), [['고객', '고객']]);
    });
  });

  describe('띄어쓰기, 영어, 약어 (spacing variants, English, acronyms)', () => {
    it('두 부분이 모두 용어면 띄어 쓴 형태도 찾는다: 고객 만족', () => {
      assert.deepEqual(found(index, '고객 만족이 중요'), [['고객 만족', '고객만족']]);
    });
    it('표제어에 띄어쓰기가 있으면 붙여 쓴 형태도: 근원적 욕구 / 근원적욕구', () => {
      const spaced = indexOf('근원적 욕구');
      assert.deepEqual(found(spaced, '근원적욕구를 채운다'), [['근원적욕구', '근원적 욕구']]);
      assert.deepEqual(found(spaced, '근원적 욕구를 채운다'), [['근원적 욕구', '근원적 욕구']]);
    });
    it('영어 별칭은 대소문자와 공백·하이픈을 가리지 않는다', () => {
      const english = indexOf({ id: 'big-data', term: '빅데이터', aliases: ['Big Data'] });
      for (const text of ['Big Data', 'big data', 'BigData', 'big-data']) {
        assert.deepEqual(found(english, `${text}와 CRM`), [[text, 'big-data']], text);
      }
    });
    it('짧은 대문자 약어는 대소문자를 가린다: CRM은 찾고 crm은 찾지 않는다', () => {
      const acronym = indexOf({ id: 'crm', term: 'CRM', aliases: [], reading: '씨알엠' });
      assert.deepEqual(found(acronym, 'CRM은 전략이다'), [['CRM', 'crm']]);
      assert.deepEqual(found(acronym, 'crm은 전략이다'), []);
    });
    it('라틴 용어는 다른 라틴 글자 안에서 찾지 않는다: SCRM ≠ CRM', () => {
      const acronym = indexOf({ id: 'crm', term: 'CRM', aliases: [] });
      assert.deepEqual(found(acronym, 'SCRM과 CRMS'), []);
      assert.deepEqual(found(acronym, '(CRM) e-CRM'), [['CRM', 'crm'], ['CRM', 'crm']]);
    });
    it('괄호 속 영어: 편재성(Ubiquity)', () => {
      const both = indexOf({ id: 'ubiquity', term: '편재성', aliases: ['Ubiquity'] });
      assert.deepEqual(found(both, '편재성(Ubiquity)'), [['편재성', 'ubiquity'], ['Ubiquity', 'ubiquity']]);
    });
    it('정규식 메타 문자가 든 용어도 글자 그대로: C++, (주), a.b', () => {
      const literal = indexOf('C++', '(주)', 'a.b');
      assert.deepEqual(found(literal, 'C++ 와 (주)와 a.b, axb'), [['C++', 'C++'], ['(주)', '(주)'], ['a.b', 'a.b']]);
    });
  });

  describe('유니코드 (NFD, full-width, zero-width, CRLF, emoji)', () => {
    it('NFD 노트에서도 찾고 범위는 원래 글자를 덮는다', () => {
      const text = '로열티는 중요'.normalize('NFD');
      const [match] = index.scan(text);
      assert.equal(match?.id, '로열티');
      assert.equal(match?.start, 0);
      assert.equal(text.slice(match?.start, match?.end).normalize('NFC'), '로열티');
    });
    it('전각 문자 ＣＲＭ, 폭 없는 공백이 든 로\u200b열티', () => {
      const acronym = indexOf({ id: 'crm', term: 'CRM', aliases: [] }, '로열티');
      assert.deepEqual(found(acronym, 'ＣＲＭ은'), [['ＣＲＭ', 'crm']]);
      assert.deepEqual(found(acronym, '로\u200b열티는'), [['로\u200b열티', '로열티']]);
    });
    it('CRLF 줄바꿈과 이모지 옆에서도 범위가 맞다', () => {
      const text = '🙂 로열티는\r\n📌고객과의 관계\r\n';
      assert.deepEqual(found(index, text), [['로열티', '로열티'], ['고객', '고객']]);
    });
    it('NBSP와 U+3000은 공백처럼: 고객\u00a0만족', () => {
      assert.deepEqual(found(index, '고객\u00a0만족'), [['고객\u00a0만족', '고객만족']]);
    });
  });

  describe('findTermAt (hover look-up)', () => {
    it('조사 위가 아니라 용어 위에서만 찾는다', () => {
      const line = '- 로열티는 고객만족에서';
      assert.equal(index.findTermAt(line, 2)?.id, '로열티');
      assert.equal(index.findTermAt(line, 4)?.id, '로열티');
      assert.equal(index.findTermAt(line, 5), undefined);
      assert.equal(index.findTermAt(line, 7)?.id, '고객만족');
    });
    it('불만족의 만족 위에는 아무것도 없다', () => {
      assert.equal(index.findTermAt('불만족 고객', 1), undefined);
    });
    it('인라인 코드와 링크 주소 안은 제외, 블록은 호출자가 넘긴다', () => {
      assert.equal(index.findTermAt('`로열티` 로열티', 1), undefined);
      assert.equal(index.findTermAt('`로열티` 로열티', 6)?.id, '로열티');
      assert.equal(index.findTermAt('[고객](https://x/로열티)', 1)?.id, '고객');
      assert.equal(index.findTermAt('[고객](https://x/로열티)', 16), undefined);
      assert.equal(index.findTermAt('로열티', 0, [{ start: 0, end: 3 }]), undefined);
    });
    it('아주 긴 줄에서도 창 안만 본다', () => {
      const line = `${'가나다 '.repeat(50_000)}로열티는${' 라마바'.repeat(50_000)}`;
      const at = line.indexOf('로열티');
      const match = index.findTermAt(line, at + 1);
      assert.deepEqual([match?.start, match?.end], [at, at + 3]);
    });
  });

  describe('lookup (a word typed by a person)', () => {
    it('조사가 붙은 단어: 로열티는 → 로열티, 고객과의 → 고객', () => {
      assert.equal(index.lookup('로열티는')?.id, '로열티');
      assert.equal(index.lookup('고객과의')?.id, '고객');
      assert.equal(index.lookup('  우량고객을 ')?.id, '우량고객');
    });
    it('괄호 속 약어가 붙은 꼴: 로열티(Loyalty), 고객 (고객)', () => {
      assert.equal(index.lookup('로열티(Loyalty)')?.id, '로열티');
      assert.equal(index.lookup('모르는말 (고객)')?.id, '고객');
    });
    it('모르는 말이나 합성어 전체는 찾지 않는다', () => {
      assert.equal(index.lookup('우량고객관리'), undefined);
      assert.equal(index.lookup('불만족'), undefined);
    });
    it('영어와 약어는 대소문자 없이: crm → CRM', () => {
      const acronym = indexOf({ id: 'crm', term: 'CRM', aliases: ['Customer Relationship Management'] });
      assert.equal(acronym.lookup('crm')?.id, 'crm');
      assert.equal(acronym.lookup('customer relationship management')?.id, 'crm');
    });
  });
});
