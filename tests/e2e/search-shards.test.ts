import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIndex } from '../../src/lib/search/build-index.ts';
import { useSite } from '../support/browser.ts';
import { FIXTURE, FIXTURE_DIST } from '../support/fixture.ts';

// The search page over an index in shards, as a large archive has: copies of one fixture release
// over 24 months, shards closing at 6 pages, so most pages are in shards the page merges in.
const DIR = join(FIXTURE, 'shards-browser');
const CIS_RU = 'ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/index.html';
const COPIES = 24;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  for (let m = 0; m < COPIES; m++) {
    const page = join(DIR, `ru/${2020 + Math.floor(m / 12)}/${String(1 + (m % 12)).padStart(2, '0')}/01/copy-${m}/index.html`);
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, readFileSync(join(FIXTURE_DIST, CIS_RU)));
  }
  for (const part of ['_astro', 'ru/search', 'favicon.svg']) cpSync(join(FIXTURE_DIST, part), join(DIR, part), { recursive: true });
  await writeIndex(DIR, join(FIXTURE, 'shards-browser-cache'), 'test', () => {}, 6);
}, 180_000);
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  rmSync(join(FIXTURE, 'shards-browser-cache'), { recursive: true, force: true });
});
const site = useSite(DIR);

const answered = (tab: Page) => tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.done === location.search);
const found = async (tab: Page) => Number((await tab.locator('#search-status').textContent())!.replace(/\D/g, ''));

describe('the search page over a sharded index', () => {
  it('finds the pages of every shard, from a shared link and when typed', async () => {
    const shards = (JSON.parse(readFileSync(join(DIR, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>).ru!;
    expect(shards.length).toBeGreaterThanOrEqual(2);
    const tab = await (await site.browser.newContext()).newPage();
    const errors: Error[] = [];
    tab.on('pageerror', (e) => errors.push(e));
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent('Межмидовские')}`);
    await answered(tab);
    expect(await found(tab)).toBe(COPIES);
    // Ten at a time: the worker keeps the rest of the list and sends the next ten on "more".
    const items = tab.locator('#search-results > li');
    expect(await items.count()).toBe(10);
    await tab.click('#search-more');
    await tab.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 20);
    expect(await tab.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
    await tab.click('#search-more');
    await tab.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 24);
    expect(await tab.locator('#search-more').isHidden()).toBe(true);
    const links = await tab.locator('#search-results > li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(links).size).toBe(COPIES);
    // A fresh page, the word typed at once after focus: the first search waits for every shard.
    await tab.goto(`${site.base}/ru/search/`);
    await tab.click('#search-q');
    await tab.keyboard.type('межмидовских', { delay: 20 });
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'межмидовских');
    await answered(tab);
    expect(await found(tab)).toBe(COPIES);
    expect(errors.map(String)).toEqual([]);
    await tab.context().close();
  });

  it('on a search link, starts the worker first and fetches what opens every shard at once, each file once', async () => {
    const start = (JSON.parse(readFileSync(join(DIR, 'pagefind/start.json'), 'utf8')) as Record<string, string[]>).ru!;
    expect(start.length).toBeGreaterThanOrEqual(7);
    const tab = await (await site.browser.newContext()).newPage();
    const asked: string[] = [];
    tab.on('request', (r) => {
      const u = new URL(r.url());
      u.searchParams.delete('ts');
      if (u.pathname.includes('/pagefind/')) asked.push(`${u.pathname.replace(/^.*?\/pagefind\//, '')}${u.search}`);
    });
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent('Межмидовские')}`);
    await answered(tab);
    expect(await found(tab)).toBe(COPIES);
    // Pagefind alone asks for a shard's files only once the main index is in, about when it asks for the first index chunk.
    const firstChunk = asked.findIndex((p) => /(^|\/)index\//.test(p));
    expect(firstChunk).toBeGreaterThan(0);
    for (const file of start) expect([file, asked.indexOf(file) >= 0 && asked.indexOf(file) < firstChunk]).toEqual([file, true]);
    expect(asked.filter((p, i) => asked.indexOf(p) !== i)).toEqual([]);
    // Started by the page's inline first script, not by its module script.
    expect(await tab.evaluate(() => document.querySelector('script[data-worker]')?.hasAttribute('data-ran'))).toBe(true);
    await tab.context().close();
  });
});
