#!/usr/bin/env node
// Launcher for `zp` (bin/cli.ts). The commands are TypeScript; Node with type
// stripping (22.18+, 23.6+) imports them directly. Older Node (e.g. a system
// Node 20) re-runs this file under the project's own Node 24, the `node`
// devDependency, so `npx zp …` and `node bin/zp.mjs …` work with either.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const args = process.argv.slice(2);

if (process.features.typescript) {
  const { main } = await import(pathToFileURL(path.join(root, 'bin', 'cli.ts')).href);
  process.exitCode = main(args);
} else {
  const projectNode = path.join(root, 'node_modules', 'node', 'bin', 'node');
  if (process.env.ZP_REEXEC === '1' || !existsSync(projectNode)) {
    process.stderr.write(
      `zp: this Node (${process.version}) cannot run TypeScript, and the project's Node 24 ` +
        `(${projectNode}) is ${existsSync(projectNode) ? 'no better' : 'not installed; run npm install'}.\n`,
    );
    process.exit(2);
  }
  const child = spawnSync(projectNode, [self, ...args], { stdio: 'inherit', env: { ...process.env, ZP_REEXEC: '1' } });
  if (child.error) {
    process.stderr.write(`zp: could not start ${projectNode}: ${child.error.message}\n`);
    process.exit(2);
  }
  process.exit(child.status ?? 1);
}
