/**
 * Text bound for a terminal, made harmless: control characters (C0 except tab, DEL, C1, and
 * the bidi overrides) are shown as `\u{…}` instead of reaching the terminal, where ESC or CSI
 * would change the title, clear the screen or hide text. Glossary entries and file names come
 * from files the user may merely have opened.
 *
 * @example visible('로열티\u001b]0;hacked\u0007') // '로열티\\u{1b}]0;hacked\\u{7}'
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** `visible` for one line of JSON output: JSON already escapes C0; this escapes C1 and bidi too. */
const NEEDS_ESCAPE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function visibleJson(json: string): string {
  if (!NEEDS_ESCAPE_IN_JSON.test(json)) {
    return json;
  }
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Columns a string takes in a terminal: Hangul and other wide characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x1f300
        ? 2
        : 1;
  }
  return width;
}

export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
