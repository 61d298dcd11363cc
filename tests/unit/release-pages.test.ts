import { globSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASE_PAGES, releasePages } from '../../src/lib/search/build-index.ts';

const site = mkdtempSync(join(tmpdir(), 'release-pages-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the release pages the search index reads', () => {
  it('are the files the release-page pattern matches, no more, no fewer', () => {
    const files = [
      'ru/2026/05/12/vienna/index.html', 'tg/2014/01/02/a/index.html', 'en/2025/12/31/b/index.html',
      'ru/2026/05/12/vienna/og.png', // beside a page, not one
      'ru/2026/05/index.html', // a month's list
      'ru/20261/05/12/five-digit-year/index.html', 'ru/2026/5/12/one-digit-month/index.html',
      'ru/2026/05/12/.hidden/index.html', '.prerender/2026/05/12/x/index.html',
      'ru/2026/05/12/deeper/more/index.html', 'ru/2026/05/12/other/page.html',
      'pagefind/2026/01/01/x/other.html',
    ];
    for (const file of files) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), '');
    }
    mkdirSync(join(site, 'ru/2026/05/12/empty'), { recursive: true });
    mkdirSync(join(site, 'ru/2026/05/12/folder-not-file/index.html'), { recursive: true });
    writeFileSync(join(site, 'ru/2027'), 'a file named like a year');
    const found = releasePages(site).sort();
    expect(found).toEqual(['en/2025/12/31/b/index.html', 'ru/2026/05/12/vienna/index.html', 'tg/2014/01/02/a/index.html']);
    // The glob they replace (globSync was most of the step's own time at 10,000 releases) finds the same.
    expect(found).toEqual(globSync(RELEASE_PAGES, { cwd: site }).filter((f) => !f.endsWith('folder-not-file/index.html')).sort());
  });
});
