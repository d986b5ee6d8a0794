// A template cut at its slots, for sentences whose slots are drawn as markup
// (<code>, <strong>) rather than plain text: "{a} and {b}" →
// [{slot: 'a'}, {text: ' and '}, {slot: 'b'}]. The words around the slots
// come from the catalog, so a translation can move the slots.
export type Piece = { text: string; slot?: undefined } | { slot: string; text?: undefined };

export function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    out.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}
