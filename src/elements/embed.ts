// Pure pieces of the iframe embed pages: the message that resizes the
// parent's iframe, and what the query string holds besides the widget's
// own settings.

export const RESIZE_MESSAGE = 'zp-embed-resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The widget's slug, for parents with several embeds. */
  widget: string;
  /** Content height in CSS pixels, rounded up. */
  height: number;
}

export function resizeMessage(widget: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, widget, height: Math.ceil(Math.max(0, height)) };
}

/** Number of query parameters that are not `<namespace>.<key>` settings (which the widget reads and checks itself). */
export function foreignParams(search: string, namespace: string): number {
  let n = 0;
  for (const key of new URLSearchParams(search).keys()) if (!key.startsWith(`${namespace}.`)) n++;
  return n;
}
