import type MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
import { Note } from './notes/note';
import type { GlossarySnapshot } from './service';

/** The class of a term in the rendered preview (styled by `media/preview.css`). */
export const TERM_CLASS = 'crm-notes-term';

/**
 * A markdown-it plugin that marks glossary terms in rendered notes: each term in plain text
 * becomes `<span class="crm-notes-term" title="정의">용어</span>`, with the same matching as the
 * hover (particles, spacing, English, NFD). Code, code spans, HTML, link targets and images are
 * left alone: only `text` tokens are read, and everything written is HTML-escaped.
 */
export function termPlugin(md: Md, snapshot: () => GlossarySnapshot): void {
  const escape = md.utils.escapeHtml;
  md.core.ruler.push('crm_notes_terms', (state) => {
    const { glossary, index } = snapshot();
    const senses = index.senses;
    // Sense cues are looked for in the note's heading sections, as for the hover.
    let note: Note | undefined;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) {
        continue;
      }
      const line = block.map?.[0] ?? 0;
      const children: typeof block.children = [];
      let inLink = 0;
      for (const token of block.children) {
        if (token.type === 'link_open') {
          inLink++;
        } else if (token.type === 'link_close') {
          inLink = Math.max(0, inLink - 1);
        }
        if (token.type !== 'text' || token.content === '') {
          children.push(token);
          continue;
        }
        const content = token.content;
        const matches = index.scan(content, { markdown: false }).filter((m) => {
          if (senses === undefined || !senses.has(m.id)) {
            return true;
          }
          note ??= new Note(state.src, index);
          const inNote = note;
          return senses.accepts(m.id, content, m.start, m.end, () => inNote.sectionContext(line));
        });
        if (matches.length === 0) {
          children.push(token);
          continue;
        }
        let cursor = 0;
        for (const match of matches) {
          const term = glossary.terms.get(match.id);
          if (term === undefined) {
            continue;
          }
          if (match.start > cursor) {
            const before = new state.Token('text', '', 0);
            before.content = token.content.slice(cursor, match.start);
            children.push(before);
          }
          const mark = new state.Token('crm_notes_term', 'span', 0);
          mark.content = token.content.slice(match.start, match.end);
          mark.meta = { title: `${term.term}${term.english === undefined ? '' : ` (${term.english})`}: ${term.definition}`, link: inLink > 0 };
          children.push(mark);
          cursor = match.end;
        }
        if (cursor < token.content.length) {
          const after = new state.Token('text', '', 0);
          after.content = token.content.slice(cursor);
          children.push(after);
        }
      }
      block.children = children;
    }
  });
  md.renderer.rules.crm_notes_term = (tokens, idx) => {
    const token = tokens[idx];
    const meta = (token?.meta ?? {}) as { title?: string };
    return `<span class="${TERM_CLASS}" title="${escape(meta.title ?? '')}">${escape(token?.content ?? '')}</span>`;
  };
}
