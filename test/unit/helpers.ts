import { buildSnapshot, type GlossarySnapshot } from '../../src/core/service';
import { parseGlossary } from '../../src/core/glossary/parse';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { type IndexTerm, TermIndex } from '../../src/core/matcher';

let bundled: GlossarySnapshot | undefined;

/** The real bundled glossary, built once per test run. */
export function bundledSnapshot(): GlossarySnapshot {
  bundled ??= buildSnapshot(parseBundledGlossary());
  return bundled;
}

/** A small index from literal terms, for matching rules that must not depend on the data. */
export function indexOf(...terms: Array<string | IndexTerm>): TermIndex {
  return TermIndex.build(
    terms.map((t) => (typeof t === 'string' ? { id: t, term: t, aliases: [] } : t)),
  );
}

/** `[text, id]` pairs of every match, for compact assertions. */
export function found(index: TermIndex, text: string): Array<[string, string]> {
  return index.scan(text).map((m) => [text.slice(m.start, m.end), m.id]);
}

/** A glossary from one JSON value on top of the bundled one. */
export function withUserGlossary(json: unknown, file = 'user.json'): GlossarySnapshot {
  return buildSnapshot([...parseBundledGlossary(), parseGlossary(JSON.stringify(json, null, 2), file, 'user')]);
}
