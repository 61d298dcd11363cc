/**
 * Runs the content check over a content folder: what `npm run check` prints and
 * what the build refuses to start on (src/integrations/content-check.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { siteUrl } from '../../config.ts';
import { say } from '../../i18n/messages.ts';
import { agencySchema, topicSchema } from '../../schema.ts';
import { isValidZone } from '../content/dates.ts';
import { CheckCache } from './check-cache.ts';
import { checkContent, type Finding } from './check.ts';
import { checkList } from './check-lists.ts';
import { releaseFiles, unreadReleaseFiles } from './content-files.ts';

export interface RunOptions {
  languages: string[]; now: Date; imageBudgetMb: number; siteOrigin?: string;
  /** Folder for the passes of earlier runs (check-cache.ts); none: every file is checked. */
  cacheDir?: string;
}

/** Paths inside the working folder relative to it (clickable in editors), others absolute. */
export const shown = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** Every finding for the content folder `contentDir`, how many releases it has and how many passed unchanged since the last run. */
export function runCheck(contentDir: string, o: RunOptions): { findings: Finding[]; releases: number; unchanged: number } {
  const root = resolve(contentDir);
  const findings: Finding[] = [];
  const agencies = checkList(join(root, 'agencies.yml'), shown(join(root, 'agencies.yml')), agencySchema, findings);
  const topics = checkList(join(root, 'topics.yml'), shown(join(root, 'topics.yml')), topicSchema, findings);
  const files = releaseFiles(root).map((file) => ({
    file: shown(file),
    id: relative(join(root, 'releases'), file).split('\\').join('/').replace(/\.mdx?$/, ''),
    text: '',
    bytes: readFileSync(file),
  }));
  // A row with a wrong time zone is reported above; its releases are read in UTC rather than crash the check.
  const agencyZones = new Map(agencies.map((a) => [a.id, { timezone: typeof a.timezone === 'string' && isValidZone(a.timezone) ? a.timezone : 'UTC' }]));
  const topicIds = new Set(topics.map((t) => t.id));
  const context = JSON.stringify([[...agencyZones].sort(), [...topicIds].sort(), o.languages, o.siteOrigin ?? siteUrl]);
  // One cache file per content folder, so the site, the fixture and a corpus do not evict each other.
  const cache = o.cacheDir
    ? new CheckCache(join(o.cacheDir, `content-check-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.bin`), context)
    : undefined;
  const releaseFindings = checkContent(files, {
    agencies: agencyZones,
    topics: topicIds,
    languages: o.languages,
    now: o.now,
    siteOrigin: o.siteOrigin,
    cache,
    imageBudget: o.imageBudgetMb * 1024 * 1024,
    imageSize: (file, src) => {
      const path = resolve(dirname(resolve(file)), src);
      return existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
    },
  });
  // One at a time, not push(...): an archive with a finding in each of 100,000 files would pass them all as arguments.
  for (const finding of releaseFindings) findings.push(finding);
  cache?.save();
  for (const file of unreadReleaseFiles(root)) findings.push({ file: shown(file), line: 1, field: 'file', message: say('file.unread'), level: 'error' });
  return { findings, releases: files.length, unchanged: cache?.hits ?? 0 };
}
