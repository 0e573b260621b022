import type { Glossary } from './glossary/glossary';
import type { Fact, Term } from './glossary/types';

/** Words around the glossary text; the extension passes them localised. */
export interface TermLabels {
  readonly related: string;
  readonly confusable: string;
  readonly aliases: string;
  readonly facts: string;
  readonly source: string;
  /** Marks a list that is one author's or a list of examples (`exhaustive: false`). */
  readonly notExhaustive?: string;
  /** Introduces whose list or formula a fact is (`source`). */
  readonly factSource?: string;
  /** Heads the list of notes that mention the term, on a term page. */
  readonly mentions?: string;
}

const DEFAULT_NOT_EXHAUSTIVE = '일부·예시 (not exhaustive)';
const DEFAULT_FACT_SOURCE = '출처 (source)';

/**
 * Escapes glossary text so it renders as text, never as Markdown or HTML: `[x](command:…)`,
 * `<img onerror>`, `**`, `$math$` and a leading `#`, `-` or `1.` all show literally. Only the
 * characters that can start Markdown syntax are escaped, so the source stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>&|~$]/g, '\\$&')
    .replace(/^([#>+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
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
  /** On a term page: where a related term's page is (a relative link), so the preview follows it. */
  readonly pageLink?: (id: string, headword: string) => string;
  /** On a term page: the notes that mention the term, as links. */
  readonly mentions?: ReadonlyArray<{ readonly label: string; readonly href: string }>;
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
  // In a hover, related terms are command links; on a term page (a Markdown document of its own)
  // they are plain names, and hovering them there shows their definitions.
  const links = (ids: readonly string[]): string =>
    ids
      .map((id) => glossary.terms.get(id))
      .filter((t): t is Term => t !== undefined)
      .map((t) => {
        if (!options.full) {
          return commandLink(t.term, options.command, t.id);
        }
        return options.pageLink === undefined ? escapeMarkdown(t.term) : `[${escapeMarkdown(t.term)}](${options.pageLink(t.id, t.term)})`;
      })
      .join(' · ');
  if (term.related.length > 0) {
    lines.push('', `${escapeMarkdown(options.labels.related)}: ${links(term.related)}`);
  }
  if (term.confusable.length > 0) {
    lines.push('', `${escapeMarkdown(options.labels.confusable)}: ${links(term.confusable)}`);
  }
  if (options.full) {
    if (term.aliases.length > 0) {
      lines.push('', `${escapeMarkdown(options.labels.aliases)}: ${term.aliases.map((a) => escapeMarkdown(a)).join(', ')}`);
    }
    if (term.facts.length > 0) {
      lines.push('', `#### ${escapeMarkdown(options.labels.facts)}`);
    }
    for (const fact of term.facts) {
      lines.push('', ...renderFact(fact, options.labels));
    }
    if (options.mentions !== undefined && options.mentions.length > 0) {
      lines.push('', `#### ${escapeMarkdown(options.labels.mentions ?? 'In your notes')} (${options.mentions.length})`, '');
      for (const mention of options.mentions) {
        lines.push(`- [${escapeMarkdown(mention.label)}](${mention.href.replace(/[()\s]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))})`);
      }
    }
    lines.push('', `*${escapeMarkdown(options.labels.source)}: ${escapeMarkdown(term.source.file)}*`);
  }
  return lines.join('\n');
}

/** ` · 일부·예시 · 출처: Stone` after a fact's title, when the list is not the whole story. */
function factNote(fact: Fact, labels: TermLabels): string {
  const parts: string[] = [];
  if (!fact.exhaustive) {
    parts.push(escapeMarkdown(labels.notExhaustive ?? DEFAULT_NOT_EXHAUSTIVE));
  }
  if (fact.source !== undefined) {
    parts.push(`${escapeMarkdown(labels.factSource ?? DEFAULT_FACT_SOURCE)}: ${escapeMarkdown(fact.source)}`);
  }
  return parts.length === 0 ? '' : ` · *${parts.join(' · ')}*`;
}

function renderFact(fact: Fact, labels: TermLabels): string[] {
  const note = factNote(fact, labels);
  switch (fact.kind) {
    case 'enumeration':
      return [
        `**${escapeMarkdown(fact.title)}** (${fact.items.length})${note}`,
        '',
        ...fact.items.map((item) => `- ${escapeMarkdown(item.label)}${item.detail === undefined ? '' : `: ${escapeMarkdown(item.detail)}`}`),
      ];
    case 'sequence':
      return [`**${escapeMarkdown(fact.title)}**${note}`, '', fact.steps.map((s) => escapeMarkdown(s.label)).join(' → ')];
    case 'formula':
      return [`**${escapeMarkdown(fact.title)}**${note}`, '', `${escapeMarkdown(fact.left)} = ${escapeMarkdown(fact.right)}`];
    case 'figure':
      return [`- ${escapeMarkdown(fact.statement)}${note}`];
    default: {
      const never: never = fact;
      return never;
    }
  }
}
