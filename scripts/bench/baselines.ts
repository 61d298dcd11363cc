/**
 * The two baselines the benchmark builds from the same corpus, each in a temporary
 * folder: a bare Astro 7 site and a Hugo site with the same pages. Same pages means:
 * one page per release (its Markdown rendered), one list per language and country
 * (20 a page), one feed per language (the newest 50, with summary). No cards, no
 * search index, no other lists: what any static generator would need at the least.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LANGS = ['ru', 'en', 'tg'];

const files: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Its own cache: node_modules is the benchmark's (a link), whose .astro folder is the project's cache.
export default defineConfig({ site: 'https://press.example.org', cacheDir: './.cache', integrations: [mdx()], markdown: { syntaxHighlight: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const releases = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: process.env.BARE_CONTENT + '/releases', generateId: ({ entry }) => entry.replace(/\\.mdx?$/, '') }),
  schema: z.object({ title: z.string(), summary: z.string().optional(), date: z.coerce.date(), slug: z.string().optional(),
    participants: z.object({ countries: z.array(z.string()).default([]) }).passthrough().default({ countries: [] }) }).passthrough(),
});
export const collections = { releases };
`,
  'src/pages/[lang]/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = await getCollection('releases');
  return all.map((entry) => ({ params: { lang: entry.id.slice(0, 2), slug: entry.id.slice(3) }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={Astro.params.lang}><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><article><h1>{entry.data.title}</h1><time>{entry.data.date.toISOString()}</time><Content /></article></body></html>
`,
  'src/pages/[lang]/countries/[code]/[...page].astro': `---
import { getCollection } from 'astro:content';
export async function getStaticPaths({ paginate }) {
  const all = (await getCollection('releases')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const lists = new Map();
  for (const e of all) for (const c of e.data.participants.countries) {
    const key = e.id.slice(0, 2) + '/' + c.toLowerCase();
    lists.set(key, [...(lists.get(key) ?? []), e]);
  }
  return [...lists].flatMap(([key, list]) => paginate(list, { params: { lang: key.slice(0, 2), code: key.slice(3) }, pageSize: 20 }));
}
const { page } = Astro.props;
---
<html lang={Astro.params.lang}><head><meta charset="utf-8"><title>{Astro.params.code}</title></head>
<body><h1>{Astro.params.code}</h1><ul>{page.data.map((e) => <li><a href={'/' + e.id + '/'}>{e.data.title}</a> <time>{e.data.date.toISOString()}</time></li>)}</ul>
{page.url.next && <a href={page.url.next}>next</a>}</body></html>
`,
  'src/pages/[lang]/rss.xml.ts': `import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
export const getStaticPaths = () => ${JSON.stringify(LANGS)}.map((lang) => ({ params: { lang } }));
export async function GET({ params, site }) {
  const items = (await getCollection('releases', (e) => e.id.startsWith(params.lang + '/')))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime()).slice(0, 50);
  return rss({ title: 'Press releases', description: params.lang, site, items: items.map((e) => ({ title: e.data.title, pubDate: e.data.date, description: e.data.summary ?? '', link: '/' + e.id + '/' })) });
}
`,
};

/** Writes the bare Astro project into `dir`, using the benchmark's own node_modules. */
export function writeBareAstro(dir: string, root: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

const hugoLayouts: Record<string, string> = {
  'layouts/_default/single.html': `<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}</time>{{ .Content }}</article></body></html>
`,
  'layouts/_default/list.html': `<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
{{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}</body></html>
`,
  'layouts/_default/terms.html': `<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul></body></html>
`,
};

/**
 * Writes a Hugo site for the corpus into `dir`: the release files copied per language
 * (MDX as Markdown; the nested `participants.countries` repeated as a top-level
 * `countries` taxonomy, which Hugo needs), a feed per language only.
 */
export function writeHugo(dir: string, corpus: string): void {
  const languages = LANGS.map((l, i) => `[languages.${l}]\n  weight = ${i + 1}\n  contentDir = "content/${l}"\n`).join('');
  writeFileSync(join(dir, 'config.toml'), `baseURL = "https://press.example.org/"
defaultContentLanguage = "ru"
defaultContentLanguageInSubdir = true
paginate = 20
disableKinds = ["section"]
[taxonomies]
  country = "countries"
[outputs]
  home = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[services.rss]
  limit = 50
[markup.goldmark.renderer]
  unsafe = true
${languages}`);
  for (const [path, text] of Object.entries(hugoLayouts)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const base = join(corpus, 'releases');
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const file of walk(base)) {
    const rel = relative(base, file).replace(/\.mdx$/, '.md');
    const text = readFileSync(file, 'utf8').replace(/^participants:\n {2}countries: (\[.*\])$/m, 'countries: $1\nparticipants:\n  countries: $1');
    mkdirSync(join(dir, 'content', rel, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', rel), text);
  }
}
