import type { Glossary } from './glossary/glossary';
import type { Fact, Term } from './glossary/types';

/** Words around the glossary text; the extension passes them localised. */
export interface TermLabels {
  readonly related: string;
  readonly confusable: string;
  readonly facts: string;
  readonly source: string;
}

export const KOREAN_LABELS: TermLabels = { related: '관련 용어', confusable: '헷갈리기 쉬운 용어', facts: '정리', source: '출처' };

/**
 * Escapes every ASCII punctuation character, so text from a glossary file renders as text:
 * `[x](command:…)`, `<img onerror>` and `**` show literally. CommonMark allows a backslash before
 * any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:$%^@;,?/]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A link that runs `command` with the term id, for hovers trusted to run only that command. */
export function commandLink(label: string, command: string, id: string): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify([id]))})`;
}

export interface RenderOptions {
  readonly labels: TermLabels;
  /** The command related-term links run (`crmNotes.showTerm`). */
  readonly command: string;
  /** Also list facts and the source file (the term page, not the hover). */
  readonly full: boolean;
}

/**
 * A term as Markdown: headword and English name, chapter path, definition, explanation, related
 * and confusable terms as command links, and (in full) its facts. All glossary text is escaped.
 */
export function renderTerm(term: Term, glossary: Glossary, options: RenderOptions): string {
  const lines: string[] = [];
  const english = term.english === undefined ? '' : ` · ${escapeMarkdown(term.english)}`;
  lines.push(`**${escapeMarkdown(term.term)}**${english}`);
  const path = glossary.chapterPath(term.chapter).map((c) => escapeMarkdown(c.title));
  if (path.length > 0) {
    lines.push('', `*${path.join(' › ')}*`);
  }
  lines.push('', escapeMarkdown(term.definition));
  if (term.explanation !== undefined) {
    lines.push('', escapeMarkdown(term.explanation));
  }
  const links = (ids: readonly string[]): string =>
    ids
      .map((id) => glossary.terms.get(id))
      .filter((t): t is Term => t !== undefined)
      .map((t) => commandLink(t.term, options.command, t.id))
      .join(' · ');
  if (term.related.length > 0) {
    lines.push('', `${escapeMarkdown(options.labels.related)}: ${links(term.related)}`);
  }
  if (term.confusable.length > 0) {
    lines.push('', `${escapeMarkdown(options.labels.confusable)}: ${links(term.confusable)}`);
  }
  if (options.full) {
    if (term.aliases.length > 0) {
      lines.push('', term.aliases.map((a) => `\`${a.replace(/`/g, "'")}\``).join(' '));
    }
    for (const fact of term.facts) {
      lines.push('', ...renderFact(fact));
    }
    lines.push('', `*${escapeMarkdown(options.labels.source)}: ${escapeMarkdown(term.source.file)}*`);
  }
  return lines.join('\n');
}

function renderFact(fact: Fact): string[] {
  switch (fact.kind) {
    case 'enumeration':
      return [
        `**${escapeMarkdown(fact.title)}** (${fact.items.length})`,
        '',
        ...fact.items.map((item) => `- ${escapeMarkdown(item.label)}${item.detail === undefined ? '' : `: ${escapeMarkdown(item.detail)}`}`),
      ];
    case 'sequence':
      return [`**${escapeMarkdown(fact.title)}**`, '', fact.steps.map((s) => escapeMarkdown(s.label)).join(' → ')];
    case 'formula':
      return [`**${escapeMarkdown(fact.title)}**`, '', `${escapeMarkdown(fact.left)} \\= ${escapeMarkdown(fact.right)}`];
    case 'figure':
      return [`- ${escapeMarkdown(fact.statement)}`];
    default: {
      const never: never = fact;
      return never;
    }
  }
}
