import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../src/lib/search/index-digest.ts';

const page = (o: { body?: string; similar?: string; filter?: string; img?: string } = {}) => `<html lang="ru"><body><main>
<article data-pagefind-body><h1>Заголовок</h1>
<div hidden data-pagefind-ignore data-pagefind-sort="date:2021"><span data-pagefind-filter="country">${o.filter ?? 'Таджикистан'}</span></div>
<p>${o.body ?? 'Текст релиза.'}</p><br>
<section class="similar" data-pagefind-ignore><h2 id="similar-title">Похожие</h2><ul><li><a href="/ru/a/">${o.similar ?? 'Старый релиз'}</a> <time datetime="2020">2020</time></li></ul>${o.img ?? ''}</section>
</article></main><footer>Подвал</footer></body></html>`;

describe('what of a page the search index digest reads', () => {
  it('leaves out the text of ignored parts, such as the similar releases a new release joins', () => {
    expect(indexedPart(page({ similar: 'Новый релиз, добавленный позже' }))).toBe(indexedPart(page()));
    expect(indexedPart(page())).not.toContain('Старый релиз');
    expect(indexedPart(page())).toContain('<footer>Подвал</footer>'); // after the ignored part, all kept
  });

  it('keeps what Pagefind reads: the indexed text, filters inside ignored parts, headings with ids, images', () => {
    expect(indexedPart(page({ body: 'Исправленный текст.' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page({ filter: 'Россия' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page({ img: '<img src="/a.png" alt="">' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page())).toContain('<h2 id="similar-title">Похожие</h2>');
  });

  it('reads a page without ignored parts, or naming the attribute in its text, as it is', () => {
    const plain = '<html><body><p>data-pagefind-ignore is an attribute</p></body></html>';
    expect(indexedPart(plain)).toBe(plain);
  });
});
