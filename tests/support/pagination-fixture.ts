/**
 * Tiny English releases that give three otherwise unused countries list sizes
 * at the pagination boundaries: Iceland 21 (two pages), Norway 20 (exactly one
 * full page), Liechtenstein 1. Finland appears only in the embargoed release,
 * so it has none. Dated 2019, older than every sample release, so the first
 * page of /en/ still shows the sample ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BOUNDARY_COUNTS = { IS: 21, NO: 20, LI: 1 } as const;
/** Arabic releases naming Iceland: a second page in a second language (/ar/page/1/, /ar/countries/is/page/1/), for the language switcher. */
export const ARABIC_ICELAND = 40;

/** Writes the releases into `content`/releases/en/2019/. */
export function writeBoundaryReleases(content: string): void {
  const dir = join(content, 'releases/en/2019');
  mkdirSync(dir, { recursive: true });
  let day = 0;
  for (const [code, count] of Object.entries(BOUNDARY_COUNTS)) {
    for (let n = 1; n <= count; n++) {
      day += 1;
      // One release a day from 2 January 2019, at noon in Dushanbe.
      const date = new Date(Date.UTC(2019, 0, 1 + day, 7)).toISOString().replace('.000Z', 'Z');
      const key = `fixture-${code.toLowerCase()}-${String(n).padStart(2, '0')}`;
      writeFileSync(join(dir, `${key}.md`), [
        '---', `title: "Boundary release ${code} ${n}"`, `date: ${date}`, 'agency: mfa-tj',
        `participants:\n  countries: [${code}]`, `translationKey: ${key}`, '---', '', `Release ${n} of ${count} naming ${code}.`, '',
      ].join('\n'));
    }
  }
  const ar = join(content, 'releases/ar/2019');
  mkdirSync(ar, { recursive: true });
  for (let n = 1; n <= ARABIC_ICELAND; n++) {
    const date = new Date(Date.UTC(2019, 2, n, 7)).toISOString().replace('.000Z', 'Z');
    const key = `fixture-ar-is-${String(n).padStart(2, '0')}`;
    writeFileSync(join(ar, `${key}.md`), [
      '---', `title: "بيان آيسلندا ${n}"`, `date: ${date}`, 'agency: mfa-tj',
      'participants:\n  countries: [IS]', `translationKey: ${key}`, '---', '', `البيان ${n} من ${ARABIC_ICELAND}.`, '',
    ].join('\n'));
  }
}
