import { describe, expect, it } from 'vitest';
import { failureCause, pagesBuilt, parsePhases } from '../../scripts/bench/log.ts';
import { checkBudgets } from '../../scripts/bench/budgets.ts';
import { coldFloor, corpusCard, sampleFiles } from '../../scripts/bench/floor.ts';
import { fileKind, median, pageType, pageWeight } from '../../scripts/bench/dist-stats.ts';
import { addSample, nameOf, parentOf, rssOf, treeMembers, treeRss, type MemoryWatch } from '../../scripts/bench/proc-tree.ts';
import { memoryTimeline } from '../../scripts/bench/run.ts';

// The shape of a real `astro build` log (Astro 7.3), stamped by the benchmark in ms.
const log = [
  [0, '08:25:40 [content] Syncing content'],
  [2900, '08:25:43 [content] Synced content'],
  [3000, '08:25:43 [build] Building static entrypoints...'],
  [5800, '08:25:46 [build] Rearranging server assets...'],
  [5900, ' generating static routes '],
  [10100, '08:25:50 ✓ Completed in 4.26s.'],
  [10200, '08:25:50 [build] ✓ Completed in 6.66s.'],
  [10300, '08:25:50 [press-pagefind] indexing /tmp/dist/'],
  [17000, '08:26:00 [press-pagefind] read 1590 pages, wrote the index for release pages to /tmp/dist/pagefind'],
  [17500, '08:26:01 [build] 1590 page(s) built in 23.50s'],
].map(([t, text]) => ({ t: t as number, text: text as string }));

describe('bench log', () => {
  it('measures each phase between its markers and reports missing ones as null', () => {
    expect(parsePhases(log)).toEqual({ startup: 0, contentSync: 2900, bundling: 2800, pageGeneration: 4200, imageOptimisation: null, searchIndexing: 6700 });
    expect(pagesBuilt(log)).toBe(1590);
  });
  it('names a failed build by its error and cause, not by the stack frames that end its log', () => {
    // The end of bare Astro's log at 100,000 releases (Astro 7.3), paths shortened.
    const astro = ['[content] Syncing content', '[UnknownFilesystemError] ', '  Hint:', '    It can be caused by many things.',
      '  Stack trace:', '    at MutableDataStore.writeToDisk (mutable-data-store.js:450:13)', '  Caused by:', '  Invalid string length',
      '    at Array.join (<anonymous>)', '    at serializeDataStore (data-store-writer.js:15:18)', 'Command exited with non-zero status 1', 'BENCH-CPU 86.04 8.34'];
    expect(failureCause(astro)).toBe('UnknownFilesystemError: Invalid string length');
    expect(failureCause(['FATAL ERROR: Reached heap limit', 'RangeError: Maximum call stack size exceeded', '    at f (x.js:1:1)'])).toBe('RangeError: Maximum call stack size exceeded');
    expect(failureCause(['one', 'two', 'three', 'four', 'five', 'BENCH-CPU 1 2'])).toBe('two three four five');
  });
});

describe('page weight', () => {
  const sizes: Record<string, number> = { '/_astro/a.js': 1000, '/_astro/b.css': 400, '/_astro/c.js': 50 };
  const size = (p: string) => sizes[p] ?? 0;
  it('counts referenced and inline scripts and styles but not JSON-LD', () => {
    const html = '<link rel="stylesheet" href="/_astro/b.css"><style>p{}</style><script type="module" src="/_astro/a.js"></script>'
      + '<link rel="modulepreload" href="/_astro/c.js"><script>x()</script><script type="application/ld+json">{"a":1}</script>';
    expect(pageWeight(html, size)).toEqual({ js: 1053, css: 403 });
    expect(pageWeight('<p>no code</p>', size)).toEqual({ js: 0, css: 0 });
  });
  it('classifies pages and takes medians', () => {
    expect(pageType('index.html')).toBe('root');
    expect(pageType('ru/index.html')).toBe('home');
    expect(pageType('ru/2020/10/07/cis/index.html')).toBe('release');
    expect(pageType('en/countries/tj/index.html')).toBe('country index');
    expect(pageType('tg/search/index.html')).toBe('search');
    expect(pageType('ru/archive/index.html')).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('dist by kind', () => {
  it('counts a card\'s shapes with the cards and the editor apart from everything else', () => {
    const release = 'ru/2026/05/12/vstrecha';
    expect(['og.png', 'card-16x9.png', 'card-4x3.png', 'card-1x1.png'].map((f) => fileKind(`${release}/${f}`))).toEqual(Array(4).fill('social cards'));
    expect(fileKind(`${release}/index.html`)).toBe('release pages');
    expect(fileKind('admin/editor.js')).toBe('the editor (/admin/)');
    expect(fileKind('admin/index.html')).toBe('the editor (/admin/)');
    expect(fileKind('logo.png')).toBe('other');
    expect(fileKind('pagefind/pagefind.js')).toBe('search index');
  });
});

describe('process tree memory', () => {
  it('parses /proc stat and status, and measures this process', () => {
    expect(parentOf('123 (node (x) y) S 77 123 0')).toBe(77);
    expect(rssOf('Name:\tnode\nVmRSS:\t  2048 kB\n')).toBe(2 * 1024 * 1024);
    expect(rssOf('Name:\tzombie\n')).toBe(0);
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(treeMembers(process.pid)[0]).toMatchObject({ pid: process.pid, name: expect.stringMatching(/^node/) });
  });
  it('names processes by their program and, for node, its script', () => {
    expect(nameOf('/usr/bin/node\0--max-old-space-size=4096\0/p/node_modules/astro/bin/astro.mjs\0build\0')).toBe('node astro.mjs');
    expect(nameOf('/p/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0')).toBe('pagefind_extended');
    expect(nameOf('node\0')).toBe('node');
  });
  it('keeps the peak with the processes at it, each process\'s own peak, and a timeline', () => {
    const MIB = 1024 * 1024;
    const seen: MemoryWatch = { peak: 0, atPeak: [], perProcess: [], samples: [] };
    addSample(seen, 0, [{ pid: 1, name: 'node astro.mjs', rss: 1900 * MIB }]);
    addSample(seen, 100, [{ pid: 1, name: 'node astro.mjs', rss: 1800 * MIB }, { pid: 2, name: 'pagefind', rss: 600 * MIB }]);
    addSample(seen, 200, [{ pid: 3, name: 'pagefind', rss: 1500 * MIB }]);
    expect(seen.peak).toBe(2400 * MIB);
    expect(seen.atPeak.map((m) => m.name)).toEqual(['node astro.mjs', 'pagefind']);
    expect(seen.perProcess.map((m) => [m.pid, m.rss / MIB])).toEqual([[1, 1900], [2, 600], [3, 1500]]);
    expect(memoryTimeline(seen).split('\n')[1]).toBe('0.1\t2400\tnode astro.mjs=1800\tpagefind=600');
  });
});

describe('budgets', () => {
  it('judges each budget from the figures', () => {
    const sizes = [
      { size: 10000, cold: { wallMs: 50_000, peakRssBytes: 1.5 * 1024 ** 3 }, warm: { wallMs: 20_000 }, plusOne: { wallMs: 21_000 } },
      { size: 20000, cold: { wallMs: 120_000, peakRssBytes: 2.5 * 1024 ** 3 }, warm: { wallMs: 30_000 } },
      // Under 6 GiB cold, over it in the +1 rebuild: the budget takes the largest of the three.
      { size: 100000, cold: { wallMs: 900_000, peakRssBytes: 5 * 1024 ** 3 }, warm: { wallMs: 100_000 }, plusOne: { wallMs: 150_000, peakRssBytes: 6.5 * 1024 ** 3 } },
    ];
    const sample = { medianReleaseHtmlBytes: 9000, cssFilesBytes: 20_000, byType: { release: { jsBytes: 0 }, home: { jsBytes: 10 } } };
    const met = Object.fromEntries(checkBudgets(sizes, sample).map((b) => [b.name, b.met]));
    expect(met).toEqual({
      '10,000 releases wall time (cold)': true,
      '10,000 releases peak RSS': true,
      '10,000 releases one new release (rebuild)': false,
      '100,000 releases peak RSS (any of the three builds)': false,
      '20,000 / 10,000 wall time': false,
      '10000 releases unchanged rebuild speed-up': false,
      '20000 releases unchanged rebuild speed-up': true,
      '100000 releases unchanged rebuild speed-up': true,
      'median release page HTML': true,
      'CSS total': false,
      'JS on release pages': true,
      'JS on home pages': false,
      'JS on country index pages': null,
    });
  });
});

describe('the cold build floor', () => {
  it('adds the parts the build cannot skip and spreads them over every core', () => {
    expect(coldFloor({ bareAstroCpuMs: 43_800, cardsCpuMs: 68_400, pagefindCpuMs: 33_700 }, 2)).toEqual({ cpuMs: 145_900, wallMs: 72_950 });
    expect(coldFloor({ bareAstroCpuMs: 1000, cardsCpuMs: 0, pagefindCpuMs: 500 }, 4).wallMs).toBe(375);
    expect(() => coldFloor({ bareAstroCpuMs: 1, cardsCpuMs: 1, pagefindCpuMs: 1 }, 0)).toThrow(/0 cores/);
  });
  it('samples releases evenly across the sorted list, never more than asked', () => {
    const files = Array.from({ length: 10 }, (_, i) => `f${i}`);
    expect(sampleFiles(files, 3)).toEqual(['f0', 'f3', 'f6']);
    expect(sampleFiles(files, 20)).toEqual(files);
  });
  it("makes a release's card text from the corpus: title, agency in its language, date in its language", () => {
    const text = '---\ntitle: "Встреча министров"\ndate: 2019-07-25T15:50:00+02:00\nagency: agency-01\n---\n\nBody.\n';
    const agencies = new Map([['agency-01', { ru: 'Министерство', en: 'Ministry' }]]);
    expect(corpusCard(text, 'ru', agencies, 'Press center')).toEqual({ title: 'Встреча министров', agency: 'Министерство', date: '25 июля 2019 г.', siteName: 'Press center', dir: 'ltr' });
    expect(() => corpusCard(text, 'tg', agencies, 'Press center')).toThrow(/no tg name for agency agency-01/);
  });
});
