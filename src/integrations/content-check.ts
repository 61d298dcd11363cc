/**
 * Runs `npm run check` (src/lib/tools/check-run.ts) before any content is read,
 * so the build and the check refuse exactly the same content with the same
 * messages: a build never publishes what the check would refuse. In dev the
 * problems are logged and the server starts.
 *
 * The check runs in a worker thread while Astro starts up; the content loaders
 * wait for it (src/lib/content/check-gate.ts), and so does the build itself in
 * case no loader runs. It took ≈ 1 s of the build's thread at 10,000 releases.
 *
 * It also removes Astro's generated lists of content images and modules
 * (.astro/content-assets.mjs, content-modules.mjs) before the content sync:
 * Astro rewrites them only when it thinks an entry's assets changed, so with a
 * kept cache a list from an earlier build (when an embargoed release was live,
 * or of another content folder) would still import its photo into dist/_astro.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { say } from '../i18n/messages.ts';
import { closeGate, gatePassed } from '../lib/content/check-gate.ts';
import { formatFinding, type Finding } from '../lib/tools/check.ts';
import type { RunOptions } from '../lib/tools/check-run.ts';
import { workerAnswer } from './worker-answer.ts';

export interface ContentCheckOptions { contentDir: string; languages: string[]; now: Date; siteOrigin: string }

/** The findings of `runCheck(contentDir, options)`, from a worker thread. */
export const checkLater = (contentDir: string, options: RunOptions): Promise<Finding[]> =>
  workerAnswer(new URL('./content-check-worker.ts', import.meta.url), { contentDir, options }, 'the content check');

/** Logs the findings; in a build, ends the process on an error. */
function report(findings: Finding[], build: boolean, logger: AstroIntegrationLogger): void {
  const errors = findings.filter((f) => f.level === 'error');
  const warnings = findings.filter((f) => f.level === 'warning');
  if (warnings.length) logger.warn(`${say('check.warnings', { count: warnings.length })}\n${warnings.map(formatFinding).join('\n')}`);
  if (!errors.length) return;
  logger.error(`${say('build.refused', { count: errors.length })}\n${errors.map(formatFinding).join('\n')}`);
  // Ended here rather than thrown: Astro would add a stack trace and guessed hints
  // ("Browser APIs are not available" for a link naming `document`) to a list that is complete.
  if (build) process.exit(1);
}

export function contentCheck(o: ContentCheckOptions): AstroIntegration {
  return {
    name: 'press-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Vitest loads this config (getViteConfig) in a checkout that may be building: deleting its
        // generated lists there breaks that build. Test builds run astro in a child without VITEST.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        for (const file of ['content-assets.mjs', 'content-modules.mjs']) {
          rmSync(fileURLToPath(new URL(`.astro/${file}`, config.root)), { force: true });
        }
        const build = command === 'build';
        closeGate(checkLater(o.contentDir, {
          languages: o.languages, now: o.now, siteOrigin: o.siteOrigin,
          imageBudgetMb: Number(process.env.PRESS_IMAGE_BUDGET_MB ?? 2), cacheDir: fileURLToPath(config.cacheDir),
        }).then(
          (findings) => report(findings, build, logger),
          (error: unknown) => {
            logger.error(String(error));
            if (build) process.exit(1);
          },
        ));
      },
      // Where no loader ran, the build still waits for the verdict before it renders anything.
      'astro:build:start': () => gatePassed(),
    },
  };
}
