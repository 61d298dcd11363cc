/** Self time per function from a V8 .cpuprofile (node --cpu-prof). */

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
export interface Hotspot { fn: string; where: string; selfMs: number }

/** Functions by self time, highest first; `filter` keeps functions whose URL matches. */
export function hotspots(profile: CpuProfile, filter: (url: string) => boolean = () => true): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, Hotspot>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || !filter(node.callFrame.url)) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${url.replace(/^file:\/\/.*?\/(src|node_modules)\//, '$1/')}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const h = self.get(key) ?? { fn: functionName || '(anonymous)', where, selfMs: 0 };
    h.selfMs += (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, h);
  });
  return [...self.values()].sort((a, b) => b.selfMs - a.selfMs);
}
