// The site's own models a reader can open without a file of their own: the
// digit classifier of public/models in each flavour (model-card.json lists
// them; a unit test keeps this list in step with the card). Their labels
// are in the catalogs (strings.ts `samples`).

export interface SampleModel {
  file: string;
}

export const SAMPLES = {
  'digits-fp32': { file: 'digits-fp32.onnx' },
  'digits-weights-int8': { file: 'digits-weights-int8.onnx' },
  'digits-int8': { file: 'digits-int8.onnx' },
  'digits-int8-s8act': { file: 'digits-int8-s8act.onnx' },
  'digits-int8-convinteger': { file: 'digits-int8-convinteger.onnx' },
  'digits-dynamic-int8': { file: 'digits-dynamic-int8.onnx' },
  'digits-fp16': { file: 'digits-fp16.onnx' },
  'digits-dummy-m100_100': { file: 'digits-dummy-m100_100.onnx' },
  'digits-dummy-0_6': { file: 'digits-dummy-0_6.onnx' },
} as const satisfies Record<string, SampleModel>;

export type SampleId = keyof typeof SAMPLES;

export const SAMPLE_IDS = Object.keys(SAMPLES) as SampleId[];

/** Where a sample lives: the site's /models/ folder, or beside the custom-elements bundle. */
export function sampleUrl(id: SampleId): string {
  const file = SAMPLES[id].file;
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return new URL(`${base.replace(/\/?$/, '/')}models/${file}`, location.href).href;
  // The custom-elements bundle is built with a relative base: <site>/elements/chunks/… → <site>/models/.
  const relative = `../../models/${file}`;
  return new URL(relative, import.meta.url).href;
}
