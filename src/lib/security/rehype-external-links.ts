/**
 * rehype twin of the link rule in safe-markdown.ts, for the unified (remark)
 * Markdown pipeline: external links get rel="noopener noreferrer". The link and
 * raw-HTML rules need no twin: the build's content check (body-rules.ts) runs them
 * on every release before the build, whichever pipeline renders them.
 */
import { isExternal } from './html-rules.ts';

interface Node { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] }

/** The plugin, for `unified({ rehypePlugins: [rehypeExternalLinks(site)] })`. */
export function rehypeExternalLinks(siteOrigin: string) {
  const walk = (node: Node): void => {
    if (node.type === 'element' && node.tagName === 'a' && isExternal(String(node.properties?.href ?? ''), siteOrigin)) {
      node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
    }
    node.children?.forEach(walk);
  };
  return () => (tree: Node) => walk(tree);
}
