import type { MessageCode } from '../messages';
import { decodeText } from '../text/decode';
import { GLOSSARY_LIMITS, type GlossaryDiagnostic, type ParsedGlossary, parseGlossary } from './parse';
import type { LayerName } from './types';

/**
 * A glossary file's bytes → its parsed entries and problems, the same way for the CLI and the
 * extension: decoded strictly (UTF-8, BOM allowed, no UTF-16, binary or invalid UTF-8), refused
 * above `GLOSSARY_LIMITS.maxBytes`, then parsed. Never throws.
 */
export function loadGlossaryBytes(bytes: Uint8Array, file: string, layer: LayerName): ParsedGlossary {
  const decoded = decodeText(bytes, { strict: true, maxBytes: GLOSSARY_LIMITS.maxBytes });
  if (!decoded.ok) {
    return refusedGlossary(file, layer, decoded.code, decoded.args);
  }
  return parseGlossary(decoded.text, file, layer);
}

/** A file that could not be read as a glossary at all: no entries, one problem at its start. */
export function refusedGlossary(file: string, layer: LayerName, code: MessageCode, args: readonly (string | number)[]): ParsedGlossary {
  const diagnostic: GlossaryDiagnostic = { file, span: { line: 0, column: 0, endLine: 0, endColumn: 0 }, severity: 'error', code, args, layer };
  return { file, layer, ok: false, chapters: [], terms: [], diagnostics: [diagnostic] };
}
