import * as vscode from 'vscode';
import type { GlossarySnapshot } from '../core/service';
import { toRange } from './convert';
import type { DocumentCache } from './documents';

export interface UnderlineDeps {
  readonly documents: DocumentCache;
  readonly snapshot: () => GlossarySnapshot;
  readonly enabled: () => boolean;
  readonly onDidChangeSettings: vscode.Event<unknown>;
  readonly onDidChangeGlossary: vscode.Event<GlossarySnapshot>;
}

/** Underlines follow typing after it pauses this long. */
const DEBOUNCE_MS = 200;
/** Lines above and below the visible ones that are decorated too, so scrolling shows them at once. */
const MARGIN_LINES = 100;

/**
 * Glossary terms underlined in the editor (setting `crmNotes.underline.enabled`, off by default):
 * the occurrences of the shared document cache, for the visible lines and a margin around them,
 * recomputed after typing pauses, so a 1 MB note stays smooth. Everyday (`generic`) terms are
 * left plain.
 */
export function registerUnderline(deps: UnderlineDeps): vscode.Disposable {
  const decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const paint = (editor: vscode.TextEditor | undefined): void => {
    if (editor === undefined || editor.document.languageId !== 'markdown') {
      return;
    }
    if (!deps.enabled()) {
      editor.setDecorations(decoration, []);
      return;
    }
    const { glossary } = deps.snapshot();
    const visible = editor.visibleRanges;
    const from = Math.max(0, (visible[0]?.start.line ?? 0) - MARGIN_LINES);
    const to = (visible[visible.length - 1]?.end.line ?? 0) + MARGIN_LINES;
    const ranges = deps.documents
      .get(editor.document)
      .occurrences.filter((o) => o.line >= from && o.line <= to && glossary.terms.get(o.id)?.generic !== true)
      .map(toRange);
    editor.setDecorations(decoration, ranges);
  };
  const paintSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => vscode.window.visibleTextEditors.forEach(paint), DEBOUNCE_MS);
  };
  paintSoon();
  return vscode.Disposable.from(
    decoration,
    vscode.window.onDidChangeActiveTextEditor(paint),
    vscode.window.onDidChangeTextEditorVisibleRanges(() => paintSoon()),
    vscode.workspace.onDidChangeTextDocument(() => paintSoon()),
    deps.onDidChangeSettings(paintSoon),
    deps.onDidChangeGlossary(paintSoon),
    { dispose: () => clearTimeout(timer) },
  );
}
