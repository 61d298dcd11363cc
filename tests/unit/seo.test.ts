import { describe, expect, it } from 'vitest';
import { breadcrumbList, collectionPage, ldScript, newsArticle } from '../../src/lib/outputs/seo.ts';

describe('newsArticle', () => {
  const base = {
    url: 'https://s.org/ru/a/', headline: 'H', date: new Date('2020-10-07T05:00:00Z'), zone: 'Asia/Dushanbe',
    inLanguage: 'ru', image: 'https://s.org/og.png', agency: { name: 'МИД', url: 'https://s.org/ru/agencies/mfa/' },
    countries: ['Таджикистан', 'Россия'], source: 'https://mfa.tj/x',
  };
  it('has headline, dates with the release offset, agency as author and publisher, places, source', () => {
    const ld = newsArticle({ ...base, updated: new Date('2020-10-08T05:00:00Z') });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', inLanguage: 'ru',
      datePublished: '2020-10-07T10:00:00+05:00', dateModified: '2020-10-08T10:00:00+05:00',
      author: { '@type': 'Organization', name: 'МИД', url: 'https://s.org/ru/agencies/mfa/' },
      publisher: { '@type': 'Organization', name: 'МИД' },
      image: ['https://s.org/og.png'], isBasedOn: 'https://mfa.tj/x',
      about: [{ '@type': 'Place', name: 'Таджикистан' }, { '@type': 'Place', name: 'Россия' }],
    });
    expect(ld.contentLocation).toEqual(ld.about);
  });
  it('uses the publication date as dateModified and omits absent fields', () => {
    const ld = newsArticle({ ...base, countries: [], source: undefined });
    expect(ld.dateModified).toBe(ld.datePublished);
    expect(ld).not.toHaveProperty('about');
    expect(ld).not.toHaveProperty('isBasedOn');
  });
});

describe('breadcrumbList and collectionPage', () => {
  it('numbers positions from 1', () => {
    const b = breadcrumbList([{ name: 'Home', url: 'https://s.org/' }, { name: 'A', url: 'https://s.org/a/' }]);
    expect(b.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://s.org/' },
      { '@type': 'ListItem', position: 2, name: 'A', item: 'https://s.org/a/' },
    ]);
    const c = collectionPage({ url: 'https://s.org/ru/', name: 'N', inLanguage: 'ru', items: [{ name: 'x', url: 'https://s.org/x/' }] });
    expect(c).toMatchObject({ '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', numberOfItems: 1, itemListElement: [{ position: 1, url: 'https://s.org/x/' }] } });
  });
});

describe('ldScript', () => {
  it('cannot close its script element', () => {
    const out = ldScript({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out).headline).toBe('</script><script>alert(1)</script>');
  });
});
