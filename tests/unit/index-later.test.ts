/**
 * The search index as its own step after Astro's build (src/lib/search/index-job.ts, index-later.ts): with the
 * variable set, Astro's last hook only leaves the job, and the step writes the very index the hook
 * writes without it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind.ts';
import { INDEX_LATER, readIndexJob } from '../../src/lib/search/index-job.ts';
import { runIndexJob } from '../../src/lib/search/index-later.ts';
import { astroEnv } from '../../scripts/build-env.ts';

const ROOT = join(import.meta.dirname, '../..');
const PAGE = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>`
  + `<article data-pagefind-body><h1>${title}</h1><p>Minister met the delegation about water.</p></article></body></html>`;

/** A built site of two release pages, in its own folder. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'index-later-'));
  for (const [slug, title] of [['water-talks', 'Water talks'], ['energy-forum', 'Energy forum']] as const) {
    mkdirSync(join(dir, 'dist/en/2020/10/07', slug), { recursive: true });
    writeFileSync(join(dir, 'dist/en/2020/10/07', slug, 'index.html'), PAGE(title));
  }
  return dir;
}

/** Every file below `dir` with its bytes. */
const files = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name)).toString('base64')]));

/** Runs the integration's two hooks as Astro would, for a site built into `dir`/dist. */
async function buildDone(dir: string, options?: { siteDir?: string }): Promise<string[]> {
  const lines: string[] = [];
  const hooks = pagefindIntegration(options).hooks;
  const logger = { info: (l: string) => lines.push(l), warn() {}, error() {} };
  (hooks['astro:config:done'] as (o: unknown) => void)({ config: { root: pathToFileURL(`${ROOT}/`), cacheDir: pathToFileURL(join(dir, 'cache/')) } });
  await (hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: pathToFileURL(join(dir, 'dist/')), logger });
  return lines;
}

afterEach(() => { delete process.env[INDEX_LATER]; });

describe('the search index after Astro', () => {
  it('is left by the hook as a job when the variable is set, and the step then writes the index the hook writes otherwise', async () => {
    const inside = site();
    await buildDone(inside);
    expect(existsSync(join(inside, 'dist/pagefind/pagefind-entry.json'))).toBe(true);

    const later = site();
    const job = join(later, 'job.json');
    process.env[INDEX_LATER] = job;
    const said = await buildDone(later, { siteDir: join(later, 'dist') });
    expect(existsSync(join(later, 'dist/pagefind'))).toBe(false);
    expect(said.join('\n')).toContain("left to the step after Astro's build");
    const left = readIndexJob(job);
    expect(left).toMatchObject({ site: join(later, 'dist'), cache: join(later, 'cache/pagefind') });

    const lines: string[] = [];
    expect(await runIndexJob(left, (l) => lines.push(l))).toBe(2);
    expect(lines.at(-1)).toMatch(/^read 2 pages, wrote the index/);
    expect(files(join(later, 'dist/pagefind'))).toEqual(files(join(inside, 'dist/pagefind')));
    // The next build's step finds both pages' bundle in the cache and reads none.
    expect(await runIndexJob(left, () => {})).toBe(0);
  }, 60_000);

  it('is left for where the site ends up: a staged build is moved after the hook', async () => {
    const dir = site();
    process.env[INDEX_LATER] = join(dir, 'job.json');
    await buildDone(dir, { siteDir: 'out/site' });
    expect(readIndexJob(join(dir, 'job.json')).site).toBe(join(ROOT, 'out/site'));
  });

  it('fails, naming the file, when the build left no job or a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-later-'));
    expect(() => readIndexJob(join(dir, 'none.json'))).toThrow(/left no search-index job in .*none\.json/);
    writeFileSync(join(dir, 'bad.json'), '{"site": "/x"}');
    expect(() => readIndexJob(join(dir, 'bad.json'))).toThrow(/lacks site, cache or indexer/);
  });
});

describe('the environment npm run build gives Astro', () => {
  it('leaves the index to the later step and lets the native allocator hand freed memory back, unless told otherwise', () => {
    expect(astroEnv({ PATH: '/bin' }, '/tmp/job.json')).toEqual({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', [INDEX_LATER]: '/tmp/job.json' });
    expect(astroEnv({ MIMALLOC_PURGE_DELAY: '500' }, 'j')).toMatchObject({ MIMALLOC_PURGE_DELAY: '500' });
  });
});
