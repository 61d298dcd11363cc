/**
 * The editor's fields for a release, one per field of src/schema.ts (the drift
 * test holds them together), in Sveltia CMS's field format. `i18n: true` is
 * written per language; `duplicate` is one fact copied to every translation
 * (date, agency, countries, photo), as `npm run new --translation-of` carries them.
 */
import { DATE_PATTERN, KEY_PATTERN, URL_PATTERN, ZONE_PATTERN } from './patterns.ts';

export interface Choice { value: string; label: string }

/** A field in Sveltia CMS's config format (the subset this project uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  pattern?: [string, string];
  options?: Choice[];
  multiple?: boolean;
  default?: unknown;
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  readonly?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  root?: boolean;
  [option: string]: unknown;
}

export interface FieldContext {
  /** UI string in the editor's language. */
  s: (key: string) => string;
  agencies: Choice[];
  topics: Choice[];
  countries: Choice[];
}

const dateField = (name: string, s: FieldContext['s'], required: boolean): EditorField => ({
  name, label: s(`editor.field.${name}`), widget: 'string', required, i18n: 'duplicate',
  hint: s(`editor.hint.${name}`), pattern: [DATE_PATTERN, s('editor.error.date')],
});

/** The fields of a release, in the order of src/schema.ts, then the Markdown body. */
export function releaseFields({ s, agencies, topics, countries }: FieldContext): EditorField[] {
  const text = (name: string, widget = 'string', extra: Partial<EditorField> = {}): EditorField =>
    ({ name, label: s(`editor.field.${name}`), widget, required: false, i18n: true, ...extra });
  return [
    text('title', 'string', { required: true, hint: s('editor.hint.title') }),
    text('summary', 'text', { hint: s('editor.hint.summary') }),
    dateField('date', s, true),
    text('timezone', 'string', { i18n: 'duplicate', hint: s('editor.hint.timezone'), pattern: [ZONE_PATTERN, s('editor.error.timezone')] }),
    dateField('updated', s, false),
    text('dateline', 'string', { hint: s('editor.hint.dateline') }),
    text('byline', 'string', { hint: s('editor.hint.byline') }),
    { name: 'agency', label: s('editor.field.agency'), widget: 'select', required: true, i18n: 'duplicate', options: agencies, hint: s('editor.hint.agency') },
    {
      name: 'participants', label: s('editor.field.participants'), widget: 'object', required: true, i18n: true, collapsed: false,
      fields: [
        { name: 'countries', label: s('editor.field.countries'), widget: 'select', multiple: true, required: false, i18n: 'duplicate', options: countries, hint: s('editor.hint.countries'), default: [] },
        { name: 'organisations', label: s('editor.field.organisations'), widget: 'list', required: false, i18n: true, hint: s('editor.hint.organisations'), default: [] },
      ],
    },
    { name: 'topics', label: s('editor.field.topics'), widget: 'select', multiple: true, required: false, i18n: 'duplicate', options: topics, default: [] },
    {
      name: 'related', label: s('editor.field.related'), widget: 'list', required: false, i18n: true, hint: s('editor.hint.related'), default: [],
      summary: '{{fields.release}}{{fields.title}}',
      fields: [
        { name: 'release', label: s('editor.field.relatedRelease'), widget: 'string', required: false, pattern: [KEY_PATTERN, s('editor.error.key')] },
        { name: 'title', label: s('editor.field.relatedTitle'), widget: 'string', required: false },
        { name: 'url', label: s('editor.field.relatedUrl'), widget: 'string', required: false, pattern: [URL_PATTERN, s('editor.error.url')] },
      ],
    },
    text('source', 'string', { i18n: 'duplicate', hint: s('editor.hint.source'), pattern: [URL_PATTERN, s('editor.error.url')] }),
    // Made from the headline for a new release (browser/translation-key.ts), kept for its translations.
    text('translationKey', 'translation-key', { i18n: 'duplicate', hint: s('editor.hint.translationKey') }),
    text('slug', 'string', { hint: s('editor.hint.slug'), pattern: [KEY_PATTERN, s('editor.error.key')] }),
    {
      name: 'image', label: s('editor.field.image'), widget: 'object', required: false, i18n: true, collapsed: false, hint: s('editor.hint.image'),
      fields: [
        // The collection's media folder: next to the release file.
        { name: 'src', label: s('editor.field.imageSrc'), widget: 'image', required: true, i18n: 'duplicate', choose_url: false },
        { name: 'alt', label: s('editor.field.imageAlt'), widget: 'string', required: true, i18n: true, hint: s('editor.hint.imageAlt') },
        { name: 'caption', label: s('editor.field.imageCaption'), widget: 'string', required: false, i18n: true },
        { name: 'credit', label: s('editor.field.imageCredit'), widget: 'string', required: true, i18n: true, hint: s('editor.hint.imageCredit') },
      ],
    },
    { name: 'draft', label: s('editor.field.draft'), widget: 'boolean', required: false, i18n: 'duplicate', default: false, hint: s('editor.hint.draft') },
    dateField('embargo', s, false),
    { name: 'body', label: s('editor.field.body'), widget: 'markdown', required: true, i18n: true, hint: s('editor.hint.body') },
  ];
}

/** Fields of an agency row in content/agencies.yml (names per language as objects of strings). */
export function agencyFields(s: FieldContext['s'], langs: readonly string[], countries: Choice[]): EditorField[] {
  const perLang = (name: string, required: boolean): EditorField => ({
    name, label: s(`editor.agency.${name}`), widget: 'object', required,
    fields: langs.map((l, i) => ({ name: l, label: l, widget: 'string', required: required && i === 0 })),
  });
  return [
    { name: 'id', label: s('editor.agency.id'), widget: 'string', required: true, pattern: [KEY_PATTERN, s('editor.error.key')] },
    perLang('name', true), perLang('short', false), perLang('description', false),
    { name: 'url', label: s('editor.agency.url'), widget: 'string', required: true, pattern: [URL_PATTERN, s('editor.error.url')] },
    { name: 'country', label: s('editor.agency.country'), widget: 'select', required: true, options: countries },
    { name: 'timezone', label: s('editor.agency.timezone'), widget: 'string', required: true, pattern: [ZONE_PATTERN, s('editor.error.timezone')] },
    { name: 'aliases', label: s('editor.agency.aliases'), widget: 'list', required: false, default: [] },
    {
      name: 'press', label: s('editor.agency.press'), widget: 'object', required: false,
      fields: [
        { ...perLang('name', false), label: s('editor.agency.press.name') },
        { name: 'phone', label: s('editor.agency.press.phone'), widget: 'string', required: false },
        { name: 'email', label: s('editor.agency.press.email'), widget: 'string', required: false },
      ],
    },
  ];
}

/** Fields of a topic row in content/topics.yml. */
export function topicFields(s: FieldContext['s'], langs: readonly string[]): EditorField[] {
  return [
    { name: 'id', label: s('editor.agency.id'), widget: 'string', required: true, pattern: [KEY_PATTERN, s('editor.error.key')] },
    { name: 'name', label: s('editor.topic.name'), widget: 'object', required: true, fields: langs.map((l, i) => ({ name: l, label: l, widget: 'string', required: i === 0 })) },
  ];
}
