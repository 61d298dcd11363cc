/**
 * The content model. Press officers: this file lists every field a release can
 * have, what it means, whether it is required, and an example. A release that
 * does not match fails the build (and `npm run check`) with the file, the field
 * and what is expected.
 *
 * The schemas take Astro's `image` and `reference` helpers as arguments, so the
 * content check script can use the very same rules without running Astro.
 */
import { z } from 'astro/zod';
import { isCountryCode, suggestCountry } from './lib/content/countries.ts';
import { dateMessage, isValidZone, readDateTime } from './lib/content/dates.ts';
import { say } from './i18n/messages.ts';

/** Text per language, e.g. `{ ru: "НИАТ «Ховар»", en: "Khovar" }`. */
export const localized = z.record(z.string(), z.string().min(1));

export const zone = z.string().refine(isValidZone, { error: () => say('field.zone') });

/** Lowercase letters, digits and hyphens: "cis-information-consultations-2020". */
export const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: () => say('field.key') });

export const country = z.string().superRefine((code, ctx) => {
  if (isCountryCode(code)) return;
  const hint = suggestCountry(code);
  ctx.addIssue({ code: 'custom', message: hint ? say('field.countryHint', { value: code, hint }) : say('field.country', { value: code }) });
});

/**
 * A date-time. Write it with its offset: 2020-10-07T10:00:00+05:00. A real calendar
 * date and time only (src/lib/content/dates.ts): 2020-02-30 is refused, not read as 1 March.
 */
export const dateTime = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const raw = typeof value === 'string' ? value : String(value ?? '');
  const read = readDateTime(raw);
  if ('date' in read) return read.date;
  ctx.addIssue({ code: 'custom', message: value === undefined ? say('field.required', { what: say('what.date') }) : dateMessage(raw, read) });
  return z.NEVER;
});

/** What a release's schema needs from Astro: images next to the file, references to other collections. */
export interface SchemaHelpers {
  image: () => z.ZodType;
  reference: (collection: 'agencies' | 'topics') => z.ZodType<{ id: string }>;
}

// The photo's text fields, built once: Astro builds the photo's schema per release (its image helper
// is per file), and these field chains cost more to build than to apply.
const heroText = {
  /** What the image shows, for readers who cannot see it. Required with an image. */
  alt: z.string({ error: () => say('field.required', { what: say('what.alt') }) }).trim().min(1, { error: () => say('field.empty') }),
  /** Caption under the image. Optional. */
  caption: z.string().trim().min(1).optional(),
  /** Photo credit. Optional. Example: "CIS Executive Committee press service" */
  credit: z.string().trim().min(1).optional(),
};

/** The hero image field, next to the release file; separate so the content config can build it per file. */
export const heroImage = (image: SchemaHelpers['image']) =>
  z.object({
    /** Path relative to this file. Example: ./consultations.jpg */
    src: image(),
    ...heroText,
  }).strict().optional();

/** Frontmatter of a release. */
export const releaseSchema = ({ image, reference }: SchemaHelpers) =>
    z.object({
    /** Headline. Required. Example: "CIS foreign ministries consult on information policy" */
    title: z.string({ error: () => say('field.required', { what: say('what.title') }) }).trim().min(1, { error: () => say('field.empty') }),
    /** Lead paragraph shown in lists, feeds and search results. Optional. */
    summary: z.string().trim().min(1).optional(),
    /** When the release was issued, with offset. Required. Example: 2020-10-07T10:00:00+05:00 */
    date: dateTime,
    /** Time zone the date is shown in. Optional: defaults to the agency's zone. Example: Asia/Dushanbe */
    timezone: zone.optional(),
    /** Last substantive correction. Optional. Same form as `date`. */
    updated: dateTime.optional(),
    /** Dateline city, as printed before the text. Optional. Example: "Dushanbe" */
    dateline: z.string().trim().min(1).optional(),
    /** Author of the text, as the agency credits them. Optional. Example: "Анвар Саидов" */
    byline: z.string().trim().min(1).optional(),
    /** Id of the issuing agency in content/agencies.yml. Required. Example: khovar */
    agency: reference('agencies'),
    /** Who took part. Optional; defaults to none. */
    participants: z.object({
      /** ISO 3166-1 alpha-2 codes, capitals. Example: [AM, BY, KZ, RU, TJ, UZ] */
      countries: z.array(country).default([]),
      /** Organisations by name. Example: ["CIS Executive Committee"] */
      organisations: z.array(z.string().trim().min(1)).default([]),
    }).strict().default({ countries: [], organisations: [] }),
    /** Topic ids from content/topics.yml. Optional. Example: [diplomacy, media] */
    topics: z.array(reference('topics')).default([]),
    /**
     * Links shown under "Related". Each is either another release, by its
     * translation key (`- release: cis-info-consultations-2020`), or an
     * external page (`- title: "…"` and `url: https://…`).
     */
    related: z.array(z.union([
      z.object({ release: key }).strict(),
      z.object({ title: z.string().trim().min(1), url: z.url({ protocol: /^https?$/, error: () => say('field.url') }) }).strict(),
    ], { error: () => say('field.related') })).default([]),
    /** Address of the original publication. Optional. Example: https://khovar.tj/… */
    source: z.url({ protocol: /^https?$/, error: () => say('field.url') }).optional(),
    /** Ties language versions together: the same key in each language's file. Required. */
    translationKey: key,
    /** URL slug. Optional: by default the title, transliterated to Latin. */
    slug: key.optional(),
    /** Hero image next to the file. Optional. */
    image: heroImage(image),
    /** true keeps the release out of the site entirely. Default: false. */
    draft: z.boolean().default(false),
    /** Not published before this moment (same form as `date`). Optional. */
    embargo: dateTime.optional(),
  }).strict();

/** Who journalists call: a press office or officer, a phone, an e-mail. At least one of phone and e-mail. */
const pressContact = z.object({
  /** Name of the press office or officer per language. Example: { ru: "Пресс-служба", en: "Press office" } */
  name: localized.optional(),
  /** Phone in international form. Example: "+992 37 227-64-56" */
  phone: z.string().regex(/^\+[\d\s()-]{6,}$/, 'write the phone in international form: +992 37 227-64-56').optional(),
  /** E-mail address. Example: press@khovar.tj */
  email: z.email().optional(),
}).strict().refine((c) => c.phone || c.email, 'give at least a phone or an e-mail');

/**
 * The organisation running the press center, in content/organisation.yml:
 * shown in the header (name, emblem) and footer (address, contacts, legal line).
 */
export const organisationSchema = z.object({
  /** Name per language: header, page titles, feeds, cards, news sitemap, publisher in structured data. Example: { ru: "Пресс-центр", en: "Press Centre" } */
  name: localized,
  /** A line under the name per language. Optional. */
  tagline: localized.optional(),
  /** SVG file of the emblem, next to organisation.yml; also drawn as the publisher logo (/logo.png). Optional. Example: emblem.svg */
  emblem: z.string().regex(/^[\w.-]+\.svg$/, 'name an .svg file next to organisation.yml').optional(),
  /** Postal address per language. Optional. */
  address: localized.optional(),
  /** Phone in international form. Optional. */
  phone: z.string().regex(/^\+[\d\s()-]{6,}$/, 'write the phone in international form: +992 37 227-64-56').optional(),
  /** E-mail address. Optional. */
  email: z.email().optional(),
  /** Legal line per language: owner, registration, reuse terms. Optional. */
  legal: localized.optional(),
}).strict();

/** An agency in content/agencies.yml. */
export const agencySchema = z.object({
  /** Full name per language; the reference language (ru) is required. */
  name: localized,
  /** Short name per language, used in lists. Optional. */
  short: localized.optional(),
  /** One sentence per language about the agency. Optional. */
  description: localized.optional(),
  /** The agency's own website. */
  url: z.url({ protocol: /^https?$/ }),
  /** Country the agency belongs to (ISO 3166-1 alpha-2). */
  country,
  /** Default time zone of its releases. */
  timezone: zone,
  /** Other spellings used in datelines, for the importer: "НИАТ «Ховар»". */
  aliases: z.array(z.string()).default([]),
  /** Media contacts, shown on the agency's page and under its releases. Optional. */
  press: pressContact.optional(),
});

/** A topic in content/topics.yml. */
export const topicSchema = z.object({
  /** Topic name per language. */
  name: localized,
});
