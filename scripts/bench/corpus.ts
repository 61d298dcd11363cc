/**
 * A synthetic but realistic press-release corpus, as a map of relative path →
 * file text. Pure: the same options give the same files.
 */
import { isoInZone } from '../../src/lib/content/dates.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { AGENCY_HOMES, COUNTRIES, LANGS, TOPICS } from './corpus-data.ts';
import { rng, type Rng } from './prng.ts';
import type { Lang } from './vocabulary.ts';
import { zipfSampler } from './zipf.ts';

/** Bumped when the output for a seed changes, so cached corpora are regenerated. */
export const CORPUS_VERSION = 2;

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Words per language, most frequent first. */
  vocabulary: Record<Lang, string[]>;
  /** First and last moment of release dates. */
  from?: Date;
  to?: Date;
}

const q = (s: string) => JSON.stringify(s);
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Builds text from one language's Zipf sampler. */
function writer(r: Rng, draw: () => string) {
  const words = (n: number) => Array.from({ length: n }, draw).join(' ');
  const sentence = () => `${cap(words(r.int(6, 18)))}.`;
  const paragraph = (max: number) => {
    const out: string[] = [];
    let n = 0;
    while (n < max) {
      const s = sentence();
      out.push(s);
      n += s.split(' ').length;
      if (out.length >= r.int(2, 6)) break;
    }
    return out.join(' ');
  };
  /** 150–900 words in paragraphs, some lists and GFM tables. */
  const body = () => {
    const target = r.int(150, 900);
    const blocks: string[] = [];
    let n = 0;
    while (n < target) {
      const p = paragraph(target - n);
      blocks.push(p);
      n += p.split(' ').length;
      if (r.chance(0.08) && n < target) {
        const list = Array.from({ length: r.int(3, 6) }, () => `- ${words(r.int(3, 9))};`).join('\n');
        blocks.push(list);
        n += list.split(' ').length;
      }
      if (r.chance(0.02)) {
        const cols = r.int(2, 4);
        const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
        blocks.push([row(Array.from({ length: cols }, () => cap(words(1)))), row(Array(cols).fill('---')),
          ...Array.from({ length: r.int(2, 5) }, () => row(Array.from({ length: cols }, (_, c) => (c ? String(r.int(1, 9999)) : words(2)))))].join('\n'));
      }
    }
    // Some releases cite a source in a GFM footnote.
    if (r.chance(0.05)) blocks.splice(1, 0, `${sentence().slice(0, -1)}[^1].`, `[^1]: ${sentence()}`);
    return blocks.join('\n\n');
  };
  return { words, sentence, body, title: () => cap(words(r.int(5, 10))) };
}

interface Story { key: string; date: Date; agency: number; countries: string[]; topics: string[]; related: string[] }

/** Generates agencies.yml, topics.yml and `count` release files. */
export function generateCorpus(options: CorpusOptions): Map<string, string> {
  const { count, seed } = options;
  const from = (options.from ?? new Date('2014-01-01T00:00:00Z')).getTime();
  const to = (options.to ?? new Date('2025-12-31T00:00:00Z')).getTime();
  const r = rng(seed);
  const text = Object.fromEntries(LANGS.map((l) => [l, writer(r, zipfSampler(options.vocabulary[l], r.next))])) as Record<Lang, ReturnType<typeof writer>>;
  const files = new Map<string, string>();

  const agencies = AGENCY_HOMES.map(([country, zone], i) => ({ id: `agency-${String(i + 1).padStart(2, '0')}`, country, zone }));
  files.set('agencies.yml', agencies.map((a) => [
    `- id: ${a.id}`,
    `  name: { ${LANGS.map((l) => `${l}: ${q(text[l].title())}`).join(', ')} }`,
    `  url: https://${a.id}.example.org/`,
    `  country: ${a.country}`,
    `  timezone: ${a.zone}`,
  ].join('\n')).join('\n') + '\n');
  files.set('topics.yml', TOPICS.map((t) => `- id: ${t.id}\n  name: { ${LANGS.map((l) => `${l}: ${q(t.name[l])}`).join(', ')} }`).join('\n') + '\n');

  const slugs = new Set<string>();
  const keys: string[] = [];
  let written = 0;
  for (let i = 0; written < count; i++) {
    const key = `release-${seed}-${i}`;
    const story: Story = {
      key,
      date: new Date(from + Math.floor(r.next() * (to - from) / 60000) * 60000),
      agency: r.int(0, agencies.length - 1),
      countries: r.sample(COUNTRIES, r.int(1, 6)),
      topics: r.sample(TOPICS, r.int(0, 3)).map((t) => t.id),
      related: keys.length && r.chance(0.4) ? [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(keys)))] : [],
    };
    const first = r.pick(LANGS);
    const langs: Lang[] = [first];
    if (written + 1 < count && r.chance(0.3)) langs.push(r.pick(LANGS.filter((l) => l !== first)));
    for (const lang of langs) {
      const title = text[lang].title();
      let slug = slugify(title).split('-').slice(0, 6).join('-') || 'release';
      if (slugs.has(`${lang}/${slug}`)) slug = `${slug}-${i}`;
      slugs.add(`${lang}/${slug}`);
      const agency = agencies[story.agency]!;
      // About 1 in 100 is MDX; its expression renders "MDX-ok" only when MDX is evaluated.
      const mdx = r.chance(0.01);
      files.set(`releases/${lang}/${story.date.getUTCFullYear()}/${slug}.md${mdx ? 'x' : ''}`, [
        '---',
        `title: ${q(title)}`,
        `summary: ${q(text[lang].sentence())}`,
        `date: ${isoInZone(story.date, agency.zone)}`,
        `agency: ${agency.id}`,
        `participants:\n  countries: [${story.countries.join(', ')}]`,
        `topics: [${story.topics.join(', ')}]`,
        `translationKey: ${key}`,
        `slug: ${slug}`,
        ...(story.related.length ? ['related:', ...story.related.map((k) => `  - release: ${k}`)] : []),
        '---',
        '',
        text[lang].body(),
        ...(mdx ? ['', `{['MDX', 'ok'].join('-')}`] : []),
        '',
      ].join('\n'));
      written++;
    }
    keys.push(key);
  }
  return files;
}
