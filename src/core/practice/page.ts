/**
 * The practice panel's HTML: a shell whose only script is the bundled page script, locked down
 * by a Content Security Policy with a fresh nonce (no inline script or style, nothing from the
 * network). A pure function, so a unit test checks the policy.
 */
export interface PageOptions {
  /** A fresh random value for each page load. */
  readonly nonce: string;
  /** The webview's `cspSource` (which origins its local resources come from). */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly lang: string;
  readonly title: string;
}

export function practicePage(options: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${options.cspSource} https: data:`,
    `style-src ${options.cspSource}`,
    `font-src ${options.cspSource}`,
    `script-src 'nonce-${options.nonce}'`,
  ].join('; ');
  const script = `<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>`;
  return htmlShell({ lang: options.lang, csp, styleUri: options.styleUri, title: options.title, body: `<main id="app" aria-label="${attr(options.title)}"></main>\n${script}` });
}

/** A webview page: its policy, one stylesheet, a title, and the body (already escaped markup). */
export function htmlShell(page: { readonly lang: string; readonly csp: string; readonly styleUri: string; readonly title: string; readonly body: string }): string {
  return `<!DOCTYPE html>
<html lang="${attr(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(page.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(page.styleUri)}">
<title>${text(page.title)}</title>
</head>
<body>
${page.body}
</body>
</html>
`;
}

/** Text escaped for HTML content. */
export function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text escaped for an HTML attribute value. */
export function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
