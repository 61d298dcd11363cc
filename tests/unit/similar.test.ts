import { describe, expect, it } from 'vitest';
import { indexReleases, type ReleaseData } from '../../src/lib/content/release.ts';
import { fakeRelease } from '../support/entries.ts';
import { MIN_SCORE, WEIGHTS, similarReleases } from '../../src/lib/site/similar.ts';

const LANGS = ['ru', 'en'];
let hour = 0;

/** A release with the given agency, topics and countries; each call is one hour newer than the last. */
function release(id: string, agency: string, topics: string[], countries: string[], patch: Partial<ReleaseData> = {}) {
  hour += 1;
  return fakeRelease(id, {
    title: id, date: new Date(Date.UTC(2020, 0, 1, hour)), agency: { id: agency },
    participants: { countries, organisations: [] }, topics: topics.map((t) => ({ id: t })), ...patch,
  }, 'UTC');
}
const ids = (map: Map<string, { id: string }[]>, id: string) => map.get(id)!.map((r) => r.id);

describe('similar releases', () => {
  it('weighs a shared topic 3, a shared country 2, the same agency 1', () => {
    expect(WEIGHTS).toEqual({ topic: 3, country: 2, agency: 1 });
    expect(MIN_SCORE).toBe(2);
  });

  it('ranks by score, newer first on a tie, leaves out the agency-only match, itself and other languages', () => {
    const releases = [
      release('ru/me', 'khovar', ['diplomacy', 'media'], ['TJ', 'RU']),
      release('ru/topic2', 'mds', ['diplomacy', 'media'], []), // 6
      release('ru/topic-country', 'mds', ['media'], ['TJ']), // 5
      release('ru/country2-agency', 'khovar', [], ['TJ', 'RU']), // 5, newer than topic-country
      release('ru/topic', 'mds', ['diplomacy'], []), // 3
      release('ru/country-old', 'mds', [], ['RU']), // 2
      release('ru/country-new', 'mds', [], ['RU']), // 2, newer
      release('ru/agency-only', 'khovar', ['health'], ['FR']), // 1: below MIN_SCORE
      release('en/me', 'khovar', ['diplomacy', 'media'], ['TJ', 'RU'], { translationKey: 'me' }),
    ];
    const similar = similarReleases(indexReleases(releases, LANGS).byLang);
    expect(ids(similar, 'ru/me')).toEqual(['ru/topic2', 'ru/country2-agency', 'ru/topic-country', 'ru/topic', 'ru/country-new']);
    expect(ids(similar, 'en/me')).toEqual([]);
    expect(ids(similar, 'ru/agency-only')).toEqual([]);
  });

  it('counts a country or topic listed twice once', () => {
    const similar = similarReleases(indexReleases([
      release('ru/a', 'x', ['media'], ['TJ', 'TJ']),
      release('ru/b', 'y', ['media'], []), // 3
      release('ru/c', 'y', [], ['TJ']), // 2; 4 if TJ counted twice, which would put it first
    ], LANGS).byLang);
    expect(ids(similar, 'ru/a')).toEqual(['ru/b', 'ru/c']);
  });

  it('leaves out releases already linked by hand', () => {
    const similar = similarReleases(indexReleases([
      release('ru/a', 'x', ['media'], [], { related: [{ release: 'b' }, { title: 'Site', url: 'https://x.org/' }] }),
      release('ru/b', 'x', ['media'], []),
      release('ru/c', 'x', ['media'], []),
    ], LANGS).byLang);
    expect(ids(similar, 'ru/a')).toEqual(['ru/c']);
    expect(ids(similar, 'ru/b')).toEqual(['ru/c', 'ru/a']);
  });

  it('keeps at most `limit`, and scores only the `window` nearest in date in each list', () => {
    const releases = Array.from({ length: 12 }, (_, i) => release(`ru/r${i}`, 'x', ['media'], []));
    const index = indexReleases(releases, LANGS);
    // Newest first: r11, r10, … r0. r0 is oldest; with a window of 3 only r1..r3 are candidates.
    expect(ids(similarReleases(index.byLang, { window: 3 }), 'ru/r0')).toEqual(['ru/r3', 'ru/r2', 'ru/r1']);
    expect(ids(similarReleases(index.byLang), 'ru/r0')).toEqual(['ru/r11', 'ru/r10', 'ru/r9', 'ru/r8', 'ru/r7']);
  });

  it('gives each of 10,000 releases × 60 countries × 30 agencies its five (speed is measured by npm run bench)', () => {
    const topics = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      release(`ru/s${i}`, `agency${i % 30}`, [topics[i % 8]!, topics[(i * 3) % 8]!], [`C${i % 60}`, `C${(i * 7) % 60}`, `C${(i * 13) % 60}`]));
    const byLang = indexReleases(many, LANGS).byLang;
    const similar = similarReleases(byLang);
    expect(similar.size).toBe(10_000);
    expect([...similar.values()].every((list) => list.length === 5)).toBe(true);
  });
});
