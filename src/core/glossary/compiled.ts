import { buildGlossary } from './glossary';
import { type ParsedGlossary, type TermEntry, formatDiagnostic, parseGlossary } from './parse';

/**
 * The bundled glossary, compiled at build time: `scripts/build.mjs` parses and validates
 * `src/glossary/*.glossary.json` with `compileGlossary` (any problem fails the build) and embeds
 * the parsed entries as one JSON string, so activation and the CLI only run `JSON.parse`.
 */
type CompiledFile = Omit<ParsedGlossary, 'terms'> & { readonly terms: ReadonlyArray<Omit<TermEntry, 'fieldSpans'>> };

const FORMAT = 1;
/** Bundled entries carry no per-field spans: the build has already checked every reference. */
const NO_FIELD_SPANS: TermEntry['fieldSpans'] = new Map();

export interface CompileResult {
  /** The JSON to embed. */
  readonly json: string;
  /** `file:line:col: message` for every problem; the build fails when there is one. */
  readonly problems: readonly string[];
  readonly terms: number;
}

export function compileGlossary(files: ReadonlyArray<{ readonly name: string; readonly text: string }>): CompileResult {
  const parsed = files.map((f) => parseGlossary(f.text, `glossary/${f.name}`, 'bundled'));
  const glossary = buildGlossary(parsed);
  const problems = glossary.diagnostics.map((d) => formatDiagnostic(d, 'en'));
  const compiled: CompiledFile[] = parsed.map((p) => ({ ...p, terms: p.terms.map(({ fieldSpans: _spans, ...rest }) => rest) }));
  return { json: JSON.stringify({ format: FORMAT, files: compiled }), problems, terms: glossary.terms.size };
}

/** The parsed bundled files back from `compileGlossary`'s JSON. */
export function loadCompiledGlossary(json: string): ParsedGlossary[] {
  const data = JSON.parse(json) as { format: number; files: CompiledFile[] };
  if (data.format !== FORMAT) {
    throw new Error(`bundled glossary format ${data.format}, expected ${FORMAT}: rebuild`);
  }
  return data.files.map((f) => ({ ...f, terms: f.terms.map((t) => ({ ...t, fieldSpans: NO_FIELD_SPANS })) }));
}
