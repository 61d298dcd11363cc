/**
 * Writes a release file for `npm run new` and `npm run import`: every field of
 * src/schema.ts is present, the optional ones commented out with a hint, so a
 * press officer sees all that can be set, the hints in the press officer's language
 * (the `template.*` messages). Values the tools could not fill are
 * written as TODO: `npm run check` reports each one, and the build rejects them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from '../content/slug.ts';
import { say, type MessageKey } from '../../i18n/messages.ts';

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
  const hint = (key: string) => say(`template.${key}` as MessageKey);
  lines.push(d.summary ? `summary: ${q(d.summary)}` : `# summary: ${q(hint('summary'))}`);
  lines.push(`date: ${d.date}${d.dateNote ? `  # ${d.dateNote}` : ''}`);
  lines.push(`# timezone: Asia/Dushanbe  # ${hint('timezone')}`);
  lines.push(`# updated: 2020-10-08T09:00:00+05:00  # ${hint('updated')}`);
  lines.push(d.dateline ? `dateline: ${q(d.dateline)}${note(d.datelineNote)}` : `# dateline: ${q(hint('datelineExample'))}  # ${d.datelineNote ?? hint('dateline')}`);
  lines.push(d.byline ? `byline: ${q(d.byline)}` : `# byline: ${q(hint('bylineExample'))}  # ${hint('byline')}`);
  lines.push(`agency: ${d.agency}  # ${d.agencyNote ?? hint('agency')}`);
  lines.push('participants:', `  countries: [${d.countries.join(', ')}]  # ${hint('countries')}`);
  lines.push(`  organisations: [${(d.organisations ?? []).map(q).join(', ')}]`);
  lines.push(`topics: [${(d.topics ?? []).join(', ')}]  # ${hint('topics')}`);
  if (d.related?.length) {
    lines.push('related:');
    for (const r of d.related) {
      if ('release' in r) lines.push(`  - release: ${r.release}${note(r.note)}`);
      else lines.push(`  - title: ${q(r.title)}`, `    url: ${r.url === TODO ? `${TODO}  # ${r.note ?? say('import.relatedUrl')}` : q(r.url)}`);
    }
  } else {
    lines.push(`related: []  # ${hint('related')}`);
  }
  lines.push(d.source ? `source: ${q(d.source)}` : `# source: https://…  # ${hint('source')}`);
  lines.push(`translationKey: ${d.translationKey}  # ${hint('translationKey')}`);
  lines.push(`# slug: short-address  # ${hint('slug')}`);
  if (d.image) {
    const i = d.image;
    lines.push('image:', `  src: ${i.src === TODO ? `${TODO}  # ${i.srcNote ?? say('import.srcTodo')}` : q(i.src)}`);
    lines.push(`  alt: ${q(i.alt)}  # ${i.altNote ?? hint('alt')}`);
    lines.push(i.caption ? `  caption: ${q(i.caption)}` : '  # caption: "…"');
    lines.push(i.credit ? `  credit: ${q(i.credit)}` : '  # credit: "…"');
  } else {
    lines.push('# image:', `#   src: ./photo.jpg  # ${hint('imageNext')}`, `#   alt: ${q(hint('altExample'))}`, '#   caption: "…"', '#   credit: "…"');
  }
  lines.push(`draft: false  # ${hint('draft')}`);
  lines.push(`# embargo: 2020-10-07T10:00:00+05:00  # ${hint('embargo')}`);
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
