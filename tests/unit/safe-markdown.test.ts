import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { safeMarkdown, UnsafeHtmlError } from '../../src/lib/security/safe-markdown.ts';

const SITE = 'https://press.example.org';
const FILE = new URL('file:///site/content/releases/en/2026/bad.md');

async function render(md: string): Promise<string> {
  const { html } = await markdownToHtml(md, { hastPlugins: [safeMarkdown(SITE)], fileURL: FILE });
  return html;
}

async function refusal(md: string): Promise<UnsafeHtmlError> {
  const error = await render(md).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnsafeHtmlError);
  return error as UnsafeHtmlError;
}

describe('raw HTML in Markdown', () => {
  it('refuses <script>, naming the file', async () => {
    const e = await refusal('Text\n\n<script>alert(1)</script>\n');
    expect(e.message).toContain('bad.md');
    expect(e.message).toContain('<script> is not allowed');
  });

  it('refuses event-handler attributes, inline and in blocks', async () => {
    expect((await refusal('<img src="x.png" onerror="alert(1)">\n')).problems).toEqual([expect.stringContaining('onerror')]);
    expect((await refusal('Some <b onclick="x()">bold</b> text\n')).problems[0]).toContain('onclick');
  });

  it('refuses javascript: URLs, even disguised', async () => {
    expect((await refusal('<div><a href="java\tscript:alert(1)">x</a></div>\n')).problems[0]).toContain('only http(s)');
  });

  it('allows iframes only from the listed video origins', async () => {
    expect((await refusal('<iframe src="https://evil.example/x"></iframe>\n')).problems[0]).toContain('youtube-nocookie');
    const ok = await render('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>\n');
    expect(ok).toContain('youtube-nocookie.com/embed/abc');
  });

  it('refuses style, forms and svg; lists every problem at once', async () => {
    const e = await refusal('<p style="color:red">x</p>\n\n<form action="/x"></form>\n\n<svg><script>1</script></svg>\n');
    expect(e.problems).toEqual([
      expect.stringContaining('style'), expect.stringContaining('<form>'), expect.stringContaining('<svg>'),
      expect.stringContaining('<script>'),
    ]);
  });

  it('refuses images from other sites, in Markdown and raw HTML, which the CSP would block', async () => {
    expect((await refusal('![Photo](https://cdn.example/p.jpg)\n')).problems[0]).toContain('images and media must be files');
    expect((await refusal('<video src="https://cdn.example/v.mp4"></video>\n')).problems[0]).toContain('<video src=');
    expect(await render('![Photo](./photo.jpg) ![Own](https://press.example.org/a.png)\n')).toContain('./photo.jpg');
  });

  it('keeps the safe subset as written', async () => {
    const html = await render('A <abbr title="United Nations">UN</abbr> note<sup>1</sup>.\n\n<figure><img src="/a.png" alt="A"><figcaption>A</figcaption></figure>\n');
    expect(html).toContain('<abbr title="United Nations">UN</abbr>');
    expect(html).toContain('<figcaption>A</figcaption>');
  });
});

describe('links in Markdown', () => {
  it('marks external links noopener noreferrer, not the site\'s own', async () => {
    const html = await render('[a](https://other.example/) [b](https://press.example.org/en/) [c](/en/)\n');
    expect(html).toContain('<a href="https://other.example/" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="https://press.example.org/en/">b</a>');
    expect(html).toContain('<a href="/en/">c</a>');
  });

  it('refuses a raw external <a> without rel, accepts it with', async () => {
    expect((await refusal('<a href="https://other.example/">x</a>\n')).problems[0]).toContain('[text](url)');
    expect(await render('<a href="https://other.example/" rel="noopener noreferrer">x</a>\n')).toContain('other.example');
  });
});

describe('links browsers read as going to another site', () => {
  it('get rel="noopener noreferrer" when written scheme-relative, "//host/"; raw HTML "/\\host/" needs it too', async () => {
    const html = await render('[a](//evil.example/) [b](/\\evil.example/) [c](/ru/)\n');
    expect(html).toMatch(/href="\/\/evil\.example\/" rel="noopener noreferrer"/);
    // The renderer percent-encodes the backslash: a path on this site.
    expect(html).toMatch(/href="\/%5Cevil\.example\/">/);
    expect(html).toMatch(/href="\/ru\/">/);
    expect((await refusal('<a href="/\\evil.example/">x</a>\n')).problems[0]).toContain('rel="noopener noreferrer"');
  });
});
