/** Reader-facing text of anything thrown (ModelError messages are written for readers). */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
