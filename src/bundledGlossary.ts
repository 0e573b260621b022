import { files, merged } from 'crm-notes:bundled-glossary';
import { loadCompiledGlossary, loadCompiledMerged } from './core/glossary/compiled';
import type { Glossary } from './core/glossary/glossary';
import type { ParsedGlossary } from './core/glossary/parse';

/**
 * The glossary that ships with the extension: `src/glossary/*.glossary.json`, parsed and
 * validated at build time (see `scripts/build.mjs`), so the extension and the CLI need no file
 * access for it and loading it is one `JSON.parse`.
 */
export function parseBundledGlossary(): ParsedGlossary[] {
  return loadCompiledGlossary(files);
}

/** The bundled glossary already merged, for when no user or workspace glossary is in use. */
export function loadBundledGlossary(): Glossary {
  return loadCompiledMerged(merged);
}
