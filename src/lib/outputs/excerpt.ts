/** Plain-text opening of a release body, for feed items without a summary. */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';

/** Longest excerpt, in characters; feed readers show two or three lines. */
export const EXCERPT_MAX = 280;

function firstParagraph(node: Root | RootContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'p' && toText(node).trim()) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstParagraph(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first paragraph's text (or the whole text), cut at a word before `max`
 * characters with "…". Only ASCII white space collapses: no-break spaces stay.
 */
export function excerpt(html: string, max = EXCERPT_MAX): string {
  const tree = fromHtml(html, { fragment: true });
  const text = toText(firstParagraph(tree) ?? tree).replace(/[ \t\n\r\f]+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}
