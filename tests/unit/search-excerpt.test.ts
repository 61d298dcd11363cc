import { describe, expect, it } from 'vitest';
import { buildExcerpt, ELLIPSIS, titleLength } from '../../src/lib/search/excerpt.ts';
import { formatCount, numberStyle } from '../../src/lib/search/numbers.ts';
import { separateBlocks } from '../../src/lib/search/separate.ts';

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const hits = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

const TITLE = 'Foreign ministers of Tajikistan and Japan meet in Tokyo';
// As Pagefind stores it: the <h1> first, closed with a full stop.
const CONTENT = `${TITLE}. The ministers reviewed political dialogue, development assistance and a programme of student exchanges. `
  + 'The foreign ministers of Tajikistan and Japan met in Tokyo to review the state of bilateral relations. '
  + 'They discussed political dialogue, Japanese development assistance for roads and health care, and a programme '
  + 'that will bring Tajik students to Japanese universities. Area. Agreed next step. Political dialogue. Annual consultations.';
const words = CONTENT.split(' ');
const at = (w: string) => words.findIndex((x, i) => i > 10 && x.replace(/\W/g, '') === w);

describe('search result excerpt', () => {
  it('finds the title at the start of the indexed text, whatever its punctuation and case', () => {
    expect(titleLength(words, TITLE)).toBe(9);
    expect(titleLength(words, 'Another title')).toBe(0);
    expect(titleLength(['«Ховар»:', 'новости', 'дня.', 'Текст'], 'Ховар: новости дня')).toBe(3);
  });

  it('does not repeat the title, even when the hit is in it', () => {
    const parts = buildExcerpt(CONTENT, [3], TITLE, 12);
    expect(text(parts).startsWith('The ministers reviewed')).toBe(true);
    expect(hits(parts)).toEqual([]);
  });

  it('cuts at whole words with an ellipsis on each cut side, the hits marked', () => {
    const parts = buildExcerpt(CONTENT, [at('bilateral')], TITLE, 10);
    const shown = text(parts);
    expect(shown.startsWith(`${ELLIPSIS} `)).toBe(true);
    expect(shown.endsWith(` ${ELLIPSIS}`)).toBe(true);
    expect(hits(parts)).toEqual(['bilateral']);
    // The hit in the middle, read with what comes before and after it.
    const around = shown.replaceAll(ELLIPSIS, '').trim().split(' ');
    expect(around.indexOf('bilateral')).toBeGreaterThanOrEqual(3);
    expect(around.length - around.indexOf('bilateral')).toBeGreaterThanOrEqual(4);
    for (const w of shown.replaceAll(ELLIPSIS, '').trim().split(' ')) expect(words, w).toContain(w);
  });

  it('opens at the start of the body, without an ellipsis, when the hit is there', () => {
    const parts = buildExcerpt(CONTENT, [at('reviewed')], TITLE, 8);
    expect(text(parts)).toBe(`The ministers reviewed political dialogue, development assistance and ${ELLIPSIS}`);
  });

  it('shows the whole body when it is short', () => {
    expect(text(buildExcerpt('Title. Short body here.', [2], 'Title', 30))).toBe('Short body here.');
  });
});

describe('footnotes in the excerpt', () => {
  // As Pagefind stores a release with a footnote: the reference number glued to its comma, the label, the back-link.
  const body = 'Title. They discussed assistance for roads and health care 1, and a programme. Footnotes. Assistance is delivered through JICA. ↩';
  const w = body.split(' ');
  const anchors = [
    { id: 'user-content-fnref-jica', text: '1', location: w.indexOf('1,') },
    { id: 'footnote-label', text: 'Footnotes', location: w.indexOf('Footnotes.') },
    { id: 'user-content-fn-jica', text: '', location: w.indexOf('Footnotes.') + 1 },
  ];
  it('drops the label, the reference numbers and the back-links, keeping the punctuation', () => {
    expect(text(buildExcerpt(body, [w.indexOf('JICA.')], 'Title', 30, anchors)))
      .toBe('They discussed assistance for roads and health care, and a programme. Assistance is delivered through JICA.');
    // Without the anchors Pagefind records, the apparatus would be read as prose.
    expect(text(buildExcerpt(body, [], 'Title', 30))).toContain('Footnotes.');
  });
});

describe('counts in the page language', () => {
  it('writes Russian and Tajik groups with a no-break space and English with a comma, from the build\'s Intl', () => {
    expect(formatCount(3316, numberStyle('ru'))).toBe('3\u00a0316');
    expect(formatCount(3316, numberStyle('tg'))).toBe('3\u00a0316');
    expect(formatCount(1234567, numberStyle('en'))).toBe('1,234,567');
    expect(formatCount(999, numberStyle('ru'))).toBe('999');
    expect(formatCount(12345, { digits: '٠١٢٣٤٥٦٧٨٩', group: '٬', groupFrom: 4 })).toBe('١٢٬٣٤٥');
    expect(formatCount(1234, { digits: '0123456789', group: '.', groupFrom: 5 })).toBe('1234');
  });
});

describe('page text as Pagefind stores it for excerpts', () => {
  /** The text Pagefind's own indexer keeps for one page (what excerpts are cut from). */
  async function stored(html: string): Promise<string> {
    const pagefind = await import('pagefind');
    const { gunzipSync } = await import('node:zlib');
    const { index } = await pagefind.createIndex({});
    try {
      await index!.addHTMLFile({ sourcePath: 'en/page/index.html', content: html });
      const fragment = (await index!.getFiles()).files.find((f) => f.path.startsWith('fragment/'))!;
      const raw = gunzipSync(Buffer.from(fragment.content)).toString('utf8');
      return (JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string }).content;
    } finally {
      await index!.deleteIndex();
    }
  }
  const PAGE = '<html lang="en"><body><main data-pagefind-body><h1>Fees</h1>'
    + '<table><caption>Visa fees</caption><thead><tr><th>Year</th><th scope="col">Venue</th></tr></thead>'
    + '<tbody><tr><td>2026</td><td>Dushanbe</td></tr></tbody></table>'
    + '<dl><dt>Term</dt><dd>Meaning</dd></dl><ul><li>One</li><li>Two</li></ul><figure><figcaption>A photo</figcaption></figure></main></body></html>';

  it('separates header cells, captions, terms and list items, each ended like a sentence', async () => {
    expect(await stored(separateBlocks(PAGE))).toBe('Fees. Visa fees. Year. Venue. 2026. Dushanbe. Term. Meaning. One. Two. A photo.');
  }, 30_000);

  it('leaves the page itself and table sections alone', () => {
    const out = separateBlocks(PAGE);
    expect(out).toContain('<thead><tr><td>Year</td><td scope="col">Venue</td>');
    expect(separateBlocks('<p>the <b>theme</b> of <thead></p>')).toBe('<p>the <b>theme</b> of <thead></p>');
  });
});
