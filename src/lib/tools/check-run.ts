/**
 * Runs the content check over a content folder: what `npm run check` prints and
 * what the build refuses to start on (src/integrations/content-check.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { agencySchema, topicSchema } from '../../schema.ts';
import { checkContent, type Finding } from './check.ts';
import { checkList } from './check-lists.ts';
import { releaseFiles } from './content-files.ts';

export interface RunOptions { languages: string[]; now: Date; imageBudgetMb: number; siteOrigin?: string }

/** Paths inside the working folder relative to it (clickable in editors), others absolute. */
export const shown = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** Every finding for the content folder `contentDir`, and how many releases it has. */
export function runCheck(contentDir: string, o: RunOptions): { findings: Finding[]; releases: number } {
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
  findings.push(...checkContent(files, {
    agencies: new Map(agencies.map((a) => [a.id, { timezone: String(a.timezone) }])),
    topics: new Set(topics.map((t) => t.id)),
    languages: o.languages,
    now: o.now,
    siteOrigin: o.siteOrigin,
    imageBudget: o.imageBudgetMb * 1024 * 1024,
    imageSize: (file, src) => {
      const path = resolve(dirname(resolve(file)), src);
      return existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
    },
  }));
  return { findings, releases: files.length };
}
