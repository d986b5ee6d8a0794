// PerChannelWeights' state: the schema's settings in $state.raw, the demo
// model's kernels (fetched once per page) and a file the reader loaded
// (kept out of the URL), and the quantization $derived from them.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import type { StateWords } from '../../lib/widget-state/words.ts';
import { syntheticConv, syntheticDepthwise } from '../../lib/fake-quant/kernels.ts';
import { kernelsFromModel, type ModelKernel } from '../../lib/fake-quant/model-kernels.ts';
import { quantizeKernel, type ConvKernel, type WeightQuantization } from '../../lib/fake-quant/per-channel.ts';
import { perChannelWeightsSchema, type PerChannelWeightsState } from '../per-channel-weights.schema.ts';

export type DemoState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; kernels: ModelKernel[] }
  | { status: 'error'; message: string };

export interface LoadedFile {
  name: string;
  kernels: ModelKernel[];
  index: number;
}

/** The demo model's float weights, fetched once per page however many widgets ask. */
let demoPromise: Promise<ModelKernel[]> | null = null;
export function loadDemoKernels(url: string, failed: (status: number) => string): Promise<ModelKernel[]> {
  demoPromise ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(failed(r.status));
      return r.arrayBuffer();
    })
    .then((b) => kernelsFromModel(new Uint8Array(b)));
  demoPromise.catch(() => (demoPromise = null));
  return demoPromise;
}

export class WeightsModel {
  readonly initial: PerChannelWeightsState;
  readonly propNotices: Notice[];
  settings: PerChannelWeightsState = $state.raw() as PerChannelWeightsState;
  linkNotices: Notice[] = $state.raw([]);
  demo: DemoState = $state.raw({ status: 'idle' });
  file: LoadedFile | null = $state.raw(null);
  fileError: string | null = $state.raw(null);

  constructor(props: Record<string, unknown>, words?: StateWords) {
    const { state, notices } = resolveProps(perChannelWeightsSchema, props, words);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  readonly usesDemo = $derived(this.file === null && this.settings.source.startsWith('demo-'));

  /** The kernel on show, or null while the demo model is on its way. */
  readonly kernel: ConvKernel | null = $derived.by(() => {
    if (this.file) return this.file.kernels[this.file.index];
    const s = this.settings;
    if (s.source === 'synthetic-conv') return syntheticConv(s.seed);
    if (s.source === 'synthetic-depthwise') return syntheticDepthwise(s.seed);
    if (this.demo.status !== 'ready') return null;
    return this.demo.kernels[s.source === 'demo-conv1' ? 0 : 1] ?? null;
  });

  readonly quant: WeightQuantization | null = $derived(this.kernel ? quantizeKernel(this.kernel) : null);

  /** The channel shown: the setting, or the last channel when the kernel has fewer. */
  readonly channel: number = $derived(this.quant ? Math.min(this.settings.channel, this.quant.channels - 1) : this.settings.channel);

  set(change: Partial<PerChannelWeightsState>): void {
    this.settings = { ...this.settings, ...change };
  }

  setSource(source: PerChannelWeightsState['source']): void {
    this.file = null;
    this.set({ source });
  }

  load(state: PerChannelWeightsState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  reset(): void {
    this.file = null;
    this.fileError = null;
    this.load(this.initial, []);
  }
}
