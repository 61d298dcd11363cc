/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * code and key are unchanged since the last build is copied from the cache instead of
 * rendered. Astro hashes the code (the page's module graph, CSS and JSON strings
 * included); the key must cover every piece of data the page shows. So a key is a hash
 * of the data handed to the page plus the site-wide data every page may show.
 */
import { createHash } from 'node:crypto';
import { basePath, languages, pageSize, siteUrl } from '../../config.ts';

/** The part of a release that can show on any page: its source digest and parsed frontmatter. */
interface Stampable {
  id: string;
  path: string;
  data: unknown;
  entry: { digest?: number | string; body?: string };
}

const stamps = new WeakMap<object, string>();

const isRelease = (v: unknown): v is Stampable =>
  typeof v === 'object' && v !== null && 'entry' in v && 'path' in v && 'data' in v;

/** A release stands for its id, address, frontmatter and source digest (or body). */
function releaseStamp(r: Stampable): string {
  let stamp = stamps.get(r);
  if (stamp === undefined) {
    stamp = createHash('sha1').update(JSON.stringify([r.id, r.path, r.data, r.entry.digest ?? r.entry.body ?? null])).digest('base64url');
    stamps.set(r, stamp);
  }
  return stamp;
}

const replacer = (_key: string, value: unknown) => (isRelease(value) ? releaseStamp(value) : value);

/** A short hash of JSON-able data; releases anywhere inside count by their stamp. */
export function stampOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value, replacer)).digest('base64url');
}

/**
 * The key of a page showing `parts`. `siteStamp` stands for what any page may show
 * besides (agencies and topics, see loadSite()); the settings read from the environment
 * are added here.
 */
export function cacheKey(siteStamp: string, ...parts: unknown[]): string {
  return stampOf([languages, siteUrl, basePath, pageSize, siteStamp, parts]);
}
