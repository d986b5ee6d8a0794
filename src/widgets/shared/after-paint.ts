// Runs work just after the next frame is painted, coalescing repeated
// requests into one with the latest arguments. Charts redraw this way: a
// slider key press paints its new value and numbers first, and the canvases
// follow one frame later, so interaction-to-next-paint does not pay for them.

export function afterPaint<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void {
  let latest: A | null = null;
  return (...args: A) => {
    const scheduled = latest !== null;
    latest = args;
    if (scheduled) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const run = latest;
        latest = null;
        if (run) work(...run);
      }, 0),
    );
  };
}
