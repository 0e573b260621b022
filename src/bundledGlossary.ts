import compiled from 'crm-notes:bundled-glossary';
import { loadCompiledGlossary } from './core/glossary/compiled';
import type { ParsedGlossary } from './core/glossary/parse';

/**
 * The glossary that ships with the extension: `src/glossary/*.glossary.json`, parsed and
 * validated at build time (see `scripts/build.mjs`), so loading it is one `JSON.parse` and the
 * extension and the CLI need no file access for it.
 */
export function parseBundledGlossary(): ParsedGlossary[] {
  return loadCompiledGlossary(compiled);
}
