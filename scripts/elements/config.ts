// Vite build of the custom elements bundle. A normal (not library) build
// with one entry whose file name never changes, so pages can link
// /elements/zero-point-elements.js; everything it loads later (the widget,
// Svelte's runtime, chart.js, the analysis worker) gets hashed names in
// /elements/chunks/. Svelte injects each component's CSS into the shadow
// root it mounts in (css: 'injected').
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { InlineConfig } from 'vite';
import { extractTokens } from './tokens.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENTRY_NAME = 'elements/zero-point-elements.js';

export function elementsConfig(outDir: string): InlineConfig {
  const tokens = extractTokens(readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8'));
  return {
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    // Chunk and worker URLs resolve against the script that imports them, so
    // the bundle works from any path and from other origins.
    base: './',
    publicDir: false,
    define: { __ZP_TOKENS__: JSON.stringify(tokens) },
    plugins: [svelte({ configFile: false, emitCss: false, compilerOptions: { css: 'injected' } })],
    worker: {
      format: 'es',
      // Worker assets (onnxruntime-web's 14 MB wasm) take the site's own file
      // name under _astro/, so the site and the elements share one copy.
      rolldownOptions: {
        output: {
          entryFileNames: 'elements/chunks/[name]-[hash].js',
          chunkFileNames: 'elements/chunks/[name]-[hash].js',
          assetFileNames: '_astro/[name]-[hash][extname]',
        },
      },
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      target: 'es2022',
      reportCompressedSize: false,
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
      rolldownOptions: {
        input: { 'zero-point-elements': path.join(ROOT, 'src/elements/index.ts') },
        preserveEntrySignatures: false,
        output: {
          entryFileNames: ENTRY_NAME,
          chunkFileNames: 'elements/chunks/[name]-[hash].js',
          assetFileNames: 'elements/chunks/[name]-[hash][extname]',
        },
      },
    },
  };
}
