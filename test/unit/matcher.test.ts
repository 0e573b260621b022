import * as assert from 'node:assert/strict';
import { hangulSpaceBreaks, insideLatinToken, lower, optionalSeparator, sameLetters, stripLatinSeparators, windowAround } from '../../src/core/match/rules';
import { Trie } from '../../src/core/match/trie';
import { TermIndex } from '../../src/core/matcher';
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
    it('서술격 조사의 다른 꼴과 끼리: 고객일수록, 로열티일수록, 고객이며, 로열티라면, 고객끼리', () => {
      for (const word of ['고객일수록', '고객이며', '고객이라서', '고객이어야', '고객일', '고객인지', '고객끼리', '고객끼리의', '고객이라면']) {
        assert.deepEqual(found(index, `${word} 좋다`), [['고객', '고객']], word);
      }
      for (const word of ['로열티일수록', '로열티라면', '로열티여서', '로열티라', '로열티끼리']) {
        assert.deepEqual(found(index, `${word} 좋다`), [['로열티', '로열티']], word);
      }
      // 받침 conditions still hold: 라면 needs a vowel before it, 이라면 a consonant.
      assert.deepEqual(found(index, '고객라면 좋다'), []);
      assert.deepEqual(found(index, '로열티이어서 좋다'), []);
      // Spoken and past copula of an aside: 이게 로열티구나, 고객이었을 듯, 로열티였구나.
      for (const [word, term] of [['고객이구나', '고객'], ['로열티구나', '로열티'], ['고객이었을', '고객'], ['로열티였을', '로열티'], ['로열티였구나', '로열티'], ['고객이잖아', '고객']]) {
        assert.deepEqual(found(index, `${word} 싶다`), [[term, term]], word);
      }
      assert.deepEqual(found(index, '고객구나 싶다'), []);
      assert.deepEqual(found(index, '로열티이었을 듯'), []);
      // 일 starts no other word: 고객일정 is no 고객.
      assert.deepEqual(found(index, '고객일정 확인'), []);
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
      // e-CRM is one Latin token: CRM is not matched inside it, even when e-CRM is no term.
      assert.deepEqual(found(acronym, '(CRM) e-CRM x.CRM CRM-based CRM/ERP'), [['CRM', 'crm'], ['CRM', 'crm']]);
    });
    it('괄호 속 영어: 편재성(Ubiquity)', () => {
      const both = indexOf({ id: 'ubiquity', term: '편재성', aliases: ['Ubiquity'] });
      assert.deepEqual(found(both, '편재성(Ubiquity)'), [['편재성', 'ubiquity'], ['Ubiquity', 'ubiquity']]);
    });
    it('정규식 메타 문자가 든 용어도 글자 그대로: C++, (주), a.b', () => {
      const literal = indexOf('C++', '(주)', 'a.b');
      assert.deepEqual(found(literal, 'C++ 와 (주)와 a.b, axb'), [['C++', 'C++'], ['(주)', '(주)'], ['a.b', 'a.b']]);
    });
    it('하이픈·공백·슬래시·점이 든 영어 이름은 제 규칙으로: e-CRM, m-CRM, CRM 2.0, A/B Test', () => {
      const latin = indexOf(
        { id: 'crm', term: 'CRM', aliases: [] },
        { id: 'e-crm', term: 'e-CRM', aliases: ['eCRM'] },
        { id: 'mobile-crm', term: '모바일 CRM', aliases: ['m-CRM'] },
        { id: 'social-crm', term: '소셜 CRM', aliases: ['CRM 2.0'] },
        { id: 'ab-test', term: 'A/B 테스트', aliases: ['A/B Test'] },
        { id: 'e-marketing', term: 'e-마케팅', aliases: [] },
        { id: 'web-2-0', term: '웹 2.0', aliases: ['웹2.0'] },
      );
      // One syllable before a version: the space is optional when a spelling goes on with it.
      assert.deepEqual(found(latin, '웹 2.0: 참여, 웹2.0 시대'), [['웹 2.0', 'web-2-0'], ['웹2.0', 'web-2-0']]);
      // e-마케팅 shares the path `e-` with e-CRM: neither may hide the other.
      assert.deepEqual(found(latin, 'e-CRM은 e-마케팅, eCRM과 e CRM'), [['e-CRM', 'e-crm'], ['e-마케팅', 'e-marketing'], ['eCRM', 'e-crm'], ['e CRM', 'e-crm']]);
      assert.deepEqual(found(latin, 'm-CRM과 모바일CRM, CRM 2.0 시대의 CRM2.0'), [['m-CRM', 'mobile-crm'], ['모바일CRM', 'mobile-crm'], ['CRM 2.0', 'social-crm'], ['CRM2.0', 'social-crm']]);
      assert.deepEqual(found(latin, 'A/B Test와 AB테스트, A/B 테스트를'), [['A/B Test', 'ab-test'], ['AB테스트', 'ab-test'], ['A/B 테스트', 'ab-test']]);
      // CRM 2 (no .0) is CRM and a number.
      assert.deepEqual(found(latin, 'CRM 2단계'), [['CRM', 'crm']]);
    });
    it('라틴 글자와 한글이 붙거나 띄어도: DB마케팅, DB 마케팅, 고객DB, 고객 DB (한 글자 조사는 아님)', () => {
      const mixed = indexOf(
        { id: 'database-marketing', term: '데이터베이스 마케팅', aliases: ['DB 마케팅'] },
        { id: 'customer-database', term: '고객데이터베이스', aliases: ['고객DB'] },
        { id: 'e-crm', term: 'e-CRM', aliases: ['이CRM'] },
        { id: 'customer', term: '고객', aliases: [] },
      );
      assert.deepEqual(found(mixed, 'DB마케팅은 DB 마케팅, 고객DB와 고객 DB'), [['DB마케팅', 'database-marketing'], ['DB 마케팅', 'database-marketing'], ['고객DB', 'customer-database'], ['고객 DB', 'customer-database']]);
      // `…)이 CRM`: 이 is a particle, not the Korean reading of e.
      assert.deepEqual(found(mixed, '(고객 군집화)이 CRM에서'), [['고객', 'customer']]);
    });
    it('글로서리가 띄어 쓴 자리는 본문에서 띄어도 붙여도 된다: 신규 고객 획득 비용', () => {
      const spaced = indexOf(
        { id: 'new-customer', term: '신규고객', aliases: ['신규 고객'] },
        { id: 'cac', term: '고객획득비용', aliases: ['고객 획득 비용', '신규고객 획득 비용'] },
        { id: 'dw', term: '데이터 웨어하우스', aliases: ['데이터 웨어 하우스'] },
      );
      assert.deepEqual(found(spaced, '신규 고객 획득 비용과 신규고객획득비용, 신규고객 획득비용'), [
        ['신규 고객 획득 비용', 'cac'],
        ['신규고객획득비용', 'cac'],
        ['신규고객 획득비용', 'cac'],
      ]);
      assert.deepEqual(found(spaced, '데이터웨어하우스와 데이터 웨어 하우스, 데이터 웨어하우스'), [
        ['데이터웨어하우스', 'dw'],
        ['데이터 웨어 하우스', 'dw'],
        ['데이터 웨어하우스', 'dw'],
      ]);
      // No space the glossary never wrote: 신규고 객 is not 신규고객.
      assert.deepEqual(found(spaced, '신규고 객'), []);
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

const code = (ch: string): number => ch.charCodeAt(0);

describe('자리 규칙 (match/rules: case, separators, windows)', () => {
  it('lower: ASCII 대문자 A–Z만 소문자로, 그 바로 옆 글자와 한글은 그대로', () => {
    assert.deepEqual(['@', 'A', 'M', 'Z', '[', 'a', 'z', '고'].map((c) => String.fromCharCode(lower(code(c)))).join(''), '@amz[az고');
  });
  it('sameLetters: 범위 안의 라틴 글자만, 대소문자까지 같아야 한다 (e-CRM = eCRM, e-crm ≠ eCRM)', () => {
    assert.equal(sameLetters('e-CRM', 0, 5, 'eCRM'), true);
    assert.equal(sameLetters('e-crm', 0, 5, 'eCRM'), false);
    assert.equal(sameLetters('CRMs', 0, 3, 'CRM'), true, 'the s after the range is not compared');
    assert.equal(sameLetters('CR', 0, 2, 'CRM'), false, 'a letter of the key is missing');
    assert.equal(sameLetters('A/Z az', 0, 6, 'AZaz'), true, 'A, Z, a and z are all letters');
    assert.equal(sameLetters('A/Z az', 0, 6, 'AZ'), false, 'a and z count');
  });
  it('optionalSeparator: 공백과 하이픈은 라틴 옆에서만, 빗금과 점은 라틴 글자나 숫자 사이에서만', () => {
    assert.equal(optionalSeparator(code('.'), code('2'), code('0')), true);
    assert.equal(optionalSeparator(code('/'), code('A'), code('B')), true);
    assert.equal(optionalSeparator(code('/'), code('A'), code('고')), false);
    assert.equal(optionalSeparator(code('.'), code('고'), code('B')), false);
    assert.equal(optionalSeparator(code(' '), code('B'), code('마')), true);
    assert.equal(optionalSeparator(code(' '), code('객'), code('D')), true);
    assert.equal(optionalSeparator(code(' '), code('객'), code('만')), false);
    assert.equal(optionalSeparator(code('_'), code('A'), code('B')), false);
  });
  it('stripLatinSeparators: e-CRM → eCRM, CRM 2.0 → CRM20, DB 마케팅 → DB마케팅, 끝의 구분자는 남는다', () => {
    assert.deepEqual(['e-CRM', 'CRM 2.0', 'DB 마케팅', 'A/B 테스트', '-CRM-', '고객 관계'].map(stripLatinSeparators), ['eCRM', 'CRM20', 'DB마케팅', 'AB테스트', '-CRM-', '고객 관계']);
  });
  it('hangulSpaceBreaks: 한글 사이 공백만 빼고 자리를 적는다 (DB 마케팅, 고객 DB의 공백은 그대로)', () => {
    assert.deepEqual(hangulSpaceBreaks('신규 고객 획득 비용'), { compact: '신규고객획득비용', breaks: [2, 4, 6] });
    assert.deepEqual(hangulSpaceBreaks('DB 마케팅'), { compact: 'DB 마케팅', breaks: [] });
    assert.deepEqual(hangulSpaceBreaks('고객 DB'), { compact: '고객 DB', breaks: [] });
    assert.deepEqual(hangulSpaceBreaks(' 고객'), { compact: ' 고객', breaks: [] });
  });
  it('insideLatinToken: x- 나 x. 뒤의 라틴 글자·숫자만 (e-|CRM, 2.|0), 빗금 뒤나 한글 앞은 아니다', () => {
    assert.equal(insideLatinToken('e-CRM', 2), true);
    assert.equal(insideLatinToken('2.0', 2), true);
    assert.equal(insideLatinToken('A/B', 2), false);
    assert.equal(insideLatinToken('e-가', 2), false);
    assert.equal(insideLatinToken('고-CRM', 2), false);
    assert.equal(insideLatinToken('-C', 1), false);
  });
  it('windowAround: 그 줄만, 잘린 가장자리는 가까운 단어 경계로 (단어를 반으로 자르지 않는다)', () => {
    const at = (text: string, offset: number, limit?: number): string => {
      const [from, to] = windowAround(text, offset, limit);
      return `${from},${to}:${text.slice(from, to)}`;
    };
    assert.equal(at('첫 줄\n고객 만족 경영\n끝', 8), '4,12:고객 만족 경영');
    assert.equal(at('고객관계 관리 전략 수립', 8, 4), '5,11:관리 전략 ');
    assert.equal(at('고객관계 관리 전략 수립', 8, 6), '5,13:관리 전략 수립');
    assert.equal(at('고객관계관리전략', 4, 2), '4,5:관', 'no boundary in reach: the window shrinks to the offset');
    assert.equal(at('고객 만족', 0), '0,5:고객 만족');
    assert.equal(at('고객 만족', 5), '0,5:고객 만족');
    assert.equal(at('고객\n만족 경영', 3), '3,8:만족 경영');
    assert.equal(at('ab\ncd', 2), '0,2:ab');
  });
});

describe('트라이 (match/trie: one hash table of edges)', () => {
  const same = (a: string, b: string): boolean => a === b;
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const walk = (trie: Trie<string>, key: string): readonly string[] | undefined => {
    let node = Trie.ROOT;
    for (let i = 0; i < key.length; i++) {
      node = trie.child(node, key.charCodeAt(i));
      if (node === 0) {
        return undefined;
      }
    }
    return trie.valuesAt(node);
  };
  it('6천 개 키: 노드 표가 커지고 간선 표를 다시 해시해도 키마다 제 값, 접두사와 없는 키에는 값이 없다', () => {
    const trie = new Trie<string>();
    const keys = Array.from({ length: 6000 }, (_, i) => `고객${i}관계`);
    for (const key of keys) {
      trie.insert(key, key.slice(2, -2), same, order);
    }
    assert.deepEqual(keys.filter((key) => walk(trie, key)?.join() !== key.slice(2, -2)), []);
    assert.deepEqual(['고객', '고객1', '고객59관', '고객6000관계', '고객1관리', '관계'].map((key) => walk(trie, key)), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });
  it('같은 키의 값: 같은 값은 한 번, 다른 값은 순서대로 (b, a, b → a, b)', () => {
    const trie = new Trie<string>();
    trie.insert('CRM', 'b', same, order);
    trie.insert('CRM', 'a', same, order);
    trie.insert('CRM', 'b', same, order);
    assert.deepEqual(walk(trie, 'CRM'), ['a', 'b']);
  });
  it('공백 자리(breaks) 표시: 신규 고객 → 신규 뒤 노드만', () => {
    const trie = new Trie<string>();
    trie.insert('신규고객', 'new', same, order, [2]);
    const sin = trie.child(Trie.ROOT, code('신'));
    const gyu = trie.child(sin, code('규'));
    const go = trie.child(gyu, code('고'));
    assert.deepEqual([trie.isBreak(sin), trie.isBreak(gyu), trie.isBreak(go)], [false, true, false]);
  });
});

describe('색인의 세부 (TermIndex: keys, precedence, readings, windows)', () => {
  it('한 글자 표기는 한글 표제어만 색인한다 (값은 되고, 별칭 가와 A, 표제어 X는 아니다)', () => {
    const index = indexOf({ id: 'v', term: '값', aliases: ['값', 'A', '가'] }, { id: 'x', term: 'X', aliases: ['XY'] });
    assert.equal(index.keyCount, 2);
    assert.deepEqual(found(index, '값이 XY'), [['값', 'v'], ['XY', 'x']]);
    assert.deepEqual(found(index, '가는 X A'), []);
  });

  it('대소문자를 가리는 것은 대문자 둘 이상에 소문자가 없는 표기만 (AB, CD2; Ab는 아니다)', () => {
    const index = indexOf({ id: 'ab', term: 'AB', aliases: [] }, { id: 'Ab', term: 'Ab', aliases: [] }, { id: 'cd2', term: 'CD2', aliases: [] });
    assert.deepEqual(found(index, 'AB ab Ab aB CD2 cd2 cD2'), [['AB', 'ab'], ['ab', 'Ab'], ['Ab', 'Ab'], ['aB', 'Ab'], ['CD2', 'cd2']]);
    assert.deepEqual(index.scan('AB')[0]?.alternatives, ['Ab']);
  });

  it('표제어의 읽기가 조사를 정하고, 별칭은 제 글자로 읽는다 (AB=에이빔: AB은; 별칭 XY=와이: XY는)', () => {
    const index = indexOf({ id: 'ab', term: 'AB', aliases: ['XY'], reading: '에이빔' });
    const spans = (text: string): Array<[string, string, string]> => index.scan(text).map((m) => [text.slice(m.start, m.end), text.slice(m.end, m.wordEnd), m.via]);
    assert.deepEqual(spans('AB은 AB는'), [['AB', '은', 'headword'], ['AB', '', 'headword']]);
    assert.deepEqual(spans('XY는 XY은'), [['XY', '는', 'alias'], ['XY', '', 'alias']]);
  });

  it('같은 표기를 가진 용어: 우선순위가 낮은 수가 이기고, 같으면 표제어, 그다음 먼저 넣은 용어 (scan과 lookup이 같다)', () => {
    const ranked = TermIndex.build([
      { id: 'b', term: '고객', aliases: [], priority: 2 },
      { id: 'a', term: '손님', aliases: ['고객'], priority: 1 },
    ]);
    const expected = { start: 0, end: 2, wordEnd: 2, id: 'a', alternatives: ['b'], via: 'alias' };
    assert.deepEqual(ranked.scan('고객'), [expected]);
    assert.deepEqual(ranked.lookup('고객'), expected);
    assert.deepEqual(
      [...ranked.spellings()].map(([fold, list]) => [fold, list.map((e) => `${e.id}/${e.kind}/${e.spelling}`)]),
      [['고객', ['a/alias/고객', 'b/headword/고객']], ['손님', ['a/headword/손님']]],
    );
    const plain = TermIndex.build([
      { id: 'b', term: '고객', aliases: [] },
      { id: 'a', term: '손님', aliases: ['고객'] },
      { id: 'c', term: '고객', aliases: [] },
    ]);
    assert.deepEqual(plain.scan('고객'), [{ start: 0, end: 2, wordEnd: 2, id: 'b', alternatives: ['c', 'a'], via: 'headword' }]);
    assert.deepEqual(plain.lookup('고객'), { start: 0, end: 2, wordEnd: 2, id: 'b', alternatives: ['c', 'a'], via: 'headword' });
  });

  const index = indexOf('로열티', '고객', '만족', '관리', '고객만족관리', '고객만족');

  it('띄어 쓴 부분마다 용어여야 한다: 고객 만족 관리 → 고객만족관리, 고객 만족관리 → 고객만족 + 관리', () => {
    assert.deepEqual(found(index, '고객 만족 관리'), [['고객 만족 관리', '고객만족관리']]);
    assert.deepEqual(found(index, '고객 만족관리'), [['고객 만족', '고객만족'], ['관리', '관리']]);
    assert.deepEqual(found(index, '고객이 만족 관리'), [['고객', '고객'], ['만족', '만족'], ['관리', '관리']]);
  });

  it('findTermAt: 범위 밖 위치는 없음, 다른 줄의 블록은 막지 않고, 둘째 줄의 오프셋은 문서 기준', () => {
    assert.deepEqual(index.findTermAt('첫 줄\n로열티는', 5), { start: 4, end: 7, wordEnd: 8, id: '로열티', alternatives: [], via: 'headword' });
    assert.equal(index.findTermAt('로열티', -1), undefined);
    assert.equal(index.findTermAt('로열티', 3), undefined);
    assert.equal(index.findTermAt('로열티', 0, [{ start: 1, end: 3 }])?.id, '로열티');
    assert.equal(index.findTermAt('로열티', 2, [{ start: 3, end: 5 }])?.id, '로열티');
  });

  it('lookup: 조사 범위까지 돌려주고, 단어 전체가 한 용어일 때만', () => {
    assert.deepEqual(index.lookup('로열티는'), { start: 0, end: 3, wordEnd: 4, id: '로열티', alternatives: [], via: 'headword' });
    assert.deepEqual(index.lookup(' 고객 '), { start: 0, end: 4, wordEnd: 4, id: '고객', alternatives: [], via: 'headword' });
    assert.equal(index.lookup('고객 로열티'), undefined);
    assert.equal(index.lookup('새 고객'), undefined);
  });

  it('후보가 128개를 넘어도 가장 긴 용어: 가가 … (199개 키, 200글자)', () => {
    const long = indexOf(...Array.from({ length: 199 }, (_v, i) => '가'.repeat(i + 2)));
    assert.deepEqual(long.scan('가'.repeat(200)).map((m) => [m.start, m.end, m.wordEnd, m.id.length]), [[0, 200, 200, 200]]);
  });

  it('markdown: false면 코드 안도 찾는다', () => {
    assert.deepEqual(index.scan('`로열티`', { markdown: false }).map((m) => [m.start, m.end]), [[1, 4]]);
    assert.deepEqual(index.scan('`로열티`'), []);
  });
});
