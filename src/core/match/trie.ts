/**
 * A character trie without an object or Map per node. The root's children are a direct table by
 * char code (every scan position starts there); all other edges live in one open-addressing hash
 * table of typed arrays keyed by (node, char code). Nodes where a spelling ends point into
 * `outputs`. Keys are inserted as given: callers fold case before inserting and looking up.
 */
export class Trie<T> {
  static readonly ROOT = 0;

  private readonly rootTable = new Int32Array(0x10000);
  /** Edge slots of three ints each (node, char code, child); one cache line per probe. */
  private edges: Int32Array = new Int32Array(3 << 14);
  private edgeCount = 0;
  private outputIndex: Int32Array = new Int32Array(1 << 13);
  /** 1 for nodes where a key had a space that was left out (see `insert`'s `breaks`). */
  private breakFlags: Uint8Array = new Uint8Array(1 << 13);
  private nodeCount = 1;
  private readonly outputs: T[][] = [[]];

  /**
   * Adds `value` at the node for `key`; `same` says whether two values are one (kept once).
   * `breaks` are prefix lengths of `key` whose nodes get marked (see `isBreak`).
   */
  insert(key: string, value: T, same: (a: T, b: T) => boolean, order: (a: T, b: T) => number, breaks: readonly number[] = []): void {
    let node = Trie.ROOT;
    let b = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const next = this.child(node, code);
      node = next === 0 ? this.addChild(node, code) : next;
      if (b < breaks.length && breaks[b] === i + 1) {
        this.breakFlags[node] = 1;
        b++;
      }
    }
    const at = this.outputIndex[node] as number;
    if (at === 0) {
      this.outputIndex[node] = this.outputs.length;
      this.outputs.push([value]);
      return;
    }
    const list = this.outputs[at] as T[];
    if (!list.some((v) => same(v, value))) {
      list.push(value);
      list.sort(order);
    }
  }

  /** The child of `node` along `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    if (node === Trie.ROOT) {
      return this.rootTable[code] as number;
    }
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    for (let slot = edgeHash(node, code) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const child = edges[at + 2] as number;
      if (child === 0) {
        return 0;
      }
      if (edges[at] === node && edges[at + 1] === code) {
        return child;
      }
    }
  }

  /** Whether some key had a space after the prefix that ends at `node`. */
  isBreak(node: number): boolean {
    return this.breakFlags[node] === 1;
  }

  /** The values of spellings ending at `node`, best first, or undefined. */
  valuesAt(node: number): readonly T[] | undefined {
    const at = this.outputIndex[node] as number;
    return at === 0 ? undefined : this.outputs[at];
  }

  private addChild(node: number, code: number): number {
    const child = this.nodeCount++;
    if (child >= this.outputIndex.length) {
      const grown = new Int32Array(this.outputIndex.length * 2);
      grown.set(this.outputIndex);
      this.outputIndex = grown;
      const flags = new Uint8Array(grown.length);
      flags.set(this.breakFlags);
      this.breakFlags = flags;
    }
    if (node === Trie.ROOT) {
      this.rootTable[code] = child;
    } else {
      if ((this.edgeCount + 1) * 6 > this.edges.length) {
        this.rehash();
      }
      this.putEdge(node, code, child);
    }
    return child;
  }

  private putEdge(node: number, code: number, child: number): void {
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    let slot = edgeHash(node, code) & mask;
    while (edges[slot * 3 + 2] !== 0) {
      slot = (slot + 1) & mask;
    }
    edges[slot * 3] = node;
    edges[slot * 3 + 1] = code;
    edges[slot * 3 + 2] = child;
    this.edgeCount++;
  }

  private rehash(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    this.edgeCount = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] !== 0) {
        this.putEdge(old[at] as number, old[at + 1] as number, old[at + 2] as number);
      }
    }
  }
}

/** A multiplicative hash of an edge (node, char code); the table size is a power of two. */
function edgeHash(node: number, code: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7;
}
