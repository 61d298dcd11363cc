/**
 * Writes a release file for `npm run new` and `npm run import`: every field of
 * src/schema.ts is present, the optional ones commented out with a hint, so a
 * press officer sees all that can be set. Values the tools could not fill are
 * written as TODO: `npm run check` reports each one, and the build rejects them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from '../content/slug.ts';
import { say } from '../../i18n/messages.ts';

/** The mark for a value the press officer must fill in. */
export const TODO = 'TODO';

export interface Draft {
  title: string;
  /** Why the title needs writing (the importer found no headline), written as a comment. */
  titleNote?: string;
  summary?: string;
  /** ISO date-time with offset, or TODO. */
  date: string;
  /** Why the date needs checking (e.g. the text gave no time), written as a comment. */
  dateNote?: string;
  dateline?: string;
  /** The dateline as the text wrote it, as a comment. */
  datelineNote?: string;
  /** Author of the text. */
  byline?: string;
  agency: string;
  /** Why the agency needs filling in, written as a comment. */
  agencyNote?: string;
  countries: string[];
  organisations?: string[];
  topics?: string[];
  /** Related links; `url: TODO` where only the headline is known. */
  related?: (({ release: string } | { title: string; url: string }) & { note?: string })[];
  source?: string;
  translationKey: string;
  image?: { src: string; alt: string; credit?: string; caption?: string; srcNote?: string; altNote?: string };
  body: string;
}

const q = (s: string): string => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** The Markdown text of a release: frontmatter with every field, then the body. */
export function renderRelease(d: Draft): string {
  const note = (text?: string) => (text ? `  # ${text}` : '');
  const lines: string[] = ['---', `title: ${d.title === TODO ? TODO : q(d.title)}${note(d.titleNote)}`];
  lines.push(d.summary ? `summary: ${q(d.summary)}` : '# summary: "One or two sentences shown in lists, feeds and search results"');
  lines.push(`date: ${d.date}${d.dateNote ? `  # ${d.dateNote}` : ''}`);
  lines.push('# timezone: Asia/Dushanbe  # only when it differs from the agency\'s time zone');
  lines.push('# updated: 2020-10-08T09:00:00+05:00  # last substantive correction');
  lines.push(d.dateline ? `dateline: ${q(d.dateline)}${note(d.datelineNote)}` : `# dateline: "Dushanbe"  # ${d.datelineNote ?? 'city printed before the text'}`);
  lines.push(d.byline ? `byline: ${q(d.byline)}` : '# byline: "Name Surname"  # author of the text');
  lines.push(`agency: ${d.agency}  # ${d.agencyNote ?? 'id from content/agencies.yml'}`);
  lines.push('participants:', `  countries: [${d.countries.join(', ')}]  # ISO codes: TJ, RU, …`);
  lines.push(`  organisations: [${(d.organisations ?? []).map(q).join(', ')}]`);
  lines.push(`topics: [${(d.topics ?? []).join(', ')}]  # ids from content/topics.yml`);
  if (d.related?.length) {
    lines.push('related:');
    for (const r of d.related) {
      if ('release' in r) lines.push(`  - release: ${r.release}${note(r.note)}`);
      else lines.push(`  - title: ${q(r.title)}`, `    url: ${r.url === TODO ? `${TODO}  # ${r.note ?? 'the address of this page, https://…'}` : q(r.url)}`);
    }
  } else {
    lines.push('related: []  # - release: <translationKey>, or - title: "…" with url: https://…');
  }
  lines.push(d.source ? `source: ${q(d.source)}` : '# source: https://…  # address of the original publication');
  lines.push(`translationKey: ${d.translationKey}  # the same in every language version`);
  lines.push('# slug: short-address  # default: the title in Latin letters');
  if (d.image) {
    const i = d.image;
    lines.push('image:', `  src: ${i.src === TODO ? `${TODO}  # ${i.srcNote ?? 'put the photo next to this file and write ./name.jpg'}` : q(i.src)}`);
    lines.push(`  alt: ${q(i.alt)}  # ${i.altNote ?? 'what the photo shows, for readers who cannot see it'}`);
    lines.push(i.caption ? `  caption: ${q(i.caption)}` : '  # caption: "…"');
    lines.push(i.credit ? `  credit: ${q(i.credit)}` : '  # credit: "…"');
  } else {
    lines.push('# image:', '#   src: ./photo.jpg  # next to this file', '#   alt: "What the photo shows"', '#   caption: "…"', '#   credit: "…"');
  }
  lines.push('draft: false  # true keeps it off the site');
  lines.push('# embargo: 2020-10-07T10:00:00+05:00  # not published before this moment');
  lines.push('---', '', d.body.trim(), '');
  return lines.join('\n');
}

/** content/releases/<lang>/<yyyy>/<slug>.md for a title and a year. */
export const releaseFile = (contentDir: string, lang: string, year: number | string, title: string): string =>
  join(contentDir, 'releases', lang, String(year), `${slugify(title) || 'release'}.md`);

/** A translation key from a title and a year, made unique against `taken`. */
export function newKey(title: string, year: number | string, taken: Set<string>): string {
  const words = slugify(title).split('-').filter(Boolean).slice(0, 6);
  const base = [...words, String(year)].join('-');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** Writes a new file; never replaces one. */
export function writeNew(file: string, text: string): void {
  if (existsSync(file)) throw new Error(say('new.exists', { file }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
}
