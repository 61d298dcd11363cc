import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { distFiles, htmlPages, page, read } from '../support/dist.ts';

const CIS_RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';
const MARKERS = ['EMBARGOMARKERQX7', 'DRAFTMARKERK4P', 'EMBARGOTITLEQX7', 'DRAFTTITLEK4P'];

interface Entry { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> }
interface Fragment { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }

const entry = () => JSON.parse(read('pagefind/pagefind-entry.json')) as Entry;
/** Pagefind's data files are gzip-compressed; this is their text. */
const unpack = (file: string) => gunzipSync(readFileSync(join(FIXTURE_DIST, file))).toString('utf8');
const dataFiles = () => distFiles().filter((f) => f.startsWith('pagefind/') && /\.pf_(fragment|index|filter|meta)$/.test(f));
const fragments = (): Fragment[] =>
  distFiles().filter((f) => f.endsWith('.pf_fragment')).map((f) => JSON.parse(unpack(f).replace(/^pagefind_dcd/, '')) as Fragment);
const releasePages = () => htmlPages().filter((p) => /^\w+\/\d{4}\/\d\d\/\d\d\//.test(p));

describe('the search index', () => {
  it('has one index per language, each holding exactly that language\'s release pages', () => {
    const { languages } = entry();
    expect(Object.keys(languages).sort()).toEqual(['ar', 'en', 'ru', 'tg']);
    for (const [lang, info] of Object.entries(languages)) {
      expect(info.page_count, lang).toBe(releasePages().filter((p) => p.startsWith(`${lang}/`)).length);
      expect(info.page_count, lang).toBeGreaterThan(0);
      expect(distFiles(), lang).toContain(`pagefind/pagefind.${info.hash}.pf_meta`);
    }
    // Snowball stemmers for Russian, English and Arabic; none exists for Tajik.
    expect(languages.ru!.wasm).toBe('ru');
    expect(languages.en!.wasm).toBe('en');
    expect(languages.ar!.wasm).toBe('ar');
    expect(languages.tg!.wasm).toBeNull();
    const urls = fragments().map((f) => f.url);
    expect(urls).toContain(CIS_RU);
    expect(urls.every((u) => /^\/\w+\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/.test(u)), 'only release pages are indexed').toBe(true);
  });

  it('holds no draft or embargoed text in any index file', () => {
    const files = dataFiles();
    expect(files.length).toBeGreaterThan(10);
    const text = files.map(unpack).join('\n');
    // The decompression works: a published release's words are there.
    expect(text).toContain('Межмидовские');
    for (const marker of MARKERS) expect(text, marker).not.toContain(marker);
  });

  it('stores localized filters and result metadata for a release, and only its body text', () => {
    const cis = fragments().find((f) => f.url === CIS_RU)!;
    expect(cis.filters.country!.sort()).toEqual(['Армения', 'Беларусь', 'Казахстан', 'Россия', 'Таджикистан', 'Узбекистан']);
    expect(cis.filters.agency).toEqual(['Национальное информационное агентство Таджикистана «Ховар»']);
    expect(cis.filters.year).toEqual(['2020']);
    // The local day, for date ranges: the same day as in every release's path.
    expect(cis.filters.day).toEqual(['2020-10-07']);
    for (const f of fragments()) expect(f.filters.day, f.url).toEqual([/\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(f.url)!.slice(1).join('-')]);
    expect(cis.filters.topic!.length).toBe(2);
    // The result title is the page's h1, with its typographic non-breaking spaces.
    expect(cis.meta.title?.replace(/\u00a0/g, ' ')).toBe('МИД стран СНГ провели консультации о сотрудничестве в информационной сфере');
    expect(cis.meta.date).toBe('7 октября 2020 г.');
    expect(cis.meta.datetime).toBe('2020-10-07T05:00:00.000Z');
    expect(cis.meta.agency).toBe(cis.filters.agency![0]);
    expect(cis.content).toContain('Межмидовские консультации');
    // Navigation and footers (Pagefind drops nav, footer and form itself), the translation notice and related links stay out.
    const doc = page(CIS_RU);
    const outside = [
      doc.querySelector('.site-header nav')!.textContent!.trim(),
      doc.querySelector('.site-footer')!.textContent!.trim(),
      doc.querySelector('.translation-notice')!.textContent!.trim(),
      doc.querySelector('.related li')!.textContent!.trim(),
    ];
    for (const text of outside) expect(cis.content, text).not.toContain(text);
  });

  it('loads the search script on the search pages only', () => {
    const search = read('ru/search/index.html');
    const script = search.match(/<script[^>]+src="([^"]+)"/)?.[1];
    expect(script, 'the search page loads a module').toBeTruthy();
    for (const p of htmlPages()) {
      if (/^\w+\/search\/index\.html$/.test(p)) continue;
      const html = read(p);
      expect(html, p).not.toContain(script!);
      expect(html, p).not.toContain('/pagefind/');
    }
  });

  it('builds a localized search page per language whose filter options are the indexed values', () => {
    const doc = page('/ru/search/');
    expect(doc.querySelector('h1')!.textContent).toBe('Поиск по пресс-релизам');
    const countries = [...doc.querySelectorAll('input[name="country"]')].map((o) => [o.getAttribute('value'), o.getAttribute('data-label')]);
    expect(countries).toContainEqual(['tj', 'Таджикистан']);
    const indexed = new Set(fragments().filter((f) => f.url.startsWith('/ru/')).flatMap((f) => f.filters.country!));
    expect(new Set(countries.map(([, label]) => label))).toEqual(indexed);
    // Without JavaScript: the form stays hidden and the page points to the browsable indexes.
    expect(doc.querySelector('#search-form')!.hasAttribute('hidden')).toBe(true);
    const noscript = doc.querySelector('noscript')!.innerHTML;
    expect(noscript).toContain('href="/ru/countries/"');
    expect(noscript).toContain('href="/ru/agencies/"');
    // Without script every index a reader can browse instead is named.
    expect(noscript).toContain('href="/ru/topics/"');
    expect(noscript).toContain('href="/ru/archive/"');
    expect(page('/en/search/').querySelector('label[for="search-q"]')!.textContent).toBe('Search for');
    expect(page('/tg/search/').querySelector('fieldset[data-facet="country"] legend')!.textContent).toBe('Кишвар');
  });
});
