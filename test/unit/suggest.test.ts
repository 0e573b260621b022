import * as assert from 'node:assert/strict';
import { editDistance, suggestTerms } from '../../src/core/suggest';
import { bundledSnapshot } from './helpers';

describe('비슷한 용어 제안 (suggestions for unknown words)', () => {
  const { glossary, index } = bundledSnapshot();
  const names = (word: string): string[] => suggestTerms(index, word).map((id) => glossary.terms.get(id)?.term ?? id);

  it('자모 하나 틀린 말: 고갱만족 → 고객만족', () => {
    assert.equal(names('고갱만족')[0], '고객만족');
  });
  it('일부만 쓴 말: 초우량 → 초우량고객', () => {
    assert.ok(names('초우량').includes('초우량고객'));
  });
  it('영어 오타: Ubiquty → 편재성', () => {
    assert.ok(names('Ubiquty').includes('편재성'));
  });
  it('전혀 다른 말에는 제안이 없다', () => {
    assert.deepEqual(names('ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ'), []);
  });
  it('편집 거리는 예산을 넘으면 멈춘다', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('aaaaaaaa', 'bbbbbbbb', 2), 3);
  });
});
