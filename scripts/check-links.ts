/**
 * npm run check:links [dist] — checks every link of a built site after `npm run build`:
 * no broken internal link or #anchor, no link from a page to another language's
 * page (except the language switcher, hreflang alternates, a link that declares
 * the target's language with hreflang, e.g. a related release that exists only
 * in another language, the root language picker and the root 404 page), every external link http(s), mailto or tel.
 * Prints one line per problem as `page: problem` and exits 1 when there is one.
 * BASE_PATH as for the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export interface LinkOptions {
  /** Path the site is served under, "/" or e.g. "/press/". */
  base: string;
  /** Origin of absolute URLs that point into the site; default: from the pages' canonical links. */
  origin?: string;
  /** Site paths (base included) not to report as missing, e.g. files another part of the build adds. */
  ignore?: (path: string) => boolean;
}

export interface LinkReport {
  /** Pages read. */
  pages: number;
  /** Links, sources and site URLs checked. */
  links: number;
  /** "page: problem", one per problem. */
  problems: string[];
}

/** Attributes that point somewhere; srcset is a list. */
const POINTERS = 'a[href], link[href], img[src], img[srcset], source[srcset], script[src], iframe[src], video[src], audio[src], form[action], meta[content^="http"]';
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Where a link to another language is the point. */
const CROSS_LANGUAGE_OK = '.lang-switch a, link[rel~="alternate"][hreflang]';

const filesBelow = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));

function urlsOf(el: Element): string[] {
  const attr = el.hasAttribute('srcset') ? 'srcset' : ['href', 'src', 'action', 'content'].find((a) => el.hasAttribute(a))!;
  const value = el.getAttribute(attr)!.trim();
  return attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean) : [value];
}

/** Checks every HTML page below `distDir`. Pure: reads files, prints nothing. */
export function checkLinks(distDir: string, { base, origin, ignore = () => false }: LinkOptions): LinkReport {
  const files = filesBelow(distDir);
  const known = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html'));
  const docs = new Map<string, Document>();
  const doc = (file: string) => {
    if (!docs.has(file)) docs.set(file, parseHTML(readFileSync(join(distDir, file), 'utf8')).document as unknown as Document);
    return docs.get(file)!;
  };
  // A language is a top-level folder whose home page says it is in that language.
  const languages = new Set(files.map((f) => /^([^/]+)\/index\.html$/.exec(f)?.[1]).filter((l): l is string =>
    !!l && doc(`${l}/index.html`).documentElement.getAttribute('lang') === l));
  const siteOrigin = origin ?? pages.map((p) => doc(p).querySelector('link[rel="canonical"]')?.getAttribute('href')).find(Boolean)
    ?.replace(/^(https?:\/\/[^/]+).*$/, '$1') ?? 'http://site.invalid';
  const problems: string[] = [];
  let links = 0;

  /** The file a site path is served from, or undefined when it leaves the base path. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURI(pathname.slice(base.length));
    return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  };
  const langOf = (file: string) => { const first = file.split('/')[0]!; return languages.has(first) ? first : undefined; };

  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, siteOrigin);
    const pageLang = langOf(page);
    for (const el of doc(page).querySelectorAll(POINTERS)) {
      for (const raw of urlsOf(el)) {
        if (!raw || (el.tagName === 'META' && !raw.startsWith(siteOrigin))) continue;
        links += 1;
        let url: URL;
        try { url = new URL(raw, pageUrl); } catch { problems.push(`${page}: malformed URL "${raw}"`); continue; }
        if (url.origin !== siteOrigin || url.protocol === 'data:') {
          const dataImage = url.protocol === 'data:' && el.tagName !== 'A';
          if (!ALLOWED_SCHEMES.has(url.protocol) && !dataImage) problems.push(`${page}: link with ${url.protocol} scheme "${raw}" (use http(s), mailto or tel)`);
          continue;
        }
        const file = fileFor(url.pathname);
        if (!file || !known.has(file)) {
          if (!ignore(url.pathname)) problems.push(`${page}: broken link "${raw}" (no file ${file ?? `outside ${base}`})`);
          continue;
        }
        const id = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
        if (id && file.endsWith('.html') && !doc(file).getElementById(id) && ![...doc(file).querySelectorAll('a[name]')].some((a) => a.getAttribute('name') === id)) {
          problems.push(`${page}: missing anchor "${raw}" (no id="${id}" in ${file})`);
        }
        const targetLang = langOf(file);
        const declared = el.getAttribute('hreflang')?.split('-')[0]?.toLowerCase() === targetLang;
        if (pageLang && targetLang && targetLang !== pageLang && !declared && !el.matches(CROSS_LANGUAGE_OK)) {
          problems.push(`${page}: links another language's page "${raw}" (only the language switcher, hreflang alternates and links with hreflang="${targetLang}" may)`);
        }
      }
    }
  }
  return { pages: pages.length, links, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { basePath } = await import('../src/config.ts');
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist: run npm run build first`);
    process.exit(2);
  }
  const { pages, links, problems } = checkLinks(dir, { base: basePath });
  for (const p of problems) console.log(p);
  console.log(`${pages} pages, ${links} links checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}
