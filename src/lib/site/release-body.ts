/**
 * Sätteri HAST plugin for release bodies, in the language of each file
 * (content/releases/<lang>/…): footnotes headed and labelled in that language,
 * wide tables in a keyboard-reachable scroll box, links whose text is their own
 * address marked so print does not repeat it, e-mail addresses that wrap only before
 * "@" or a dot (as Email.astro), and Russian and Tajik typography.
 */
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { t } from '../../i18n/t.ts';
import { typeset } from '../../i18n/typography.ts';
import { emailParts } from './email.ts';

type Element = Extract<HastNode, { type: 'element' }>;

/** An address's parts as HAST: the same markup as src/components/Email.astro. */
const emailChildren = (address: string): Element['children'] => emailParts(address).map((p) =>
  'wbr' in p ? { type: 'element', tagName: 'wbr', properties: {}, children: [] }
  : p.glue ? { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value: p.text }] }
  : { type: 'text', value: p.text }) as Element['children'];

// The plugin asks once per element and text node; the answer is the same for every node of a file.
let last: { url: URL; languages: readonly string[]; lang: string | undefined } | undefined;

/** The language folder of the file being compiled, or undefined outside content/releases/. */
export function fileLanguage(ctx: Pick<HastVisitorContext, 'fileURL'>, languages: readonly string[]): string | undefined {
  const url = ctx.fileURL;
  if (!url) return undefined;
  if (last?.url === url && last.languages === languages) return last.lang;
  const m = /\/releases\/([^/]+)\//.exec(decodeURIComponent(url.pathname));
  const lang = m && languages.includes(m[1]!) ? m[1] : undefined;
  last = { url, languages, lang };
  return lang;
}

const classes = (node: Element): string[] => {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

// Text in these is code or an address, not prose.
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** The plugin, for `satteri({ hastPlugins: [safeMarkdown(…), releaseBody(languages)] })`. */
export function releaseBody(languages: readonly string[]): HastPluginDefinition {
  const tables = new WeakMap<object, number>();
  return {
    name: 'press-release-body',
    element: {
      filter: ['h2', 'a', 'table'],
      visit(node, ctx) {
        const lang = fileLanguage(ctx, languages);
        if (!lang) return;
        if (node.tagName === 'h2' && node.properties?.id === 'footnote-label') {
          ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: t(lang, 'release.footnotes') }] });
        } else if (node.tagName === 'a' && (node.properties?.dataFootnoteBackref !== undefined || classes(node).includes('data-footnote-backref'))) {
          const n = /\d+/.exec(String(node.properties?.ariaLabel ?? ''))?.[0] ?? '';
          ctx.setProperty(node, 'ariaLabel', t(lang, 'release.footnote.back', { n }));
        } else if (node.tagName === 'a' && String(node.properties?.href ?? '') === `mailto:${ctx.textContent(node).trim()}`) {
          const address = ctx.textContent(node).trim();
          ctx.replaceNode(node, { ...node, properties: { ...node.properties, className: [...classes(node), 'email'], dir: 'ltr' }, children: emailChildren(address) });
        } else if (node.tagName === 'a' && ctx.textContent(node).trim() === String(node.properties?.href ?? '')) {
          ctx.setProperty(node, 'className', [...classes(node), 'bare-url']);
        } else if (node.tagName === 'table') {
          const n = (tables.get(ctx.data) ?? 0) + 1;
          tables.set(ctx.data, n);
          // A scroll box a keyboard can reach (axe scrollable-region-focusable), named for screen readers.
          ctx.wrapNode(node, {
            type: 'element', tagName: 'section', children: [],
            properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: t(lang, 'release.table', { n }) },
          });
        }
      },
    },
    text(node, ctx) {
      const lang = fileLanguage(ctx, languages);
      if (!lang || !/\s/.test(node.value)) return;
      const parent = ctx.parent(node);
      if (parent && 'tagName' in parent && VERBATIM.has(parent.tagName)) return;
      const value = typeset(node.value, lang);
      if (value !== node.value) return { ...node, value };
    },
  };
}
