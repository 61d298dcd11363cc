import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';
import { ROOT } from '../support/fixture.ts';
import { useFixtureSearch } from '../support/search-node.ts';
import { htmlPages, page } from '../support/dist.ts';

/** Languages of the sample site (content/releases/<lang>/): its hint must work there. */
const SAMPLE = readdirSync(join(ROOT, 'content', 'releases'));

const { find, urls } = useFixtureSearch();

/** Each sample release page of a language with its dateline city. */
const datelined = (lang: string) => htmlPages()
  .filter((p) => p.startsWith(`${lang}/`) && /^\w+\/\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(p))
  .map((p) => ({ url: `/${p.replace(/index\.html$/, '')}`, city: page(`/${p.replace(/index\.html$/, '')}`).querySelector('.release .dateline')?.textContent?.replace(/,\s*$/, '') }))
  .filter((r): r is { url: string; city: string } => Boolean(r.city));

describe('the search hint and the dateline', () => {
  it('finds a release by its dateline city', async () => {
    for (const lang of SAMPLE) {
      const pages = datelined(lang);
      expect(pages.length, lang).toBeGreaterThan(0);
      for (const { url, city } of pages) expect(await urls(lang, city), `${lang} ${city}`).toContain(url);
    }
  });

  it('gives examples in the empty-search hint that find releases of the sample site in each of its languages', async () => {
    expect(SAMPLE.sort()).toEqual(['en', 'ru', 'tg']);
    for (const lang of SAMPLE) {
      const examples = [...STRINGS[lang]!['search.empty']!.matchAll(/[«“]([^»”]+)[»”]/g)].map((m) => m[1]!)
        // The names of the form's own parts ("Уточнить поиск") are not examples.
        .filter((w) => w !== STRINGS[lang]!['search.filters']);
      expect(examples.length, lang).toBeGreaterThanOrEqual(2);
      const sample = sampleTitles(lang);
      expect(sample.size, lang).toBeGreaterThan(0);
      for (const word of examples) {
        // A release of the sample content, not one the fixture adds.
        const found = (await find(lang, word)).filter((d) => sample.has(plain(d.meta.title ?? '')));
        expect(found.map((d) => d.url), `${lang} «${word}»`).not.toEqual([]);
      }
    }
  });
});

/** Letters and digits only: titles on pages carry typographic spaces and quotes. */
const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Titles of the sample content's releases in a language. */
function sampleTitles(lang: string): Set<string> {
  const dir = join(ROOT, 'content', 'releases', lang);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f));
  return new Set(files.map((f) => plain(/^title:\s*(.+)$/m.exec(readFileSync(join(dir, f), 'utf8'))![1]!.replace(/^["']|["']$/g, ''))));
}
