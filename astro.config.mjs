// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import pagefindIndex from './src/integrations/pagefind.ts';
import cspHeaders from './src/integrations/csp.ts';
import compress from './src/integrations/compress.ts';
import linkCheck from './src/integrations/link-check.ts';
import customElements from './scripts/elements/integration.ts';
import { stripSchemaDocs } from './src/lib/widget-state/strip-docs.ts';
import { trimChartAnimation } from './src/widgets/shared/chart-trim.ts';

// The widget kit: what (nearly) every island loads, in one file. Svelte's
// runtime and Astro's Svelte renderer, URL state, the shared widget parts,
// and the quantization core most widgets compute with. Not the chart loader
// (every page with a widget would reach chart.js) nor Vite's preload helper
// (only islands that import() something need it).
const WIDGET_KIT = new RegExp(
  [
    /node_modules[\\/]svelte[\\/]/,
    /@astrojs[\\/]svelte[\\/]dist[\\/]client/,
    /src[\\/]lib[\\/]widget-state[\\/]/,
    /src[\\/]widgets[\\/]shared[\\/](?:CellToolbar|NumberField|RangeField|ChartFigure|format|theme-colors|after-paint|host|strings)\./,
    /src[\\/]lib[\\/]i18n[\\/]/,
    /src[\\/]lib[\\/]quant[\\/](?:errors|dtype|rounding|validate|kernels|affine|choose-params|histogram|error-stats)\.ts$/,
    /src[\\/]lib[\\/]data[\\/]/,
  ]
    .map((r) => r.source)
    .join('|'),
);

// Only what lesson 1's AffineQuantizer itself reaches goes in the kit: a
// Svelte feature or core module that only another widget uses stays in that
// widget's chunks instead of riding along on every page.
const KIT_ROOT = fileURLToPath(new URL('./src/widgets/AffineQuantizer.svelte', import.meta.url));
/** @type {Set<string> | undefined} */
let kitReach;
/** @param {string} id @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} ctx */
function widgetKitChunk(id, ctx) {
  if (!WIDGET_KIT.test(id)) return null;
  if (!kitReach) {
    kitReach = new Set();
    const queue = [KIT_ROOT];
    while (queue.length) {
      const next = /** @type {string} */ (queue.pop());
      if (kitReach.has(next)) continue;
      kitReach.add(next);
      queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return kitReach.has(id) || /@astrojs[\\/]svelte[\\/]dist[\\/]client/.test(id) ? 'widget-kit' : null;
}

// Astro 7's default Markdown processor ignores remark/rehype plugins, so math
// goes through the unified processor explicitly; MDX extends this config.
export default defineConfig({
  site: process.env.ZP_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // English at the root, Simplified Chinese under /zh/ (src/lib/i18n/locale.ts).
  i18n: { locales: ['en', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Post-build steps run in this order: the custom elements bundle, search
  // index, the broken-link check (fails the build), CSP headers (which follow
  // Pagefind's loader), then compressed copies of every finished file.
  integrations: [
    mdx(),
    svelte(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } } }),
    customElements(),
    pagefindIndex(),
    linkCheck(),
    cspHeaders(),
    compress(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  // Inlined CSS saves render-blocking round trips on a cold mobile load (LCP).
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [stripSchemaDocs(), trimChartAnimation()],
    // chart.js's colour dependency, minus its colour-name table: see the file.
    resolve: { alias: { '@kurkle/color': fileURLToPath(new URL('./src/widgets/shared/chart-color.ts', import.meta.url)) } },
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Without this group every module two islands share becomes a
              // chunk of its own, and lesson 1 loaded a dozen small files.
              codeSplitting: { groups: [{ name: widgetKitChunk }] },
            },
          },
        },
      },
    },
  },
});
