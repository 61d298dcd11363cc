/**
 * Generated bad input against the shared content rules (the check that both
 * `npm run check` and the build run): valid releases mutated the ways people and
 * attackers err. For every mutation the check must refuse the file, naming the
 * field and, where it is known, the line; for every unmutated release it must
 * accept it and read exactly what was written. Seeded: the same cases every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, checkReleases, type CheckOptions } from '../../src/lib/tools/check.ts';
import { AGENCIES, TOPICS, bodyOf, frontmatterOf, mutant, render, validRelease } from '../support/generated.ts';

const options: CheckOptions = {
  agencies: AGENCIES, topics: new Set(TOPICS), languages: ['ru', 'en', 'tg'], now: new Date('2026-06-01T12:00:00Z'),
  imageSize: () => 1000, imageBudget: 2 * 1024 * 1024, siteOrigin: 'https://press.example.org',
};
const FILE = 'content/releases/ru/2020/generated.md';
// Not filed by year: generated dates span decades, and a year folder that disagrees is a warning of its own (check.test.ts).
const ID = 'ru/generated';
const kinds = new Map<string, number>();

describe('generated releases and their mutations (fast-check, seed 13)', () => {
  it('a valid release passes, read exactly as written; every mutation is refused with its file, field and line', () => {
    fc.assert(fc.property(validRelease.chain((v) => fc.tuple(fc.constant(v), mutant(v))), ([v, m]) => {
      const text = render(frontmatterOf(v), bodyOf(v));
      const read = checkReleases([{ file: FILE, id: ID, text }], options);
      expect(read.findings, text).toEqual([]);
      const [r] = read.releases;
      expect({ title: r?.data.title, summary: r?.data.summary, instant: r?.data.date, agency: r?.data.agency.id, countries: r?.data.participants.countries, topics: r?.data.topics.map((t) => t.id), key: r?.key },
        text).toEqual({ title: v.title, summary: v.summary, instant: v.instant, agency: v.agency, countries: v.countries, topics: v.topics, key: v.key });
      expect(r?.path.slice(0, 15)).toBe(`/ru/${v.date.slice(0, 10).replace(/-/g, '/')}/`);

      kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      const found = checkContent([{ file: m.mdx ? `${FILE}x` : FILE, id: ID, text: m.text ?? '', bytes: m.bytes }], options);
      const shown = `${m.kind}\n${m.text ?? '(bytes)'}\n→ ${found.map((f) => `${f.line}: ${f.field}: ${f.message}`).join('\n→ ')}`;
      expect(found.length, shown).toBeGreaterThan(0);
      const lines = (m.text ?? '').split('\n').length;
      for (const f of found) {
        expect(f.file, shown).toBe(m.mdx ? `${FILE}x` : FILE);
        expect(f.level, shown).toBe('error');
        if (m.text) expect(f.line, shown).toBeLessThanOrEqual(lines);
        expect(f.line, shown).toBeGreaterThanOrEqual(1);
      }
      const named = found.filter((f) => (typeof m.expect.field === 'string' ? f.field === m.expect.field : m.expect.field.test(f.field)));
      expect(named.length, shown).toBeGreaterThan(0);
      if (m.expect.line) expect(named.map((f) => f.line), shown).toContain(m.expect.line);
      if (m.expect.message) expect(named.some((f) => m.expect.message!.test(f.message)), shown).toBe(true);
    }), { seed: 13, numRuns: 400 });
    // Every kind of mutation was tried, each many times.
    expect([...kinds.keys()].sort()).toEqual(['TODO left', 'YAML anchor, alias or tag', 'YAML broken', 'date out of range', 'field deleted', 'field misspelt', 'field retyped',
      'hostile MDX', 'hostile link', 'hostile raw HTML', 'invisible control character', 'mis-encoded (Windows-1251)']);
    for (const [kind, n] of kinds) expect(n, kind).toBeGreaterThan(15);
  }, 120_000);
});
