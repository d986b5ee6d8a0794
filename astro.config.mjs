// @ts-check
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

// Astro 7's default Markdown processor ignores remark/rehype plugins, so math
// goes through the unified processor explicitly; MDX extends this config.
export default defineConfig({
  site: process.env.ZP_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // Post-build steps run in this order: the custom elements bundle, search
  // index, the broken-link check (fails the build), CSP headers (which follow
  // Pagefind's loader), then compressed copies of every finished file.
  integrations: [mdx(), svelte(), sitemap(), customElements(), pagefindIndex(), linkCheck(), cspHeaders(), compress()],
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
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
    },
  },
});
