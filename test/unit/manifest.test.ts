import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Commands } from '../../src/features/ids';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const json = <T>(file: string): T => JSON.parse(read(file)) as T;

interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  main: string;
  bin: Record<string, string>;
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { properties: Record<string, { markdownDescription: string }> };
    jsonValidation: Array<{ url: string }>;
  };
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
}

/**
 * Whether `.vscodeignore` (ignore everything, then `!` lines) puts `file` in the .vsix: an exact
 * `!file` line or a `!dir/**` line above it.
 */
function packaged(file: string): boolean {
  const keep = read('.vscodeignore').split(/\r?\n/).filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
  return keep.some((k) => k === file || (k.endsWith('/**') && file.startsWith(k.slice(0, -2))));
}

describe('.vsix에 들어가는 파일 (what the installed extension loads)', () => {
  it('확장이 실행 중에 읽는 파일은 모두 패키지에 있다: 번들, 작업자, 연습 패널 페이지, 아이콘, 번역', () => {
    const manifest = json<Manifest & { icon?: string }>('package.json');
    const loaded = [manifest.main.replace(/^\.\//, ''), 'dist/glossaryWorker.js', 'dist/webview/practice.js', 'dist/webview/practice.css', 'media/icons/crm-notes.svg', 'l10n/bundle.l10n.ko.json', 'package.nls.ko.json'];
    // Every file the code names under dist/ or media/ (path.join / joinPath segments).
    const sources = ['src/features/practice.ts', 'src/features/glossaryParser.ts'].map(read).join('\n');
    for (const m of sources.matchAll(/'dist', (?:'webview', )?'([\w.]+\.(?:js|css))'/g)) {
      loaded.push(m[0].includes("'webview'") ? `dist/webview/${m[1]}` : `dist/${m[1]}`);
    }
    for (const file of new Set(loaded)) {
      assert.ok(packaged(file), `${file} is in the .vsix`);
    }
    assert.equal(packaged('src/extension.ts'), false, 'no sources');
    assert.equal(packaged('dist/extension.js.map'), false, 'no source maps');
    assert.equal(packaged('test/unit/manifest.test.ts'), false, 'no tests');
  });
});

describe('매니페스트 (package.json; 번역은 l10n.test.ts, 설정은 settings.test.ts)', () => {
  const manifest = json<Manifest>('package.json');

  it('package.json의 명령과 코드의 명령 id가 같다', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(Commands).sort());
  });
  it('engines.vscode와 @types/vscode가 함께 움직인다', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    const types = manifest.devDependencies['@types/vscode']?.replace(/^[\^~]/, '');
    assert.equal(engine, types);
  });
  it('마크다운에서 켜지고, 번들과 CLI를 가리킨다', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin['crm-notes'], './dist/cli.js');
  });
  it('제한 모드: 작업 영역의 용어집 경로 설정은 제한된다', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['crmNotes.glossary.files']);
  });
  it('JSON 스키마 파일이 있고 jsonValidation이 그것을 가리킨다', () => {
    const schema = json<{ definitions: { term: { properties: Record<string, unknown> } } }>('media/glossary.schema.json');
    assert.equal(manifest.contributes.jsonValidation[0]?.url, './media/glossary.schema.json');
    assert.deepEqual(
      Object.keys(schema.definitions.term.properties).sort(),
      ['aliases', 'ambiguous', 'chapter', 'confusable', 'definition', 'english', 'explanation', 'facts', 'generic', 'id', 'reading', 'related', 'sense', 'term'],
    );
  });
});

describe('코어의 순수성 (src/core imports no vscode, fs or DOM)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const core = files(path.join(root, 'src', 'core'));

  it('코어 파일이 있다', () => {
    assert.ok(core.length >= 10);
  });
  for (const forbidden of ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process']) {
    it(`src/core는 ${forbidden}를 가져오지 않는다`, () => {
      for (const file of core) {
        const text = readFileSync(file, 'utf8');
        const pattern = new RegExp(`(from\\s+|require\\()['"]${forbidden.replace('/', '\\/')}['"]`);
        assert.ok(!pattern.test(text), `${path.relative(root, file)} imports ${forbidden}`);
      }
    });
  }
  it('src/core는 DOM 전역(document, window)을 쓰지 않는다', () => {
    for (const file of core) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      assert.ok(!/\b(document|window)\.[a-zA-Z]/.test(code), path.relative(root, file));
    }
  });
});

describe('문법 주입 (syntaxes)', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { grammars: Array<{ path: string; scopeName: string }> } };
  it('package.json이 가리키는 문법 파일이 있고 scopeName이 같다', () => {
    for (const grammar of manifest.contributes.grammars) {
      const file = JSON.parse(readFileSync(path.join(root, grammar.path), 'utf8')) as { scopeName: string; repository: Record<string, { match?: string }> };
      assert.equal(file.scopeName, grammar.scopeName);
      const arrow = new RegExp(file.repository.arrow?.match ?? '$^', 'u');
      assert.ok(arrow.test('잠재고객 → 첫 거래') && arrow.test('A -> B'));
    }
  });
});
