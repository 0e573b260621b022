import * as assert from 'node:assert/strict';
import { finalSoundOf, withParticle } from '../../src/core/korean/josa';
import { derivationalTailLength, particleChainLength } from '../../src/core/korean/particles';
import { initialConsonants, isAsciiAlnum, isAsciiDigit, isAsciiLetter, isHangul, isHangulSyllable, isOpenSyllable, syllableFinal } from '../../src/core/korean/hangul';

const code = (ch: string): number => ch.charCodeAt(0);

describe('조사 고르기 (josa)', () => {
  it('받침 없는 말 뒤에는 는, 받침 있는 말 뒤에는 은', () => {
    assert.equal(withParticle('로열티', '은/는'), '로열티는');
    assert.equal(withParticle('고객', '은/는'), '고객은');
  });
  it('ㄹ 받침 뒤 (으)로는 로', () => {
    assert.equal(withParticle('매출', '으로/로'), '매출로');
    assert.equal(withParticle('고객', '으로/로'), '고객으로');
    assert.equal(withParticle('가치', '으로/로'), '가치로');
  });
  it('숫자는 한자어로 읽는다: 100은(백), 5는(오), 80/20은(이십), 1/3은(일)', () => {
    assert.equal(withParticle('100', '은/는'), '100은');
    assert.equal(withParticle('5', '은/는'), '5는');
    assert.equal(withParticle('80/20', '이/가'), '80/20이');
    assert.equal(withParticle('1/3', '이/가'), '1/3이');
    assert.equal(withParticle('2:8법칙', '은/는'), '2:8법칙은');
    assert.equal(withParticle('65%', '이/가'), '65%가');
  });
  it('끝 대문자는 글자 이름으로: CRM은(엠), OLAP는(피), eCRM이(엠), SQL로(엘)', () => {
    assert.equal(withParticle('CRM', '은/는'), 'CRM은');
    assert.equal(withParticle('OLAP', '은/는'), 'OLAP는');
    assert.equal(withParticle('eCRM', '이/가'), 'eCRM이');
    assert.equal(withParticle('SQL', '으로/로'), 'SQL로');
  });
  it('끝의 괄호는 읽지 않는다: 고객만족(CS)이', () => {
    assert.equal(withParticle('고객만족(CS)', '이/가'), '고객만족(CS)이');
  });
  it('모를 때는 두 형태를 함께: Excel이(가)', () => {
    assert.equal(withParticle('Excel', '이/가'), 'Excel이(가)');
  });
  it('읽기(reading)가 추측보다 우선: Big Data → 빅데이터는', () => {
    assert.equal(finalSoundOf('Big Data'), 'unknown');
    assert.equal(withParticle('Big Data', '은/는', '빅데이터'), 'Big Data는');
  });
  it('NFD로 적힌 말도 받침을 안다', () => {
    assert.equal(withParticle('\u1106\u1161\u11ab\u110c\u1169\u11a8', '이/가'), '\u1106\u1161\u11ab\u110c\u1169\u11a8이');
  });
  it('빈 읽기는 없는 것과 같다: 고객은, 로열티는', () => {
    assert.equal(finalSoundOf('고객', ' '), 'consonant');
    assert.equal(withParticle('로열티', '은/는', ''), '로열티는');
  });
  it('끝의 괄호는 종류와 뒤 공백에 상관없이 읽지 않는다: 고객만족[CS]이, 고객만족（CS）이, 가치 (value) [v]가', () => {
    assert.equal(finalSoundOf('고객만족[CS]'), 'consonant');
    assert.equal(finalSoundOf('고객만족（CS）'), 'consonant');
    assert.equal(finalSoundOf('고객만족(CS) '), 'consonant');
    assert.equal(finalSoundOf('가치 (value) [v]'), 'vowel');
  });
  it('괄호가 끝에 있지 않으면 끝 글자를 읽는다: 고객만족(CS)지수는', () => {
    assert.equal(withParticle('고객만족(CS)지수', '은/는'), '고객만족(CS)지수는');
  });
  it('분수는 분자를 마지막에 읽는다: 1/2이(이분의 일), 1/2로', () => {
    assert.equal(withParticle('1/2', '이/가'), '1/2이');
    assert.equal(withParticle('1/2', '으로/로'), '1/2로');
  });
  it('분모가 몇 자리든 분수는 분자로 끝난다: 1/12이(십이분의 일), 2/3가(삼분의 이)', () => {
    assert.equal(withParticle('1/12', '이/가'), '1/12이');
    assert.equal(withParticle('1/12', '으로/로'), '1/12로');
    assert.equal(withParticle('2/3', '이/가'), '2/3가');
  });
  it('분자가 분모보다 크거나 같으면 비율: 차례대로 읽어 분모로 끝난다 (12/10은, 5/3은, 3/3은)', () => {
    assert.equal(withParticle('12/10', '은/는'), '12/10은');
    assert.equal(withParticle('5/3', '은/는'), '5/3은');
    assert.equal(withParticle('3/3', '은/는'), '3/3은');
  });
  it('분수가 끝에 있지 않으면 마지막 수를 읽는다: 2/3 대 6이(육)', () => {
    assert.equal(withParticle('2/3 대 6', '이/가'), '2/3 대 6이');
  });
  it('소수와 자릿수 쉼표, 0으로 끝나는 수: 1.5는(오), 1,000은(천), 10은(십), 0은(영), 2.0은(영)', () => {
    assert.equal(withParticle('1.5', '은/는'), '1.5는');
    assert.equal(withParticle('1,000', '은/는'), '1,000은');
    assert.equal(withParticle('10', '은/는'), '10은');
    assert.equal(withParticle('0', '은/는'), '0은');
    assert.equal(withParticle('2.0', '은/는'), '2.0은');
    assert.equal(withParticle('3.7', '으로/로'), '3.7로');
  });
});

describe('한글 글자 판별 (hangul code points)', () => {
  it('완성형 음절은 가(U+AC00)부터 힣(U+D7A3)까지', () => {
    assert.deepEqual([0xabff, 0xac00, 0xd7a3, 0xd7a4].map(isHangulSyllable), [false, true, true, false]);
    assert.equal(syllableFinal(0xd7a3), 'consonant', '힣 ends in ㅎ');
    assert.equal(syllableFinal(code('틀')), 'rieul');
  });
  it('한글에는 조합형 자모, 호환 자모(ㄱ–ㆎ), 확장 자모도 든다', () => {
    assert.deepEqual([0x1100, 0x11ff, 0x3131, 0x318e, 0xa960, 0xa97f, 0xd7b0, 0xd7ff].map(isHangul), [true, true, true, true, true, true, true, true]);
    assert.deepEqual([0x10ff, 0x1200, 0x3130, 0x318f, 0xa95f, 0xa980, 0xd7af, 0xe000, code('A')].map(isHangul), [false, false, false, false, false, false, false, false, false]);
  });
  it('ASCII 글자는 A–Z와 a–z, 숫자는 0–9: 그 바로 옆 글자는 아니다', () => {
    assert.deepEqual(['@', 'A', 'Z', '[', '`', 'a', 'z', '{'].map((c) => isAsciiLetter(code(c))), [false, true, true, false, false, true, true, false]);
    assert.deepEqual(['/', '0', '9', ':'].map((c) => isAsciiDigit(code(c))), [false, true, true, false]);
    assert.deepEqual(['a', '5', '가', '_'].map((c) => isAsciiAlnum(code(c))), [true, true, false, false]);
  });
  it('받침 없는 음절만 열린 음절: 가, 티는 열리고 각, 객, ㄱ, A는 아니다', () => {
    assert.deepEqual(['가', '티', '각', '객', 'ㄱ', 'A'].map((c) => isOpenSyllable(code(c))), [true, true, false, false, false, false]);
  });
  it('초성만 모으면 음절 아닌 글자는 빠진다: 고객 만족 → ㄱㄱㅁㅈ', () => {
    assert.equal(initialConsonants('고객 만족'), 'ㄱㄱㅁㅈ');
  });
});

describe('조사 연쇄와 파생 꼬리 (particle chains)', () => {
  it('과+의, 에서+는, 으로+부터+는', () => {
    assert.equal(particleChainLength('고객과의', 2, 'consonant'), 2);
    assert.equal(particleChainLength('고객에서는', 2, 'consonant'), 3);
    assert.equal(particleChainLength('고객으로부터는', 2, 'consonant'), 5);
  });
  it('조사 뒤에 다른 글자가 이어지면 조사가 아니다: 가치관', () => {
    assert.equal(particleChainLength('가치관', 2, 'vowel'), -1);
  });
  it('조사는 세 개까지 (한 글자 용어 뒤에서도: 값에게서까지도만)', () => {
    assert.equal(particleChainLength('고객에게서까지도만', 2, 'consonant'), -1);
    assert.equal(particleChainLength('값에게서까지도만', 1, 'consonant'), -1);
  });
  it('용어 뒤에 조사가 없으면 조사 연쇄도 없다: 고객 만족, 한 글자 용어 값 뒤의 공백과 진', () => {
    assert.equal(particleChainLength('고객 만족', 2, 'consonant'), -1);
    assert.equal(particleChainLength('값 ', 1, 'consonant'), -1);
    assert.equal(particleChainLength('값진', 1, 'consonant'), -1);
  });
  it('받침에 맞는 조사만 붙는다: 시장가·고객로 (X), 매출로 (O)', () => {
    assert.equal(particleChainLength('시장가', 2, 'consonant'), -1);
    assert.equal(particleChainLength('고객로', 2, 'consonant'), -1);
    assert.equal(particleChainLength('매출로', 2, 'rieul'), 1);
  });
  it('이어진 조사는 앞 조사의 받침을 본다: 에서는 (O), 에서은 (X)', () => {
    assert.equal(particleChainLength('고객에서는', 2, 'consonant'), 3);
    assert.equal(particleChainLength('고객에서은', 2, 'consonant'), -1);
  });
  it('찾는 범위의 끝(end)이 단어의 끝이다: 고객은|행, 고객에|서', () => {
    assert.equal(particleChainLength('고객은행', 2, 'consonant', 3), 1);
    assert.equal(particleChainLength('고객에서', 2, 'consonant', 3), 1);
    assert.equal(derivationalTailLength('고객들이', 2, 2), -1);
  });
  it('들, 적, 화, 하다/되다/시키다', () => {
    assert.equal(derivationalTailLength('고객들이', 2), 2);
    assert.equal(derivationalTailLength('전략적인', 2), 2);
    assert.equal(derivationalTailLength('활성화시킨다', 3), 3);
    assert.equal(derivationalTailLength('만족시장', 2), -1);
  });
  it('파생 꼬리 뒤에는 받침에 맞는 조사나 용언만 온다: 전략적이·전략화하는 (O), 전략적가·전략적관 (X)', () => {
    assert.equal(derivationalTailLength('전략적이', 2), 2);
    assert.equal(derivationalTailLength('전략화하는', 2), 3);
    assert.equal(derivationalTailLength('전략적가', 2), -1);
    assert.equal(derivationalTailLength('전략적관', 2), -1);
  });
});
