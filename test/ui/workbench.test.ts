// What a person sees: the real workbench in Chromium, with the extension under development.
// Screenshots go to test-results/ (git-ignored) for a reviewer to look at.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { hoverUntil, openFile, runCommand } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');

function bundledDefinition(id: string): string {
  for (const name of readdirSync(path.join(root, 'src', 'glossary')).filter((n) => n.endsWith('.glossary.json'))) {
    const data = JSON.parse(readFileSync(path.join(root, 'src', 'glossary', name), 'utf8')) as { terms: Array<{ id: string; definition: string }> };
    const term = data.terms.find((t) => t.id === id);
    if (term !== undefined) {
      return term.definition;
    }
  }
  throw new Error(`no term ${id}`);
}

describe('워크벤치 화면 (what a person sees in the real workbench)', function () {
  let workbench: Workbench;
  let folder: string;

  before(async function () {
    mkdirSync(results, { recursive: true });
    folder = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-ui-'));
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    workbench = await openWorkbench({ folder, extensionPath: root, server: { settings: { 'crmNotes.underline.enabled': true } } });
  });

  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('확장 개발 호스트로 열린다', async () => {
    await workbench.page.waitForFunction(() => document.title.startsWith('[Extension Development Host]'), undefined, { timeout: 30_000 });
  });

  it('로열티는 위에 마우스를 두면 호버 위젯에 로열티의 정의가 보인다', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    const text = await hoverUntil(page, '로열티는', '로열티', 15);
    await page.screenshot({ path: path.join(results, 'hover-로열티는.png') });
    assert.ok(text, 'a hover widget appears');
    assert.ok(text.includes(bundledDefinition('loyalty')), text);
    assert.ok(text.includes('고객로열티 전략'), 'chapter path shown');
  });

  it('설정을 켜면 편집기의 용어에 점선 밑줄이 보인다 (일상어와 코드 블록은 제외)', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    let underlined: string[] = [];
    for (let attempt = 0; attempt < 20 && !underlined.includes('로열티'); attempt++) {
      await page.waitForTimeout(500);
      underlined = await page.evaluate(() =>
        [...document.querySelectorAll('.monaco-editor .view-lines span span')]
          .filter((s) => getComputedStyle(s).textDecorationLine.includes('underline') && getComputedStyle(s).textDecorationStyle === 'dotted')
          .map((s) => (s as HTMLElement).innerText),
      );
    }
    await page.screenshot({ path: path.join(results, 'underline-terms.png') });
    assert.ok(underlined.includes('로열티'), JSON.stringify(underlined));
    assert.ok(underlined.includes('우량고객'), JSON.stringify(underlined));
    assert.ok(!underlined.includes('로열티 코드블록 안은 용어가 아님'), 'nothing in the code block');
  });

  it('영어 별칭 Ubiquity 위에서는 편재성의 정의', async () => {
    const { page } = workbench;
    await openFile(page, 'mobile.md');
    const text = await hoverUntil(page, 'Ubiquity', '편재성', 5);
    await page.screenshot({ path: path.join(results, 'hover-Ubiquity.png') });
    assert.ok(text?.includes(bundledDefinition('ubiquity')), text);
  });

  it('명령 팔레트에 CRM 노트 명령이 모두 보인다', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type('CRM Notes');
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await page.waitForTimeout(300);
    const rows = await page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => (e as HTMLElement).innerText));
    await page.screenshot({ path: path.join(results, 'command-palette.png') });
    const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const key of ['command.showTerm', 'command.openSampleNotes', 'command.reloadGlossary', 'command.createWorkspaceGlossary']) {
      assert.ok(rows.some((row) => row.includes(`${nls.category}: ${nls[key]}`)), `${nls[key]} in ${JSON.stringify(rows)}`);
    }
    await page.keyboard.press('Escape');
  });

  it('용어 찾기: 팔레트에서 한글로 골라 용어 페이지를 연다', async () => {
    const { page } = workbench;
    await runCommand(page, 'CRM Notes: Look Up a Term');
    await page.waitForTimeout(500);
    await page.keyboard.type('초우량고객');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(results, 'look-up-term.png') });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.tab')].some((t) => (t as HTMLElement).innerText.includes('초우량고객')), undefined, { timeout: 10_000 });
    // Rendered by the Markdown preview: a dictionary entry, related terms as links.
    let page_: { text: string; links: string[] } | undefined;
    for (let attempt = 0; attempt < 30 && page_ === undefined; attempt++) {
      await page.waitForTimeout(500);
      for (const frame of page.frames()) {
        const found = await frame
          .evaluate(() => {
            const strong = document.querySelector('strong');
            return strong?.textContent === '초우량고객' ? { text: document.body.innerText, links: [...document.querySelectorAll('a')].map((a) => a.textContent ?? '') } : undefined;
          })
          .catch(() => undefined);
        if (found !== undefined) {
          page_ = found;
          break;
        }
      }
    }
    await page.screenshot({ path: path.join(results, 'term-page.png') });
    assert.ok(page_, 'the term page is rendered in the preview');
    assert.ok(page_.text.includes(bundledDefinition('super-good-customer')), page_.text.slice(0, 300));
    assert.ok(page_.links.includes('우량고객'), JSON.stringify(page_.links));
    assert.doesNotMatch(page_.text, /\*\*초우량고객\*\*|#### /, 'no Markdown source on show');
  });

  it('활동 막대의 CRM 노트: 챕터 보기에 장과 커버리지, 내 노트 보기에 노트가 보인다', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    const container = await page.waitForSelector('.activitybar .action-item a[aria-label^="CRM Notes"], .activitybar .action-item [aria-label^="CRM Notes"]', { timeout: 20_000 });
    await container.click();
    const rowsOf = async (view: string): Promise<string[]> =>
      page.$$eval(`.pane:has(.pane-header[aria-label^="${view}"]) .monaco-list-row`, (els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    let syllabus: string[] = [];
    for (let attempt = 0; attempt < 20 && !syllabus.some((r) => /고객로열티 전략\s*[1-9]\d*\/\d+/.test(r)); attempt++) {
      await page.waitForTimeout(500);
      syllabus = await rowsOf('Syllabus');
    }
    assert.ok(syllabus.some((r) => r.startsWith('CRM의 이해')), JSON.stringify(syllabus));
    assert.ok(syllabus.some((r) => /고객로열티 전략\s*[1-9]\d*\/\d+/.test(r)), `coverage shown: ${JSON.stringify(syllabus)}`);
    const notes = await rowsOf('My Notes');
    assert.ok(notes.some((r) => r.includes('로열티.md')), JSON.stringify(notes));
    await page.screenshot({ path: path.join(results, 'tree-syllabus-and-notes.png') });
  });

  it('챕터에서 용어 찾기: 초성 ㄱㄱㅁㅈ를 치면 고객만족이 맨 위에, 맞은 글자가 강조된다', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await runCommand(page, 'CRM Notes: Find a Term in the Syllabus');
    await page.waitForTimeout(500);
    await page.keyboard.type('ㄱㄱㅁㅈ');
    await page.waitForTimeout(700);
    const first = await page.$eval('.quick-input-list .monaco-list-row', (row) => ({
      text: (row as HTMLElement).innerText,
      highlighted: [...row.querySelectorAll('.highlight')].map((h) => (h as HTMLElement).innerText).join(''),
    }));
    await page.screenshot({ path: path.join(results, 'tree-filter-choseong.png') });
    assert.match(first.text, /^고객만족\s*ㄱㄱㅁㅈ ·/);
    assert.equal(first.highlighted, 'ㄱㄱㅁㅈ');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row.selected')].some((r) => (r as HTMLElement).innerText.startsWith('고객만족')), undefined, { timeout: 10_000 });
    await page.screenshot({ path: path.join(results, 'tree-revealed-term.png') });
  });

  it('편집기에서: ㄱㄱㅁㅈ + Ctrl+Space → 고객만족 제안, 로얄티에 빠른 수정 한 번으로 로열티, 미리 보기의 용어에 정의', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+N');
    await page.waitForTimeout(500);
    // An untitled note in Markdown: the language picker via the command palette.
    await runCommand(page, 'Change Language Mode');
    await page.waitForTimeout(400);
    await page.keyboard.type('Markdown');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await page.keyboard.type('로얄티는 중요하다. ');
    await page.keyboard.type('ㄱㄱㅁㅈ');
    await page.keyboard.press('Control+Space');
    const suggestion = await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 10_000 });
    const firstSuggestion = await suggestion.innerText();
    await page.screenshot({ path: path.join(results, 'completion-choseong.png') });
    assert.match(firstSuggestion, /^고객만족/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    // The quick fix on 로얄티: cursor onto it, Ctrl+. and the preferred fix.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    let fixes: string[] = [];
    for (let attempt = 0; attempt < 10 && fixes.length === 0; attempt++) {
      await page.waitForTimeout(500);
      await page.keyboard.press('Control+.');
      try {
        await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 2000 });
        fixes = await page.$$eval('.action-widget .monaco-list-row', (rows) => rows.map((r) => (r as HTMLElement).innerText));
      } catch {
        await page.keyboard.press('Escape');
      }
    }
    await page.screenshot({ path: path.join(results, 'quick-fix-loyalty.png') });
    assert.ok(fixes.some((f) => /Write "로열티"|"로열티" 표기로/.test(f)), JSON.stringify(fixes));
    // The preferred fix (the glossary's spelling) has the focus: one key applies it.
    await page.keyboard.press('Enter');
    // Monaco draws spaces as no-break spaces.
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines')].some((v) => (v as HTMLElement).innerText.replace(/\u00a0/g, ' ').includes('로열티는 중요하다. 고객만족')), undefined, { timeout: 10_000 });
    // The built-in preview, with our markdown-it plugin: the term carries its definition.
    await page.keyboard.press('Control+Shift+V');
    let title: string | null = null;
    for (let attempt = 0; attempt < 30 && title === null; attempt++) {
      await page.waitForTimeout(500);
      for (const frame of page.frames()) {
        title = await frame.evaluate(() => document.querySelector('.crm-notes-term')?.getAttribute('title') ?? null).catch(() => null);
        if (title !== null) {
          break;
        }
      }
    }
    await page.screenshot({ path: path.join(results, 'preview-terms.png') });
    assert.ok(title?.startsWith('로열티'), String(title));
    assert.ok(title?.includes(bundledDefinition('loyalty')), String(title));
  });
  it('연습 패널: 카드가 보이고, 답을 보고 3(알맞음)을 누르면 다음 카드로 가고 채점이 reviews.json에 남는다', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await runCommand(page, 'CRM Notes: Practise Due Cards');
    /** The practice page's frame and what it shows, once a card is on it. */
    const findCard = async (): Promise<{ frame: import('playwright-core').Frame; progress: string; front: string } | undefined> => {
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => {
            const card = document.querySelector('#app .card .front');
            const progress = document.querySelector('#app .progress');
            return card === null || progress === null ? undefined : { progress: progress.textContent ?? '', front: (card as HTMLElement).innerText };
          })
          .catch(() => undefined);
        if (seen !== undefined) {
          return { frame, ...seen };
        }
      }
      return undefined;
    };
    let shown: Awaited<ReturnType<typeof findCard>>;
    for (let attempt = 0; attempt < 40 && shown === undefined; attempt++) {
      await page.waitForTimeout(500);
      shown = await findCard();
    }
    await page.screenshot({ path: path.join(results, 'practice-card.png') });
    assert.ok(shown, 'a card is shown in the practice panel');
    assert.match(shown.progress, /^1 \/ \d+$/);
    assert.ok(shown.front.trim().length > 0);
    const total = Number(shown.progress.split('/')[1]);
    const { frame } = shown;
    // Answer the way the card asks: reveal, pick option 1, check the order, or type something.
    const kind = await frame.evaluate(() => (document.querySelector('input.answer, textarea.answer') ? 'typed' : document.querySelector('.choice') ? 'choice' : document.querySelector('.steps') ? 'order' : 'reveal'));
    if (kind === 'typed') {
      await frame.fill('input.answer, textarea.answer', '로열티');
      await frame.click('button.primary');
    } else if (kind === 'choice') {
      await frame.click('.choice');
    } else {
      await frame.click('button.primary');
    }
    await frame.waitForSelector('.grades button.g3', { timeout: 10_000 });
    const labels = await frame.$$eval('.grades button', (buttons) => buttons.map((b) => (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    await page.screenshot({ path: path.join(results, 'practice-answer.png') });
    assert.equal(labels.length, 4);
    assert.match(labels[0] ?? '', /^1 (다시|Again) \d+ ?(분|min)$/, JSON.stringify(labels));
    assert.match(labels[2] ?? '', /^3 (알맞음|Good) \d/, JSON.stringify(labels));
    await frame.press('body', '3');
    await frame.waitForFunction((t) => document.querySelector('#app .progress')?.textContent === `2 / ${t}` || document.querySelector('.summary') !== null, total, { timeout: 10_000 });
    const reviews = path.join(folder, '.crm-notes', 'reviews.json');
    let saved: { format?: string; cards?: Record<string, { reps?: number }> } | undefined;
    for (let attempt = 0; attempt < 20 && saved === undefined; attempt++) {
      await page.waitForTimeout(250);
      try {
        saved = JSON.parse(readFileSync(reviews, 'utf8')) as typeof saved;
      } catch {
        saved = undefined;
      }
    }
    assert.equal(saved?.format, 'crm-notes-reviews');
    assert.equal(Object.keys(saved?.cards ?? {}).length, 1, JSON.stringify(saved));
    // The statistics view draws the grade as today's bar.
    await runCommand(page, 'CRM Notes: Show Study Statistics');
    let bars: { past: number; today: string } | undefined;
    for (let attempt = 0; attempt < 30 && bars === undefined; attempt++) {
      await page.waitForTimeout(500);
      for (const f of page.frames()) {
        bars = await f
          .evaluate(() => {
            const past = [...document.querySelectorAll('#stats rect.bar.past')];
            return past.length === 0 ? undefined : { past: past.length, today: past[past.length - 1]?.querySelector('title')?.textContent ?? '' };
          })
          .catch(() => undefined);
        if (bars !== undefined) {
          break;
        }
      }
    }
    await page.screenshot({ path: path.join(results, 'statistics.png') });
    assert.equal(bars?.past, 30);
    assert.match(bars?.today ?? '', /: (1 card|1장)$/, JSON.stringify(bars));
  });
});
