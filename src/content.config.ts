import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Lessons live in the top-level content/ folder (plain folders, like svelte.dev's
// tutorials); their Chinese counterparts in content/zh/ under the same names.
const lessons = defineCollection({
  loader: glob({ pattern: ['*.mdx', 'zh/*.mdx'], base: './content' }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    order: z.number().int().positive(),
    questions: z.array(z.string()).min(1),
  }),
});

export const collections = { lessons };
