import * as assert from 'node:assert/strict';
import { FALSE_FRIENDS, TermSpeller, ignoreComment } from '../../src/core/lint';
import { Note } from '../../src/core/notes/note';
import { bundledSnapshot } from './helpers';

describe('잘못 쓴 용어 (misspelt glossary terms, one jamo off)', () => {
  const { glossary, index } = bundledSnapshot();
  const speller = new TermSpeller(glossary);
  const check = (text: string): Array<[string, string]> => speller.check(new Note(text, index)).map((p) => [p.text, p.suggestion]);

  it('모음 하나: 로얄티는 → 로열티 (조사는 범위 밖)', () => {
    const [problem] = speller.check(new Note('- 로얄티는 중요하다', index));
    assert.deepEqual([problem?.text, problem?.suggestion, problem?.line, problem?.start, problem?.end], ['로얄티', '로열티', 0, 2, 5]);
  });
  it('띄어 쓴 용어도: 데이타베이스 마케팅 → 데이터베이스 마케팅', () => {
    assert.deepEqual(check('데이타베이스 마케팅을 배운다'), [['데이타베이스 마케팅', '데이터베이스 마케팅']]);
  });
  it('초성 하나: 고객유지률 → 고객유지율, 모음 하나: 상향팬매 → 상향판매', () => {
    assert.deepEqual(check('고객유지률과 상향팬매'), [
      ['고객유지률', '고객유지율'],
      ['상향팬매', '상향판매'],
    ]);
  });
  it('바르게 쓴 용어, 일상어, 알려진 바른 낱말은 건드리지 않는다', () => {
    assert.deepEqual(check('로열티와 고객유지율, 상향판매. 고객님과 가치관, 관계자와 경쟁사, 만족도 조사'), []);
    for (const word of FALSE_FRIENDS) {
      assert.deepEqual(check(`${word}를 적는다`), [], word);
    }
  });
  it('코드, 링크 주소, front matter 속에서는 찾지 않는다', () => {
    assert.deepEqual(check('---\ntitle: 로얄티\n---\n`로얄티` [x](https://a.b/로얄티)\n```\n로얄티\n```'), []);
  });
  it('노트의 crm-notes-ignore 주석에 적은 표기는 건너뛴다', () => {
    assert.deepEqual(check('로얄티와 상향팬매\n<!-- crm-notes-ignore: 로얄티 -->'), [['상향팬매', '상향판매']]);
    assert.deepEqual(check(`로얄티\n${ignoreComment('로얄티')}`), []);
  });
  it('두 글자 용어는 오타로 보지 않는다 (너무 흔한 낱말)', () => {
    assert.deepEqual(check('가지와 편이'), []);
  });
});
