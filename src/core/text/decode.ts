import type { MessageCode } from '../messages';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: MessageCode; readonly args: readonly (string | number)[] };

export interface DecodeOptions {
  /** Refuse invalid UTF-8 (glossaries) instead of replacing it with U+FFFD (notes). */
  readonly strict: boolean;
  /** Refuse inputs larger than this many bytes. */
  readonly maxBytes: number;
}

/**
 * Turns file bytes into text the way VS Code does (UTF-8, BOM dropped), and refuses what is not
 * a text file with a reason: too large, UTF-16, binary (NUL bytes), invalid UTF-8 when strict.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): Decoded {
  if (bytes.length > options.maxBytes) {
    return { ok: false, code: 'file.tooLarge', args: [bytes.length, options.maxBytes] };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, code: 'file.utf16', args: [] };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      return { ok: false, code: 'file.binary', args: [] };
    }
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (options.strict) {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      return { ok: false, code: 'file.invalidUtf8', args: [bad + (body === bytes ? 0 : 3)] };
    }
  }
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body) };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        return i;
      }
      cp = (cp << 6) | (next & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return i;
    }
    i += need + 1;
  }
  return -1;
}
