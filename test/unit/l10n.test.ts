import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type ParseErrorCode, printParseErrorCode } from 'jsonc-parser';
import ts from 'typescript';
import { jsonReason, message, messageCodes } from '../../src/core/messages';
import { VIEW_STRING_CODES, practiceStrings } from '../../src/core/review';

/**
 * Every word the user reads, in both languages. Three tables hold them: package.nls*.json for the
 * manifest (`%key%`), l10n/bundle.l10n.ko.json for `vscode.l10n.t('English')` in the extension,
 * and src/core/messages.ts for what the core, the CLI and the practice panel show. Each test
 * lists every missing, unused or mismatched entry, so one run shows all there is to fix.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const json = <T>(file: string): T => JSON.parse(read(file)) as T;

const HANGUL = /[\uac00-\ud7a3]/;
/** The `{0}`, `{1}` … of a message, sorted and without repeats. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1] as string))].sort();
/** The targets of markdown links (`[열기](command:vscode.openFolder)`). */
const linkTargets = (text: string): string[] => [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Every `.ts` under src/, parsed once. */
const sources = sourceFiles('src').map((file) => ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true));

function visit(node: ts.Node, f: (node: ts.Node) => void): void {
  f(node);
  node.forEachChild((child) => visit(child, f));
}

const where = (node: ts.Node): string => {
  const file = node.getSourceFile();
  return `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

const literal = (node: ts.Node | undefined): string | undefined => (node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);

interface Call {
  readonly node: ts.CallExpression;
  readonly callee: string;
}

const calls: Call[] = [];
for (const file of sources) {
  visit(file, (node) => {
    if (ts.isCallExpression(node)) {
      calls.push({ node, callee: node.expression.getText(file) });
    }
  });
}

/** How many arguments after `skip` a call passes; Infinity when one is spread. */
function argumentCount(call: ts.CallExpression, skip: number): number {
  const rest = call.arguments.slice(skip);
  return rest.some((a) => ts.isSpreadElement(a)) ? Infinity : rest.length;
}

const needs = (text: string): number => Math.max(-1, ...placeholders(text).map(Number)) + 1;

describe('번역: package.json의 %키% (package.nls.json, package.nls.ko.json)', () => {
  const manifestText = read('package.json');
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const en = json<Record<string, string>>('package.nls.json');
  const ko = json<Record<string, string>>('package.nls.ko.json');
  const used = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string))];

  it('package.json의 %키%는 영어와 한국어 nls에 모두 있다', () => {
    assert.ok(used.length >= 30);
    assert.deepEqual(used.filter((k) => en[k] === undefined).map((k) => `package.nls.json: ${k}`), []);
    assert.deepEqual(used.filter((k) => ko[k] === undefined).map((k) => `package.nls.ko.json: ${k}`), []);
  });
  it('nls 파일에는 package.json이 쓰지 않는 키가 없다', () => {
    assert.deepEqual(Object.keys(en).filter((k) => !used.includes(k)).map((k) => `package.nls.json: ${k}`), []);
    assert.deepEqual(Object.keys(ko).filter((k) => !used.includes(k)).map((k) => `package.nls.ko.json: ${k}`), []);
  });
  it('한국어 값은 한국어이고, 자리표시자와 링크 대상이 영어와 같다', () => {
    const wrong: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const korean = ko[key] ?? '';
      if (!HANGUL.test(korean)) {
        wrong.push(`${key}: not Korean: ${korean}`);
      }
      if (placeholders(korean).join() !== placeholders(english).join()) {
        wrong.push(`${key}: placeholders ${placeholders(english).join()} ≠ ${placeholders(korean).join()}`);
      }
      if (linkTargets(korean).join() !== linkTargets(english).join()) {
        wrong.push(`${key}: links ${linkTargets(english).join()} ≠ ${linkTargets(korean).join()}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
  it('사용자가 읽는 매니페스트 문자열은 모두 %키%다 (이름, 설명, 명령, 뷰, 설정, 환영 문구)', () => {
    const unlocalised: string[] = [];
    const check = (field: string, value: unknown): void => {
      if (typeof value === 'string' && !/^%[^%]+%$/.test(value)) {
        unlocalised.push(`${field}: ${value}`);
      }
    };
    const contributes = manifest['contributes'] as {
      commands: Array<{ command: string; title: unknown; category: unknown }>;
      viewsContainers: Record<string, Array<{ id: string; title: unknown }>>;
      views: Record<string, Array<{ id: string; name: unknown; contextualTitle?: unknown }>>;
      viewsWelcome: Array<{ view: string; contents: unknown }>;
      configuration: { title: unknown; properties: Record<string, Record<string, unknown>> };
    };
    check('displayName', manifest['displayName']);
    check('description', manifest['description']);
    check('capabilities.untrustedWorkspaces.description', (manifest['capabilities'] as { untrustedWorkspaces: { description: unknown } }).untrustedWorkspaces.description);
    for (const c of contributes.commands) {
      check(`${c.command}.title`, c.title);
      check(`${c.command}.category`, c.category);
    }
    for (const c of Object.values(contributes.viewsContainers).flat()) {
      check(`${c.id}.title`, c.title);
    }
    for (const v of Object.values(contributes.views).flat()) {
      check(`${v.id}.name`, v.name);
      check(`${v.id}.contextualTitle`, v.contextualTitle);
    }
    contributes.viewsWelcome.forEach((w, i) => check(`viewsWelcome[${i}] (${w.view})`, w.contents));
    check('configuration.title', contributes.configuration.title);
    for (const [key, p] of Object.entries(contributes.configuration.properties)) {
      for (const field of ['description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage']) {
        check(`${key}.${field}`, p[field]);
      }
      for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) {
        ((p[field] as unknown[] | undefined) ?? []).forEach((d, i) => check(`${key}.${field}[${i}]`, d));
      }
    }
    assert.deepEqual(unlocalised, []);
  });
});

describe('번역: vscode.l10n.t (l10n/bundle.l10n.ko.json)', () => {
  const bundle = json<Record<string, string>>('l10n/bundle.l10n.ko.json');
  const l10nCalls = calls.filter((c) => /(?:^|\.)l10n\.t$/.test(c.callee));
  const used = new Map<string, ts.CallExpression[]>();
  for (const c of l10nCalls) {
    const text = literal(c.node.arguments[0]);
    if (text !== undefined) {
      used.set(text, [...(used.get(text) ?? []), c.node]);
    }
  }

  it('package.json의 l10n이 번들 폴더를 가리킨다', () => {
    assert.equal(json<{ l10n: string }>('package.json').l10n, './l10n');
  });
  it('vscode.l10n.t의 첫 인자는 문자열 그대로다 (번역을 찾을 수 있게)', () => {
    assert.ok(l10nCalls.length >= 50);
    assert.deepEqual(l10nCalls.filter((c) => literal(c.node.arguments[0]) === undefined).map((c) => `${where(c.node)}: ${c.node.getText()}`), []);
  });
  it('vscode.l10n.t의 모든 문자열에 한국어 번역이 있다', () => {
    assert.deepEqual([...used].filter(([text]) => bundle[text] === undefined).map(([text, at]) => `${where(at[0] as ts.Node)}: ${text}`), []);
  });
  it('한국어 번들에는 쓰지 않는 번역이 없다', () => {
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });
  it('번역은 한국어이고 {0} {1} 자리표시자가 원문과 같다', () => {
    const wrong: string[] = [];
    for (const [text, korean] of Object.entries(bundle)) {
      if (!HANGUL.test(korean)) {
        wrong.push(`not Korean: ${text} → ${korean}`);
      }
      if (placeholders(text).join() !== placeholders(korean).join()) {
        wrong.push(`placeholders ${placeholders(text).join()} ≠ ${placeholders(korean).join()}: ${text} → ${korean}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
  it('자리표시자마다 값을 넘긴다', () => {
    const short = [...used].flatMap(([text, at]) => at.filter((call) => argumentCount(call, 1) < needs(text)).map((call) => `${where(call)}: ${text}`));
    assert.deepEqual(short, []);
  });
});

describe('번역: 코어 메시지 표 (src/core/messages.ts)', () => {
  const codes = messageCodes();
  const others = sources.filter((s) => !s.fileName.endsWith(path.join('core', 'messages.ts')));
  const literals = new Set<string>();
  for (const file of others) {
    visit(file, (node) => {
      const text = literal(node);
      if (text !== undefined) {
        literals.add(text);
      }
    });
  }

  it('모든 메시지는 한국어와 영어가 있고, 서로 다르며, 자리표시자가 같다', () => {
    const wrong: string[] = [];
    for (const code of codes) {
      const ko = message('ko', code);
      const en = message('en', code);
      if (!HANGUL.test(ko) && !/^\{\d+\}\S*$/.test(ko)) {
        wrong.push(`${code}: not Korean: ${ko}`);
      }
      if (en === '' || ko === en) {
        wrong.push(`${code}: English missing or the same as Korean: ${en}`);
      }
      if (placeholders(ko).join() !== placeholders(en).join()) {
        wrong.push(`${code}: placeholders ko ${placeholders(ko).join()} ≠ en ${placeholders(en).join()}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
  it('표에는 코드가 쓰지 않는 메시지가 없다', () => {
    assert.deepEqual(codes.filter((code) => !literals.has(code)), []);
  });
  it("message(locale, '코드', …)는 자리표시자마다 값을 넘긴다", () => {
    const short: string[] = [];
    for (const c of calls.filter((call) => call.callee === 'message')) {
      const code = literal(c.node.arguments[1]);
      if (code !== undefined && (codes as readonly string[]).includes(code) && argumentCount(c.node, 2) < needs(message('en', code as (typeof codes)[number]))) {
        short.push(`${where(c.node)}: ${code}`);
      }
    }
    assert.deepEqual(short, []);
  });
  it('jsonc-parser의 모든 오류 이름에 한국어와 영어 설명이 있다', () => {
    const names: string[] = [];
    for (let code = 1; printParseErrorCode(code as ParseErrorCode) !== '<unknown ParseErrorCode>'; code++) {
      names.push(printParseErrorCode(code as ParseErrorCode));
    }
    assert.ok(names.length >= 16);
    assert.deepEqual(names.filter((n) => !HANGUL.test(jsonReason('ko', n)) || jsonReason('en', n) === n), []);
  });
});

describe('번역: 연습 패널이 받는 문구 (practiceStrings → src/webview/practice.ts)', () => {
  const webview = sources.find((s) => s.fileName === path.join('src', 'webview', 'practice.ts'));
  const asked = new Set<string>();
  const literalAttributes: string[] = [];
  visit(webview as ts.SourceFile, (node) => {
    // `t('practice.check')`, and codes picked first (`const code = right ? 'practice.right' : …`).
    const code = literal(node);
    if (code !== undefined && /^practice\.[A-Za-z]+$/.test(code)) {
      asked.add(code);
    }
    // Words a screen reader or a tooltip reads must come from the host, in the user's language.
    if (ts.isPropertyAssignment(node) && ['aria-label', 'title', 'placeholder'].includes(literal(node.name) ?? (ts.isIdentifier(node.name) ? node.name.text : '')) && literal(node.initializer) !== undefined) {
      literalAttributes.push(`${where(node)}: ${node.getText()}`);
    }
  });

  it('패널이 쓰는 문구는 모두 보내고, 보내는 문구는 모두 쓴다', () => {
    assert.ok(webview !== undefined);
    const sent = new Set<string>(VIEW_STRING_CODES);
    assert.deepEqual([...asked].filter((c) => !sent.has(c)).map((c) => `used, not sent: ${c}`), []);
    assert.deepEqual([...sent].filter((c) => !asked.has(c)).map((c) => `sent, not used: ${c}`), []);
  });
  it('aria-label, title, placeholder는 문자열 그대로 쓰지 않는다', () => {
    assert.deepEqual(literalAttributes, []);
  });
  it('한국어 화면에는 한국어, 영어 화면에는 영어 문구가 간다', () => {
    const ko = practiceStrings('ko');
    const en = practiceStrings('en');
    assert.deepEqual(VIEW_STRING_CODES.filter((c) => !HANGUL.test(ko[c]) || HANGUL.test(en[c]) || ko[c] === en[c]), []);
  });
});
