import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { agencySchema, releaseSchema, topicSchema } from '../../src/schema.ts';
import { editorConfig, type EditorInput } from '../../src/lib/editor/config.ts';
import { agencyFields, releaseFields, topicFields, type EditorField } from '../../src/lib/editor/fields.ts';
import { drift, editorPaths, schemaPaths } from '../../src/lib/editor/schema-keys.ts';
import { DATE_PATTERN, KEY_PATTERN } from '../../src/lib/editor/patterns.ts';
import { uiLocale } from '../../src/lib/editor/browser/data.ts';
import ru from '../../src/i18n/strings/ru.json' with { type: 'json' };

const strings = ru as Record<string, string>;
const s = (key: string) => {
  if (!(key in strings)) throw new Error(`missing UI string ${key}`);
  return strings[key]!;
};
const schema = releaseSchema({ image: () => z.string(), reference: () => z.string().transform((id) => ({ id })) });
const LANGS = ['ru', 'en', 'tg'];
const fields = releaseFields({ s, agencies: [{ value: 'khovar', label: 'Ховар' }], topics: [{ value: 'media', label: 'СМИ' }], countries: [{ value: 'TJ', label: 'Таджикистан (TJ)' }] });

describe('the editor follows src/schema.ts (drift test)', () => {
  it('has an editor field for every release field and no field the schema lacks (the body aside)', () => {
    expect(drift(schemaPaths(schema), editorPaths(fields), ['body'])).toEqual({ missingInEditor: [], unknownToSchema: [] });
  });

  it('does the same for agencies and topics (their `id` is the list loader\'s key, outside the schema)', () => {
    expect(drift(schemaPaths(agencySchema), editorPaths(agencyFields(s, LANGS, []), '', LANGS), ['id'])).toEqual({ missingInEditor: [], unknownToSchema: [] });
    expect(drift(schemaPaths(topicSchema), editorPaths(topicFields(s, LANGS), '', LANGS), ['id'])).toEqual({ missingInEditor: [], unknownToSchema: [] });
  });

  it('notices a field added to the schema, or an editor field the schema does not have', () => {
    const grown = schema.extend({ subtitle: z.string().optional(), participants: z.object({ countries: z.array(z.string()), organisations: z.array(z.string()), people: z.array(z.string()) }) });
    expect(drift(schemaPaths(grown), editorPaths(fields), ['body']).missingInEditor.sort()).toEqual(['participants.people', 'subtitle']);
    const extra: EditorField[] = [...fields, { name: 'author', label: 'Автор', widget: 'string' }];
    expect(drift(schemaPaths(schema), editorPaths(extra), ['body']).unknownToSchema).toEqual(['author']);
  });

  const find = (path: string, list: EditorField[] = fields): EditorField | undefined => {
    const [head, ...rest] = path.split('.');
    const f = list.find((x) => x.name === head);
    return rest.length ? find(rest.join('.'), f?.fields ?? []) : f;
  };

  it('requires what the schema requires (translationKey is made by the editor itself)', () => {
    const requiredTop = Object.entries(schema.shape).filter(([, v]) => !v.safeParse(undefined).success).map(([k]) => k);
    expect(requiredTop.sort()).toEqual(['agency', 'date', 'title', 'translationKey']);
    for (const path of ['title', 'date', 'agency', 'image.src', 'image.alt']) expect(find(path)?.required, path).toBe(true);
    expect(find('translationKey')?.widget).toBe('translation-key');
    // Stricter than the schema on purpose: a photo needs its credit.
    expect(find('image.credit')?.required).toBe(true);
  });

  it('copies the facts to translations and lets the words be translated', () => {
    for (const path of ['date', 'agency', 'participants.countries', 'topics', 'image.src', 'translationKey', 'draft', 'embargo']) expect(find(path)?.i18n, path).toBe('duplicate');
    for (const path of ['title', 'summary', 'dateline', 'participants.organisations', 'image.alt', 'image.credit', 'body']) expect(find(path)?.i18n, path).toBe(true);
  });

  it('explains embargo and draft where they are set', () => {
    expect(find('embargo')?.hint).toMatch(/не публикуется до этого момента/);
    expect(find('draft')?.hint).toMatch(/не попадает на сайт/);
  });
});

describe('the editor patterns agree with the schema', () => {
  const dates = ['2020-10-07T10:00:00+05:00', '2020-10-07T10:00+05:00', '2020-10-07T05:00:00Z', '2020-10-07T10:00:00.5-03:00', '2020-10-07', '2020-10-07 10:00', '2020-10-07T10:00:00', '07.10.2020', 'вчера'];
  it.each(dates)('date %s', (d) => {
    expect(new RegExp(DATE_PATTERN).test(d)).toBe(schema.shape.date.safeParse(d).success);
  });
  const keys = ['cis-info-2020', 'a', 'Cis-info', 'cis--info', '-cis', 'cis_info', 'тест'];
  it.each(keys)('key %s', (k) => {
    expect(new RegExp(KEY_PATTERN).test(k)).toBe(schema.shape.translationKey.safeParse(k).success);
  });
});

describe('the generated configuration', () => {
  const input: EditorInput = {
    languages: LANGS, contentDir: 'content', s,
    agencies: [{ id: 'mds', name: { ru: 'Московский дом соотечественника', en: 'Moscow House of Compatriots' } }, { id: 'khovar', name: { ru: 'НИАТ «Ховар»' } }],
    topics: [{ id: 'media', name: { ru: 'СМИ и информация' } }],
    countryCodes: ['TJ', 'RU', 'UZ'], repo: 'gov/press', branch: 'main', editorialWorkflow: true, siteUrl: 'https://press.example.org/',
  };
  const config = editorConfig(input) as { backend: object; publish_mode?: string; i18n: Record<string, unknown>; collections: { name: string; folder?: string; path?: string; fields?: EditorField[] }[] };
  const releases = config.collections.find((c) => c.name === 'releases')!;

  it('writes content/releases/<lang>/<yyyy>/<slug>.md with per-language slugs linked by translationKey', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: LANGS, default_locale: 'ru', canonical_slug: { key: 'translationKey' } });
    expect(releases.folder).toBe('content/releases');
    expect(releases.path).toMatch(/^\{\{fields\.date \| truncate\(4, '-'\)\}\}\/\{\{slug\}\}$/);
    expect(config.backend).toEqual({ name: 'github', repo: 'gov/press', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('offers agencies, topics and every country by name in the editor language, sorted', () => {
    const options = (name: string) => (releases.fields!.find((f) => f.name === name) ?? releases.fields!.find((f) => f.name === 'participants')!.fields!.find((f) => f.name === name))!.options;
    expect(options('agency')).toEqual([{ value: 'mds', label: 'Московский дом соотечественника' }, { value: 'khovar', label: 'НИАТ «Ховар»' }]);
    expect(options('topics')).toEqual([{ value: 'media', label: 'СМИ и информация' }]);
    expect(options('countries')).toEqual([{ value: 'RU', label: 'Россия (RU)' }, { value: 'TJ', label: 'Таджикистан (TJ)' }, { value: 'UZ', label: 'Узбекистан (UZ)' }]);
  });
});

describe('the editor UI language', () => {
  it.each([[['ru-RU', 'en'], 'ru'], [['tg-TJ', 'ru'], 'ru'], [['en-GB'], 'en-GB'], [['en'], 'en-GB'], [['fr-FR'], 'ru'], [['ar-EG'], 'ar']])('%j → %s', (browser, ui) => {
    expect(uiLocale(browser)).toBe(ui);
  });
});
