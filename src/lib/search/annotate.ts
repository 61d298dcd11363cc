/**
 * Tajik for the index: Pagefind has no Tajik stemmer, so before a Tajik page is
 * indexed each word of its indexed text gets its search key appended
 * (`Тоҷикистонро` → `Тоҷикистонро^^точикист`, see query.ts). Pagefind splits a
 * word at ASCII punctuation and indexes each part at the word's own position,
 * so the key is found where the word is, and excerpts, which cut the page text
 * at spaces, show the original word once `withoutKeys` drops the key. Pure: the
 * HTML given to Pagefind changes, the page written to dist/ does not.
 */
import { foldWord } from './fold.ts';
import { KEY_MARK, queryKey } from './query.ts';

const PIECES = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>|<[^>]*>|[^<]+/gi;
const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;
// Pagefind reads these elements for filters and metadata, or leaves them out: their text stays as written.
const KEEP = /\sdata-pagefind-(ignore|filter|meta|sort)\b/i;
const BODY = /<[^>]*\sdata-pagefind-body\b[^>]*>/i;

/** Words already annotated: an archive repeats its words, so most are looked up, not stemmed again (3,300 Tajik pages of a generated archive: 13 s → 1 s). */
const annotated = new Map<string, string>();
const REMEMBERED = 200_000;

/** One word with its key appended when Pagefind would not index it under that key itself. */
export function annotateWord(token: string): string {
  const known = annotated.get(token);
  if (known !== undefined) return known;
  if (annotated.size >= REMEMBERED) annotated.clear();
  const key = token.includes('&') || token.includes(KEY_MARK) ? '' : queryKey(token, 'tg');
  const out = key && key !== foldWord(token, 'ru') ? `${token}${KEY_MARK}${key}` : token;
  annotated.set(token, out);
  return out;
}

/** A Tajik release page as Pagefind should read it: keys on the words of its indexed part, the title kept as written. */
export function annotateTajikPage(html: string): string {
  const body = BODY.exec(html);
  if (!body) return html;
  const start = body.index + body[0].length;
  const rest = html.slice(start);
  // The page's first heading is its result title; it is stored as written before its words get keys.
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(rest)?.[1];
  const titleMeta = title ? `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">${title}</span></div>` : '';
  let out = '';
  let depth = 0;
  let keepUntil = -1;
  for (const [piece] of rest.matchAll(PIECES)) {
    if (piece.startsWith('<!--') || /^<(script|style)\b/i.test(piece)) { out += piece; continue; }
    if (piece.startsWith('</')) {
      depth--;
      if (depth === keepUntil) keepUntil = -1;
      out += piece;
    } else if (piece.startsWith('<')) {
      if (!VOID.test(piece) && !piece.endsWith('/>')) {
        if (keepUntil < 0 && KEEP.test(piece)) keepUntil = depth;
        depth++;
      }
      out += piece;
    } else {
      out += keepUntil >= 0 ? piece : piece.replace(/[^\s]+/g, annotateWord);
    }
  }
  return html.slice(0, start) + titleMeta + out;
}
