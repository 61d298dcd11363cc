/**
 * Pagefind ends the text of a paragraph, table data cell, list item or heading
 * with a full stop when it has none, so excerpts read as sentences, but not
 * that of a table header cell, definition term or description, or caption:
 * those run into what follows ("Year Venue Level 2026."), or into each other
 * when the HTML has no space between them ("<th>Year</th><th>Venue</th>" →
 * "YearVenue"). For the index only, such elements are given the tag of one
 * Pagefind separates; the page written to dist/ is unchanged. Pure.
 */

/** Element → the tag Pagefind reads it as (a cell stays a cell, the others become blocks). */
const AS: Record<string, string> = { th: 'td', dt: 'div', dd: 'div', caption: 'div', figcaption: 'div' };
const TAGS = new RegExp(`<(/?)(${Object.keys(AS).join('|')})(?=[\\s/>])`, 'gi');

/** `html` with the elements Pagefind runs together renamed to ones it separates. */
export function separateBlocks(html: string): string {
  return html.replace(TAGS, (_, slash: string, tag: string) => `<${slash}${AS[tag.toLowerCase()]}`);
}
