import files from 'crm-notes:bundled-glossary';
import { type ParsedGlossary, parseGlossary } from './core/glossary/parse';

/**
 * The glossary that ships with the extension: `src/glossary/*.glossary.json`, embedded as text at
 * build time (see `scripts/build.mjs`) so the extension and the CLI need no file access for it.
 */
export function parseBundledGlossary(): ParsedGlossary[] {
  return files.map((file) => parseGlossary(file.text, `glossary/${file.name}`, 'bundled'));
}
