import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** A new workspace glossary with nothing in it yet. */
export const EMPTY_GLOSSARY = '{\n  "formatVersion": 1,\n  "terms": []\n}\n';

/**
 * A glossary file's text with `alias` added to the term `id`: to its entry's `aliases` when the
 * file has an entry for it, else as a new entry `{ "id", "aliases" }` that extends the bundled
 * term (layers merge list fields). Comments and formatting elsewhere are kept. Returns undefined
 * when the text is not a glossary object that can be edited.
 */
export function addAlias(text: string, id: string, alias: string): string | undefined {
  const source = text.trim() === '' ? EMPTY_GLOSSARY : text;
  const root = parseTree(source, [], { allowTrailingComma: true });
  if (root === undefined || root.type !== 'object') {
    return undefined;
  }
  const terms = findNodeAtLocation(root, ['terms']);
  if (terms !== undefined && terms.type !== 'array') {
    return undefined;
  }
  const entries = terms?.children ?? [];
  const at = entries.findIndex((entry) => entry.type === 'object' && findNodeAtLocation(entry, ['id'])?.value === id);
  if (at < 0) {
    return applyEdits(source, modify(source, ['terms', entries.length], { id, aliases: [alias] }, { ...FORMAT, isArrayInsertion: true }));
  }
  const aliases = findNodeAtLocation(entries[at] as NonNullable<typeof terms>, ['aliases']);
  if (aliases !== undefined && aliases.type !== 'array') {
    return undefined;
  }
  if (aliases?.children?.some((a) => a.value === alias) === true) {
    return source;
  }
  return applyEdits(source, modify(source, ['terms', at, 'aliases', aliases?.children?.length ?? 0], alias, { ...FORMAT, isArrayInsertion: true }));
}

/** A new term for the workspace glossary, as the harvest quick fix proposes it. */
export interface NewTerm {
  readonly id: string;
  readonly term: string;
  readonly english: string;
  readonly definition: string;
}

/** A glossary file's text with a new term entry appended; undefined when it cannot be edited. */
export function addTerm(text: string, entry: NewTerm): string | undefined {
  const source = text.trim() === '' ? EMPTY_GLOSSARY : text;
  const root = parseTree(source, [], { allowTrailingComma: true });
  const terms = root === undefined ? undefined : findNodeAtLocation(root, ['terms']);
  if (root === undefined || root.type !== 'object' || (terms !== undefined && terms.type !== 'array')) {
    return undefined;
  }
  return applyEdits(source, modify(source, ['terms', terms?.children?.length ?? 0], { ...entry }, { ...FORMAT, isArrayInsertion: true }));
}
