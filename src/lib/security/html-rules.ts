/**
 * The safe subset of raw HTML a press officer may write in Markdown, as pure
 * checks over HAST elements. Anything that could run script, load from an
 * unknown origin or break the Content-Security-Policy is refused with the fix.
 */
import { say } from '../../i18n/messages.ts';
import { FRAME_ORIGINS } from './policy.ts';

/** Presentational and structural tags; no script, style, form, object, svg or meta-like tags. */
const ALLOWED_TAGS = new Set(`a abbr audio b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt
  em figcaption figure h1 h2 h3 h4 h5 h6 hr i iframe img ins kbd li mark ol p picture pre q rp rt ruby s samp small source
  span strong sub summary sup table tbody td tfoot th thead time tr track u ul var video wbr`.split(/\s+/));

/** Attributes holding a URL (HAST property names, lower-cased). */
export const URL_PROPS = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'xlinkhref', 'background']);

/** Schemes a URL may use; relative URLs have none. data: only for images. */
const SAFE_SCHEME = /^(https?|mailto|tel):/i;

export interface ElementLike {
  tagName: string;
  properties?: Record<string, unknown>;
}

const urlValue = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v ?? '')).trim();

/**
 * The scheme of a URL as browsers read it (they ignore control characters and spaces
 * inside it). Percent escapes are decoded first: "java%09script:" is harmless as the
 * Markdown renderer writes it, but it is refused all the same rather than trusted.
 */
function scheme(url: string): string | undefined {
  const decoded = url.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  // eslint-disable-next-line no-control-regex
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  return m?.[1]?.toLowerCase();
}

/** True when a URL in `tag`'s `prop` would use a scheme other than http(s), mailto, tel (data: only for images). */
export function unsafeUrl(tag: string, prop: string, url: string): boolean {
  const s = scheme(url);
  if (s === undefined) return false;
  if (s === 'data') return !(tag === 'img' && prop === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url));
  return !SAFE_SCHEME.test(`${s}:`);
}

/** Whether `href` leaves the site (an absolute or scheme-relative http(s) URL on another origin). */
export function isExternal(href: string, siteOrigin: string): boolean {
  // "//host/" and "/\\host/" are read by browsers as links to another site too.
  const url = /^[/\\]{2}/.test(href) ? `https:${href.replace(/\\/g, '/')}` : href;
  if (!/^https?:\/\//i.test(url)) return false;
  try { return new URL(url).origin !== new URL(siteOrigin).origin; } catch { return true; }
}

const MEDIA_TAGS = new Set(['img', 'video', 'audio', 'source', 'track']);

/**
 * An image or media file from another site: the CSP (img-src/media-src 'self')
 * would block it in the reader's browser, so it is refused at build instead.
 */
export function remoteMediaProblem(tag: string, props: Record<string, unknown>, siteOrigin: string): string | undefined {
  const src = urlValue(props.src);
  if (!MEDIA_TAGS.has(tag) || !isExternal(src, siteOrigin)) return undefined;
  return say('html.remote', { tag, value: src.slice(0, 60) });
}

/** Problems with one raw-HTML element, each a sentence naming what to change. */
export function elementProblems(el: ElementLike, siteOrigin: string): string[] {
  const tag = el.tagName.toLowerCase();
  if (!ALLOWED_TAGS.has(tag)) {
    return [say('html.tag', { tag })];
  }
  const problems: string[] = [];
  const props = el.properties ?? {};
  for (const [name, value] of Object.entries(props)) {
    const key = name.toLowerCase();
    if (key.startsWith('on')) problems.push(say('html.handler', { tag, value: key }));
    else if (key === 'style') problems.push(say('html.style', { tag }));
    else if (URL_PROPS.has(key) && unsafeUrl(tag, key, urlValue(value))) {
      problems.push(say('html.url', { tag, attr: key, value: urlValue(value).slice(0, 40) }));
    }
  }
  const media = remoteMediaProblem(tag, props, siteOrigin);
  if (media) problems.push(media);
  if (tag === 'iframe') {
    const src = urlValue(props.src);
    if (!FRAME_ORIGINS.some((o) => src.startsWith(`${o}/`))) {
      problems.push(say('html.iframe', { value: src.slice(0, 60), list: FRAME_ORIGINS.join(', ') }));
    }
  }
  if (tag === 'a' && isExternal(urlValue(props.href), siteOrigin)) {
    const rel = new Set(urlValue(props.rel).toLowerCase().split(/\s+/));
    if (!rel.has('noopener') || !rel.has('noreferrer')) {
      problems.push(say('html.rel', { value: urlValue(props.href).slice(0, 60) }));
    }
  }
  return problems;
}
