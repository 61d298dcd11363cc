/**
 * npx node scripts/lighthouse.ts [dist] [--lang ru] [--preset desktop] — serves a built site
 * locally and runs Lighthouse (npm `lighthouse`, Chromium from CHROME_PATH,
 * default /usr/bin/chromium) on a release page, an index page and the search
 * page, printing the four category scores (0–100) of each (--verbose: audits below 90). Not part of CI: it
 * takes about half a minute a page. Exits 1 when a score is below --min (default 0).
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

/** The pages to measure: the newest-named release of `lang`, its countries index and its search page. */
export function targets(dist: string, lang: string, base: string): string[] {
  if (!existsSync(join(dist, lang))) throw new Error(`${dist} has no /${lang}/: is ${lang} in PRESS_LANGUAGES of that build?`);
  const releases = readdirSync(join(dist, lang), { recursive: true })
    .map(String).filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f.split('\\').join('/'))).sort();
  if (!releases.length) throw new Error(`no release page in ${dist}/${lang}: run npm run build first`);
  return [
    `${base}${lang}/${releases.at(-1)!.replace(/index\.html$/, '')}`,
    `${base}${lang}/countries/`,
    `${base}${lang}/search/?q=2020`,
  ];
}

/** Runs the Lighthouse CLI on one URL; returns the category scores as whole numbers and what failed. */
export async function lighthouse(url: string, preset?: string): Promise<{ scores: Scores; failed: string[] }> {
  const cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '..', 'cli/index.js');
  // Asynchronous: the server answering Lighthouse runs in this process.
  const run = await promisify(execFile)(process.execPath, [
    cli, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`, ...(preset ? [`--preset=${preset}`] : []),
  ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
  const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string }> };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Scores;
  const failed = Object.entries(report.audits).filter(([, a]) => a.score !== null && a.score < 0.9).map(([id, a]) => `${id}: ${a.title}`);
  return { scores, failed };
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
      const { scores, failed } = await lighthouse(url + path, option('preset'));
      low ||= CATEGORIES.some((c) => scores[c] < min);
      console.log([path, ...CATEGORIES.map((c) => scores[c])].join('\t'));
      if (args.includes('--verbose')) for (const f of failed) console.log(`  below 90: ${f}`);
    }
  } finally {
    server.close();
  }
  process.exit(low ? 1 : 0);
}
