/** Comparing two builds file by file: a SHA-256 per file of each dist/. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from './dist.ts';

/** SHA-256 of every file below `dir`, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(distFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Paths that are in only one tree or differ in content, sorted. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p))
    .map((p) => (!a.has(p) ? `only in second: ${p}` : !b.has(p) ? `only in first: ${p}` : `differs: ${p}`))
    .sort();
}
