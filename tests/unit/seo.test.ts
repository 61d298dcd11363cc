import { describe, expect, it } from 'vitest';
import { breadcrumbList, collectionPage, cropSize, ldScript, newsArticle } from '../../src/lib/outputs/seo.ts';

describe('newsArticle', () => {
  const base = {
    url: 'https://s.org/ru/a/', headline: 'H', date: new Date('2020-10-07T05:00:00Z'), zone: 'Asia/Dushanbe',
    inLanguage: 'ru', images: ['https://s.org/w.jpg', 'https://s.org/s.jpg', 'https://s.org/q.jpg'],
    agency: { name: 'МИД', url: 'https://s.org/ru/agencies/mfa/' },
    publisher: { name: 'Пресс-центр', url: 'https://s.org/ru/', logo: 'https://s.org/logo.png' },
    countries: ['Таджикистан', 'Россия'], dateline: 'Душанбе', source: 'https://mfa.tj/x',
  };
  it('has headline, dates with the release offset, the agency as author, the press center as publisher', () => {
    const ld = newsArticle({ ...base, updated: new Date('2020-10-08T05:00:00Z') });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', inLanguage: 'ru',
      datePublished: '2020-10-07T10:00:00+05:00', dateModified: '2020-10-08T10:00:00+05:00',
      author: { '@type': 'Organization', name: 'МИД', url: 'https://s.org/ru/agencies/mfa/' },
      publisher: { '@type': 'Organization', name: 'Пресс-центр', url: 'https://s.org/ru/', logo: { '@type': 'ImageObject', url: 'https://s.org/logo.png' } },
      image: base.images, isBasedOn: 'https://mfa.tj/x',
      about: [{ '@type': 'Place', name: 'Таджикистан' }, { '@type': 'Place', name: 'Россия' }],
    });
  });
  it('adds a credited writer as a Person before the agency', () => {
    expect(newsArticle({ ...base, byline: 'Анвар Саидов' }).author).toEqual([
      { '@type': 'Person', name: 'Анвар Саидов' },
      { '@type': 'Organization', name: 'МИД', url: 'https://s.org/ru/agencies/mfa/' },
    ]);
  });
  it('places the article at its dateline city, not at the participant countries', () => {
    expect(newsArticle(base).contentLocation).toEqual({ '@type': 'Place', name: 'Душанбе' });
    expect(newsArticle({ ...base, dateline: undefined })).not.toHaveProperty('contentLocation');
  });
  it('uses the publication date as dateModified and omits absent fields', () => {
    const ld = newsArticle({ ...base, countries: [], source: undefined, images: [] });
    expect(ld.dateModified).toBe(ld.datePublished);
    expect(ld).not.toHaveProperty('about');
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld).not.toHaveProperty('image');
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

describe('cropSize', () => {
  it('gives each ratio as large as the photo allows, up to 1200 px wide, never enlarged', () => {
    expect(cropSize('wide', 1600, 900)).toEqual([1200, 675]);
    expect(cropSize('standard', 1600, 900)).toEqual([1200, 900]);
    expect(cropSize('square', 1600, 900)).toEqual([900, 900]);
    expect(cropSize('square', 4000, 3000)).toEqual([1200, 1200]);
    expect(cropSize('wide', 800, 800)).toEqual([800, 450]);
    expect(cropSize('og', 640, 480)).toEqual([1200, 630]);
  });
});
