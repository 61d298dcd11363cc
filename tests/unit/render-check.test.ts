import { describe, expect, it } from 'vitest';
import { outputCounts, sourceCounts } from '../../scripts/bench/render-check.ts';
import { rehypeExternalLinks } from '../../src/lib/security/rehype-external-links.ts';

describe('render check', () => {
  it('counts tables, footnotes and MDX in sources and in pages', () => {
    expect(sourceCounts([
      ['a.md', 'x\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.'],
      ['b.mdx', "{['MDX', 'ok'].join('-')}"],
      ['c.md', 'a | b, no table'],
    ])).toEqual({ tables: 1, footnotes: 1, mdx: 1 });
    expect(outputCounts(['<table><tr></tr></table><section data-footnotes class="footnotes">', '<p>MDX-ok</p>', "<p>{['MDX'</p>"]))
      .toEqual({ tables: 1, footnotes: 1, mdx: 1 });
  });
});

describe('rehype external links', () => {
  it('marks links to other sites only', () => {
    const tree = { type: 'root', children: [
      { type: 'element', tagName: 'a', properties: { href: 'https://other.org/x' }, children: [] },
      { type: 'element', tagName: 'p', properties: {}, children: [
        { type: 'element', tagName: 'a', properties: { href: 'https://press.example.org/ru/' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: '/ru/' }, children: [] },
      ] },
    ] };
    rehypeExternalLinks('https://press.example.org')()(tree);
    const [ext, p] = tree.children;
    expect(ext!.properties).toEqual({ href: 'https://other.org/x', rel: ['noopener', 'noreferrer'] });
    expect(p!.children!.map((a) => a.properties)).toEqual([{ href: 'https://press.example.org/ru/' }, { href: '/ru/' }]);
  });
});
