/**
 * npx node scripts/lighthouse.ts [dist] [--lang ru] [--preset desktop] — serves a built site
 * locally and runs Lighthouse (npm `lighthouse`, Chromium from CHROME_PATH,
 * default /usr/bin/chromium) on one page of each page type (targets()), printing the four category
 * scores (0–100) of each (--verbose: audits below 90). Not part of CI: it takes about half a minute
 * a page. Exits 1 when a score is below --min (default 0).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer } from './serve.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
].join(' ');

/**
 * The pages to measure, one of each page type of `lang` (the first in sorted order): home, the newest-named
 * release, the countries index and a country, an agency, a topic, a year, the archive, a feed's page, the 404
 * page and the search page with a query.
 */
export function targets(dist: string, lang: string, base: string): string[] {
  if (!existsSync(join(dist, lang))) throw new Error(`${dist} has no /${lang}/: is ${lang} in PRESS_LANGUAGES of that build?`);
  const files = readdirSync(join(dist, lang), { recursive: true }).map((f) => String(f).split('\\').join('/')).sort();
  const first = (re: RegExp) => files.find((f) => re.test(f))?.replace(/index\.html$/, '');
  const releases = files.filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f));
  if (!releases.length) throw new Error(`no release page in ${dist}/${lang}: run npm run build first`);
  const pages = [
    '',
    releases.at(-1)!.replace(/index\.html$/, ''),
    'countries/',
    first(/^countries\/[^/]+\/index\.html$/),
    first(/^agencies\/[^/]+\/index\.html$/),
    first(/^topics\/[^/]+\/index\.html$/),
    'archive/',
    first(/^archive\/\d{4}\/index\.html$/),
    'feed/',
    '404.html',
    'search/?q=2020',
  ];
  return pages.filter((p) => p !== undefined).map((p) => `${base}${lang}/${p}`);
}

/**
 * Runs the Lighthouse CLI on one URL; returns the category scores as whole numbers and what failed.
 * `noindex`: the page keeps itself out of search engines on purpose (the 404 and feed pages), so
 * Lighthouse's SEO "is-crawlable" audit fails by design; `seoElse` says whether every other SEO audit passes.
 */
export async function lighthouse(url: string, preset?: string): Promise<{ scores: Scores; failed: string[]; noindex: boolean; seoElse: boolean }> {
  const cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '..', 'cli/index.js');
  // Asynchronous: the server answering Lighthouse runs in this process.
  const run = await promisify(execFile)(process.execPath, [
    cli, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`, ...(preset ? [`--preset=${preset}`] : []),
  ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
  const report = JSON.parse(run.stdout) as {
    categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Scores;
  const failed = Object.entries(report.audits).filter(([, a]) => a.score !== null && a.score < 0.9).map(([id, a]) => `${id}: ${a.title}`);
  const noindex = report.audits['is-crawlable']?.score === 0;
  const seoElse = (report.categories.seo?.auditRefs ?? []).filter((a) => a.weight > 0 && a.id !== 'is-crawlable')
    .every((a) => (report.audits[a.id]?.score ?? 1) === 1);
  return { scores, failed, noindex, seoElse };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const dist = positional[0] ?? 'dist';
  const { basePath, languages } = await import('../src/config.ts');
  const lang = option('lang') ?? languages[0]!;
  const min = Number(option('min') ?? 0);
  if (!existsSync(dist)) { console.error(`${dist} does not exist: run npm run build first`); process.exit(2); }
  const { server, url } = await startServer(dist, 0);
  let low = false;
  try {
    console.log(['page', ...CATEGORIES].join('\t'));
    for (const path of targets(dist, lang, basePath)) {
      const { scores, failed, noindex, seoElse } = await lighthouse(url + path, option('preset'));
      // A page kept out of search on purpose passes SEO when every other SEO audit passes.
      const seoOk = (c: string) => c === 'seo' && noindex && seoElse;
      low ||= CATEGORIES.some((c) => scores[c] < min && !seoOk(c));
      console.log([path, ...CATEGORIES.map((c) => (seoOk(c) ? `${scores[c]} (noindex on purpose; every other SEO audit passes)` : scores[c]))].join('\t'));
      if (args.includes('--verbose')) for (const f of failed) console.log(`  below 90: ${f}`);
    }
  } finally {
    server.close();
  }
  process.exit(low ? 1 : 0);
}
