import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SETTINGS_SECTION, type Settings, settingsFrom } from '../../src/core/settings';

/**
 * The settings as a set: package.json (`contributes.configuration`), the code that reads them
 * (src/core/settings.ts, through src/features/config.ts) and the two README tables must name the
 * same keys with the same type, default and scope.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Property {
  readonly type: string;
  readonly items?: { readonly type: string };
  readonly default: unknown;
  readonly scope?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly markdownEnumDescriptions?: readonly string[];
  readonly description?: string;
  readonly markdownDescription?: string;
}

const manifest = JSON.parse(read('package.json')) as {
  contributes: { configuration: { properties: Record<string, Property> } };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};
const properties = manifest.contributes.configuration.properties;
const keys = Object.keys(properties).sort();
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsKo = JSON.parse(read('package.nls.ko.json')) as Record<string, string>;

/** How the README writes a type: `boolean`, `string[]`. */
const typeName = (p: Property): string => (p.type === 'array' ? `${p.items?.type ?? 'unknown'}[]` : p.type);

const SCOPES = ['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'];
/** Settings whose values are paths: a workspace must not point them elsewhere in Restricted Mode. */
const namesPaths = (key: string): boolean => /(?:files|file|paths?|folders?|dir|directory|executable)$/i.test(key);

interface Row {
  readonly key: string;
  readonly type: string;
  readonly default: string;
  readonly scope: string;
  readonly description: string;
}

/** The rows of the first table in `text` whose header starts with `firstHeader`. */
function table(text: string, firstHeader: string): Row[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  assert.ok(start >= 0, `a table headed "${firstHeader}"`);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) {
      break;
    }
    const cells = line.slice(1, -1).split(' | ').map((c) => c.trim());
    const code = (cell: string | undefined): string => (cell ?? '').replace(/^`(.*)`$/, '$1');
    rows.push({ key: code(cells[0]), type: code(cells[1]), default: code(cells[2]), scope: code(cells[3]), description: cells[4] ?? '' });
  }
  return rows;
}

const readme = read('README.md');
const english = readme.indexOf('\n## English');
const tables: Record<string, Row[]> = {
  'README (한국어)': table(readme.slice(0, english), '설정'),
  'README (English)': table(readme.slice(english), 'Setting'),
};

/** What the code makes of `values` (keys under `crmNotes.`), and which keys it asked for. */
function readWith(values: Record<string, unknown>): { settings: Settings; asked: string[] } {
  const asked: string[] = [];
  const settings = settingsFrom((key) => {
    asked.push(`${SETTINGS_SECTION}.${key}`);
    return values[`${SETTINGS_SECTION}.${key}`];
  });
  return { settings, asked };
}

const defaults = Object.fromEntries(keys.map((k) => [k, properties[k]?.default]));
const unset = readWith({}).settings;

/** The fields of `a` that differ from the defaults the code falls back to. */
const changed = (a: Settings): Partial<Settings> => Object.fromEntries(Object.entries(a).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(unset[k as keyof Settings])));

describe('설정 (package.json, src/core/settings.ts, README)', () => {
  it('설정이 있고, 모두 crmNotes. 아래에 있다', () => {
    assert.ok(keys.length >= 9);
    assert.deepEqual(keys.filter((k) => !k.startsWith(`${SETTINGS_SECTION}.`)), []);
  });

  it('코드가 읽는 키와 package.json이 내놓는 키가 같다', () => {
    const asked = [...new Set(readWith({}).asked)].sort();
    assert.deepEqual({ readNotContributed: asked.filter((k) => !keys.includes(k)), contributedNotRead: keys.filter((k) => !asked.includes(k)) }, { readNotContributed: [], contributedNotRead: [] });
  });

  it('설정은 src/features/config.ts에서만 읽고, 코드와 메시지가 이름을 대는 설정은 모두 있다', () => {
    const files = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const sources = files('src').map((f) => ({ file: f, text: read(f) }));
    assert.deepEqual(sources.filter((s) => s.text.includes('getConfiguration(')).map((s) => s.file), [path.join('src', 'features', 'config.ts')]);
    const named = new Set([...sources, { file: 'l10n', text: read('l10n/bundle.l10n.ko.json') }].flatMap((s) => [...s.text.matchAll(/\bcrmNotes\.[a-z]+\.[A-Za-z]+\b/g)].map((m) => m[0])));
    const commandsAndViews = /^crmNotes\.(?:practice\.session|walkthrough\.answers)$/; // memento keys (workspace and global state), not settings
    assert.deepEqual([...named].filter((k) => !keys.includes(k) && !commandsAndViews.test(k)), []);
  });

  it('코드의 기본값이 package.json의 기본값과 같다', () => {
    assert.deepEqual(readWith(defaults).settings, unset);
  });

  it('형식이 틀린 값은 기본값으로 읽는다', () => {
    const wrong = (p: Property): unknown => (p.type === 'boolean' ? 'yes' : p.type === 'array' ? 'notes.json' : p.type === 'string' ? 42 : '8');
    for (const key of keys) {
      assert.deepEqual(changed(readWith({ [key]: wrong(properties[key] as Property) }).settings), {}, key);
    }
  });

  it('숫자 설정은 package.json의 minimum~maximum 안의 값만 받는다', () => {
    for (const key of keys.filter((k) => properties[k]?.type === 'number' || properties[k]?.type === 'integer')) {
      const p = properties[key] as Property;
      assert.ok(p.minimum !== undefined && p.maximum !== undefined, `${key}: minimum and maximum`);
      for (const inside of [p.minimum, p.maximum]) {
        assert.ok(Object.values(changed(readWith({ [key]: inside }).settings)).includes(inside) || inside === p.default, `${key} takes ${inside}`);
      }
      const step = p.type === 'integer' ? 1 : 0.01;
      for (const outside of [p.minimum - step, p.maximum + step]) {
        assert.deepEqual(changed(readWith({ [key]: outside }).settings), {}, `${key} refuses ${outside}`);
      }
    }
  });

  it('모든 설정에 범위(scope)가 있고, 경로를 담는 설정은 제한 모드에서 제한된다', () => {
    assert.deepEqual(keys.filter((k) => !SCOPES.includes(properties[k]?.scope ?? '')), []);
    const restricted = [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort();
    assert.deepEqual(restricted, keys.filter(namesPaths));
    // A path differs from one machine to the next: Settings Sync must not carry it.
    assert.deepEqual(keys.filter(namesPaths).filter((k) => !['machine', 'machine-overridable'].includes(properties[k]?.scope ?? '')), []);
  });

  it('모든 설정에 영어와 한국어 설명이 있고, enum에는 값마다 설명이 있다', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      const p = properties[key] as Property;
      const text = p.markdownDescription ?? p.description ?? '';
      const nlsKey = /^%([^%]+)%$/.exec(text)?.[1];
      if (nlsKey === undefined || !nls[nlsKey] || !/[\uac00-\ud7a3]/.test(nlsKo[nlsKey] ?? '')) {
        wrong.push(`${key}: description`);
      }
      if (p.enum !== undefined && (p.enumDescriptions ?? p.markdownEnumDescriptions ?? []).length !== p.enum.length) {
        wrong.push(`${key}: enum descriptions`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  for (const [name, rows] of Object.entries(tables)) {
    it(`${name}의 설정 표가 package.json과 같다 (키, 형식, 기본값, 범위)`, () => {
      const expected = keys.map((key) => {
        const p = properties[key] as Property;
        return { key, type: typeName(p), default: JSON.stringify(p.default), scope: p.scope };
      });
      const actual = rows.map((r) => ({ key: r.key, type: r.type, default: r.default, scope: r.scope })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      assert.deepEqual(actual, expected);
      assert.deepEqual(rows.filter((r) => r.description.length < 10).map((r) => r.key), [], 'every row has a description');
    });
  }
});
