// Builds only the custom elements bundle into dist/ (after `astro build`):
//   node scripts/elements/build.ts
import path from 'node:path';
import { build } from 'vite';
import { elementsConfig, ROOT } from './config.ts';

await build(elementsConfig(path.join(ROOT, 'dist')));
