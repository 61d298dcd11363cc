/**
 * The editor's input patterns, as regular-expression source text (the CMS takes strings).
 * A unit test holds each to the rule of src/schema.ts it mirrors; the schema stays the judge.
 */

/** A date-time with its offset: 2020-10-07T10:00:00+05:00 (src/schema.ts `dateTime`). */
export const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$`;

/** Lowercase Latin letters, digits and hyphens (src/schema.ts `key`). */
export const KEY_PATTERN = String.raw`^[a-z0-9]+(?:-[a-z0-9]+)*$`;

/** An http(s) address. */
export const URL_PATTERN = String.raw`^https?://[^\s/$.?#][^\s]*$`;

/** An IANA time-zone name such as Asia/Dushanbe (the schema also checks that the zone exists). */
export const ZONE_PATTERN = String.raw`^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$`;
