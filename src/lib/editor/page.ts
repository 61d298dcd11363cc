/**
 * The /admin/ page and its own security policy. The public site's CSP is not
 * loosened for it: the editor gets its own <meta> policy (all GitHub Pages can
 * carry) and a later, more specific rule in _headers and _nginx.conf.
 */
import { SHORT_CACHE, SECURITY_HEADERS, type HeaderRule } from '../security/policy.ts';

/** What Sveltia CMS needs: its own files, GitHub's API, images and workers from blobs. */
export const EDITOR_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the CMS converts uploaded photos with WebAssembly encoders.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Svelte sets inline style attributes on its components.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The editor's policy as a header, with what a <meta> tag cannot carry. */
export const editorHeaderPolicy = (): string => [...EDITOR_CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Header rules for `${base}admin/*`: after the site's rules, so hosts that let the later rule win use these. */
export function editorHeaderRules(base: string): HeaderRule[] {
  return [{
    path: `${base.replace(/\/$/, '')}/admin/*`,
    headers: { 'Content-Security-Policy': editorHeaderPolicy(), ...SECURITY_HEADERS, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': SHORT_CACHE },
  }];
}

/** An nginx location for the editor, appended to the site's snippet. */
export function editorNginx(base: string): string {
  const [rule] = editorHeaderRules(base);
  const adds = Object.entries(rule!.headers).map(([k, v]) => `  add_header ${k} "${v.replace(/"/g, '\\"')}" always;`).join('\n');
  return `location ^~ ${base.replace(/\/$/, '')}/admin/ {\n${adds}\n  try_files $uri $uri/ =404;\n}\n`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** dist/admin/index.html: no public page links here, and robots are told to keep out. */
export function editorPage(lang: string, title: string, noscript: string): string {
  return `<!DOCTYPE html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escape(EDITOR_CSP_DIRECTIVES.join('; '))}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${escape(title)}</title>
<link href="./config.yml" type="application/yaml" rel="cms-config-url">
<script type="module" src="./editor.js"></script>
</head>
<body>
<noscript>${escape(noscript)}</noscript>
</body>
</html>
`;
}
