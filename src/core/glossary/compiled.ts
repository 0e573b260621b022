import { Glossary, buildGlossary } from './glossary';
import { type ParsedGlossary, type TermEntry, formatDiagnostic, parseGlossary } from './parse';
import type { Chapter, Term } from './types';

/**
 * The bundled glossary, compiled at build time: `scripts/build.mjs` parses and validates
 * `src/glossary/*.glossary.json` with `compileGlossary` (any problem fails the build) and embeds
 * two JSON strings: the merged glossary, which activation and the CLI load with one `JSON.parse`
 * when there are no user layers, and the parsed files, read only to merge user layers over them.
 */
type CompiledFile = Omit<ParsedGlossary, 'terms'> & { readonly terms: ReadonlyArray<Omit<TermEntry, 'fieldSpans'>> };

const FORMAT = 1;
/** Bundled entries carry no per-field spans: the build has already checked every reference. */
const NO_FIELD_SPANS: TermEntry['fieldSpans'] = new Map();

export interface CompileResult {
  /** The parsed files as JSON, for merging user layers over the bundled one. */
  readonly json: string;
  /** The merged bundled glossary as JSON: what activation loads when there are no user layers. */
  readonly merged: string;
  /** `file:line:col: message` for every problem; the build fails when there is one. */
  readonly problems: readonly string[];
  readonly terms: number;
}

export function compileGlossary(files: ReadonlyArray<{ readonly name: string; readonly text: string }>): CompileResult {
  const parsed = files.map((f) => parseGlossary(f.text, `glossary/${f.name}`, 'bundled'));
  const glossary = buildGlossary(parsed);
  const problems = glossary.diagnostics.map((d) => formatDiagnostic(d, 'en'));
  const compiled: CompiledFile[] = parsed.map((p) => ({ ...p, terms: p.terms.map(({ fieldSpans: _spans, ...rest }) => rest) }));
  const merged = JSON.stringify({ format: FORMAT, chapters: [...glossary.chapters.values()], terms: [...glossary.terms.values()] });
  return { json: JSON.stringify({ format: FORMAT, files: compiled }), merged, problems, terms: glossary.terms.size };
}

/** The merged bundled glossary back from `compileGlossary`'s `merged` JSON: no merge at run time. */
export function loadCompiledMerged(json: string): Glossary {
  const data = JSON.parse(json) as { format: number; chapters: Chapter[]; terms: Term[] };
  if (data.format !== FORMAT) {
    throw new Error(`bundled glossary format ${data.format}, expected ${FORMAT}: rebuild`);
  }
  return new Glossary(new Map(data.chapters.map((c) => [c.id, c])), new Map(data.terms.map((t) => [t.id, t])), []);
}

/** The parsed bundled files back from `compileGlossary`'s JSON. */
export function loadCompiledGlossary(json: string): ParsedGlossary[] {
  const data = JSON.parse(json) as { format: number; files: CompiledFile[] };
  if (data.format !== FORMAT) {
    throw new Error(`bundled glossary format ${data.format}, expected ${FORMAT}: rebuild`);
  }
  return data.files.map((f) => ({ ...f, terms: f.terms.map((t) => ({ ...t, fieldSpans: NO_FIELD_SPANS })) }));
}
