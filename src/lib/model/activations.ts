// Every activation point's float values on the first N calibration images,
// computed once with the float model (src/lib/model-build) and kept, so any
// calibration method and image count can be applied without rerunning it.
import { activationPoints, forwardFloat, layerShapes, isWeighted, type FloatModel } from '../model-build/float-model.ts';
import { IMAGE_PIXELS } from './engine.ts';
import { ActivationObserver } from './calibration.ts';

export class ActivationStore {
  readonly model: FloatModel;
  readonly points: string[];
  /** Values per image at each point. */
  readonly sizes: Map<string, number>;
  #pixels: Uint8Array;
  #data = new Map<string, Float32Array>();
  #done = 0;
  readonly capacity: number;

  constructor(model: FloatModel, pixels: Uint8Array) {
    this.model = model;
    this.#pixels = pixels;
    this.capacity = Math.floor(pixels.length / IMAGE_PIXELS);
    this.points = activationPoints(model);
    const shapes = layerShapes(model);
    this.sizes = new Map([['input', model.inputShape.reduce((a, b) => a * b, 1)]]);
    model.layers.forEach((l, i) => {
      if (isWeighted(l)) this.sizes.set(l.name, shapes[i].reduce((a, b) => a * b, 1));
    });
    for (const p of this.points) this.#data.set(p, new Float32Array(this.capacity * this.sizes.get(p)!));
  }

  /** Runs the float model on images up to `count` (those not run yet). */
  ensure(count: number): void {
    const n = Math.min(count, this.capacity);
    const image = new Float32Array(IMAGE_PIXELS);
    for (let i = this.#done; i < n; i++) {
      for (let p = 0; p < IMAGE_PIXELS; p++) image[p] = Math.fround(this.#pixels[i * IMAGE_PIXELS + p] / 255);
      forwardFloat(this.model, image, (point, values) => {
        const size = this.sizes.get(point)!;
        this.#data.get(point)!.set(values.subarray(0, size), i * size);
      });
    }
    this.#done = Math.max(this.#done, n);
  }

  /** An observer over the first `count` images at `point`. */
  observer(point: string, count: number): ActivationObserver {
    this.ensure(count);
    const size = this.sizes.get(point)!;
    const all = this.#data.get(point)!;
    const o = new ActivationObserver(point);
    for (let i = 0; i < count; i++) o.addView(all.subarray(i * size, (i + 1) * size));
    return o;
  }
}
