// The shadow root's own styles: the --zp-* tokens with the site's values
// (copied from global.css at build time, see scripts/elements/), so an
// element looks right on a page without our stylesheet. Tokens sit on :host,
// so a page themes an element by setting them on the element itself.
// The widgets' component styles are injected by Svelte beside these.

declare const __ZP_TOKENS__: string;

export const HOST_CSS = `
:host {
  ${__ZP_TOKENS__}
  color-scheme: light dark;
  display: block;
  box-sizing: border-box;
  font-family: var(--zp-font);
  font-size: 1rem;
  line-height: 1.5;
  color: var(--zp-text);
  background: var(--zp-surface);
  border: 1px solid var(--zp-border);
  border-radius: var(--zp-radius);
  padding: clamp(0.75rem, 2.5vw, 1.25rem);
  text-align: start;
}
:host([theme='light']) { color-scheme: light; }
:host([theme='dark']) { color-scheme: dark; }
:host([theme='inherit']) { color-scheme: inherit; }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
:focus-visible { outline: 3px solid var(--zp-accent); outline-offset: 2px; }
.zp-el-notices {
  margin: 0 0 1rem;
  border: 1px solid var(--zp-warn);
  background: var(--zp-warn-soft);
  border-radius: 8px;
  padding: 0.5rem 0.8rem;
  font-size: 0.88rem;
}
.zp-el-notices p { margin: 0; font-weight: 600; }
.zp-el-notices ul { margin: 0.25rem 0 0; padding-left: 1.2rem; }
.zp-el-loading { margin: 0; color: var(--zp-muted); min-height: 6rem; }
`;
