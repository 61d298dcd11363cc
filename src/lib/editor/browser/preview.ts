/**
 * The release preview: the real page's markup (classes of the release page
 * and Participants), styled by the site's own CSS, labels in the version's language.
 * Sveltia CMS renders it with the React it ships (window.h).
 */
import { collator, countryName, formatDateTime } from '../../../i18n/format.ts';
import type { PressData } from './data.ts';

type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface Props {
  entry: { get(key: string): unknown; getIn(path: string[]): unknown };
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}

const toJS = (v: unknown): unknown => (v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS(): unknown }).toJS() : v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The language of the version shown, from its file path (content/releases/<lang>/…). */
const langOf = (props: Props, data: PressData): string => {
  const path = text(props.entry.get('path'));
  return /releases\/([a-z]{2,3})\//.exec(path)?.[1] ?? text(props.entry.get('locale')) ?? data.languages[0]!;
};

export function releasePreview(data: PressData) {
  return function ReleasePreview(props: Props) {
    const h = (window as unknown as { h: H }).h;
    const lang = langOf(props, data) || data.languages[0]!;
    const t = (key: string, vars: Record<string, string> = {}) =>
      (data.strings[lang]?.[key] ?? data.strings[data.languages[0]!]?.[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
    const get = (...path: string[]) => toJS(props.entry.getIn(['data', ...path]));
    const agency = data.agencies[text(get('agency'))];
    const zone = text(get('timezone')) || agency?.timezone || 'UTC';
    const date = new Date(text(get('date')));
    const countries = ((get('participants', 'countries') as string[] | undefined) ?? [])
      .map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) => collator(lang).compare(a.name, b.name));
    const organisations = (get('participants', 'organisations') as string[] | undefined) ?? [];
    const topics = ((get('topics') as string[] | undefined) ?? []).map((id) => data.topics[id]?.[lang] ?? data.topics[id]?.ru ?? id);
    const image = get('image') as { src?: string; alt?: string; caption?: string; credit?: string } | undefined;
    const imageUrl = image?.src ? String(props.getAsset(image.src) ?? image.src) : '';
    const dateline = text(get('dateline'));
    return h('article', { className: 'release', lang },
      h('header', { className: 'release-header' },
        h('h1', null, text(get('title'))),
        h('p', { className: 'meta' },
          dateline && h('span', { className: 'dateline' }, `${dateline}, `),
          Number.isNaN(date.getTime()) ? null : h('time', { dateTime: date.toISOString() }, formatDateTime(date, zone, lang)),
          agency && ' · ',
          agency && h('span', { className: 'agency' }, `${t('release.agency')}: `, h('a', { href: '#' }, agency.short?.[lang] ?? agency.name[lang] ?? agency.name.ru))),
        text(get('summary')) && h('p', { className: 'lead' }, text(get('summary')))),
      imageUrl && h('figure', { className: 'hero' },
        h('img', { src: imageUrl, alt: image?.alt ?? '' }),
        (image?.caption || image?.credit) && h('figcaption', null, image?.caption ?? '', image?.caption && image?.credit ? ' ' : '',
          image?.credit && h('span', { className: 'credit' }, t('release.photo', { credit: image.credit })))),
      h('div', { className: 'body' }, props.widgetFor('body')),
      h('footer', { className: 'release-footer' },
        (countries.length > 0 || organisations.length > 0) && h('section', { className: 'participants' },
          h('h2', null, t('release.participants')),
          h('dl', null,
            countries.length > 0 && h('dt', null, t('release.countries')),
            countries.length > 0 && h('dd', null, h('ul', { className: 'inline-list' }, ...countries.map((c) => h('li', { key: c.code, 'data-country': c.code }, h('a', { href: '#' }, c.name))))),
            organisations.length > 0 && h('dt', null, t('release.organisations')),
            organisations.length > 0 && h('dd', null, h('ul', { className: 'inline-list' }, ...organisations.map((o) => h('li', { key: o }, o)))))),
        topics.length > 0 && h('p', { className: 'topics' }, `${t('release.topics')}: ${topics.join(', ')}`)));
  };
}
