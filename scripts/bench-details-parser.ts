// How long the get_input_details() parser takes on real-sized and hostile
// pastes, to show that its time grows linearly with the text and stays small
// at the length limit. Prints figures; asserts nothing.
//   ./node_modules/.bin/node scripts/bench-details-parser.ts
import { DetailsParseError, MAX_INPUT_LENGTH, parseDetails } from '../src/lib/formats/details-parser/index.ts';
import { EXAMPLES } from '../src/widgets/details-decoder/examples.ts';

function time(text: string): { ms: number; outcome: string } {
  const runs = text.length > 100_000 ? 5 : 50;
  let outcome = '';
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    try {
      outcome = `${parseDetails(text).tensors.length} tensors`;
    } catch (e) {
      if (!(e instanceof DetailsParseError)) throw e;
      outcome = `error ${e.code} at ${e.line}:${e.column}`;
    }
  }
  return { ms: (performance.now() - t0) / runs, outcome };
}

const perAxis = EXAMPLES.find((e) => e.id === 'per-axis')!.text.slice(1, -1);
const cases: [string, string][] = [
  ['seed printout (1 tensor)', EXAMPLES[0].text],
  ['per-axis example (2 tensors)', EXAMPLES.find((e) => e.id === 'per-axis')!.text],
  ['get_tensor_details(), 100 tensors', `[${new Array(50).fill(perAxis).join(', ')}]`],
  ['get_tensor_details(), 500 tensors', `[${new Array(250).fill(perAxis).join(', ')}]`],
  ['100,000 opening brackets', '['.repeat(100_000)],
  ['unclosed quote, 400,000 characters', `'${'a'.repeat(400_000)}`],
  ['list of 100,000 commas', `[${','.repeat(100_000)}]`],
  ['400,000 digits', '9'.repeat(400_000)],
  ['over the limit', 'x'.repeat(MAX_INPUT_LENGTH + 1)],
];
console.log('case'.padEnd(40), 'chars'.padStart(9), 'ms/parse'.padStart(10), ' outcome');
for (const [name, text] of cases) {
  const { ms, outcome } = time(text);
  console.log(name.padEnd(40), String(text.length).padStart(9), ms.toFixed(2).padStart(10), ` ${outcome}`);
}
