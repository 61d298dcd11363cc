/**
 * The excerpt under a search result, built from the page text Pagefind stores
 * and the word positions of the hits: whole words only, an ellipsis wherever
 * the text is cut, and never the title again (the release page's <h1> opens
 * the indexed text, and the result already shows it as its link). Returns
 * parts to be put in the page as text, so no markup from the index is trusted. Pure.
 */

export interface ExcerptPart {
  text: string;
  /** A hit: shown highlighted. */
  hit: boolean;
}

export const ELLIPSIS = '…';

/** A heading or link Pagefind records in the text (`anchors` of a result): word position and text. */
export interface Anchor {
  id?: string;
  text: string;
  location: number;
}

/**
 * Footnote apparatus is not prose: the label heading ("Footnotes") goes, a
 * reference number leaves only the punctuation it was glued to ("care 1," →
 * "care,"), and back-links ("↩") go. Works on the words in place.
 */
export function dropFootnotes(words: string[], anchors: Anchor[]): void {
  for (const a of anchors) {
    const at = a.location;
    if (a.id === 'footnote-label') for (let i = 0; i < a.text.split(/\s+/).length; i++) words[at + i] = '';
    else if (a.id?.startsWith('user-content-fnref-') && words[at]?.startsWith(a.text)) {
      const rest = words[at]!.slice(a.text.length);
      if (at > 0 && /^[\p{P}]*$/u.test(rest)) [words[at - 1], words[at]] = [`${words[at - 1]}${rest}`, ''];
      else words[at] = rest;
    }
  }
  for (let i = 0; i < words.length; i++) if (words[i] === '↩') words[i] = '';
}

const comparable = (word: string) => word.toLocaleLowerCase().replace(/[\p{P}\p{S}]+/gu, '');

/** How many leading words of `words` spell out `title` (0 when the text does not open with it). */
export function titleLength(words: string[], title: string): number {
  const wanted = title.split(/\s+/).map(comparable).filter(Boolean);
  let i = 0;
  let w = 0;
  while (w < wanted.length && i < words.length) {
    const got = comparable(words[i]!);
    if (got === '') { i++; continue; }
    if (got !== wanted[w]) return 0;
    i++;
    w++;
  }
  return w === wanted.length ? i : 0;
}

/** Start of the `length`-word window after `from` holding the most hits (the first such window). */
function densest(hits: Set<number>, from: number, total: number, length: number): number {
  let best = from;
  let bestCount = -1;
  for (let start = from; start <= Math.max(from, total - length); start++) {
    let count = 0;
    for (let i = start; i < Math.min(total, start + length); i++) if (hits.has(i)) count++;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  return best;
}

/**
 * The excerpt of `content` around the hits at word positions `locations`
 * (positions count whitespace-separated words, as Pagefind's do).
 */
export function buildExcerpt(content: string, locations: number[], title: string, length = 30, anchors: Anchor[] = []): ExcerptPart[] {
  const words = content.split(/\s+/);
  dropFootnotes(words, anchors);
  const skip = titleLength(words, title);
  const hits = new Set(locations.filter((l) => l >= skip && words[l]));
  if (words.length <= skip) return [];
  let start = densest(hits, skip, words.length, length);
  // Centre the hits of that window, so each is read with what comes before and after it.
  const inWindow = [...hits].filter((h) => h >= start && h < start + length).sort((a, b) => a - b);
  if (inWindow.length) {
    const centre = (inWindow[0]! + inWindow.at(-1)!) / 2;
    start = Math.max(skip, Math.min(Math.round(centre - length / 2), words.length - length));
  }
  // A cut of a word or two at the start of the body is not worth an ellipsis.
  if (start - skip < 3) start = skip;
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean) => {
    const last = parts.at(-1);
    if (last && last.hit === hit && !hit) last.text += text;
    else parts.push({ text, hit });
  };
  if (start > skip) push(`${ELLIPSIS} `, false);
  let first = true;
  for (let i = start; i < end; i++) {
    if (!words[i]) continue;
    if (!first) push(' ', false);
    first = false;
    push(words[i]!, hits.has(i));
  }
  if (end < words.length) push(` ${ELLIPSIS}`, false);
  return parts;
}
