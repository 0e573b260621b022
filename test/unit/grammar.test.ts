import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRegistryFromGrammars } from 'vscode-tmgrammar-test/dist/common/index';
import { type GrammarTestCase, type TestFailure, parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { Note } from '../../src/core/notes/note';
import { generateCards } from '../../src/core/quiz';
import { bundledSnapshot } from './helpers';

/**
 * The card colours of syntaxes/crm-notes.injection.tmLanguage.json, checked the way VS Code
 * tokenises: vscode-textmate with the Oniguruma WASM engine (through vscode-tmgrammar-test), the
 * Markdown grammar VS Code ships (vendored in test/grammar/, so no VS Code is needed) and our
 * injection as package.json contributes it. Each fixture test/grammar/*.md is a Korean note with
 * `<!-- ^^ scope` assertion lines under the line they check (`- scope`: must not be there).
 */

const root = path.resolve(__dirname, '..', '..', '..');
const dir = path.join(root, 'test', 'grammar');
const MARKDOWN = 'text.html.markdown';

interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo?: string[];
}

function registry(): ReturnType<typeof createRegistryFromGrammars> {
  const markdown = readFileSync(path.join(dir, 'markdown.tmLanguage.json'), 'utf8');
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
  // The languages Markdown embeds (fenced code, front matter, HTML) are left out: an empty grammar
  // each, so their text is plain, as on a VS Code without those extensions.
  const embedded = new Set([...markdown.matchAll(/"include":\s*"((?:source|text)\.[^"#]+)/g)].map((m) => m[1] as string));
  embedded.delete(MARKDOWN);
  return createRegistryFromGrammars([
    { grammar: { path: 'markdown.tmLanguage.json', scopeName: MARKDOWN }, content: markdown },
    ...manifest.contributes.grammars.map((g) => ({ grammar: { ...g }, content: readFileSync(path.join(root, g.path), 'utf8') })),
    ...[...embedded].map((scopeName) => ({ grammar: { path: `${scopeName}.json`, scopeName }, content: JSON.stringify({ scopeName, patterns: [] }) })),
  ]);
}

const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const testCase = (file: string): GrammarTestCase => parseGrammarTestCase(readFileSync(path.join(dir, file), 'utf8'));

/** One failed assertion as a reader wants it: where, the source text, what was missing or extra. */
function describeFailure(file: string, source: readonly string[], f: TestFailure): string {
  const line = source[f.srcLine] ?? '';
  const parts = [`${file}:${f.line + 1} "${line.slice(f.start, f.end)}" (in "${line}")`];
  if (f.missing.length > 0) {
    parts.push(`missing ${f.missing.join(' ')}`);
  }
  if (f.unexpected.length > 0) {
    parts.push(`unexpected ${f.unexpected.join(' ')}`);
  }
  parts.push(`actual ${f.actual.join(' ')}`);
  return parts.join('; ');
}

/** The scopes that mean "the quiz makes a card of this": a separator, an answer, a cloze. */
const CARD_SCOPES = ['meta.card.basic.crm-notes', 'meta.card.bidirectional.crm-notes', 'meta.card.separator.crm-notes', 'meta.cloze.anki.crm-notes', 'markup.inserted.cloze.crm-notes'];

describe('카드 문법의 색 (syntaxes, test/grammar/*.md)', () => {
  const reg = registry();

  it('고정 노트가 있고, 긍정과 부정 단언이 모두 있다', () => {
    assert.deepEqual(fixtures, ['cards.md', 'not-cards.md']);
    const all = fixtures.flatMap((f) => testCase(f).assertions.flatMap((a) => a.scopeAssertions));
    assert.ok(all.filter((a) => a.scopes.some((s) => s.endsWith('.crm-notes'))).length >= 30, 'positive assertions on our scopes');
    assert.ok(all.filter((a) => a.exclude.length > 0).length >= 30, 'negative assertions');
  });

  for (const file of fixtures) {
    it(`${file}: ${testCase(file).metadata.description}`, async () => {
      const tc = testCase(file);
      assert.equal(tc.metadata.scope, MARKDOWN);
      assert.ok(tc.assertions.length > 0, 'no assertions');
      const failures = await runGrammarTestCase(reg, tc);
      assert.deepEqual(failures.map((f) => describeFailure(file, tc.source, f)), []);
    });
  }

  it('퀴즈가 카드를 만드는 문단에만 카드 색이 있다 (고정 노트의 빈 줄로 나뉜 문단마다)', async () => {
    const grammar = await reg.loadGrammar(MARKDOWN);
    assert.ok(grammar !== null);
    const { glossary, index } = bundledSnapshot();
    const disagree: string[] = [];
    for (const file of fixtures) {
      const source = testCase(file).source;
      let stack: Parameters<typeof grammar.tokenizeLine>[1] = null;
      const coloured = source.map((line) => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.some((t) => t.scopes.some((s) => CARD_SCOPES.includes(s)));
      });
      // Each run of lines between blank lines is read as a note of its own (front matter only
      // counts at the top of a note, and the first run is the top of the fixture).
      let start = 0;
      for (let i = 0; i <= source.length; i++) {
        if (i < source.length && (source[i] as string).trim() !== '') {
          continue;
        }
        if (i > start) {
          const text = source.slice(start, i).join('\n');
          const made = generateCards(new Note(text, index), file, glossary, { types: ['user'] }).length > 0;
          const shown = coloured.slice(start, i).some(Boolean);
          if (made !== shown) {
            disagree.push(`${file}: ${made ? 'a card the grammar does not colour' : 'coloured, but no card'}: ${JSON.stringify(text)}`);
          }
        }
        start = i + 1;
      }
    }
    assert.deepEqual(disagree, []);
  });
});
