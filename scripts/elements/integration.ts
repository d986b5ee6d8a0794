// Builds the custom elements bundle into the site's output once Astro has
// written it, so it is part of every `npm run build`. Listed before the
// integrations that hash scripts and compress files, which then cover it.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { elementsConfig, ENTRY_NAME } from './config.ts';

export default function customElements(): AstroIntegration {
  return {
    name: 'zero-point:custom-elements',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await build(elementsConfig(fileURLToPath(dir)));
        logger.info(`custom elements: ${ENTRY_NAME}`);
      },
    },
  };
}
