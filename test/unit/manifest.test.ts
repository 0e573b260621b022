import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Commands, ContextKeys, Views } from '../../src/features/ids';

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
    walkthroughs: Array<{ id: string; title: string; description: string; steps: WalkthroughStep[] }>;
  };
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
}

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { image: string; altText: string };
  completionEvents: string[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(root, file));
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
    const manifest = json<Manifest>('package.json');
    const loaded = [manifest.main.replace(/^\.\//, ''), 'dist/glossaryWorker.js', 'dist/webview/practice.js', 'dist/webview/practice.css', 'media/icons/crm-notes.svg', 'l10n/bundle.l10n.ko.json', 'package.nls.ko.json', manifest.icon];
    loaded.push(...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((step) => step.media.image)));
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
  it('media/의 파일은 모두 들어가고, README의 스크린숏과 아이콘의 SVG 원본만 빠진다', () => {
    const files = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    for (const file of files('media')) {
      const left = file.startsWith('media/screenshots/') || file === 'media/icon.svg';
      assert.equal(packaged(file), !left, file);
    }
    assert.equal(packaged('media/screenshots/hover.png'), false, 'screenshots are not packed (no repository URL to point the README at)');
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

describe('시작하기 안내 (contributes.walkthroughs)', () => {
  const manifest = json<Manifest>('package.json');
  const nls = json<Record<string, string>>('package.nls.json');
  const nlsKo = json<Record<string, string>>('package.nls.ko.json');
  const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'crmNotes.welcome');
  const steps = walkthrough?.steps ?? [];
  const text = (value: string, table: Record<string, string>): string => table[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;
  const features = readdirSync(path.join(root, 'src', 'features')).map((f) => read(path.join('src', 'features', f))).join('\n');

  it('crmNotes.welcome에 여섯 단계가 순서대로 있다', () => {
    assert.ok(walkthrough, 'crmNotes.welcome');
    assert.deepEqual(steps.map((s) => s.id), ['openSample', 'hoverTerm', 'openSyllabus', 'makeQuiz', 'answerCards', 'seeProgress']);
  });
  it('단계의 제목·설명·대체 텍스트는 nls 키이고 한국어 쪽은 한글로 쓰였다', () => {
    for (const value of [walkthrough?.title ?? '', walkthrough?.description ?? '', ...steps.flatMap((s) => [s.title, s.description, s.media.altText])]) {
      assert.match(value, /^%[\w.]+%$/, value);
      assert.match(text(value, nlsKo), /[가-힣]/, `${value} in Korean`);
      assert.notEqual(text(value, nlsKo), text(value, nls), value);
    }
  });
  it('단계마다 명령 링크 단추가 한 줄로 있고, 그 명령이 있다 (영어와 한국어가 같은 명령)', () => {
    const known = new Set<string>([...Object.values(Commands), ...Object.values(Views).map((v) => `${v}.focus`)]);
    for (const step of steps) {
      const linksOf = (table: Record<string, string>): string[] =>
        [...text(step.description, table).matchAll(/^\[[^\]]+\]\(command:(?:toSide:)?([\w.]+)(?:\?[^)\s]*)?\)$/gm)].map((m) => m[1] as string);
      const en = linksOf(nls);
      assert.ok(en.length >= 1, `${step.id}: a button`);
      // The walkthrough renders links and `code` only: asterisks would show as they are.
      assert.doesNotMatch(text(step.description, nls) + text(step.description, nlsKo), /\*/, `${step.id}: no Markdown emphasis`);
      assert.deepEqual(linksOf(nlsKo), en, step.id);
      for (const command of en) {
        assert.ok(known.has(command), `${step.id}: ${command}`);
      }
    }
  });
  it('완료 이벤트는 있는 명령·보기·문맥 키를 가리키고, 문맥 키는 기능 코드가 설정한다', () => {
    const contextKeys = Object.entries(ContextKeys);
    for (const step of steps) {
      assert.ok(step.completionEvents.length >= 1, step.id);
      for (const event of step.completionEvents) {
        const [, kind, argument = ''] = /^(\w+):(.+)$/.exec(event) ?? [];
        if (kind === 'onCommand') {
          assert.ok((Object.values(Commands) as string[]).includes(argument), event);
        } else if (kind === 'onView') {
          assert.ok((Object.values(Views) as string[]).includes(argument), event);
        } else if (kind === 'onContext') {
          const entry = contextKeys.find(([, key]) => key === argument);
          assert.ok(entry, `${event}: a key in ContextKeys`);
          assert.match(features, new RegExp(`executeCommand\\('setContext', ContextKeys\\.${entry[0]}, true\\)`), `${event} is set somewhere`);
        } else {
          assert.fail(`${step.id}: unexpected completion event ${event}`);
        }
      }
    }
  });
  it('단계의 그림은 media/walkthrough/의 PNG이고 작다 (모두 합쳐 400 KB 아래)', () => {
    let total = 0;
    for (const step of steps) {
      assert.match(step.media.image, /^media\/walkthrough\/[\w-]+\.png$/, step.id);
      const size = pngSize(step.media.image);
      assert.ok(size.width >= 300 && size.width <= 1600, `${step.media.image}: ${size.width} px wide`);
      total += statSync(path.join(root, step.media.image)).size;
    }
    assert.ok(total < 400 * 1024, `${total} bytes`);
  });
});

describe('마켓플레이스에 보이는 것 (icon, banner, categories)', () => {
  const manifest = json<Manifest>('package.json');
  it('아이콘은 128×128 PNG이고 SVG 원본이 옆에 있다', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    assert.deepEqual(pngSize(manifest.icon), { width: 128, height: 128 });
    assert.match(read('media/icon.svg'), /viewBox="0 0 128 128"/);
  });
  it('배너는 #RRGGBB 색과 dark 또는 light 테마', () => {
    assert.match(manifest.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });
  it('범주는 마켓플레이스의 범주이고 키워드는 30개 이하', () => {
    const valid = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization'];
    for (const category of manifest.categories) {
      assert.ok(valid.includes(category), category);
    }
    assert.ok(manifest.keywords.length <= 30 && new Set(manifest.keywords).size === manifest.keywords.length);
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
