/**
 * The press officers' editor at /admin/, in Chromium, against Sveltia CMS's own test back end:
 * a Russian release with two countries, an agency, a topic and a photo, then its English
 * translation beside it; the files it saves pass `npm run check`, build into two pages linked
 * by hreflang, and hold what `npm run new` writes for the same facts.
 * EDITOR_SHOTS=<dir> keeps screenshots of the list, the Russian form and the preview.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { useSite } from '../support/browser.ts';
import { editorPane, readRepository, seedRepository, useTestBackend } from '../support/editor.ts';
import { astroBuild, buildEnv, ROOT } from '../support/fixture.ts';
import { sameFacts } from '../support/editor-facts.ts';

const site = useSite();
const shots = process.env.EDITOR_SHOTS;
const NOW = '2026-12-01T12:00:00Z';
const RU = { title: 'Таджикистан и Узбекистан обсудили водное сотрудничество', date: '2026-11-20T10:00:00+05:00', dateline: 'Душанбе', alt: 'Делегации за столом переговоров', credit: 'пресс-служба МИД Таджикистана', body: 'Стороны обсудили совместное использование водных ресурсов.' };
const EN = { title: 'Tajikistan and Uzbekistan discuss water cooperation', dateline: 'Dushanbe', alt: 'Delegations at the negotiating table', credit: 'MFA of Tajikistan press service', body: 'The sides discussed the joint use of water resources.' };

describe('the editor at /admin/', () => {
  it('creates a Russian release and its English translation that pass the check and build as linked pages', async () => {
    const context = await site.browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Dushanbe', viewport: { width: 1400, height: 3000 } });
    const page = await context.newPage();
    await useTestBackend(page);
    await page.goto(`${site.base}/admin/`);
    await seedRepository(page, join(ROOT, 'content'));
    // Russian interface, from the browser's language.
    await page.getByRole('button', { name: 'Работать с тестовым репозиторием' }).click();
    await page.getByRole('button', { name: 'Создать новую запись' }).waitFor();
    if (shots) await page.screenshot({ path: join(shots, 'editor-list-ru.png'), clip: { x: 0, y: 0, width: 1400, height: 700 } });

    await page.getByRole('button', { name: 'Создать новую запись' }).click();
    const ru = editorPane(page, 'ru');
    await ru.field('body').locator('[contenteditable="true"]').waitFor();
    await ru.fill('title', RU.title);
    // The schema's date rule, with its message in Russian, before anything is saved.
    await ru.fill('date', '20.11.2026');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => ru.field('date').getByRole('alert').innerText()).toContain('Нужны дата, время и смещение пояса');
    expect(await ru.field('agency').getByRole('alert').innerText()).toContain('Это поле обязательно');
    if (shots) await page.screenshot({ path: join(shots, 'editor-errors-ru.png'), clip: { x: 0, y: 0, width: 1400, height: 1000 } });
    await ru.fill('date', RU.date);
    await ru.fill('dateline', RU.dateline);
    await (await ru.reveal('agency')).getByRole('radio', { name: /«Ховар»/ }).click();
    await ru.choose('participants.countries', /^Таджикистан \(TJ\)/, /^Узбекистан \(UZ\)/);
    await ru.choose('topics', /^Экономика/);
    await (await ru.reveal('image')).getByRole('checkbox').click();
    const photo = join(mkdtempSync(join(tmpdir(), 'editor-photo-')), 'water-talks.jpg');
    await sharp({ create: { width: 800, height: 450, channels: 3, background: '#2b5d8a' } }).jpeg().toFile(photo);
    await (await ru.reveal('image.src')).locator('input[type=file]').first().setInputFiles(photo);
    await ru.fill('image.alt', RU.alt);
    await ru.fill('image.credit', RU.credit);
    await ru.typeBody(RU.body);
    await ru.reveal('translationKey');
    await expect.poll(() => ru.field('translationKey').locator('input[readonly]').inputValue()).toBe('tadzhikistan-i-uzbekistan-obsudili-vodnoe-sotrudnichestvo-2026');
    if (shots) await page.screenshot({ path: join(shots, 'editor-form-ru.png') });

    // The translation, beside the original: the facts are already there, the words are not.
    const en = editorPane(page, 'en');
    // Back to the top: the panes scroll together and render the fields in view.
    await ru.field('title').scrollIntoViewIfNeeded();
    // The right-hand pane's language tabs (the left one has its own).
    await page.getByRole('radio', { name: 'Английский' }).nth(1).click();
    await en.pane.getByRole('button', { name: /Включить/ }).click();
    expect(await (await en.reveal('date')).locator('input').inputValue()).toBe(RU.date);
    await en.fill('title', EN.title);
    await en.fill('dateline', EN.dateline);
    await en.fill('image.alt', EN.alt);
    await en.fill('image.credit', EN.credit);
    await en.typeBody(EN.body);
    await page.getByRole('group', { name: /Английский/ }).getByRole('radio', { name: 'Просмотр' }).click();
    if (shots) await page.screenshot({ path: join(shots, 'editor-preview-ru.png'), clip: { x: 0, y: 0, width: 1400, height: 1000 } });
    await page.getByRole('button', { name: 'Сохранить' }).click();

    const wanted = /^content\/releases\/(ru|en)\/2026\/(?!tajikistan-(opec|japan))/;
    await expect.poll(async () => [...(await readRepository(page)).keys()].filter((p) => wanted.test(p)).length, { timeout: 15_000 }).toBe(4);
    const saved = [...(await readRepository(page))].filter(([p]) => wanted.test(p));
    await context.close();

    // The saved files in a copy of the sample content: `npm run check`, then a build.
    const work = mkdtempSync(join(tmpdir(), 'editor-saved-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const before = join(work, 'before');
    cpSync(join(ROOT, 'content'), before, { recursive: true });
    for (const [path, bytes] of saved) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), bytes);
    }
    const md = saved.map(([p]) => p).filter((p) => p.endsWith('.md')).sort();
    expect(md).toEqual(['content/releases/en/2026/tajikistan-and-uzbekistan-discuss-water-cooperation.md', 'content/releases/ru/2026/tadzhikistan-i-uzbekistan-obsudili-vodnoe-sotrudnichestvo.md']);
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PRESS_CONTENT_DIR: content, PRESS_BUILD_TIME: NOW } });
    expect(check.status, `npm run check:\n${check.stdout}${check.stderr}`).toBe(0);

    // Field for field what `npm run new` writes for these facts (plus the dateline, topic and photo it has no flag for).
    const text = (lang: string) => readFileSync(join(work, md.find((p) => p.includes(`/${lang}/`))!), 'utf8');
    const facts = { agency: 'khovar', countries: 'TJ, UZ', date: RU.date };
    expect(sameFacts(before, { lang: 'ru', title: RU.title, ...facts }, md[1]!, text('ru'), NOW)).toEqual({ differs: [], extra: ['dateline', 'image', 'topics'] });
    expect(sameFacts(before, { lang: 'en', title: EN.title, ...facts }, md[0]!, text('en'), NOW, [md[1]!, text('ru')])).toEqual({ differs: [], extra: ['dateline', 'image', 'topics'] });

    const dist = join(work, 'dist');
    const built = astroBuild(buildEnv(content, dist, { PRESS_BUILD_TIME: NOW, PRESS_EDITOR: 'off' }));
    expect(built.status, built.output.slice(-2000)).toBe(0);
    const html = (lang: string, slug: string) => readFileSync(join(dist, lang, '2026/11/20', slug, 'index.html'), 'utf8');
    const ruHtml = html('ru', 'tadzhikistan-i-uzbekistan-obsudili-vodnoe-sotrudnichestvo');
    const enHtml = html('en', 'tajikistan-and-uzbekistan-discuss-water-cooperation');
    expect(ruHtml).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/en\/2026\/11\/20\/tajikistan-and-uzbekistan-discuss-water-cooperation\/"/);
    expect(enHtml).toMatch(/<link rel="alternate" hreflang="ru" href="[^"]*\/ru\/2026\/11\/20\/tadzhikistan-i-uzbekistan-obsudili-vodnoe-sotrudnichestvo\/"/);
    expect(ruHtml).toContain(RU.credit);
    expect(enHtml).toMatch(/alt="Delegations at the negotiating table"/);
  }, 300_000);

  it('is nothing a reader loads: a public page requests no file of /admin/', async () => {
    const tab = await site.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await tab.goto(`${site.base}/ru/`);
    await tab.goto(`${site.base}/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/`);
    expect(requested.length).toBeGreaterThan(2);
    expect(requested.filter((p) => p.startsWith('/admin/'))).toEqual([]);
    await tab.close();
  });
});
