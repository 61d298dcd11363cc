import { describe, expect, it } from 'vitest';
import {
  ContentError, indexReleases, isPublished, resolveRelated, toRelease, translationsOf,
  type ReleaseData,
} from '../../src/lib/content/release.ts';
import { entry, fakeRelease } from '../support/entries.ts';

const LANGS = ['ru', 'en', 'tg'];

const release = (id: string, patch: Partial<ReleaseData> = {}) => fakeRelease(id, patch);

describe('release model', () => {
  it('publishes neither drafts nor releases under embargo', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(isPublished({ draft: false }, now)).toBe(true);
    expect(isPublished({ draft: true }, now)).toBe(false);
    expect(isPublished({ draft: false, embargo: new Date('2026-06-01T12:00:01Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, embargo: new Date('2026-06-01T12:00:00Z') }, now)).toBe(true);
  });

  it('takes language from the folder, slug from the title, date from the agency zone', () => {
    const r = toRelease(entry('tg/2020/x', { title: 'Ҷаласа дар Душанбе', date: new Date('2020-10-06T20:30:00Z') }), () => 'Asia/Dushanbe');
    expect(r).toMatchObject({ lang: 'tg', slug: 'jalasa-dar-dushanbe', zone: 'Asia/Dushanbe', local: { year: 2020, month: 10, day: 7 } });
    expect(r.path).toBe('/tg/2020/10/07/jalasa-dar-dushanbe/');
    expect(toRelease(entry('ru/2020/y', { slug: 'own-slug', timezone: 'Europe/Moscow' }), () => 'Asia/Dushanbe'))
      .toMatchObject({ slug: 'own-slug', zone: 'Europe/Moscow' });
  });

  it('indexes by language and translation key, newest first', () => {
    const index = indexReleases([
      release('ru/a', { translationKey: 'k1' }),
      release('en/a', { translationKey: 'k1', date: new Date('2021-01-01T00:00:00Z') }),
      release('ru/b', { translationKey: 'k2', date: new Date('2022-01-01T00:00:00Z') }),
    ], LANGS);
    expect(index.all.map((r) => r.id)).toEqual(['ru/b', 'en/a', 'ru/a']);
    expect(index.byLang.get('ru')!.map((r) => r.id)).toEqual(['ru/b', 'ru/a']);
    expect(index.byLang.get('tg')).toEqual([]);
    expect(translationsOf(index.byLang.get('ru')![1]!, index, LANGS).map((r) => r.id)).toEqual(['en/a']);
  });

  it('reports two releases at one address, a key used twice in a language, an unknown language folder', () => {
    try {
      indexReleases([
        release('ru/a', { slug: 'same', translationKey: 'k1' }),
        release('ru/b', { slug: 'same', translationKey: 'k1' }),
        release('fr/c'),
      ], LANGS);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const lines = (e as ContentError).problems.map((p) => `${p.file}: ${p.field}`);
      expect(lines.sort()).toEqual([
        'content/releases/fr/c.md: language',
        'content/releases/ru/b.md: slug',
        'content/releases/ru/b.md: translationKey',
      ]);
    }
  });

  it('resolves related releases in the same language, skips hidden ones, reports unknown keys', () => {
    const index = indexReleases([
      release('ru/a', { translationKey: 'a', related: [{ release: 'b' }, { release: 'secret' }, { release: 'typo' }, { title: 'Site', url: 'https://x.org/' }] }),
      release('ru/b', { translationKey: 'b' }),
      release('en/b', { translationKey: 'b' }),
    ], LANGS);
    const { links, problems } = resolveRelated(index.byKey.get('a')!.get('ru')!, index, new Set(['secret']), (t) => t.path);
    expect(links.map((l) => [l.title, l.lang, l.external])).toEqual([['Title ru/b', 'ru', false], ['Site', 'ru', true]]);
    expect(problems).toEqual([{ file: 'content/releases/ru/a.md', field: 'related[2].release', message: expect.stringContaining('"typo"') }]);
  });
});
