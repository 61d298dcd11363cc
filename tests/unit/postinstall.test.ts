/**
 * npm's own engine warnings are off (.npmrc: it checks against the Node that runs npm,
 * not the pinned Node every script runs on); scripts/postinstall.ts checks instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const major = Number(process.versions.node.split('.')[0]);

function install(engines: Record<string, string>): { out: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'postinstall-'));
  for (const [name, range] of Object.entries(engines)) {
    const folder = join(dir, 'node_modules', ...name.split('/'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: name.split('/node_modules/').pop(), version: '1.0.0', engines: { node: range } }));
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/postinstall.ts')], { cwd: dir, encoding: 'utf8' });
  return { out: `${run.stdout}${run.stderr}`, status: run.status };
}

describe('npm install on any Node', () => {
  it('says nothing when every package runs on the pinned Node', () => {
    expect(install({ vitest: `>=${major - 4}`, '@scope/tool': `^${major}.0.0 || >=${major + 1}`, odd: 'not a range' })).toEqual({ out: '', status: 0 });
  });

  it('names each package that would not run on the pinned Node, nested ones too, and what to do', () => {
    const { out, status } = install({ old: `<${major}`, 'old/node_modules/@x/deep': `>=${major + 1}`, fine: '*' });
    expect(status).toBe(0);
    expect(out).toContain(`2 installed package(s) do not support the project's Node ${process.versions.node}`);
    expect(out).toContain(`old@1.0.0 needs Node <${major}`);
    expect(out).toContain(`@x/deep@1.0.0 needs Node >=${major + 1}`);
    expect(out).not.toContain('fine@');
  });

  it("keeps npm's own warnings off only through the project's .npmrc", () => {
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^loglevel=error$/m);
  });
});
