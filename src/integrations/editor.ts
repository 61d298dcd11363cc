/**
 * The press officers' editor at /admin/ (Sveltia CMS), written after the site
 * and its header files, so no public page, sitemap, feed or search index holds
 * anything of it. PRESS_EDITOR=off leaves it out. The work is in src/lib/editor/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEditor } from '../lib/editor/site.ts';

export function editor(opts: { contentDir: string; languages: readonly string[]; siteUrl: string }): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let base = '/';
  return {
    name: 'press-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRESS_EDITOR === 'off') return;
        const bytes = await writeEditor({ root, out: fileURLToPath(dir), cacheDir, base, ...opts, env: process.env });
        logger.info(`/admin/ written (CMS bundle ${(bytes / 1024 / 1024).toFixed(1)} MB, loaded only by /admin/)`);
      },
    },
  };
}
