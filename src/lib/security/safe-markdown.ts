/**
 * Sätteri HAST plugin for Markdown: fails the build, naming the file, when raw
 * HTML leaves the safe subset (html-rules.ts), and marks external links
 * rel="noopener noreferrer". MDX files get the link rules and those of mdx-rules.ts
 * (no components, expressions or attributes in braces that cannot be proven safe).
 * Links written from the site root ("/ru/countries/tj/") get the base path, so
 * they still work when the site is served under one.
 * Failing rather than silently stripping: a press officer sees what was refused
 * and why, instead of a release published without part of its text.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToHast, type HastNode, type HastPluginDefinition, type HastVisitorContext } from 'satteri';
import { say } from '../../i18n/messages.ts';
import { elementProblems, isExternal, remoteMediaProblem, unsafeUrl, type ElementLike } from './html-rules.ts';
import { exportedNames, mdxProblems, type MdxNode } from './mdx-rules.ts';

/** Every node of a tree, MDX nodes included. */
function* nodes(node: HastNode): Generator<HastNode> {
  yield node;
  if ('children' in node) for (const child of node.children as HastNode[]) yield* nodes(child);
}

/** Every element inside a parsed HTML fragment. */
function* elements(node: HastNode): Generator<ElementLike> {
  if (node.type === 'element') yield node as ElementLike;
  if ('children' in node) for (const child of node.children as HastNode[]) yield* elements(child);
}

const fileName = (ctx: HastVisitorContext): string =>
  ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(Markdown text)';

/** The error thrown for a document with unsafe raw HTML. */
export class UnsafeHtmlError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${say('build.unsafeHtml', { file })}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'UnsafeHtmlError';
  }
}

/**
 * The plugin, for `satteri({ hastPlugins: [safeMarkdown(site)] })`; `siteOrigin` tells external links
 * apart. With `lines`, each problem names its line (for sources whose lines are the file's).
 * `base` is the site's base path ("/press/"), put in front of links written from the site root.
 */
export function safeMarkdown(siteOrigin: string, lines = false, base = '/'): HastPluginDefinition {
  // One list per document: the plugin object is shared by every file of the build.
  const found = new WeakMap<object, string[]>();
  const problemsOf = (ctx: HastVisitorContext): string[] => {
    let list = found.get(ctx.data);
    if (!list) found.set(ctx.data, (list = []));
    return list;
  };
  const at = (node: HastNode, problem: string) =>
    lines && node.position ? `line ${node.position.start.line}: ${problem}` : problem;
  return {
    name: 'press-safe-markdown',
    options: { position: lines },
    raw(node, ctx) {
      if (ctx.sourceFormat === 'mdx') return;
      const tree = htmlToHast(node.value, { fragment: true });
      for (const el of elements(tree)) problemsOf(ctx).push(...elementProblems(el, siteOrigin).map((p) => at(node, p)));
    },
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (node.tagName === 'img') {
          const src = String(node.properties?.src ?? '').trim();
          if (unsafeUrl('img', 'src', src)) problemsOf(ctx).push(at(node, say('link.unsafe', { value: src.slice(0, 60) })));
          const problem = remoteMediaProblem('img', node.properties ?? {}, siteOrigin);
          if (problem) problemsOf(ctx).push(at(node, problem));
          return;
        }
        const href = String(node.properties?.href ?? '');
        // The content check refuses these before the build; this is the second lock on the door.
        if (unsafeUrl('a', 'href', href.trim())) problemsOf(ctx).push(at(node, say('link.unsafe', { value: href.slice(0, 60) })));
        if (isExternal(href, siteOrigin)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        else if (base !== '/' && /^\/(?!\/)/.test(href) && !href.startsWith(base)) ctx.setProperty(node, 'href', base + href.slice(1));
      },
    },
    after(root, ctx) {
      if (ctx.sourceFormat === 'mdx') {
        const all = [...nodes(root as HastNode)] as unknown as (MdxNode & HastNode)[];
        const names = exportedNames(all.filter((n) => n.type === 'mdxjsEsm').map((n) => n.value ?? ''));
        for (const n of all) problemsOf(ctx).push(...mdxProblems(n, names, siteOrigin).map((p) => at(n, p)));
      }
      const problems = problemsOf(ctx);
      if (problems.length) throw new UnsafeHtmlError(fileName(ctx), problems);
    },
  };
}
