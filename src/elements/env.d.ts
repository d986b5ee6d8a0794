// Replaced at build time by scripts/elements/vite.config.ts.
declare const __ZP_TOKENS__: string;
