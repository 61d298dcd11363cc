/**
 * npm run check — validates all content without building the site and prints
 * every problem at once as `file:line: field: message`, errors first, then
 * warnings. Exits 1 when there is an error.
 * Settings: PRESS_CONTENT_DIR, PRESS_LANGUAGES, PRESS_BUILD_TIME (the "now" for
 * future dates), PRESS_IMAGE_BUDGET_MB (default 2).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildTime, contentDir, languages } from '../src/config.ts';
import { checkContent, formatFinding, type Finding } from '../src/lib/tools/check.ts';
import { checkList } from '../src/lib/tools/check-lists.ts';
import { agencySchema, topicSchema } from '../src/schema.ts';
import { releaseFiles } from '../src/lib/tools/content-files.ts';

const started = performance.now();
const root = resolve(contentDir);
/** Paths inside the project relative to it (clickable in editors), others absolute. */
const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};
const budgetMb = Number(process.env.PRESS_IMAGE_BUDGET_MB ?? 2);

const findings: Finding[] = [];
const agencies = checkList(join(root, 'agencies.yml'), shown(join(root, 'agencies.yml')), agencySchema, findings);
const topics = checkList(join(root, 'topics.yml'), shown(join(root, 'topics.yml')), topicSchema, findings);
const files = releaseFiles(root).map((file) => ({
  file: shown(file),
  id: relative(join(root, 'releases'), file).split('\\').join('/').replace(/\.mdx?$/, ''),
  text: readFileSync(file, 'utf8'),
}));
findings.push(...checkContent(files, {
  agencies: new Map(agencies.map((a) => [a.id, { timezone: String(a.timezone) }])),
  topics: new Set(topics.map((t) => t.id)),
  languages,
  now: buildTime,
  imageBudget: budgetMb * 1024 * 1024,
  imageSize: (file, src) => {
    const path = resolve(dirname(file), src);
    return existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
  },
}));

const errors = findings.filter((f) => f.level === 'error');
const warnings = findings.filter((f) => f.level === 'warning');
if (errors.length) console.error(`Errors (${errors.length}) — the site will not build or would publish something wrong:\n${errors.map(formatFinding).join('\n')}\n`);
if (warnings.length) console.warn(`Warnings (${warnings.length}):\n${warnings.map(formatFinding).join('\n')}\n`);
const ms = Math.round(performance.now() - started);
console.log(`Checked ${files.length} release(s) in ${shown(root)} in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s).`);
process.exit(errors.length ? 1 : 0);
