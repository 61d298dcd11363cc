/**
 * Run by `npm install` (postinstall). npm checks each package's `engines` against
 * the Node that runs npm itself; on Node 20 or 22 it prints EBADENGINE warnings
 * for packages that need Node 24 (vitest, html-validate, lighthouse, …). Those
 * packages never run on that Node: every npm script runs on the project's own
 * pinned Node (the "node" package). This says so once, after the warnings.
 */
const agent = process.env.npm_config_user_agent ?? '';
const npmNode = /\bnode\/v(\d+)\.(\d+)/.exec(agent);
const pinned = process.versions.node;
if (npmNode && Number(npmNode[1]) < Number(pinned.split('.')[0])) {
  console.log(`Note: npm ran on Node ${npmNode[1]}.${npmNode[2]}, so the "EBADENGINE" warnings above are about that Node. The project runs on its own Node ${pinned} (installed with it), so nothing needs doing; with Node ${pinned.split('.')[0]} installed, npm install prints none.`);
}
