import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { knownReleases } from '../../src/lib/tools/content-files.ts';
import { importFile, marks } from '../../src/lib/tools/import-file.ts';
import { matchHeadline, titleLikeness } from '../../src/lib/tools/import-match.ts';
import { MESSAGES, messageLang, messages } from '../../src/lib/tools/import-messages.ts';
import { decodeText } from '../../src/lib/tools/import-read.ts';
import { makeDocx, PNG } from '../support/make-docx.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const contentDir = join(ROOT, 'content');
const dir = mkdtempSync(join(tmpdir(), 'press-import-in-'));
const opts = { lang: 'ru', contentDir, say: messages('en'), today: new Date('2026-06-01T00:00:00Z') };
const file = (name: string, data: string | Uint8Array) => { const f = join(dir, name); writeFileSync(f, data); return f; };
const front = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;
const body = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);

describe('Word files (.docx, built here with the docx library)', () => {
  it('reads the Title-style headline, the dateline, the credit, and saves the picture with its caption as alt text to confirm', { timeout: 30_000 }, async () => {
    const docx = await makeDocx({
      title: 'Таджикистан и Армения обсудили образование',
      paragraphs: ['ЕРЕВАН, 16 июня 2025 года /МИД Таджикистана/. Посол встретился с министром образования Армении.', 'Стороны договорились о стипендиях.', 'Фото: МИД Таджикистана'],
      picture: { png: PNG, caption: 'Посол и министр во время встречи' },
    });
    const r = await importFile(file('word.docx', docx), opts);
    const d = front(r.text);
    expect(d).toMatchObject({ title: 'Таджикистан и Армения обсудили образование', dateline: 'Ереван', agency: 'mfa-tj', date: 'TODO 2025-06-16T12:00:00+05:00' });
    expect(d.participants.countries).toEqual(['TJ', 'AM']);
    expect(d.image).toEqual({ src: './tadzhikistan-i-armeniya-obsudili-obrazovanie.png', alt: 'TODO: Посол и министр во время встречи', credit: 'МИД Таджикистана' });
    expect(r.pictures).toHaveLength(1);
    expect(r.pictures[0]!.file).toBe(join(contentDir, 'releases/ru/2025/tadzhikistan-i-armeniya-obsudili-obrazovanie.png'));
    expect(Buffer.from(r.pictures[0]!.data).equals(PNG)).toBe(true);
    expect(body(r.text)).toContain('Посол встретился с министром образования Армении.\n\nСтороны договорились о стипендиях.');
  });

  it('without a Title style, a first paragraph that is a sentence is not taken as the headline', { timeout: 30_000 }, async () => {
    const docx = await makeDocx({ paragraphs: ['Посол Таджикистана вручил верительные грамоты. Церемония прошла в Париже.', '12.11.2025'] });
    const r = await importFile(file('no-title.docx', docx), opts);
    expect(front(r.text).title).toBe('TODO');
    expect(body(r.text)).toContain('Посол Таджикистана вручил верительные грамоты. Церемония прошла в Париже.');
  });
});

describe('web pages (.html)', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="canonical" href="https://khovar.tj/rus/2025/11/x/">
    <script>alert(1)</script></head><body><nav><a href="/">Главная</a></nav><article>
    <h1>Таджикистан и Беларусь обсудили кооперацию</h1>
    <p>ДУШАНБЕ, 25.11.2025 /НИАТ «Ховар»/. Стороны обсудили <a href="/rus/plan/">план</a> на год.</p>
    <figure><img src="pic.jpg"><figcaption>Встреча делегаций</figcaption></figure>
    <figure><img src="https://cdn.example.org/remote.jpg" alt="Подписание"></figure>
    <h2>Читайте также</h2><ul>
    <li><a href="/rus/2026/02/opek/">В Вене обсудили сотрудничество Таджикистана с Фондом ОПЕК</a></li>
    <li><a href="/rus/2025/10/other/">В Минске прошла встреча министров</a></li></ul>
    </article><footer>© Ховар</footer></body></html>`;

  it('takes h1, canonical address, related links (a release of the site, or the page address), pictures local and remote', async () => {
    file('pic.jpg', PNG);
    const r = await importFile(file('page.html', page), opts);
    const d = front(r.text);
    expect(d).toMatchObject({ title: 'Таджикистан и Беларусь обсудили кооперацию', dateline: 'Душанбе', agency: 'khovar', source: 'https://khovar.tj/rus/2025/11/x/' });
    expect(d.related).toEqual([{ release: 'tajikistan-opec-fund-vienna-2026' }, { title: 'В Минске прошла встреча министров', url: 'https://khovar.tj/rus/2025/10/other/' }]);
    expect(d.image).toMatchObject({ src: './tadzhikistan-i-belarus-obsudili-kooperatsiyu.jpg', alt: 'TODO: Встреча делегаций' });
    expect(body(r.text)).toContain('Стороны обсудили [план](https://khovar.tj/rus/plan/) на год.');
    expect(body(r.text)).toContain('![TODO: Подписание](https://cdn.example.org/remote.jpg)');
    expect(r.notices.join('\n')).toMatch(/remote\.jpg was not downloaded/);
    expect(r.text).not.toMatch(/alert|Главная|©/);
  });

  it('reads pasted HTML without <html>', async () => {
    const r = await importFile(file('pasted.html', '<p>Дар Душанбе ҳафтаи китоб оғоз ёфт</p><p>ДУШАНБЕ, 02.10.2025 /АМИТ «Ховар»/. Намоишгоҳ кушода шуд.</p>'), { ...opts, lang: 'tg' });
    expect(front(r.text)).toMatchObject({ title: 'Дар Душанбе ҳафтаи китоб оғоз ёфт', agency: 'khovar', dateline: 'Душанбе' });
  });

  it('keeps text written straight into containers and lines split by <br>, as a mail program pastes it', async () => {
    const html = '<div dir="ltr"><b>Tajikistan and Japan sign a grant agreement</b><br><br>DUSHANBE, 12.03.2024 /Khovar/. The sides signed it.<br>It covers <i>schools</i>.<div>Photo: Khovar</div></div>';
    const r = await importFile(file('mail.html', html), { ...opts, lang: 'en' });
    expect(front(r.text)).toMatchObject({ title: 'Tajikistan and Japan sign a grant agreement', agency: 'khovar', dateline: 'Dushanbe', image: { credit: 'Khovar' } });
    expect(body(r.text)).toContain('The sides signed it.');
    expect(body(r.text)).toContain('It covers schools.');
  });
});

describe('text in the Cyrillic Windows code page', () => {
  it('is converted, with a notice, never garbage', async () => {
    const text = 'В Москве обсудили поддержку русского языка\r\nМОСКВА, 14.03.2025 /ДВМС/. Участники обсудили программы в Молдове.\r\n';
    const bytes = Uint8Array.from([...text].map((ch) => { const c = ch.charCodeAt(0); return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : c; }));
    expect(decodeText(bytes).converted).toBe('windows-1251');
    expect(decodeText(new TextEncoder().encode(text)).converted).toBeUndefined();
    const r = await importFile(file('cp1251.txt', bytes), opts);
    expect(r.notices).toEqual(['cp1251.txt: the text was in the Windows-1251 code page and was converted to UTF-8. Check the letters in the result.']);
    expect(front(r.text)).toMatchObject({ title: 'В Москве обсудили поддержку русского языка', dateline: 'Москва', agency: 'dvms' });
    expect(r.text).not.toContain('\uFFFD');
  });
});

describe('duplicates', () => {
  it('refuses an input with the original address of a release on the site (scheme, www and final slash aside)', async () => {
    const r = await importFile(file('dup.html', '<link rel="canonical" href="https://www.mosds.mos.ru/presscenter/news/detail/8837448.html/"><h1>Москва и соотечественники</h1><p>15.04.2020</p><p>Текст.</p>'), opts);
    expect(r.refused).toBe('This release is already on the site: content/releases/ru/2020/moscow-compatriots-online.md (same original address). Nothing was written. To import it anyway: --force');
  });

  it('refuses the same title (nearly) on the same day, and imports it with --force', async () => {
    const input = file('dup.txt', 'МИД стран СНГ провели консультации о сотрудничестве в информационной сфере\nДУШАНБЕ, 07.10.2020 /НИАТ «Ховар»/. Текст.\n');
    expect((await importFile(input, opts)).refused).toMatch(/content\/releases\/ru\/2020\/cis-info-consultations\.md \(same title and date\)/);
    const forced = await importFile(input, { ...opts, force: true });
    expect(forced.refused).toBeUndefined();
    expect(forced.file).toMatch(/releases\/ru\/2020\/mid-stran-sng/);
    // Another day is another release.
    const other = file('other-day.txt', 'МИД стран СНГ провели консультации о сотрудничестве в информационной сфере\nДУШАНБЕ, 08.10.2021 /НИАТ «Ховар»/. Текст.\n');
    expect((await importFile(other, opts)).refused).toBeUndefined();
  });
});

describe('related headlines matched to releases of the site', () => {
  const known = knownReleases(contentDir);
  it('tolerates inflection, a word more or less, Latin look-alikes and punctuation; only in the same language', () => {
    expect(matchHeadline('Постпреды стран СНГ подвели итоги председательства Таджикистана в Содружестве Независимых Государств в 2025 году', 'ru', known)?.release.key).toBe('cis-chairmanship-results-2025');
    expect(matchHeadline('В Вене обсудили сотрудничество Таджикистана с Фондом OPEC', 'ru', known)?.release.key).toBe('tajikistan-opec-fund-vienna-2026');
    expect(matchHeadline('Foreign ministers of Tajikistan and Japan met in Tokyo', 'en', known)?.release.key).toBe('tajikistan-japan-ministers-tokyo-2026');
    expect(matchHeadline('Сафири Тоҷикистон дар Фаронса нусхаи эътимодномаро супурд', 'tg', known)?.release.key).toBe('ambassador-france-credentials-2025');
    expect(matchHeadline('Foreign ministers of Tajikistan and Japan met in Tokyo', 'ru', known)).toBeUndefined();
  });
  it('does not match headlines that only share a few words', () => {
    expect(matchHeadline('Посол Таджикистана во Франции вручил копии верительных грамот', 'ru', known)).toBeUndefined();
    expect(matchHeadline('В Вене обсудили многосторонние и взаимовыгодные отношения между Таджикистаном и Австрией', 'ru', known)).toBeUndefined();
    expect(titleLikeness('Tajikistan and Japan sign a grant agreement', 'Foreign ministers of Tajikistan and Japan meet in Tokyo')).toBeLessThan(0.75);
  });
});

describe('messages in the press officer\'s language', () => {
  it('lists the marks with line, field and why, in ru, en and tg', async () => {
    const input = file('marks.txt', 'Москва, 19 мая – Текст без агентства.\n');
    for (const [lang, words] of [['ru', /строка 2: title — первая строка не похожа на заголовок/], ['en', /line 2: title — the first line does not read/], ['tg', /сатри 2: title — сатри аввал ба сарлавҳа монанд нест/]] as const) {
      const say = messages(lang);
      const r = await importFile(input, { ...opts, say });
      expect(marks(r.text, say).join('\n')).toMatch(words);
      expect(r.text).toMatch(lang === 'en' ? /without a year; 2026 is suggested as the latest such day/ : lang === 'ru' ? /без года; год 2026 предложен как последний такой день/ : /бе сол аст; соли 2026/);
    }
  });
});

describe('the language of messages', () => {
  it('comes from PRESS_MESSAGES_LANG (unknown: English), else the locale as POSIX resolves it, else English', () => {
    expect(messageLang({ PRESS_MESSAGES_LANG: 'tg', LANG: 'ru_RU.UTF-8' })).toBe('tg');
    expect(messageLang({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(messageLang({ LC_ALL: 'tg_TJ.UTF-8', LANG: 'en_US.UTF-8' })).toBe('tg');
    expect(messageLang({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(messageLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLang({ PRESS_MESSAGES_LANG: 'xx', LANG: 'ru_RU' })).toBe('en');
    expect(messageLang({})).toBe('en');
  });
  it('has every message in ru, en and tg, with the same placeholders', () => {
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    for (const [key, text] of Object.entries(MESSAGES.en)) {
      for (const lang of ['ru', 'tg'] as const) {
        expect(MESSAGES[lang][key as keyof typeof MESSAGES.en], `${lang} ${key}`).toBeTruthy();
        expect(holes(MESSAGES[lang][key as keyof typeof MESSAGES.en]), `${lang} ${key}`).toBe(holes(text));
      }
    }
  });
});
