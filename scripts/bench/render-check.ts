/**
 * Did the build render what the corpus asks for? Counts releases with a GFM
 * table, a footnote and MDX in the source, and the built pages showing them,
 * so a Markdown pipeline that drops one of them is caught by the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './dist-stats.ts';

export interface RenderCounts { tables: number; footnotes: number; mdx: number }

/** Releases in the source that need each feature. */
export function sourceCounts(texts: Iterable<[path: string, text: string]>): RenderCounts {
  const c = { tables: 0, footnotes: 0, mdx: 0 };
  for (const [path, text] of texts) {
    if (/^\| ---/m.test(text)) c.tables++;
    if (/^\[\^1\]: /m.test(text)) c.footnotes++;
    if (path.endsWith('.mdx')) c.mdx++;
  }
  return c;
}

/** Release pages in the output that show each feature. */
export function outputCounts(pages: Iterable<string>): RenderCounts {
  const c = { tables: 0, footnotes: 0, mdx: 0 };
  for (const html of pages) {
    if (html.includes('<table')) c.tables++;
    if (/data-footnotes|class="footnotes"/.test(html)) c.footnotes++;
    if (html.includes('MDX-ok')) c.mdx++;
  }
  return c;
}

/** Both counts for a corpus folder and its built dist/ (release pages only). */
export function renderCheck(corpusDir: string, dist: string) {
  const releases = join(corpusDir, 'releases');
  const source = sourceCounts(filesUnder(releases).map((f) => [f, readFileSync(join(releases, f), 'utf8')] as [string, string]));
  const pages = filesUnder(dist).filter((f) => /^[a-z]{2}\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
  const output = outputCounts(pages.map((f) => readFileSync(join(dist, f), 'utf8')));
  return { source, output, ok: source.tables === output.tables && source.footnotes === output.footnotes && source.mdx === output.mdx };
}
