import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../src/schema.ts';

// Astro's helpers replaced by plain ones: an image is a path, a reference an id.
const schema = releaseSchema({
  image: () => z.string(),
  reference: () => z.string().transform((id) => ({ id })),
});

const valid = {
  title: 'Consultations held',
  date: new Date('2020-10-07T10:00:00+05:00'),
  agency: 'khovar',
  participants: { countries: ['TJ', 'RU'], organisations: ['CIS Executive Committee'] },
  translationKey: 'cis-info-consultations-2020',
};

/** "field: message" for each problem, as a press officer would read it. */
function problems(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
}

describe('release frontmatter schema', () => {
  it('accepts a complete release and fills defaults', () => {
    const data = schema.parse({ ...valid, date: '2020-10-07T10:00:00+05:00' });
    expect(data.date.toISOString()).toBe('2020-10-07T05:00:00.000Z');
    expect(data.draft).toBe(false);
    expect(data.topics).toEqual([]);
  });

  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a missing title', { title: undefined }, /^title: required: the headline/],
    ['an empty title', { title: '  ' }, /^title: must not be empty/],
    ['a date without offset', { date: '2020-10-07 10:00' }, /^date: "2020-10-07 10:00" is not written as a date, time and offset; write e.g. 2020-10-07T10:00:00\+05:00/],
    ['a date that is not a date', { date: 'yesterday' }, /^date: "yesterday" is not written as a date/],
    ['a date that does not exist', { date: '2020-02-30T10:00:00+05:00' }, /^date: "2020-02-30T10:00:00\+05:00" is not a real date.*2020-02-29T10:00:00\+05:00/],
    ['a date without an offset', { date: '2020-10-08T10:00:00' }, /^date: "2020-10-08T10:00:00" has no offset/],
    ['an unknown country code', { participants: { countries: ['XX'] } }, /^participants\.countries\.0: unknown country code "XX": expected an ISO 3166-1 alpha-2 code/],
    ['a country name instead of a code', { participants: { countries: ['Italy'] } }, /did you mean "IT"\?/],
    ['a lowercase code', { participants: { countries: ['tj'] } }, /did you mean "TJ"\?/],
    ['an unknown time zone', { timezone: 'Asia/Dushanbeh' }, /^timezone: expected an IANA time zone/],
    ['a translation key with spaces', { translationKey: 'CIS talks' }, /^translationKey: expected lowercase Latin letters/],
    ['a related link without url', { related: [{ title: 'Khovar' }] }, /^related\.0: expected `release: <translation key>`/],
    ['a source that is not http', { source: 'ftp://example.org/a' }, /^source: expected an http\(s\) address/],
    ['an image without alt text', { image: { src: './a.jpg' } }, /^image\.alt: required: describe what the image shows/],
    ['a misspelt field', { titel: 'x' }, /Unrecognized key: "titel"/],
    ['a draft flag that is not true/false', { draft: 'yes' }, /^draft: /],
  ];
  for (const [name, patch, expected] of cases) {
    it(`rejects ${name}`, () => {
      const found = problems({ ...valid, ...patch });
      expect(found.some((p) => expected.test(p)), found.join('\n')).toBe(true);
    });
  }
});
