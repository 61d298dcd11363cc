/**
 * Every combination of the parts an agency text is made of (headline or not, each dateline
 * shape, a photo credit, the trailing headlines): the fields come out right, and every
 * sentence of the input is in the release file.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agencyNames, knownReleases, readAgencies } from '../../src/lib/tools/content-files.ts';
import { importDraft } from '../../src/lib/tools/import-draft.ts';
import { messages } from '../../src/lib/tools/import-messages.ts';
import { parseText } from '../../src/lib/tools/import-text.ts';
import { renderRelease } from '../../src/lib/tools/write-release.ts';
import { flat, kept, sentencesOf } from '../../scripts/import-accuracy.ts';

const contentDir = join(resolve(import.meta.dirname, '../..'), 'content');
const agencies = readAgencies(contentDir);
const names = agencies.map((a) => ({ id: a.id, names: agencyNames(a) }));
const ctx = { lang: 'ru', agencies, taken: new Set<string>(), known: knownReleases(contentDir), say: messages('ru'), today: new Date('2026-06-01T00:00:00Z') };

const TITLES: [string | undefined, boolean][] = [
  ['Таджикистан и Китай обсудили транзит грузов', true],
  ['ТАДЖИКИСТАН И КИТАЙ ОБСУДИЛИ ТРАНЗИТ ГРУЗОВ', true],
  ['Стороны встретились в столице. Обсуждён транзит грузов.', false],
  [undefined, false],
];
// [dateline opening the first paragraph, a separate date line, expected day-month, agency id, city]
const DATELINES: [string, string | undefined, string, string | undefined, string | undefined][] = [
  ['ДУШАНБЕ, 07.10.2020 /НИАТ «Ховар/. ', undefined, '10-07', 'khovar', 'Душанбе'],
  ['Душанбе, 27 сентября (НИАТ «Ховар», Анвар Саидов). ', undefined, '09-27', 'khovar', 'Душанбе'],
  ['МОСКВА, 19 мая. /МДС/. ', undefined, '05-19', 'mds', 'Москва'],
  ['07.10.2024, г. Душанбе /НИАТ «Ховар»/. ', undefined, '10-07', 'khovar', 'Душанбе'],
  ['Минск, 3 марта 2025 года – Исполком СНГ. ', undefined, '03-03', 'cis-ec', 'Минск'],
  ['ДУШАНБЕ /НИАТ «Ховар»/ – ', '15 января 2026 г.', '01-15', 'khovar', 'Душанбе'],
  ['', '12.02.2026', '02-12', undefined, undefined],
  ['DUSHANBE, October 7 (Khovar) – ', undefined, '10-07', 'khovar', 'Dushanbe'],
];
const CREDITS = [undefined, 'Фото: Анна Смирнова'];
const TAILS: [string, number][] = [['', 0], ['\n\n\nВ Вене обсудили сотрудничество Таджикистана с Фондом ОПЕК\nПосол встретился с министром', 2], ['\nЧитайте также:\nПостпреды стран СНГ подвели итоги председательства Таджикистана в Содружестве', 1]];

describe('every combination of the parts of an agency text', () => {
  const cases = TITLES.flatMap((t) => DATELINES.flatMap((d) => CREDITS.flatMap((c) => TAILS.map((tail) => ({ t, d, c, tail })))));
  it(`${cases.length} texts: fields right, no sentence lost`, { timeout: 60_000 }, () => {
    expect(cases.length).toBe(192);
    for (const { t: [title, isTitle], d: [dateline, dateLine, day, agency, city], c, tail: [tail, related] } of cases) {
      const text = [title, dateLine, `${dateline}Делегации Таджикистана и Китая обсудили транзит грузов. Стороны подписали протокол.`,
        'Следующая встреча пройдёт весной.', c].filter((l) => l !== undefined).join('\n') + tail;
      const out = renderRelease(importDraft(parseText(text, names, 'ru'), ctx));
      const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(out)![1]!) as Record<string, any>;
      const where = `\n--- input:\n${text}\n--- output:\n${out}`;
      expect(data.title, where).toBe(isTitle ? title : 'TODO');
      expect(/\d{4}-(\d\d-\d\d)T/.exec(String(data.date))?.[1], where).toBe(day);
      expect(String(data.date), where).toMatch(/^TODO /);
      expect(data.agency, where).toBe(agency ?? 'TODO');
      expect(data.dateline, where).toBe(city);
      expect(data.image?.credit, where).toBe(c ? 'Анна Смирнова' : undefined);
      expect((data.related ?? []).length, where).toBe(related);
      const lost = sentencesOf(text.split('\n')).filter((s) => !kept(s, flat(out)));
      expect(lost, where).toEqual([]);
    }
  });
});
