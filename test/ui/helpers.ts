// What the UI tests do as a person would: open a file with Quick Open, rest the mouse on a word,
// run a palette command. One copy, shared by every UI test file.
import type { Page } from 'playwright-core';

export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(name);
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines');
}

/**
 * Rests the mouse on the second character of `word` where an editor line shows it (decorations
 * may split a word into several text runs, so the line's text is searched, then its runs).
 */
export async function hoverWord(page: Page, word: string): Promise<string | undefined> {
  const box = await page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(w);
      if (at < 0) {
        continue;
      }
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (seen + length > at + 1) {
          const range = document.createRange();
          range.setStart(node, at + 1 - seen);
          range.setEnd(node, at + 2 - seen);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        seen += length;
      }
    }
    return undefined;
  }, word);
  if (box === undefined) {
    return undefined;
  }
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  try {
    const hover = await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 4000 });
    return await hover.innerText();
  } catch {
    return undefined;
  }
}

/** Runs a command from the command palette by its title, as a person would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(title);
  // The list filters as one types: wait until a visible row is the command asked for.
  await page.waitForFunction(
    (t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r as HTMLElement).offsetParent !== null && (r.getAttribute('aria-label') ?? '').toLowerCase().includes(t.toLowerCase())),
    title.split(': ').pop() ?? title,
    { timeout: 15_000 },
  );
  await page.keyboard.press('Enter');
}

/** Hovers `word` until the widget mentions `expected` (the extension host may still be starting). */
export async function hoverUntil(page: Page, word: string, expected: string, attempts: number): Promise<string | undefined> {
  let text: string | undefined;
  for (let attempt = 0; attempt < attempts && !text?.includes(expected); attempt++) {
    text = await hoverWord(page, word);
    if (!text?.includes(expected)) {
      await page.waitForTimeout(1000);
    }
  }
  return text;
}

/** Opens a walkthrough as a person does: Welcome: Open Walkthrough..., then its (localised) title. */
export async function openWalkthrough(page: Page, title: string): Promise<void> {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await page.waitForTimeout(500);
  await page.keyboard.type(title);
  await page.waitForFunction((t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r as HTMLElement).innerText.includes(t)), title, { timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('button.getting-started-step', { timeout: 20_000 });
}
