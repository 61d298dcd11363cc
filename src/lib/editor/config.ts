/**
 * The Sveltia CMS configuration for /admin/, generated at build time from the
 * locale table, the site's languages, content/agencies.yml, content/topics.yml
 * and the ISO country list, with the fields of ./fields.ts. Nothing is written
 * by hand, so the editor cannot drift from the content model.
 */
import { collator, countryName } from '../../i18n/format.ts';
import { agencyFields, releaseFields, topicFields, type Choice, type EditorField } from './fields.ts';

export interface EditorInput {
  /** Site languages, default first (src/config.ts). */
  languages: readonly string[];
  /** Content folder relative to the repository root ("content"). */
  contentDir: string;
  agencies: { id: string; name: Record<string, string> }[];
  topics: { id: string; name: Record<string, string> }[];
  /** ISO 3166-1 alpha-2 codes. */
  countryCodes: readonly string[];
  /** UI strings of the editor's language (labels, hints, messages). */
  s: (key: string) => string;
  /** GitHub "owner/repo", branch; the editor signs in there. */
  repo: string;
  branch: string;
  /** Address of an OAuth client for "Sign in with GitHub" (else officers sign in with a token). */
  authUrl?: string;
  /** Pull requests for a second person's approval instead of direct commits. */
  editorialWorkflow: boolean;
  siteUrl: string;
}

const named = (names: Record<string, string>, lang: string, fallback: string): string =>
  names[lang] ?? Object.values(names)[0] ?? fallback;

/** Choices labelled in `lang` and sorted by its collation; the value stays the id or code. */
export function choices(rows: { id: string; name: Record<string, string> }[], lang: string): Choice[] {
  return rows.map((r) => ({ value: r.id, label: named(r.name, lang, r.id) }))
    .sort((a, b) => collator(lang).compare(a.label, b.label));
}

/** Every country as "Таджикистан (TJ)", in the editor's language and order. */
export function countryChoices(codes: readonly string[], lang: string): Choice[] {
  return codes.map((code) => ({ value: code, label: `${countryName(code, lang)} (${code})` }))
    .sort((a, b) => collator(lang).compare(a.label, b.label));
}

/** The whole configuration, as the object written to admin/config.yml. */
export function editorConfig(input: EditorInput): Record<string, unknown> {
  const { languages, s, contentDir } = input;
  const lang = languages[0]!;
  const countries = countryChoices(input.countryCodes, lang);
  const fields: EditorField[] = releaseFields({ s, agencies: choices(input.agencies, lang), topics: choices(input.topics, lang), countries });
  return {
    backend: { name: 'github', repo: input.repo, branch: input.branch, ...(input.authUrl ? { base_url: input.authUrl } : {}) },
    ...(input.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: input.siteUrl,
    // Releases keep their photos in their own folder; this is only the CMS's shared library.
    media_folder: `${contentDir}/releases`,
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    i18n: {
      // content/releases/<lang>/<yyyy>/<slug>.md, each language with its own slug,
      // linked by translationKey (Sveltia's canonical slug).
      structure: 'multiple_folders',
      locales: [...languages],
      default_locale: lang,
      // A new release starts in the default language; a translation is switched on beside it.
      initial_locales: 'default',
      canonical_slug: { key: 'translationKey', value: '{{fields.translationKey}}' },
    },
    collections: [
      {
        name: 'releases', label: s('editor.collection.releases'), label_singular: s('editor.collection.release'),
        description: s('editor.collection.releasesHelp'),
        folder: `${contentDir}/releases`, extension: 'md', format: 'frontmatter', create: true, i18n: true,
        // The year folder is the date's first four digits, as `npm run new` takes it.
        path: "{{fields.date | truncate(4, '-')}}/{{slug}}",
        slug: '{{title | localize}}',
        // Photos go next to the default language's file; every version links them from there
        // (../../ru/2026/photo.jpg, as the sample releases do; the default one is rewritten to ./photo.jpg).
        media_folder: '..', public_folder: './',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
        view_filters: [
          { label: s('editor.filter.drafts'), field: 'draft', pattern: true },
        ],
        fields,
      },
      {
        name: 'reference', label: s('editor.collection.reference'),
        files: [
          { name: 'agencies', label: s('editor.collection.agencies'), file: `${contentDir}/agencies.yml`, fields: [
            { name: 'agencies', label: s('editor.collection.agencies'), widget: 'list', root: true, summary: '{{fields.id}}', fields: agencyFields(s, languages, countries) },
          ] },
          { name: 'topics', label: s('editor.collection.topics'), file: `${contentDir}/topics.yml`, fields: [
            { name: 'topics', label: s('editor.collection.topics'), widget: 'list', root: true, summary: '{{fields.id}}', fields: topicFields(s, languages) },
          ] },
        ],
      },
    ],
  };
}
