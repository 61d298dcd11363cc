/**
 * The same header rules as an nginx snippet. nginx drops inherited add_header
 * lines inside a location that has its own, so each location repeats them.
 */
import { headersFor, type HeaderRule } from './policy.ts';

const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
const adds = (h: Record<string, string>, pad: string) =>
  Object.entries(h).map(([k, v]) => `${pad}add_header ${k} ${quote(v)} always;`).join('\n');

/** An nginx `server { … }` body fragment for a site under `base` serving dist/. */
export function nginxSnippet(rules: readonly HeaderRule[], base: string, languages: readonly string[]): string {
  const root = base.replace(/\/$/, '');
  const page = headersFor(rules, `${root}/${languages[0] ?? ''}/`);
  const asset = headersFor(rules, `${root}/_astro/x`);
  const langs = languages.join('|');
  return `# Generated at build from the same rules as _headers. Include it in the server block
# whose root is the built dist/ folder (see docs/deploy.md).
location ^~ ${root}/_astro/ {
${adds(asset, '  ')}
}
location ~ ^${root}/(${langs})/ {
${adds(page, '  ')}
  error_page 404 ${root}/$1/404.html;
  try_files $uri $uri/ =404;
}
location ${root}/ {
${adds(page, '  ')}
  error_page 404 ${root}/404.html;
  try_files $uri $uri/ =404;
}
`;
}
