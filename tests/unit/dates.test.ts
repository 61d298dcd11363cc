import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.ts';
import { dateProblems, isoInZone, localParts, readDateTime, rfc822InZone, zoneOffset } from '../../src/lib/content/dates.ts';

// 10:00 in Dushanbe is 22:00 the day before in Los Angeles; 23:30 in Dushanbe is 8 October in Kiritimati.
const MORNING = '2020-10-07T10:00:00+05:00';
const NIGHT = '2020-10-07T23:30:00+05:00';

describe('dates in the release zone', () => {
  it('keeps the calendar date of Dushanbe', () => {
    expect(localParts(new Date(MORNING), 'Asia/Dushanbe')).toMatchObject({ year: 2020, month: 10, day: 7, hour: 10 });
    expect(localParts(new Date(NIGHT), 'Asia/Dushanbe')).toMatchObject({ day: 7, hour: 23, minute: 30 });
  });

  it('formats offsets, ISO and RFC 822 with the release offset', () => {
    const d = new Date(MORNING);
    expect(zoneOffset(d, 'Asia/Dushanbe')).toBe('+05:00');
    expect(zoneOffset(d, 'UTC')).toBe('+00:00');
    expect(zoneOffset(new Date('2020-10-07T10:00:00Z'), 'America/St_Johns')).toBe('-02:30');
    expect(isoInZone(d, 'Asia/Dushanbe')).toBe('2020-10-07T10:00:00+05:00');
    expect(rfc822InZone(d, 'Asia/Dushanbe')).toBe('Wed, 07 Oct 2020 10:00:00 +0500');
  });

  it('remembers an instant per zone: asked again, in another zone or a second later, each gets its own', () => {
    const d = new Date(NIGHT);
    for (let round = 0; round < 2; round++) {
      expect(isoInZone(d, 'Asia/Dushanbe')).toBe('2020-10-07T23:30:00+05:00');
      expect(isoInZone(d, 'Pacific/Kiritimati')).toBe('2020-10-08T08:30:00+14:00');
      expect(isoInZone(new Date(d.getTime() + 1000), 'Asia/Dushanbe')).toBe('2020-10-07T23:30:01+05:00');
      expect(rfc822InZone(d, 'America/Los_Angeles')).toBe('Wed, 07 Oct 2020 11:30:00 -0700');
    }
  });

  // The process zone is fixed at start, so each zone gets its own process.
  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`shows 7 October 2020 in ru, en and tg with TZ=${tz}`, () => {
      const script = `
        import { formatDate } from ${JSON.stringify(resolve('src/i18n/format.ts'))};
        const out = [];
        for (const iso of ${JSON.stringify([MORNING, NIGHT])})
          for (const lang of ['ru', 'en', 'tg']) out.push(formatDate(new Date(iso), 'Asia/Dushanbe', lang));
        console.log(JSON.stringify(out));`;
      const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz }, encoding: 'utf8',
      })) as string[];
      expect(out).toEqual(Array(2).fill(['7 октября 2020 г.', '7 October 2020', '7 октябр 2020']).flat());
    });
  }

  it('formats in the page language, not a fixed one', () => {
    const d = new Date(MORNING);
    expect(formatDate(d, 'Asia/Dushanbe', 'ar')).toContain('أكتوبر');
  });
});

describe('dates in frontmatter', () => {
  it('a bare day is found, quoted or not, only in date fields, with its line', () => {
    const source = '---\ntitle: "2020-10-07"\ndate: 2020-10-07\nembargo: \'2020-10-08\' # until then\nupdated: 2020-10-09T10:00:00+05:00\n---\n\ndate: 2020-10-07\n';
    expect(dateProblems(source).map((p) => [p.field, p.line])).toEqual([['date', 3], ['embargo', 4]]);
    expect(dateProblems(source)[0]!.message).toMatch(/"2020-10-07" has no time and offset.*2020-10-07T10:00:00\+05:00/);
  });

  // Each of these published on another day, or at the build machine's time, before the strict reader.
  it.each([
    ['2020-02-30T10:00:00+05:00', 'notReal', '2020-02-29T10:00:00+05:00'],
    ['2021-02-29T10:00:00+05:00', 'notReal', '2021-02-28T10:00:00+05:00'],
    ['2020-13-08T10:00:00+05:00', 'notReal', '2020-12-08T10:00:00+05:00'],
    ['2020-10-08T25:00:00+05:00', 'notReal', '2020-10-08T23:00:00+05:00'],
    ['2020-10-08T10:61:00+05:00', 'notReal', '2020-10-08T10:59:00+05:00'],
    ['2020-10-08T10:00:00+25:00', 'notReal', '2020-10-08T10:00:00+05:00'],
    ['2020-10-08T10:00:00', 'noOffset', '2020-10-08T10:00:00+05:00'],
    ['2020-10-08 10:00', 'form', '2020-10-08T10:00:00+05:00'],
    ['08.10.2020 10:30', 'form', '2020-10-08T10:30:00+05:00'],
    ['2020-02-30', 'bareDay', '2020-02-29T10:00:00+05:00'],
    ['вчера', 'form', '2020-10-07T10:00:00+05:00'],
  ])('%s is refused (%s) with a valid example built from it: %s', (raw, reason, example) => {
    const read = readDateTime(raw);
    expect(read).toEqual({ reason, example });
    expect(readDateTime(example)).toHaveProperty('date');
  });

  it('accepts real dates with an offset or Z, leap days included', () => {
    for (const raw of ['2020-02-29T10:00:00+05:00', '2020-10-07T10:00+03:00', '2020-10-07T10:00:00.5Z', '2020-12-31T23:59:59-12:00']) {
      expect(readDateTime(raw), raw).toEqual({ date: new Date(raw) });
    }
  });

  it('uses the offset it is given in the example', () => {
    expect(readDateTime('2020-10-08T10:00:00', '+03:00')).toEqual({ reason: 'noOffset', example: '2020-10-08T10:00:00+03:00' });
  });
});
