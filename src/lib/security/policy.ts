/**
 * The site's security policy in one place: the Content-Security-Policy given to
 * Astro (which adds per-page hashes to a <meta> tag), and the HTTP headers and
 * cache rules written to dist/_headers at build, which scripts/serve.ts reads
 * back so the local server sends what the hosts send.
 */

/** Origins whose <iframe> embeds Markdown may contain (video players without tracking cookies). */
export const FRAME_ORIGINS: readonly string[] = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/**
 * Script sources besides Astro's hashes. 'wasm-unsafe-eval' lets Pagefind's
 * search run its WebAssembly; it does not allow eval() of JavaScript.
 */
export const SCRIPT_RESOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_RESOURCES: readonly string[] = ["'self'"];

/** Directives for both the <meta> tag and the header (Astro adds script-src and style-src). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  `frame-src ${FRAME_ORIGINS.join(' ')}` as `frame-src ${string}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives browsers ignore in a <meta> tag, so only the header carries them. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** Headers every response gets (besides the CSP). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** Astro's hashed build assets never change under one name: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages and feeds change when a release is published: browsers revalidate every time. */
export const SHORT_CACHE = 'public, max-age=0, must-revalidate';

export interface HeaderRule {
  /** A path pattern in _headers syntax: exact, or ending in "*". */
  path: string;
  headers: Record<string, string>;
}

/**
 * The full CSP for the header: the shared directives, the script and style
 * sources with every hash Astro emitted on any page, and the header-only ones.
 */
export function headerPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string {
  const script = [...SCRIPT_RESOURCES, ...[...new Set(scriptHashes)].sort().map((h) => `'${h}'`)];
  const style = [...STYLE_RESOURCES, ...[...new Set(styleHashes)].sort().map((h) => `'${h}'`)];
  return [...CSP_DIRECTIVES, `script-src ${script.join(' ')}`, `style-src ${style.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * Header rules for a site under `base` ("/" or "/press/"). Rules never overlap
 * on Cache-Control: hosts differ in how they merge a header two rules both set.
 */
export function headerRules(base: string, languages: readonly string[], csp: string): HeaderRule[] {
  const at = (p: string) => `${base.replace(/\/$/, '')}${p}`;
  const short = { 'Cache-Control': SHORT_CACHE };
  return [
    { path: at('/*'), headers: { 'Content-Security-Policy': csp, ...SECURITY_HEADERS } },
    { path: at('/_astro/*'), headers: { 'Cache-Control': IMMUTABLE_CACHE } },
    { path: at('/'), headers: short },
    { path: at('/index.html'), headers: short },
    { path: at('/404.html'), headers: short },
    ...languages.map((lang) => ({ path: at(`/${lang}/*`), headers: short })),
  ];
}

/** Serialises rules in the `_headers` format Netlify and Cloudflare Pages read. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n';
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ path: line.trim(), headers: {} }); continue; }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a request path ("*" matches any rest, "/" included). */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The headers a host applies to `path`: every matching rule, in order, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => pathMatches(r.path, path)).map((r) => r.headers));
}
