// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './src/lib/security/rehype-external-links.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { collectAfterSync } from './src/integrations/collect-after-sync.ts';
import { cards } from './src/integrations/cards.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { buildDirFor, moveBuiltSite } from './src/integrations/out-dir.ts';
import { keptDist } from './src/integrations/kept-dist.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { editor } from './src/integrations/editor.ts';
import { safeMarkdown } from './src/lib/security/safe-markdown.ts';
import { releaseBody } from './src/lib/site/release-body.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/lib/security/policy.ts';
import { basePath, buildTime, cacheDir, contentDir, defaultLang, languages, siteUrl } from './src/config.ts';
import { alternatesFromBuiltPages, notInSitemap } from './src/lib/outputs/sitemap.ts';
import { FileMemo, sourceVersion } from './src/lib/content/file-memo.ts';

const requestedOutDir = process.env.PRESS_OUT_DIR ?? './dist';
// Astro misplaces its prerenderer for some folders outside the project (see out-dir.ts).
const outDir = buildDirFor(requestedOutDir);
// The output folder is kept between builds and pruned to what this build made (see kept-dist.ts).
// The social cards, drawn beside the pages and linked into the output folder by the build itself (see cards.ts).
// A card the kept output folder holds already is left there (card-outputs.ts): the folder's listing tells which.
const socialCards = cards(() => kept.listed());
const kept = keptDist(outDir !== requestedOutDir, socialCards.placed);
// What the sitemap read out of each page, kept in the cache so a rebuild reads only the pages written again.
const sitemapMemo = new FileMemo(resolve(cacheDir, 'sitemap-pages.json'), sourceVersion(new URL('./src/lib/outputs/sitemap.ts', import.meta.url)));

export default defineConfig({
  // The test fixture and the benchmark build elsewhere, each with its own content cache.
  outDir,
  cacheDir,
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // Four outputs at a time: an endpoint waiting for a file or a card worker does not hold up the others.
  build: { format: 'directory', concurrency: 4 },
  // Unchanged pages are copied from the previous build (keys: src/lib/content/cache-key.ts).
  experimental: { incrementalBuild: true },
  i18n: {
    locales: languages,
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // First: the build refuses what `npm run check` refuses, before anything is read or rendered.
    contentCheck({ contentDir, languages, now: buildTime, siteOrigin: siteUrl }),
    dataStoreFromDisk(),
    // Before the bundler's native memory comes on top of the heap the content sync left.
    collectAfterSync(),
    // Social cards drawn in worker threads while this thread renders the pages, written once the pages are.
    socialCards,
    mdx(),
    // Before every pass that reads the built pages: the files of the last build not built again are gone.
    kept.prune,
    notFoundPages(languages),
    // Not the i18n option: it pairs pages by path, our translations have their own slugs (see src/lib/outputs/sitemap.ts).
    sitemap({
      filter: (page) => !notInSitemap(page),
      serialize: alternatesFromBuiltPages(outDir, new URL(basePath, siteUrl).href, languages, sitemapMemo),
      namespaces: { news: false, image: false, video: false },
      // The news sitemap (src/pages/sitemap-news.xml.ts) joins the index: robots.txt names the index alone.
      customSitemaps: [new URL('sitemap-news.xml', new URL(basePath, siteUrl)).href],
    }),
    { name: 'press-sitemap-memo', hooks: { 'astro:build:done': () => sitemapMemo.save() } },
    // `npm run build` indexes after Astro's process has ended (scripts/build.ts); the site is indexed where it ends up.
    pagefind({ siteDir: requestedOutDir }),
    // It reads the final HTML of every page.
    securityHeaders(languages),
    // After it: /admin/ is no public page; it appends its own rules to _headers.
    editor({ contentDir, languages, siteUrl }),
    // After every pass that writes the output folder: marks it as this build's, to keep next time.
    kept.seal,
    // With that mark: where the cards went, so that the next build leaves them (card-outputs.ts).
    socialCards.remember,
    // Last: moves the finished site to PRESS_OUT_DIR when it was built in a staging folder.
    moveBuiltSite(outDir, requestedOutDir),
  ],
  // Raw HTML in Markdown is held to a safe subset (the build fails otherwise); MDX to what can be proven safe.
  // No Shiki: its inline styles would be blocked by the CSP.
  // PRESS_MARKDOWN=unified: the remark pipeline, kept only to benchmark against (docs/benchmark.md).
  markdown: {
    processor: process.env.PRESS_MARKDOWN === 'unified'
      ? unified({ gfm: true, rehypePlugins: [rehypeExternalLinks(siteUrl)] })
      : satteri({ hastPlugins: [safeMarkdown(siteUrl, false, basePath), releaseBody(languages)] }),
    syntaxHighlight: false,
  },
  // A CSP <meta> with hashes of Astro's own scripts and styles on every page; _headers repeats it.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  // The dev toolbar injects scripts; keep dev pages like the built ones.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules start with its own "use astro:head-inject" marker, which the bundler warns
        // about once per .mdx release (withastro/astro#18087): a harmless warning a press officer cannot act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
