/**
 * npm run check — validates all content without building the site and prints
 * every problem at once as `file:line: field: message`, errors first, then
 * warnings. Exits 1 when there is an error. The build runs the same check.
 * Settings: PRESS_CONTENT_DIR, PRESS_LANGUAGES, PRESS_BUILD_TIME (the "now" for
 * future dates), PRESS_IMAGE_BUDGET_MB (default 2), PRESS_MESSAGES_LANG (ru, en, tg;
 * default: the language of the locale).
 */
import { buildTime, cacheDir, contentDir, languages } from '../src/config.ts';
import { say } from '../src/i18n/messages.ts';
import { formatFinding } from '../src/lib/tools/check.ts';
import { runCheck, shown } from '../src/lib/tools/check-run.ts';
import { readCli } from '../src/lib/tools/cli-args.ts';

readCli({}, 'cli.usageCheck');

const started = performance.now();
const { findings, releases } = runCheck(contentDir, {
  languages, now: buildTime, imageBudgetMb: Number(process.env.PRESS_IMAGE_BUDGET_MB ?? 2), cacheDir,
});
const errors = findings.filter((f) => f.level === 'error');
const warnings = findings.filter((f) => f.level === 'warning');
if (errors.length) console.error(`${say('check.errors', { count: errors.length })}\n${errors.map(formatFinding).join('\n')}\n`);
if (warnings.length) console.warn(`${say('check.warnings', { count: warnings.length })}\n${warnings.map(formatFinding).join('\n')}\n`);
const ms = Math.round(performance.now() - started);
console.log(say('check.summary', { count: releases, dir: shown(contentDir), ms, errors: errors.length, warnings: warnings.length }));
process.exit(errors.length ? 1 : 0);
