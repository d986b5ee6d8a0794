// The converter call the reader's settings stand for, as Python, so the
// widget's choices read as the code people actually write.
import { effectiveChoices, type ConverterChoices } from '../../lib/converter/cases.ts';
import type { ConverterNumbers } from '../../lib/converter/simulate.ts';

/** The comments in the code, in the reader's language (the code itself is Python and stays). */
export interface SnippetWords {
  tf1Header: string;
  quantizeNodes: string;
  fakeQuant: string;
  representative: string;
}

const num = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(10))) : 'float("nan")');

export function converterSnippet(choices: ConverterChoices, n: ConverterNumbers, words: SnippetWords): string {
  const c = effectiveChoices(choices);
  if (c.generation === 'tf2') {
    const lines = ['converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)'];
    if (c.mode !== 'none') lines.push('converter.optimizations = [tf.lite.Optimize.DEFAULT]');
    if (c.mode === 'int8-only') lines.push('converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]');
    if (c.mode === 'float16') lines.push('converter.target_spec.supported_types = [tf.float16]');
    if (c.mode === '16x8') {
      lines.push('converter.target_spec.supported_ops = [', '    tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]');
    }
    if (c.representative) lines.push(`converter.representative_dataset = representative_dataset  # ${words.representative}`);
    if (c.ioType !== 'float32') {
      lines.push(`converter.inference_input_type = tf.${c.ioType}`, `converter.inference_output_type = tf.${c.ioType}`);
    }
    lines.push('tflite_model = converter.convert()');
    return lines.join('\n');
  }
  const from =
    c.graph === 'quantize-nodes'
      ? `graph_def_file='quantized_graph.pb',  # ${words.quantizeNodes}`
      : c.graph === 'fake-quant'
        ? `graph_def_file='frozen_qat.pb',  # ${words.fakeQuant}`
        : "graph_def_file='frozen.pb',";
  const lines = [
    `# ${words.tf1Header}`,
    'converter = tf.lite.TFLiteConverter.from_frozen_graph(',
    `    ${from}`,
    '    input_arrays=input_names, output_arrays=output_names)',
  ];
  if (c.generation === 'tf114' && c.postTrainingQuantize) lines.push('converter.post_training_quantize = True');
  if (c.inferenceType === 'QUANTIZED_UINT8') lines.push('converter.inference_type = tf.lite.constants.QUANTIZED_UINT8');
  if (c.inputStats) lines.push(`converter.quantized_input_stats = {input_names[0]: (${num(n.mean)}, ${num(n.stdDev)})}  # (mean, std_dev)`);
  if (c.defaultRanges) lines.push(`converter.default_ranges_stats = (${num(n.defaultMin)}, ${num(n.defaultMax)})`);
  lines.push('tflite_model = converter.convert()');
  return lines.join('\n');
}
