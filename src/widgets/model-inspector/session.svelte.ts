// ModelInspector's state: the schema's settings (URL state) in $state.raw,
// what is open (a sample from this site or the reader's own file, which
// never enters the URL), the worker's answers, and the table $derived.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { modelInspectorSchema, type ModelInspectorState } from '../model-inspector.schema.ts';
import type { Opened, TensorReport } from './protocol.ts';
import { sampleUrl, SAMPLES, type SampleId } from './samples.ts';
import { filterRows, sortRows, tensorRows, type SortKey, type TensorRow } from './tensor-table.ts';
import { FileError, InspectorWorker, Stale } from './worker-client.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { en, type ModelInspectorStrings } from './strings.ts';

export type Source = { kind: 'sample'; id: SampleId; name: string } | { kind: 'file'; name: string; bytes: number };

export type Status =
  | { state: 'idle' }
  | { state: 'reading'; source: Source }
  | { state: 'ready'; source: Source; opened: Opened }
  | { state: 'error'; source: Source; message: string };

export type ReportState =
  | { state: 'none' }
  | { state: 'loading'; position: number }
  | { state: 'ready'; position: number; report: TensorReport }
  | { state: 'failed'; position: number; reason: string };

/** Largest file read: the reader keeps the file in memory once, in the worker. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export class InspectorSession {
  readonly initial: ModelInspectorState;
  readonly propNotices: Notice[];
  settings: ModelInspectorState = $state.raw() as ModelInspectorState;
  linkNotices: Notice[] = $state.raw([]);
  status: Status = $state.raw({ state: 'idle' });
  tensorReport: ReportState = $state.raw({ state: 'none' });
  #t: ModelInspectorStrings = en;
  #worker: InspectorWorker;
  /** Which sample the status belongs to, so a settings change reopens only when needed. */
  #openedSample: SampleId | null = null;

  constructor(props: Record<string, unknown>, strings: ModelInspectorStrings = en) {
    this.#t = strings;
    this.#worker = new InspectorWorker(strings.lang, strings.errors);
    const { state, notices } = resolveProps(modelInspectorSchema, props, strings.shared.state);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  readonly opened: Opened | null = $derived(this.status.state === 'ready' ? this.status.opened : null);
  readonly rows: TensorRow[] = $derived(this.opened ? tensorRows(this.opened.summary, this.opened.ranges, this.#t.table) : []);
  readonly sorted: TensorRow[] = $derived(sortRows(this.rows, this.settings.sort as SortKey, this.settings.descending));
  readonly visible: TensorRow[] = $derived(filterRows(this.sorted, this.settings.filter));
  readonly isFile = $derived(this.status.state !== 'idle' && this.status.source.kind === 'file');

  /** The selected tensor's position when it exists in the open model. */
  readonly selected: number | null = $derived.by(() => {
    const t = this.settings.tensor;
    return t !== null && this.opened && t < this.opened.summary.tensors.length ? t : null;
  });

  set(change: Partial<ModelInspectorState>): void {
    this.settings = { ...this.settings, ...change };
  }

  load(state: ModelInspectorState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  /** Back to the starting settings; the reader's own file is closed, and the starting sample reopens. */
  reset(): void {
    if (this.isFile) this.#close();
    this.load(this.initial, []);
  }

  /** Opens the sample the settings name, unless the reader's own file is open or it already is. */
  syncSample(): void {
    const id = this.settings.sample;
    if (this.isFile && this.status.state !== 'idle') return;
    if (id === 'none') {
      if (this.#openedSample !== null) this.#close();
      return;
    }
    if (this.#openedSample === id) return;
    void this.openSample(id);
  }

  #close(): void {
    this.#openedSample = null;
    this.status = { state: 'idle' };
    this.tensorReport = { state: 'none' };
  }

  async openSample(id: SampleId): Promise<void> {
    this.#openedSample = id;
    const source: Source = { kind: 'sample', id, name: SAMPLES[id].file };
    this.status = { state: 'reading', source };
    this.tensorReport = { state: 'none' };
    try {
      const response = await fetch(sampleUrl(id));
      if (!response.ok) throw new FileError(fmt(this.#t.errors.sampleDownload, { status: response.status }), null);
      const buffer = await response.arrayBuffer();
      if (this.#openedSample !== id) return;
      await this.#read(buffer, source);
    } catch (e) {
      if (e instanceof Stale || this.#openedSample !== id) return;
      this.status = { state: 'error', source, message: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The reader's own file: read here, parsed in the worker, never sent anywhere. */
  async openFile(file: File): Promise<void> {
    this.#openedSample = null;
    const source: Source = { kind: 'file', name: file.name, bytes: file.size };
    this.status = { state: 'reading', source };
    this.tensorReport = { state: 'none' };
    // A file's tensors are not the sample's: drop the selection and filter.
    this.set({ tensor: null, filter: '' });
    if (file.size > MAX_FILE_BYTES) {
      this.status = { state: 'error', source, message: fmt(this.#t.errors.tooLarge, { mb: Math.round(file.size / 2 ** 20) }) };
      return;
    }
    try {
      const buffer = await file.arrayBuffer();
      await this.#read(buffer, source);
    } catch (e) {
      if (e instanceof Stale) return;
      this.status = { state: 'error', source, message: e instanceof Error ? e.message : String(e) };
    }
  }

  async #read(buffer: ArrayBuffer, source: Source): Promise<void> {
    const opened = await this.#worker.open(buffer, source.name);
    this.status = { state: 'ready', source, opened };
  }

  /** Asks the worker about the selected tensor: formula, ranges, and for stored values a histogram. */
  async requestTensor(position: number | null): Promise<void> {
    if (position === null || !this.opened) {
      this.tensorReport = { state: 'none' };
      return;
    }
    this.tensorReport = { state: 'loading', position };
    try {
      const report = await this.#worker.tensor(position);
      if (this.settings.tensor !== position) return;
      this.tensorReport = report ? { state: 'ready', position, report } : { state: 'failed', position, reason: this.#t.errors.noSuchTensor };
    } catch (e) {
      if (e instanceof Stale) return;
      this.tensorReport = { state: 'failed', position, reason: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Starts the worker before any file arrives. */
  warm(): void {
    this.#worker.start();
  }

  destroy(): void {
    this.#worker.terminate();
  }
}
