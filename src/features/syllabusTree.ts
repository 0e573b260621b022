import * as vscode from 'vscode';
import type { Glossary } from '../core/glossary/glossary';
import { escapeMarkdown } from '../core/render';
import { coverage } from '../core/notes/outline';
import type { WorkspaceIndex } from '../core/notes/workspace';
import type { ChapterProgress } from '../core/review';
import type { GlossarySnapshot } from '../core/service';
import { Commands } from './ids';

/** A row of the syllabus view: a chapter or section of the glossary, or a term. Plain data. */
export type SyllabusNode = { readonly kind: 'chapter'; readonly id: string } | { readonly kind: 'term'; readonly id: string };

export interface SyllabusDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly index: WorkspaceIndex;
  /** Review progress per chapter id (from the practice panel's review file), when known. */
  readonly progress?: () => ReadonlyMap<string, ChapterProgress> | undefined;
}

/**
 * 챕터 (Syllabus): 장 → 절 → 용어 from the glossary, beside what the notes cover. Chapter and
 * section rows show `covered/total` (generic terms left out) with an icon that makes gaps
 * visible; term rows show whether and how often the notes mention the term.
 */
export class SyllabusTree implements vscode.TreeDataProvider<SyllabusNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SyllabusNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private counts: Map<string, number> | undefined;

  constructor(private readonly deps: SyllabusDeps) {}

  /** Everything may have changed (notes or glossary): counts are read again on the next render. */
  refresh(): void {
    this.counts = undefined;
    this.emitter.fire(undefined);
  }

  private glossary(): Glossary {
    return this.deps.snapshot().glossary;
  }

  private mentionCounts(): Map<string, number> {
    this.counts ??= this.deps.index.mentionCounts();
    return this.counts;
  }

  getChildren(node?: SyllabusNode): SyllabusNode[] {
    const glossary = this.glossary();
    if (node === undefined) {
      return glossary.topChapters().map((c) => ({ kind: 'chapter', id: c.id }));
    }
    if (node.kind === 'term') {
      return [];
    }
    return [
      ...glossary.childrenOf(node.id).map((c): SyllabusNode => ({ kind: 'chapter', id: c.id })),
      ...glossary.termsIn(node.id).map((t): SyllabusNode => ({ kind: 'term', id: t.id })),
    ];
  }

  getParent(node: SyllabusNode): SyllabusNode | undefined {
    const glossary = this.glossary();
    const parent = node.kind === 'term' ? glossary.terms.get(node.id)?.chapter : glossary.chapters.get(node.id)?.parent;
    const chapter = parent === undefined ? undefined : glossary.chapters.get(parent);
    return chapter === undefined || chapter.parent === undefined ? undefined : { kind: 'chapter', id: chapter.id };
  }

  getTreeItem(node: SyllabusNode): vscode.TreeItem {
    const glossary = this.glossary();
    const counts = this.mentionCounts();
    if (node.kind === 'chapter') {
      const chapter = glossary.chapters.get(node.id);
      const covered = coverage(glossary, (id) => (counts.get(id) ?? 0) > 0, node.id);
      const item = new vscode.TreeItem(chapter?.title ?? node.id, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `chapter:${node.id}`;
      const progress = this.deps.progress?.()?.get(node.id);
      item.description =
        progress === undefined
          ? `${covered.covered}/${covered.total}`
          : vscode.l10n.t('{0}/{1} · due {2} · known {3}%', covered.covered, covered.total, progress.due, Math.round(progress.mastery * 100));
      item.iconPath = coverageIcon(covered.covered, covered.total);
      item.tooltip = vscode.l10n.t('{0}: the notes mention {1} of its {2} terms', chapter?.title ?? node.id, covered.covered, covered.total);
      item.contextValue = 'chapter';
      return item;
    }
    const term = glossary.terms.get(node.id);
    const mentions = counts.get(node.id) ?? 0;
    const item = new vscode.TreeItem(term?.term ?? node.id, vscode.TreeItemCollapsibleState.None);
    item.id = `term:${node.id}`;
    item.description = mentions > 0 ? vscode.l10n.t('{0}×', mentions) : term?.generic === true ? vscode.l10n.t('everyday word') : '';
    item.iconPath = mentions > 0 ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('circle-large-outline');
    if (term !== undefined) {
      const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(term.term)}**${term.english === undefined ? '' : ` · ${escapeMarkdown(term.english)}`}\n\n${escapeMarkdown(term.definition)}`);
      tooltip.supportHtml = false;
      item.tooltip = tooltip;
    }
    item.contextValue = mentions > 0 ? 'term.mentioned' : 'term';
    item.command = { command: Commands.openTermNode, title: vscode.l10n.t('Show mentions'), arguments: [node.id] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Full, partial and no coverage as three icons (theme colours, so high contrast works too). */
function coverageIcon(covered: number, total: number): vscode.ThemeIcon {
  if (total > 0 && covered === total) {
    return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
  }
  if (covered > 0) {
    return new vscode.ThemeIcon('pie-chart', new vscode.ThemeColor('charts.yellow'));
  }
  return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.deemphasizedForeground'));
}
