/**
 * A web page (saved, or pasted HTML) or a Word file's HTML (from mammoth) as
 * the plain lines the text importer reads: the h1 first, then one line per
 * paragraph, list items on consecutive lines, a "related" heading and its list
 * after a gap. Parsed with linkedom (a real HTML parser), not with patterns.
 * Pictures are collected with their captions (figcaption, a Caption paragraph
 * after them, or alt), their bytes when the page holds them.
 */
import { parseHTML } from 'linkedom';

export interface InputPicture { data?: Uint8Array; ext?: string; remote?: string; caption?: string }

export interface ReadInput {
  text: string;
  /** The headline the format marks as such (h1). */
  heading?: string;
  /** The page's own address (canonical link or og:url). */
  source?: string;
  headlineUrls: Map<string, string>;
  pictures: InputPicture[];
}

const RELATED = /^(?:другие новости|читайте также|см\. также|похожие новости|по теме|related(?: news| releases)?|see also|more news|read also|хабарҳои дигар|хабарҳои марбут|инчунин хонед)\s*:?$/iu;
const BLOCK = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'DT', 'DD', 'TD', 'TH']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BR', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const DROP = 'script, style, noscript, template, nav, footer, form, iframe, button, svg';
const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

type El = Element & { tagName: string };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of an inline run; links to real pages stay Markdown links. */
function inline(node: Node, base: string | undefined): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as El;
  if (el.tagName === 'BR') return '\n';
  if (el.tagName === 'IMG') return '';
  const inner = [...el.childNodes].map((c) => inline(c, base)).join('');
  const href = el.tagName === 'A' ? el.getAttribute('href') : null;
  const url = href && !href.startsWith('#') ? absolute(href, base) : undefined;
  return url && /^https?:/.test(url) && squash(inner) ? `[${squash(inner)}](${url})` : inner;
}

const absolute = (href: string, base: string | undefined): string | undefined => {
  try { return new URL(href, base).href; } catch { return /^https?:/.test(href) ? href : undefined; }
};

function picture(img: El, resolveLocal: (src: string) => Uint8Array | undefined): InputPicture {
  const src = img.getAttribute('src') ?? '';
  const figure = img.closest('figure');
  const caption = squash(figure?.querySelector('figcaption')?.textContent ?? '') || squash(img.getAttribute('alt') ?? '') || squash(img.getAttribute('title') ?? '');
  const data = /^data:([^;,]+);base64,(.*)$/s.exec(src);
  const out: InputPicture = caption ? { caption } : {};
  if (data) return { ...out, data: Buffer.from(data[2]!, 'base64'), ext: EXT[data[1]!] ?? 'bin' };
  if (/^https?:/.test(src)) return { ...out, remote: src };
  const bytes = resolveLocal(decodeURIComponent(src));
  return bytes ? { ...out, data: bytes, ext: /\.(\w+)$/.exec(src)?.[1]?.toLowerCase() ?? 'jpg' } : { ...out, remote: src };
}

/** The lines, heading, address, headline links and pictures of an HTML document. */
export function readHtml(html: string, resolveLocal: (src: string) => Uint8Array | undefined = () => undefined): ReadInput {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const source = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const root = (document.querySelector('article') ?? document.querySelector('main') ?? document.body) as El;
  for (const el of [...root.querySelectorAll(DROP)]) el.remove();
  const out: ReadInput = { text: '', headlineUrls: new Map(), pictures: [], ...(source ? { source } : {}) };
  const lines: string[] = [];
  let related = false;
  const pictures = (el: El) => { for (const img of el.querySelectorAll('img')) out.pictures.push(picture(img as El, resolveLocal)); };
  const push = (text: string, after: string[] = ['']) => {
    const parts = text.split('\n').map(squash).filter(Boolean);
    if (parts.length) lines.push(...parts, ...after);
  };
  const walk = (el: El) => {
    let run = ''; // text and inline elements directly inside a container: a paragraph of their own
    const flush = () => { push(run); run = ''; };
    for (const node of [...el.childNodes]) {
      const child = node as El;
      const tag = node.nodeType === 1 ? child.tagName : '';
      if (node.nodeType === 3 || INLINE.has(tag)) { if (node.nodeType === 1) pictures(child); run += inline(node, source); continue; }
      if (node.nodeType !== 1) continue;
      flush();
      if (tag === 'IMG') { out.pictures.push(picture(child, resolveLocal)); continue; }
      if (tag === 'P' && child.classList.contains('caption')) {
        const last = out.pictures.at(-1);
        if (last && !last.caption) { last.caption = squash(child.textContent ?? ''); continue; }
      }
      if (tag === 'LI') {
        const text = squash(inline(child, source));
        const link = /^\[(.+)\]\((\S+)\)$/.exec(text);
        if (link) out.headlineUrls.set(link[1]!, link[2]!);
        if (text) lines.push(link && related ? link[1]! : text);
        pictures(child);
        continue;
      }
      if (tag === 'UL' || tag === 'OL') { walk(child); lines.push(''); continue; }
      if (BLOCK.has(tag)) {
        pictures(child);
        const text = inline(child, source);
        if (!squash(text) || tag === 'FIGCAPTION') continue;
        if (/^H[1-6]$/.test(tag) && RELATED.test(squash(text))) { related = true; lines.push('', '', squash(text)); continue; }
        if (tag === 'H1' && out.heading === undefined) out.heading = squash(text);
        push(text);
        continue;
      }
      walk(child);
    }
    flush();
  };
  walk(root);
  if (out.heading === undefined) {
    const h1 = squash(document.querySelector('h1')?.textContent ?? '');
    if (h1) { out.heading = h1; lines.unshift(h1, ''); }
  }
  out.text = lines.join('\n').replace(/\n{4,}/g, '\n\n\n');
  return out;
}
