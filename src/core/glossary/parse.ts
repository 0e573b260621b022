import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Locale, type MessageCode, jsonReason, message } from '../messages';
import { LineIndex } from '../text/lines';
import { normalizeWord } from '../text/normalize';
import type { Fact, FactItem, LayerName, Sense } from './types';

/** A 0-based range in a glossary file, in UTF-16 columns like VS Code's. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export type Severity = 'error' | 'warning';

/** One problem in one glossary file; the rest of the file keeps working. */
export interface GlossaryDiagnostic {
  readonly file: string;
  readonly span: Span;
  readonly severity: Severity;
  readonly code: MessageCode;
  readonly args: readonly (string | number)[];
  /** The layer of the file the problem is in: bundled problems fail the build, the others are the user's. */
  readonly layer: LayerName;
}

/**
 * `file:line:col: message` with 1-based line and column, as compilers print it; warnings say so
 * (`file:3:5: 경고: …`).
 */
export function formatDiagnostic(d: GlossaryDiagnostic, locale: Locale): string {
  const prefix = d.severity === 'warning' ? (locale === 'ko' ? '경고: ' : 'warning: ') : '';
  return `${d.file}:${d.span.line + 1}:${d.span.column + 1}: ${prefix}${diagnosticMessage(d, locale)}`;
}

export function diagnosticMessage(d: GlossaryDiagnostic, locale: Locale): string {
  const args = d.code === 'json.syntax' ? [jsonReason(locale, String(d.args[0]))] : d.args;
  return message(locale, d.code, ...args);
}

export interface ChapterEntry {
  readonly id: string;
  readonly title: string | undefined;
  readonly order: number | undefined;
  readonly parent: string | undefined;
  readonly span: Span;
}

/** The fields a term entry may carry; all optional here because a later layer may patch a term. */
export interface TermFields {
  term?: string;
  generic?: boolean;
  aliases?: string[];
  ambiguous?: string[];
  english?: string;
  reading?: string;
  definition?: string;
  explanation?: string;
  chapter?: string;
  related?: string[];
  confusable?: string[];
  facts?: Fact[];
  sense?: Sense;
}

export interface TermEntry {
  readonly id: string;
  readonly fields: TermFields;
  readonly span: Span;
  /** Where each field's value is, for diagnostics found later (unknown references). */
  readonly fieldSpans: ReadonlyMap<keyof TermFields, Span>;
}

export interface ParsedGlossary {
  readonly file: string;
  readonly layer: LayerName;
  /** False when the file as a whole was refused (syntax error, not an object, too deep). */
  readonly ok: boolean;
  readonly chapters: readonly ChapterEntry[];
  readonly terms: readonly TermEntry[];
  readonly diagnostics: readonly GlossaryDiagnostic[];
}

export const GLOSSARY_LIMITS = {
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 32,
  headword: 60,
  title: 200,
  definition: 400,
  explanation: 2000,
  detail: 400,
  answer: 60,
  source: 200,
} as const;

export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

const TERM_FIELDS = new Set<string>([
  'id', 'term', 'generic', 'aliases', 'ambiguous', 'english', 'reading', 'definition', 'explanation', 'chapter',
  'related', 'confusable', 'facts', 'sense',
]);
const SENSE_FIELDS = new Set<string>(['cues', 'spellings', 'notAfter', 'notWith']);
const ITEM_FIELDS = new Set<string>(['label', 'answer', 'accept', 'detail', 'term']);
const CHAPTER_FIELDS = new Set<string>(['id', 'title', 'order', 'parent']);
const TOP_FIELDS = new Set<string>(['$schema', 'formatVersion', 'chapters', 'terms']);

/**
 * Parses one glossary file's text. Never throws: a file that cannot be read as a glossary comes
 * back with `ok: false` and one diagnostic; a bad entry is left out with one diagnostic each.
 * Objects are read field by field from the syntax tree, so keys like `__proto__` are plain data.
 */
export function parseGlossary(text: string, file: string, layer: LayerName): ParsedGlossary {
  const lines = new LineIndex(text);
  const diagnostics: GlossaryDiagnostic[] = [];
  const span = (offset: number, length: number): Span => {
    const a = lines.position(offset);
    const b = lines.position(offset + length);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const report = (at: Span, severity: Severity, code: MessageCode, ...args: (string | number)[]): void => {
    diagnostics.push({ file, span: at, severity, code, args, layer });
  };
  const refuse = (at: Span, code: MessageCode, ...args: (string | number)[]): ParsedGlossary => {
    report(at, 'error', code, ...args);
    return { file, layer, ok: false, chapters: [], terms: [], diagnostics };
  };

  if (text.length > GLOSSARY_LIMITS.maxBytes) {
    return refuse(span(0, 0), 'file.tooLarge', text.length, GLOSSARY_LIMITS.maxBytes);
  }
  const depth = maxNesting(text);
  if (depth.depth > GLOSSARY_LIMITS.maxDepth) {
    return refuse(span(depth.offset, 1), 'file.tooDeep', depth.depth, GLOSSARY_LIMITS.maxDepth);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first !== undefined) {
    return refuse(span(first.offset, first.length), 'json.syntax', printParseErrorCode(first.error));
  }
  if (root === undefined || root.type !== 'object') {
    return refuse(span(root?.offset ?? 0, root?.length ?? 0), 'glossary.notObject');
  }

  const nodeSpan = (node: Node): Span => span(node.offset, node.length);
  const props = properties(root);
  for (const [key, prop] of props) {
    if (!TOP_FIELDS.has(key)) {
      report(nodeSpan(prop.key), 'warning', 'field.unknown', key);
    }
  }
  const version = props.get('formatVersion');
  if (version !== undefined && version.value.value !== 1) {
    return refuse(nodeSpan(version.value), 'glossary.formatVersion', String(version.value.value));
  }

  const reader = new FieldReader(report, nodeSpan);
  const chapters: ChapterEntry[] = [];
  for (const node of reader.array(props.get('chapters')?.value, 'chapters')) {
    const entry = reader.chapter(node);
    if (entry !== undefined) {
      chapters.push(entry);
    }
  }
  const terms: TermEntry[] = [];
  for (const node of reader.array(props.get('terms')?.value, 'terms')) {
    const entry = reader.term(node);
    if (entry !== undefined) {
      terms.push(entry);
    }
  }
  return { file, layer, ok: true, chapters, terms, diagnostics };
}

interface Property {
  readonly key: Node;
  readonly value: Node;
}

/** Properties of an object node in a Map (last one wins, as in JSON.parse). */
function properties(node: Node): Map<string, Property> {
  const map = new Map<string, Property>();
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key !== undefined && value !== undefined && typeof key.value === 'string') {
      map.set(key.value, { key, value });
    }
  }
  return map;
}

/**
 * Depth of the deepest `[`/`{` outside strings and comments, found without recursion, in one pass.
 * Comments are skipped as jsonc-parser reads them (`//` to the end of the line, block comments to
 * their closing star-slash), so a
 * `"` inside a comment cannot hide the brackets after it.
 */
export function maxNesting(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: up to the closing quote or the end of the line (jsonc-parser ends it there too).
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          i++;
        } else if (d === 0x22 || d === 0x0a || d === 0x0d) {
          break;
        }
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      // `//` comment: to the end of the line.
      for (i += 2; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x0a || d === 0x0d) {
          break;
        }
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      // Block comment: to its closing star-slash or the end of the file.
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return { depth: max, offset: at };
}

/** The key a fact would have on `termId` before de-duplication (see `Fact.key`). */
export function factBaseKey(termId: string, fact: Fact): string {
  return `${termId}:${fact.kind}:${fact.kind === 'figure' ? fact.statement : fact.title}`;
}

/**
 * The facts of one term with their keys (re)computed: the first fact with a base key keeps it,
 * later ones get `#2`, `#3`, … Deterministic, so the same facts always get the same keys.
 */
export function withFactKeys(termId: string, facts: readonly Fact[]): Fact[] {
  const taken = new Set<string>();
  return facts.map((fact) => {
    const base = factBaseKey(termId, fact);
    let key = base;
    for (let n = 2; taken.has(key); n++) {
      key = `${base}#${n}`;
    }
    taken.add(key);
    return fact.key === key ? fact : { ...fact, key };
  });
}

type Report = (at: Span, severity: Severity, code: MessageCode, ...args: (string | number)[]) => void;

/** Reads typed values out of syntax-tree nodes, reporting each problem once. */
class FieldReader {
  constructor(
    private readonly report: Report,
    private readonly span: (node: Node) => Span,
  ) {}

  array(node: Node | undefined, name: string): Node[] {
    if (node === undefined) {
      return [];
    }
    if (node.type !== 'array') {
      this.report(this.span(node), 'error', 'glossary.notArray', name);
      return [];
    }
    return node.children ?? [];
  }

  /** A trimmed NFC string within `limit`, or undefined (reported) when the value is wrong. */
  string(node: Node, name: string, limit: number, allowEmpty = false): string | undefined {
    if (node.type !== 'string') {
      this.report(this.span(node), 'error', 'field.type', name, 'string');
      return undefined;
    }
    const value = String(node.value).normalize('NFC').trim();
    if (value === '' && !allowEmpty) {
      this.report(this.span(node), 'error', 'field.empty', name);
      return undefined;
    }
    if (value.length > limit) {
      this.report(this.span(node), 'error', 'field.tooLong', name, value.length, limit);
      return undefined;
    }
    return value;
  }

  /**
   * An array of strings, duplicates dropped (in linear time: a Set, not `includes`). `keep` may
   * refuse an item (after reporting why).
   */
  strings(node: Node, name: string, limit: number, keep?: (value: string, item: Node) => boolean): string[] | undefined {
    if (node.type !== 'array') {
      this.report(this.span(node), 'error', 'field.type', name, 'array');
      return undefined;
    }
    const seen = new Set<string>();
    const out: string[] = [];
    for (const item of node.children ?? []) {
      const value = this.string(item, name, limit);
      if (value !== undefined && !seen.has(value)) {
        seen.add(value);
        if (keep === undefined || keep(value, item)) {
          out.push(value);
        }
      }
    }
    return out;
  }

  /** A spelling of one character is never found in notes: dropped, with a warning. */
  private matchable = (value: string, item: Node): boolean => {
    if (normalizeWord(value).length < 2) {
      this.report(this.span(item), 'warning', 'alias.tooShort', value);
      return false;
    }
    return true;
  };

  boolean(node: Node, name: string): boolean | undefined {
    if (node.type !== 'boolean') {
      this.report(this.span(node), 'error', 'field.type', name, 'boolean');
      return undefined;
    }
    return node.value === true;
  }

  ids(node: Node, name: string): string[] | undefined {
    return this.strings(node, name, 80, (id, item) => {
      if (ID_PATTERN.test(id)) {
        return true;
      }
      this.report(this.span(item), 'error', 'entry.badId', id);
      return false;
    });
  }

  private id(node: Node, props: Map<string, Property>): string | undefined {
    const idProp = props.get('id');
    if (idProp === undefined) {
      this.report(this.span(node), 'error', 'field.missing', 'id');
      return undefined;
    }
    const id = this.string(idProp.value, 'id', 80);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.report(this.span(idProp.value), 'error', 'entry.badId', id);
      return undefined;
    }
    return id;
  }

  private unknownFields(props: Map<string, Property>, known: Set<string>): void {
    for (const [key, prop] of props) {
      if (!known.has(key)) {
        this.report(this.span(prop.key), 'warning', 'field.unknown', key);
      }
    }
  }

  chapter(node: Node): ChapterEntry | undefined {
    if (node.type !== 'object') {
      this.report(this.span(node), 'error', 'entry.notObject');
      return undefined;
    }
    const props = properties(node);
    const id = this.id(node, props);
    if (id === undefined) {
      return undefined;
    }
    this.unknownFields(props, CHAPTER_FIELDS);
    const titleNode = props.get('title')?.value;
    const title = titleNode === undefined ? undefined : this.string(titleNode, 'title', GLOSSARY_LIMITS.title);
    const orderNode = props.get('order')?.value;
    let order: number | undefined;
    if (orderNode !== undefined) {
      if (orderNode.type === 'number' && Number.isFinite(orderNode.value)) {
        order = Number(orderNode.value);
      } else {
        this.report(this.span(orderNode), 'error', 'field.type', 'order', 'number');
      }
    }
    const parentNode = props.get('parent')?.value;
    let parent: string | undefined;
    if (parentNode !== undefined && parentNode.type !== 'null') {
      parent = this.string(parentNode, 'parent', 80);
      if (parent !== undefined && !ID_PATTERN.test(parent)) {
        this.report(this.span(parentNode), 'error', 'entry.badId', parent);
        parent = undefined;
      }
    }
    return { id, title, order, parent, span: this.span(node) };
  }

  term(node: Node): TermEntry | undefined {
    if (node.type !== 'object') {
      this.report(this.span(node), 'error', 'entry.notObject');
      return undefined;
    }
    const props = properties(node);
    const id = this.id(node, props);
    if (id === undefined) {
      return undefined;
    }
    this.unknownFields(props, TERM_FIELDS);
    const fields: TermFields = {};
    const fieldSpans = new Map<keyof TermFields, Span>();
    const take = <K extends keyof TermFields>(name: K, read: (value: Node) => TermFields[K] | undefined): void => {
      const prop = props.get(name);
      if (prop === undefined) {
        return;
      }
      const value = read(prop.value);
      if (value !== undefined) {
        fields[name] = value;
        fieldSpans.set(name, this.span(prop.value));
      }
    };
    take('term', (v) => {
      const headword = this.string(v, 'term', GLOSSARY_LIMITS.headword);
      const key = headword === undefined ? '' : normalizeWord(headword);
      if (headword !== undefined && key.length < 2 && !/^[가-힣]$/.test(key)) {
        this.report(this.span(v), 'warning', 'term.tooShort', headword);
      }
      return headword;
    });
    take('generic', (v) => this.boolean(v, 'generic'));
    take('aliases', (v) => this.strings(v, 'aliases', GLOSSARY_LIMITS.headword, this.matchable));
    take('ambiguous', (v) => this.strings(v, 'ambiguous', GLOSSARY_LIMITS.headword));
    take('english', (v) => this.string(v, 'english', GLOSSARY_LIMITS.title));
    take('reading', (v) => this.string(v, 'reading', GLOSSARY_LIMITS.headword));
    take('definition', (v) => this.string(v, 'definition', GLOSSARY_LIMITS.definition));
    take('explanation', (v) => this.string(v, 'explanation', GLOSSARY_LIMITS.explanation, true));
    take('chapter', (v) => {
      const chapter = this.string(v, 'chapter', 80);
      if (chapter !== undefined && !ID_PATTERN.test(chapter)) {
        this.report(this.span(v), 'error', 'entry.badId', chapter);
        return undefined;
      }
      return chapter;
    });
    take('related', (v) => this.ids(v, 'related'));
    take('confusable', (v) => this.ids(v, 'confusable'));
    take('facts', (v) => withFactKeys(id, this.array(v, 'facts').flatMap((factNode) => this.fact(factNode) ?? [])));
    take('sense', (v) => this.sense(v));
    return { id, fields, span: this.span(node), fieldSpans };
  }

  private sense(node: Node): Sense | undefined {
    if (node.type !== 'object') {
      this.report(this.span(node), 'error', 'field.type', 'sense', 'object');
      return undefined;
    }
    const props = properties(node);
    this.unknownFields(props, SENSE_FIELDS);
    const list = (name: string): string[] | undefined => {
      const value = props.get(name)?.value;
      return value === undefined ? undefined : this.strings(value, name, GLOSSARY_LIMITS.headword);
    };
    const cues = list('cues') ?? [];
    const notAfter = list('notAfter') ?? [];
    const notWith = list('notWith') ?? [];
    if (cues.length === 0 && notAfter.length === 0 && notWith.length === 0) {
      // A sense with nothing to tell the senses apart would silently change nothing.
      this.report(this.span(node), 'error', 'field.missing', 'cues');
      return undefined;
    }
    return { cues, spellings: list('spellings'), notAfter, notWith };
  }

  private items(node: Node | undefined, name: string): FactItem[] | undefined {
    if (node === undefined) {
      return undefined;
    }
    const items: FactItem[] = [];
    for (const itemNode of this.array(node, name)) {
      if (itemNode.type === 'string') {
        const label = this.string(itemNode, 'label', GLOSSARY_LIMITS.title);
        if (label !== undefined) {
          items.push({ label, detail: undefined, term: undefined, answer: label, accept: [] });
        }
        continue;
      }
      if (itemNode.type !== 'object') {
        this.report(this.span(itemNode), 'error', 'entry.notObject');
        continue;
      }
      const props = properties(itemNode);
      this.unknownFields(props, ITEM_FIELDS);
      const labelNode = props.get('label')?.value;
      if (labelNode === undefined) {
        this.report(this.span(itemNode), 'error', 'field.missing', 'label');
        continue;
      }
      const label = this.string(labelNode, 'label', GLOSSARY_LIMITS.title);
      const detailNode = props.get('detail')?.value;
      const termNode = props.get('term')?.value;
      const detail = detailNode === undefined ? undefined : this.string(detailNode, 'detail', GLOSSARY_LIMITS.detail);
      let term = termNode === undefined ? undefined : this.string(termNode, 'term', 80);
      if (term !== undefined && !ID_PATTERN.test(term)) {
        this.report(this.span(termNode as Node), 'error', 'entry.badId', term);
        term = undefined;
      }
      const answerNode = props.get('answer')?.value;
      const acceptNode = props.get('accept')?.value;
      const answer = answerNode === undefined ? label : this.string(answerNode, 'answer', GLOSSARY_LIMITS.answer);
      const accept = acceptNode === undefined ? [] : this.strings(acceptNode, 'accept', GLOSSARY_LIMITS.answer) ?? [];
      if (label !== undefined && answer !== undefined) {
        items.push({ label, detail, term, answer, accept: accept.filter((a) => a !== answer) });
      }
    }
    return items;
  }

  fact(node: Node): Fact | undefined {
    if (node.type !== 'object') {
      this.report(this.span(node), 'error', 'entry.notObject');
      return undefined;
    }
    const props = properties(node);
    const kindNode = props.get('kind')?.value;
    if (kindNode === undefined) {
      this.report(this.span(node), 'error', 'field.missing', 'kind');
      return undefined;
    }
    const need = (name: string): Node | undefined => {
      const value = props.get(name)?.value;
      if (value === undefined) {
        this.report(this.span(node), 'error', 'field.missing', name);
      }
      return value;
    };
    const text = (name: string, limit: number = GLOSSARY_LIMITS.title): string | undefined => {
      const value = need(name);
      return value === undefined ? undefined : this.string(value, name, limit);
    };
    // Fields of every kind: whether the list is complete, and whose it is.
    const exhaustiveNode = props.get('exhaustive')?.value;
    const exhaustive = exhaustiveNode === undefined ? true : this.boolean(exhaustiveNode, 'exhaustive') ?? true;
    const sourceNode = props.get('source')?.value;
    const source = sourceNode === undefined ? undefined : this.string(sourceNode, 'source', GLOSSARY_LIMITS.source);
    const common = { key: '', exhaustive, source };
    const known = (...names: string[]): Set<string> => new Set(['kind', 'exhaustive', 'source', ...names]);
    switch (kindNode.value) {
      case 'enumeration':
      case 'sequence': {
        const listName = kindNode.value === 'enumeration' ? 'items' : 'steps';
        this.unknownFields(props, known('title', listName));
        const title = text('title');
        const items = this.items(need(listName), listName);
        if (title === undefined || items === undefined) {
          return undefined;
        }
        if (items.length < 2) {
          this.report(this.span(node), 'error', 'fact.tooFew', title);
          return undefined;
        }
        return kindNode.value === 'enumeration'
          ? { kind: 'enumeration', ...common, title, items }
          : { kind: 'sequence', ...common, title, steps: items };
      }
      case 'formula': {
        this.unknownFields(props, known('title', 'left', 'right', 'operands'));
        const title = text('title');
        const left = text('left');
        const right = text('right');
        const operandsNode = need('operands');
        const operands = operandsNode === undefined ? undefined : this.strings(operandsNode, 'operands', GLOSSARY_LIMITS.title);
        if (title === undefined || left === undefined || right === undefined || operands === undefined) {
          return undefined;
        }
        const missing = operands.find((operand) => !right.includes(operand));
        if (missing !== undefined) {
          this.report(this.span(operandsNode as Node), 'error', 'fact.operandNotInRight', missing);
          return undefined;
        }
        return { kind: 'formula', ...common, title, left, right, operands };
      }
      case 'figure': {
        this.unknownFields(props, known('statement', 'value'));
        const statement = text('statement', GLOSSARY_LIMITS.definition);
        const value = text('value');
        if (statement === undefined || value === undefined) {
          return undefined;
        }
        if (!statement.includes(value)) {
          this.report(this.span(props.get('value')?.value ?? node), 'error', 'fact.valueNotInStatement', value);
          return undefined;
        }
        return { kind: 'figure', ...common, statement, value };
      }
      default:
        this.report(this.span(kindNode), 'error', 'fact.kind', String(kindNode.value));
        return undefined;
    }
  }
}
