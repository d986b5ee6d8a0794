export * from './locale.ts';
export * from './template.ts';
