/**
 * The link and raw-HTML rules over a release body, as `npm run check` and the
 * build apply them before anything renders: every href/src the Markdown makes
 * (links, reference links, autolinks, images, raw HTML, and in MDX the
 * Markdown links and literal JSX attributes) must be http(s), mailto, tel or
 * within the site, whatever its case, spacing, control characters or entities.
 * Raw HTML in .md must stay in the safe subset (html-rules.ts); what .mdx may
 * hold beyond Markdown is in mdx-rules.ts.
 */
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';
import { say } from '../../i18n/messages.ts';
import { elementProblems, remoteMediaProblem, unsafeUrl, URL_PROPS, type ElementLike } from './html-rules.ts';
import { exportedNames, mdxProblems, type MdxNode } from './mdx-rules.ts';

export interface BodyProblem { line: number; message: string }
/** A picture the body shows from a file of the site (its src as written), for rules over the whole site. */
export interface BodyImage { line: number; src: string }

// Without one of these a body can make no link, image or raw HTML (GFM's bare
// autolinks need "www." or "://", and "www." always gives http); MDX also runs { } and export.
const MAY_LINK = /[<[]|:\/\//;
const MAY_RUN = /[<[{]|:\/\/|^\s*(import|export)\b/m;

interface Node {
  type: string; tagName?: string; name?: string | null; value?: string; properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[];
  position?: { start: { line: number } };
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v ?? ''));

function linkProblems(tag: string, props: Record<string, unknown>): string[] {
  return Object.entries(props)
    .filter(([name, value]) => URL_PROPS.has(name.toLowerCase()) && unsafeUrl(tag, name.toLowerCase(), text(value).trim()))
    .map(([, value]) => say('link.unsafe', { value: text(value).trim().slice(0, 60) }));
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/**
 * Problems of a body; `firstLine` is the body's first line in the file, so lines are the file's.
 * `siteOrigin` tells images from other sites apart.
 */
export function bodyProblems(body: string, mdx: boolean, siteOrigin: string, firstLine = 1, images: BodyImage[] = []): BodyProblem[] {
  if (!(mdx ? MAY_RUN : MAY_LINK).test(body)) return [];
  let tree: Node;
  try {
    tree = (mdx ? mdxToHast(body) : markdownToHast(body)) as unknown as Node;
  } catch {
    return []; // MDX that does not compile: the build names it with its own message.
  }
  const found: BodyProblem[] = [];
  const names = mdx ? exportedNames([...walk(tree)].filter((n) => n.type === 'mdxjsEsm').map((n) => n.value ?? '')) : new Set<string>();
  for (const node of walk(tree)) {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const add = (messages: string[]) => found.push(...messages.map((message) => ({ line, message })));
    if (node.type === 'element') {
      const tag = node.tagName!.toLowerCase();
      add(linkProblems(tag, node.properties ?? {}));
      const src = text(node.properties?.src).trim();
      if (tag === 'img' && src && !/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(src)) images.push({ line, src: decodeURI(src) });
      const media = remoteMediaProblem(tag, node.properties ?? {}, siteOrigin);
      if (media) add([media]);
    } else if (node.type === 'raw' && !mdx) {
      const fragment = htmlToHast(node.value ?? '', { fragment: true }) as unknown as Node;
      for (const el of walk(fragment)) if (el.type === 'element') add(elementProblems(el as unknown as ElementLike, siteOrigin));
    } else if (mdx) {
      add(mdxProblems(node as MdxNode, names, siteOrigin));
    }
  }
  return found;
}
