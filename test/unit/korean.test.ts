import * as assert from 'node:assert/strict';
import { finalSoundOf, withParticle } from '../../src/core/korean/josa';
import { derivationalTailLength, particleChainLength } from '../../src/core/korean/particles';

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
    assert.equal(withParticle('만족'.normalize('NFD'), '이/가'), `${'만족'.normalize('NFD')}이`);
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
  it('조사는 세 개까지', () => {
    assert.equal(particleChainLength('고객에게서까지도만', 2, 'consonant'), -1);
  });
  it('들, 적, 화, 하다/되다/시키다', () => {
    assert.equal(derivationalTailLength('고객들이', 2), 2);
    assert.equal(derivationalTailLength('전략적인', 2), 2);
    assert.equal(derivationalTailLength('활성화시킨다', 3), 3);
    assert.equal(derivationalTailLength('만족시장', 2), -1);
  });
});
