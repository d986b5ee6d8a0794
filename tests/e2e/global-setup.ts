// Serves the built site once for every end-to-end file and hands the origin
// to the tests through Vitest's provide/inject.
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveDist, DEFAULT_ROOT } from '../../scripts/serve-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(DEFAULT_ROOT, 'index.html'))) {
    throw new Error(`dist/ is missing or empty (${DEFAULT_ROOT}): run npm run build first.`);
  }
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('/usr/bin/chromium is missing: run bash scripts/ensure-system-tools.sh first.');
  }
  const server = await serveDist({ root: DEFAULT_ROOT });
  project.provide('origin', server.origin);
  return () => server.close();
}
