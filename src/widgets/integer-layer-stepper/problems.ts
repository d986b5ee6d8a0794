// Words for a layer the stepper cannot build, in the catalog's language. The
// number reader already words its part in that language (the catalog's
// shared.numbers goes to parseNumberList); the quantization core's refusals
// are worded by quantErrorMessage, except int32 overflow, which this layer
// words itself where the core's English is not shown.
import { fmt } from '../../lib/i18n/template.ts';
import { quantErrorMessage } from '../../lib/quant/error-messages.ts';
import type { LayerProblem } from './layer.ts';
import type { IntegerLayerStepperStrings } from './strings.ts';

type Strings = Pick<IntegerLayerStepperStrings, 'lang' | 'problems' | 'quantErrors'>;

function quantText(error: Extract<LayerProblem, { code: 'quant' }>['error'], t: Strings): string {
  if (t.lang === 'en') return error.message;
  // The only refusal a layer the stepper built itself can meet: a bias or an accumulator beyond int32.
  if (error.code === 'bad-input') return t.problems.beyondInt32;
  return quantErrorMessage(error, t.quantErrors).replace(/[。.]$/, '');
}

export function problemText(p: LayerProblem, t: Strings): string {
  const w = t.problems;
  switch (p.code) {
    case 'list':
      return fmt(p.field === 'inputs' ? w.inputs : w.bias, { problem: p.list.message });
    case 'no-rows':
      return w.noRows;
    case 'too-many-rows':
      return fmt(w.tooManyRows, { rows: p.rows, max: p.max });
    case 'row-list':
      return fmt(w.rowList, { row: p.row, problem: p.list.message });
    case 'row-length':
      return fmt(w.rowLength, { row: p.row, count: p.count, need: p.need });
    case 'bias-count':
      return fmt(w.biasCount, { count: p.count, need: p.need });
    case 'too-large':
      return fmt(w.tooLarge, { field: w.fieldNames[p.field], value: p.value });
    case 'quant':
      return fmt(w.quant, { problem: quantText(p.error, t) });
  }
}
