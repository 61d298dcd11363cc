/**
 * Writes the host header files at the end of the build: dist/_headers (Netlify,
 * Cloudflare Pages, and scripts/serve.ts) and dist/_nginx.conf. The CSP in them
 * carries every script and style hash Astro put in the pages' <meta> policies,
 * so the header never blocks what a page's own policy allows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerPolicy, headerRules } from '../lib/security/policy.ts';
import { nginxSnippet } from '../lib/security/nginx.ts';
import { FileMemo, sourceVersion } from '../lib/content/file-memo.ts';
import { builtFiles } from './kept-dist.ts';
import { afterMove } from './not-found-pages.ts';

/** The hashes named in a CSP's script-src and style-src directives. */
export function policyHashes(csp: string): { script: string[]; style: string[] } {
  const out = { script: [] as string[], style: [] as string[] };
  for (const directive of csp.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    const hashes = values.filter((v) => /^'sha(256|384|512)-/.test(v)).map((v) => v.slice(1, -1));
    if (name === 'script-src') out.script.push(...hashes);
    if (name === 'style-src') out.style.push(...hashes);
  }
  return out;
}

/** The CSP of a page's <meta http-equiv> tag, as Astro writes it (attribute values in double quotes). */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /\bcontent="([^"]*)"/i.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") : undefined;
}

/**
 * The pages Astro built, kept ones included, where they are now (`at`: the 404 pages moved): every
 * HTML file of the output folder at this point, the prune (src/integrations/kept-dist.ts) having
 * removed the others. Taken from Astro's list, not by listing the folder: at 10,000 releases that
 * listing was 0.55 s of every build.
 */
export const htmlFiles = (assets: ReadonlyMap<string, readonly URL[]>, at: (file: string) => string = (f) => f): string[] =>
  builtFiles(assets).map(at).filter((f) => f.endsWith('.html'));

/** The integration; `languages` get short-cache rules and per-language 404s in the nginx snippet. */
export function securityHeaders(languages: readonly string[]): AstroIntegration {
  let base = '/';
  let memo: FileMemo<ReturnType<typeof policyHashes> | null>;
  return {
    name: 'press-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        memo = new FileMemo(join(fileURLToPath(config.cacheDir), 'page-policies.json'), sourceVersion(new URL(import.meta.url)));
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const script = new Set<string>();
        const style = new Set<string>();
        const missing: string[] = [];
        for (const file of htmlFiles(assets, afterMove(out, languages))) {
          // Read only the pages written since the last build (src/lib/content/file-memo.ts).
          const found = memo.get(file, (f) => {
            const csp = metaPolicy(readFileSync(f, 'utf8'));
            return csp === undefined ? null : policyHashes(csp);
          });
          if (found === null) { missing.push(relative(out, file)); continue; }
          found.script.forEach((h) => script.add(h));
          found.style.forEach((h) => style.add(h));
        }
        if (missing.length) throw new Error(`pages without a Content-Security-Policy <meta> (is security.csp on?): ${missing.join(', ')}`);
        const rules = headerRules(base, languages, headerPolicy(script, style));
        writeFileSync(`${out}/_headers`, formatHeaders(rules));
        writeFileSync(`${out}/_nginx.conf`, nginxSnippet(rules, base, languages));
        memo.save();
        logger.info(`_headers and _nginx.conf written (${script.size} script and ${style.size} style hashes)`);
      },
    },
  };
}
