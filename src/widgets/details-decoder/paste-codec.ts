// A pasted printout in a URL or an attribute. Printouts contain
// <class 'numpy.uint8'>, and the shared state validator refuses '<' and '>'
// anywhere (they are how markup gets in), so the state holds the text with
// those two escaped: ~l for <, ~g for >, ~~ for ~. Readable, reversible, and
// never markup.

export function encodePaste(text: string): string {
  return text.replace(/~/g, '~~').replace(/</g, '~l').replace(/>/g, '~g');
}

export function decodePaste(state: string): string {
  return state.replace(/~([~lg])/g, (_, c: string) => (c === 'l' ? '<' : c === 'g' ? '>' : '~'));
}
