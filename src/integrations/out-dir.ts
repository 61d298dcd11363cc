/**
 * Where the build writes. Astro 7 tells an out dir inside the project from one
 * outside by comparing path strings (`startsWith(process.cwd())`), so
 * PRESS_OUT_DIR=/srv/press-site/dist for a project in /srv/press is taken as
 * inside it: Astro then bundles the prerenderer there, outside the project's
 * node_modules, and the build dies with "Cannot find package …". For such a
 * folder the site is built in a staging folder inside the project and moved to
 * the requested one when the build is done.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** True when Astro would misjudge `dir` as inside `project` (the path starts alike but is outside). */
export function misjudgedOutside(dir: string, project = process.cwd()): boolean {
  const full = resolve(project, dir);
  const rel = relative(project, full);
  return full.startsWith(project) && (rel.startsWith('..') || isAbsolute(rel));
}

/** The folder to hand Astro for the requested out dir `dir`. */
export function buildDirFor(dir: string, project = process.cwd()): string {
  return misjudgedOutside(dir, project) ? resolve(project, 'node_modules/.cache/press-out') : dir;
}

/** Moves the built site from `built` to `target` at the end of the build (nothing when they are one). */
export function moveBuiltSite(built: string, target: string): AstroIntegration {
  return {
    name: 'press-out-dir',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const from = resolve(built);
        const to = resolve(target);
        if (from === to) return;
        rmSync(to, { recursive: true, force: true });
        mkdirSync(dirname(to), { recursive: true });
        try {
          renameSync(from, to);
        } catch {
          cpSync(from, to, { recursive: true }); // another file system
          rmSync(from, { recursive: true, force: true });
        }
        if (existsSync(to)) logger.info(`site written to ${to}`);
      },
    },
  };
}
