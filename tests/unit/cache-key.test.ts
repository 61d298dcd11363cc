import { describe, expect, it } from 'vitest';
import { cacheKey, stampOf } from '../../src/lib/content/cache-key.ts';

const release = (over: { title?: string; digest?: string | undefined; body?: string } = {}) => ({
  id: 'ru/2020/a', path: '/ru/2020/10/07/a/', data: { title: over.title ?? 'A', date: new Date('2020-10-07T08:00:00Z') },
  entry: { digest: 'digest' in over ? over.digest : 'd1', body: over.body },
});

describe('page cache keys', () => {
  it('change with a release\'s frontmatter or source digest, wherever the release sits', () => {
    const base = cacheKey('site', { page: { items: [release()] } });
    expect(cacheKey('site', { page: { items: [release()] } })).toBe(base);
    expect(cacheKey('site', { page: { items: [release({ title: 'B' })] } })).not.toBe(base);
    expect(cacheKey('site', { page: { items: [release({ digest: 'd2' })] } })).not.toBe(base);
  });

  it('use the body when an entry has no digest', () => {
    expect(stampOf(release({ digest: undefined, body: 'x' }))).not.toBe(stampOf(release({ digest: undefined, body: 'y' })));
  });

  it('change with the site-wide stamp (agencies, topics)', () => {
    expect(cacheKey('site-1', release())).not.toBe(cacheKey('site-2', release()));
  });
});
