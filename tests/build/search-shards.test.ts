import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPagefind } from '../../scripts/bench/pagefind-node.ts';
import { writeIndex } from '../../src/lib/search/build-index.ts';
import { hashTree, treeDifferences } from '../support/determinism.ts';
import { FIXTURE, FIXTURE_DIST } from '../support/fixture.ts';

// A site of copies of two fixture release pages over 24 months, indexed with shards closing at
// 6 pages, as a large archive is with 500: the main bundle holds the newest months, older months
// are closed shards the search merges in.
const DIR = join(FIXTURE, 'shards');
const CIS_RU = 'ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/index.html';
const TG = 'tg/2025/12/18/namoyandagoni-doimii-idm-natijahoi-rayosati-tojikistonro-jambast-kardand/index.html';
const MIN = 6;

function writeSite(site: string, extra = false): void {
  rmSync(site, { recursive: true, force: true });
  for (let m = 0; m < 24; m++) {
    const ym = `${2020 + Math.floor(m / 12)}/${String(1 + (m % 12)).padStart(2, '0')}`;
    for (const [lang, source] of [['ru', CIS_RU], ['tg', TG]] as const) {
      const page = join(site, `${lang}/${ym}/01/copy-${m}/index.html`);
      mkdirSync(dirname(page), { recursive: true });
      writeFileSync(page, readFileSync(join(FIXTURE_DIST, source)));
    }
  }
  if (!extra) return;
  const added = join(site, 'ru/2021/12/20/added/index.html');
  mkdirSync(dirname(added), { recursive: true });
  writeFileSync(added, readFileSync(join(FIXTURE_DIST, CIS_RU), 'utf8').replace('Межмидовские', 'ADDEDSHARDQX Межмидовские'));
}

const lines: string[] = [];
let coldRead = 0;
let warmRead = 0;
beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  writeSite(join(DIR, 'site'));
  coldRead = await writeIndex(join(DIR, 'site'), join(DIR, 'cache'), 'test', () => {}, MIN);
  // The next build: one release added in the newest month, the cache kept.
  writeSite(join(DIR, 'site'), true);
  warmRead = await writeIndex(join(DIR, 'site'), join(DIR, 'cache'), 'test', (l) => lines.push(l), MIN);
  writeSite(join(DIR, 'cold'), true);
  await writeIndex(join(DIR, 'cold'), join(DIR, 'cold-cache'), 'test', () => {}, MIN, 2);
  // One bundle at a time in this thread, as on one core: the same index.
  writeSite(join(DIR, 'one'), true);
  await writeIndex(join(DIR, 'one'), join(DIR, 'one-cache'), 'test', () => {}, MIN, 1);
}, 180_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('a sharded search index', () => {
  it('re-indexes only the main bundle when a release is added, and copies the closed shards', () => {
    expect(coldRead).toBe(48);
    console.info(`shards: cold read ${coldRead} pages, one added release read ${warmRead}: ${lines.join('; ')}`);
    expect(lines).toEqual([`indexed ${warmRead} pages into main`]);
    expect(warmRead).toBeLessThanOrEqual(2 * MIN + 2);
    const manifest = JSON.parse(readFileSync(join(DIR, 'site/pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
    // 24 months of one page: blocks of 6, the newest open; the 3 closed ones grouped as 2 + 1.
    expect(manifest).toEqual({ ru: ['ru-2020-01-2020-12', 'ru-2021-01-2021-06'], tg: ['tg-2020-01-2020-12', 'tg-2021-01-2021-06'] });
  });

  it('lists per language the files the search page opens the index with, each one in the bundle', () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'site/pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
    const start = JSON.parse(readFileSync(join(DIR, 'site/pagefind/start.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(start).sort()).toEqual(['ru', 'tg']);
    for (const [lang, files] of Object.entries(start)) {
      // Pagefind has a Russian stemmer, none for Tajik.
      const wasm = lang === 'ru' ? 'wasm.ru.pagefind' : 'wasm.unknown.pagefind';
      expect(files.slice(0, 3)).toEqual(['pagefind-entry.json', expect.stringMatching(new RegExp(`^pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`)), wasm]);
      expect(files.slice(3)).toEqual(manifest[lang]!.flatMap((id) => [`shards/${id}/pagefind-entry.json`, expect.stringMatching(new RegExp(`^shards/${id}/pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`))]));
      for (const f of files) expect(existsSync(join(DIR, 'site/pagefind', f)), f).toBe(true);
    }
  });

  it('gives the same files as indexing from scratch', () => {
    expect(treeDifferences(hashTree(join(DIR, 'site/pagefind')), hashTree(join(DIR, 'cold/pagefind')))).toEqual([]);
  });

  it('leaves no Pagefind process behind, not even one that has exited uncollected', async () => {
    const pagefinds = () => execSync(`ps -o stat=,comm= --ppid ${process.pid}`, { encoding: 'utf8' }).split('\n').filter((l) => l.includes('pagefind'));
    // The last one ended in this thread is collected at the next turn of its event loop: a moment to do so.
    for (let i = 0; i < 30 && pagefinds().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(pagefinds()).toEqual([]);
  });

  it('gives the same files with two bundles indexed at once, each by its own thread and Pagefind process, as with one at a time', () => {
    expect(treeDifferences(hashTree(join(DIR, 'cold/pagefind')), hashTree(join(DIR, 'one/pagefind')))).toEqual([]);
  });

  it('finds pages of every shard, in the page language only', async () => {
    const site = await openPagefind(join(DIR, 'site'));
    try {
      const ru = await site.forLang('ru');
      expect((await ru.search('Межмидовские')).results.length).toBe(25);
      expect((await ru.search('ADDEDSHARDQX')).results.length).toBe(1);
      const tg = await site.forLang('tg');
      expect((await tg.search('точикист')).results.length).toBe(24);
      expect((await tg.search('Межмидовские')).results.length).toBe(0);
    } finally {
      await site.close();
    }
  });
});
