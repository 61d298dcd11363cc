import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashTree, treeDifferences } from '../support/determinism.ts';
import { FIXTURE, FIXTURE_BUILD_TIME, FIXTURE_CONTENT, FIXTURE_LANGUAGES, astroBuild, buildEnv, exclusively, siteBuild } from '../support/fixture.ts';
import { filesContaining } from '../support/markers.ts';

// Astro's incremental build copies a page from the last build when its code and cache key
// (src/lib/content/cache-key.ts) are unchanged. A key that missed some data would ship a stale page,
// so a rebuild after edits must give exactly what a build from scratch gives. The rebuild writes into
// the same output folder as the build before it, which is kept, not emptied (src/integrations/kept-dist.ts):
// what that build wrote and this one does not (a removed release, a file put there by hand) must go.
const DIR = join(FIXTURE, 'incremental');
const CONTENT = join(DIR, 'content');
const EDITED = join(CONTENT, 'releases/ru/2026/tajikistan-opec-fund-vienna.md');
const ADDED = join(CONTENT, 'releases/ru/2014/incremental-new.md');
const REMOVED = join(CONTENT, 'releases/ru/2014/incremental-removed.md');

// The rebuilds run `npm run build` (the search index after Astro's process has ended, scripts/build.ts);
// the build from scratch runs `astro build` alone, which indexes inside Astro's last hook: the two must agree too.
const env = (run: string, cache: string) => buildEnv(CONTENT, join(DIR, run, 'dist'), {
  PRESS_LANGUAGES: FIXTURE_LANGUAGES, PRESS_BUILD_TIME: FIXTURE_BUILD_TIME, TZ: 'America/Los_Angeles', PRESS_CACHE_DIR: join(DIR, cache),
});
function build(run: string, cache: string, how = siteBuild): string {
  const { status, output } = how(env(run, cache));
  if (status !== 0) throw new Error(`build ${run} failed:\n${output.slice(-3000)}`);
  return output;
}

describe('a rebuild that reuses the last build', () => {
  let first = '';
  let log = '';
  beforeAll(() => exclusively(() => {
    rmSync(DIR, { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, CONTENT, { recursive: true });
    mkdirSync(dirname(REMOVED), { recursive: true });
    writeFileSync(REMOVED, readFileSync(EDITED, 'utf8')
      .replace(/^title: .*$/m, 'title: "Удаляемый релиз INCRGONEZ9"')
      .replace(/^date: .*$/m, 'date: 2014-02-04T10:00:00+01:00')
      .replace(/^translationKey: .*$/m, 'translationKey: incremental-removed-2014'));
    first = build('site', 'cache');
    if (!filesContaining(join(DIR, 'site/dist'), 'INCRGONEZ9').length) throw new Error('the release to remove was not built');
    writeFileSync(join(DIR, 'site/dist/deployed.json'), '{}');
    // A card of a release the edits leave alone, deleted from the kept folder: the rebuild puts it back,
    // though the last build's list of placed cards names it (src/lib/outputs/card-outputs.ts).
    const card = readdirSync(join(DIR, 'site/dist'), { recursive: true, withFileTypes: true })
      .find((d) => d.name === 'card-1x1.png' && !d.parentPath.includes('tajikistan-opec-fund-vienna'));
    if (!card) throw new Error('no card to delete');
    rmSync(join(card.parentPath, card.name));
    // A commit the content check refuses (30 February), then mended: the refused build leaves the
    // folder to keep (the seal goes only once the check has passed, kept-dist.ts).
    const refused = join(CONTENT, 'releases/ru/2014/incremental-refused.md');
    writeFileSync(refused, readFileSync(EDITED, 'utf8').replace(/^date: .*$/m, 'date: 2014-02-30T10:00:00+01:00')
      .replace(/^translationKey: .*$/m, 'translationKey: incremental-refused-2014'));
    const { status, output } = siteBuild(env('site', 'cache'));
    if (status === 0 || !output.includes('incremental-refused.md:')) throw new Error(`the check did not refuse the build:\n${output.slice(-3000)}`);
    rmSync(refused);
    // A press officer's next commit: one title corrected, one old release added.
    writeFileSync(EDITED, readFileSync(EDITED, 'utf8').replace(/^title: .*$/m, 'title: "Исправленный заголовок INCRTITLEZ9"'));
    mkdirSync(dirname(ADDED), { recursive: true });
    writeFileSync(ADDED, readFileSync(EDITED, 'utf8')
      .replace(/^title: .*$/m, 'title: "Добавленный релиз INCRNEWZ9"')
      .replace(/^date: .*$/m, 'date: 2014-03-04T10:00:00+01:00')
      .replace(/^translationKey: .*$/m, 'translationKey: incremental-new-2014') + '\nАбзац нового релиза INCRBODYZ9.\n');
    rmSync(REMOVED);
    log = build('site', 'cache');
    build('cold', 'cold-cache', astroBuild);
  }), 600_000);

  it('copies the pages the edits do not touch instead of rendering them', () => {
    const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toContain('keeping the output folder of the last build');
    const reused = plain.match(/\((cached|restored)\)/g)?.length ?? 0;
    const rendered = plain.match(/├─ \S+ \(\+/g)?.length ?? 0;
    console.info(`incremental: ${reused} pages reused, ${rendered} rendered`);
    // Pages the edits touch are rendered (lists, similar releases, feeds); the rest must be reused.
    expect(rendered).toBeGreaterThan(0);
    expect(reused).toBeGreaterThan(100);
  });

  it('indexes for search after Astro has ended, with the cache of the build before', () => {
    const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
    const done = plain.indexOf('[build] Complete!');
    expect(plain).toContain("left to the step after Astro's build");
    expect(done).toBeGreaterThan(-1);
    expect(plain.indexOf('[press-pagefind] indexing')).toBeGreaterThan(done);
    expect(plain).toMatch(/\[press-pagefind\] read \d+ pages, wrote the index/);
  });

  it('collects the heap the content sync left before the bundling starts (npm run build)', () => {
    const plain = first.replace(/\x1b\[[0-9;]*m/g, '');
    // Astro's content layer, kept after the sync with the whole store, is let go first (collect-after-sync.ts).
    const gc = plain.search(/\[press-collect-after-sync\] heap after the content sync: \d+ → \d+ MiB \(the content layer's store released\)/);
    expect(gc).toBeGreaterThan(plain.indexOf('[content] Synced content'));
    expect(gc).toBeLessThan(plain.indexOf('Building static entrypoints'));
    // The store is read from its file, not bundled as one string literal (src/integrations/data-store-from-disk.ts).
    expect(plain).toContain('[press-data-store-from-disk] the pages read the content store from its file in the cache');
  });

  it('logs no bundler warning about the marker Astro puts in every MDX module', () => {
    // The fixture has an MDX release; the warning came once per .mdx file (118 at 10,000 releases).
    expect(readdirSync(CONTENT, { recursive: true }).some((f) => String(f).endsWith('.mdx'))).toBe(true);
    expect(first).toContain('Building static entrypoints');
    expect(first).not.toContain('use astro:head-inject');
  });

  it('draws the cards in a worker while the pages render, and in a rebuild only the cards of what changed', () => {
    const drawn = (output: string) => {
      const m = output.replace(/\x1b\[[0-9;]*m/g, '').match(/\[press-cards\] cards drawn: (\d+) by (?:the worker|\d+ workers), (\d+) in the build's thread; (\d+) card images/);
      if (!m) throw new Error('no card count in the build log');
      return { workers: Number(m[1]), here: Number(m[2]), placed: Number(m[3]) };
    };
    const cold = drawn(first);
    expect(cold.workers).toBeGreaterThan(0);
    expect(cold.workers + cold.here).toBeGreaterThan(20);
    // The cards are no Astro outputs (src/lib/outputs/card-outputs.ts): none in Astro's list of what it generated.
    expect(first).not.toMatch(/├─ \S+\/og\.png/);
    // The edited and the added release: four images each at most; every other card is in the card cache.
    const rebuild = drawn(log);
    expect(rebuild.workers + rebuild.here).toBeGreaterThan(0);
    expect(rebuild.workers + rebuild.here).toBeLessThanOrEqual(8);
    expect(rebuild.placed).toBeGreaterThan(20);
  });

  it('links each card of the output folder to its file in the card cache instead of copying it', () => {
    const dist = join(DIR, 'site/dist');
    const cards = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && /^(og|card-\w+)\.png$/.test(d.name));
    expect(cards.length).toBeGreaterThan(20);
    for (const d of cards) expect(statSync(join(d.parentPath, d.name)).nlink, d.name).toBeGreaterThanOrEqual(2);
  });

  it('keeps the releases\' rendered HTML out of the content store, in files of its own the pages read', () => {
    const cache = join(DIR, 'cache');
    const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
    expect(store).toContain('press-rendered:');
    expect(store).not.toContain('INCRBODYZ9');
    const holding = readdirSync(join(cache, 'rendered-html')).filter((f) => readFileSync(join(cache, 'rendered-html', f), 'utf8').includes('INCRBODYZ9'));
    expect(holding).toHaveLength(1);
    expect(filesContaining(join(DIR, 'site/dist'), 'INCRBODYZ9').length).toBeGreaterThan(0);
  });

  it('makes the editor\'s bundle before Astro starts, then finds it in the cache', () => {
    const plain = first.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toContain('[press-editor] CMS bundle made into the build cache');
    expect(plain.indexOf('CMS bundle made into')).toBeLessThan(plain.indexOf('[content] Syncing content'));
    expect(log).toContain('[press-editor] CMS bundle already in the build cache');
  });

  it('gives the same files as a build from scratch', () => {
    const warm = join(DIR, 'site/dist');
    expect(filesContaining(warm, 'INCRTITLEZ9').length).toBeGreaterThan(3);
    expect(filesContaining(warm, 'INCRNEWZ9').length).toBeGreaterThan(3);
    expect(filesContaining(warm, 'INCRGONEZ9')).toEqual([]);
    expect(treeDifferences(hashTree(warm), hashTree(join(DIR, 'cold/dist')))).toEqual([]);
  });
});
