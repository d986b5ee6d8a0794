// FakeQuantPlacement's state: the schema's settings (which edges carry a
// fake-quant node, the focused edge and its range, dummy ranges, the input
// seed) in $state.raw, and the network runs $derived from them. The
// network is tiny (48 inputs, 4 → 6 → 3), so everything runs on every change.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { stateWordsEn, type StateWords } from '../../lib/widget-state/words.ts';
import { compare, type Comparison } from '../../lib/fake-quant/compare.ts';
import { EDGE_IDS, makeNetwork, paramsFor, recordedRanges, type EdgeId, type Range } from '../../lib/fake-quant/network.ts';
import type { FakeQuantParams } from '../../lib/fake-quant/fake-quant.ts';
import { fakeQuantPlacementSchema, type FakeQuantPlacementState } from '../fake-quant-placement.schema.ts';

export class PlacementModel {
  readonly initial: FakeQuantPlacementState;
  readonly propNotices: Notice[];
  settings: FakeQuantPlacementState = $state.raw() as FakeQuantPlacementState;
  linkNotices: Notice[] = $state.raw([]);

  constructor(props: Record<string, unknown>, words: StateWords = stateWordsEn) {
    const { state, notices } = resolveProps(fakeQuantPlacementSchema, props, words);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  readonly net = $derived(makeNetwork(this.settings.seed));
  readonly recorded = $derived(recordedRanges(this.net));
  readonly placed: ReadonlySet<EdgeId> = $derived(new Set(EDGE_IDS.filter((id) => this.settings[id])));

  /** Recorded ranges, with the reader's own range on the focused edge. */
  readonly ranges: Record<EdgeId, Range> = $derived.by(() => {
    const s = this.settings;
    if (s.min === null || s.max === null) return this.recorded;
    return { ...this.recorded, [s.focus]: { min: s.min, max: s.max } };
  });

  readonly focusRange: Range = $derived(this.ranges[this.settings.focus]);
  readonly ownRange = $derived(this.settings.min !== null && this.settings.max !== null);

  /** The focused edge's FakeQuant grid (weights: symmetric, narrow range). */
  readonly focusParams: FakeQuantParams = $derived(paramsFor(this.settings.focus, this.focusRange));

  readonly result: Comparison = $derived.by(() => {
    const s = this.settings;
    return compare(this.net, this.placed, this.ranges, {
      defaultRanges: s.defaultRanges ? { min: s.defaultMin, max: s.defaultMax } : null,
    });
  });

  set(change: Partial<FakeQuantPlacementState>): void {
    this.settings = { ...this.settings, ...change };
  }

  toggle(id: EdgeId, on: boolean): void {
    this.set({ [id]: on } as Partial<FakeQuantPlacementState>);
  }

  /** Focusing another edge drops the reader's range: it belonged to the old one. */
  setFocus(id: EdgeId): void {
    if (id === this.settings.focus) return;
    this.set({ focus: id, min: null, max: null });
  }

  setRange(min: number, max: number): void {
    this.set({ min, max });
  }

  useRecorded(): void {
    this.set({ min: null, max: null });
  }

  load(state: FakeQuantPlacementState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}
