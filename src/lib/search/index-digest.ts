/**
 * What of a built page the search index depends on, for the bundles' digests
 * (build-index.ts): the page with the text and the plain tags of its
 * `data-pagefind-ignore` parts left out. Those parts (similar releases, share
 * links, the print header) change when other releases are added, and Pagefind
 * indexes none of their text, so a new release no longer re-indexes every old
 * shard whose pages list it among their similar releases. Kept inside them, to
 * stay on the safe side of what Pagefind reads: every tag with an id, an image
 * or a `data-pagefind-*` attribute, headings and the text of those elements.
 * Leaving too much in only re-indexes more; never less than what changed.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const IGNORE = 'data-pagefind-ignore';
/** A tag Pagefind may read inside an ignored part: anchors, images, meta and filters. */
const READ_TAG = /\sid=|\sdata-pagefind-|^<img\b/i;
/** Elements whose text is kept inside an ignored part: headings and those carrying meta, filters, sort keys. */
const KEEP_TEXT = /^<h[1-6]\b|\sdata-pagefind-(?:filter|meta|sort|weight|index-attrs)\b/i;
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g;

const nameOf = (tag: string) => /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';

/** The ignored element starting at `start` (its `<`) reduced as described; returns it and where it ended. */
function reduceIgnored(html: string, start: number): { text: string; end: number } {
  TOKEN.lastIndex = start;
  const open: { name: string; keepText: boolean; kept: boolean }[] = [];
  let out = '';
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    const token = m[0];
    const keepText = open.at(-1)?.keepText ?? false;
    if (token[0] !== '<' || token === '<') { if (keepText) out += token; continue; }
    if (token.startsWith('<!--') || m[1]) { if (keepText) out += token; continue; }
    const name = nameOf(token);
    if (token[1] === '/') {
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at < 0) continue; // a stray end tag: not ours to close
      const closed = open.splice(at);
      if (closed[0]!.kept) out += token;
      if (!open.length) return { text: out, end: TOKEN.lastIndex };
      continue;
    }
    const kept = !open.length || keepText || READ_TAG.test(token) || KEEP_TEXT.test(token);
    if (kept) out += token;
    if (!VOID.has(name) && !token.endsWith('/>')) open.push({ name, keepText: keepText || KEEP_TEXT.test(token), kept });
    else if (!open.length) return { text: out, end: TOKEN.lastIndex };
  }
  return { text: out, end: html.length };
}

/** The page as the search index's digest reads it. */
export function indexedPart(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const hit = html.indexOf(IGNORE, from);
    if (hit < 0) return out + html.slice(from);
    const start = html.lastIndexOf('<', hit);
    if (start < from || html.indexOf('>', start) < hit) { out += html.slice(from, hit + IGNORE.length); from = hit + IGNORE.length; continue; }
    const reduced = reduceIgnored(html, start);
    out += html.slice(from, start) + reduced.text;
    from = reduced.end;
  }
}
