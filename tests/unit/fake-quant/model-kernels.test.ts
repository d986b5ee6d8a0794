/**
 * Convolution kernels read from real files: the demo model this site ships
 * (public/models/digits-fp32.onnx, shapes from its model card) and TFLite
 * files from the shared fixtures, whose int8 per-channel weights were
 * quantized by TFLite's converter. Re-quantizing those dequantized weights
 * per channel must give back the converter's own scales and codes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kernelsFromModel, quantizeKernel } from '../../../src/lib/fake-quant/index.ts';
import { readTflite } from '../../../src/lib/formats/tflite/read.ts';
import { QuantError } from '../../../src/lib/quant/index.ts';
import { fixturesDir, repoRoot, requireFixtures } from '../../support/fixtures.ts';

describe('the demo model (ONNX)', () => {
  const bytes = new Uint8Array(readFileSync(path.join(repoRoot, 'public/models/digits-fp32.onnx')));
  const card = JSON.parse(readFileSync(path.join(repoRoot, 'public/models/model-card.json'), 'utf8'));

  it('yields one OIHW kernel per conv layer of the model card, channels on axis 0', () => {
    const kernels = kernelsFromModel(bytes);
    const convs = card.architecture.layers.filter((l: { kind: string }) => l.kind === 'conv');
    expect(kernels.map((k) => k.shape)).toEqual(convs.map((l: { out: number; in: number; kernel: number[] }) => [l.out, l.in, ...l.kernel]));
    for (const k of kernels) {
      expect(k.layout).toBe('OIHW');
      expect(quantizeKernel(k).channels).toBe(k.shape[0]);
    }
  });

  it('refuses a file that is neither format, with a readable message', () => {
    expect(() => kernelsFromModel(new TextEncoder().encode('not a model at all'))).toThrow(QuantError);
  });
});

describe('TFLite files from the fixtures', () => {
  if (requireFixtures('per-channel kernels from .tflite', 'models', 'tflite', 'person_detect.tflite')) {
    const read = (name: string) => kernelsFromModel(new Uint8Array(readFileSync(path.join(fixturesDir, 'models', 'tflite', name))));

    it('finds the same filters, shapes and scales as the full .tflite reader', () => {
      for (const name of ['person_detect.tflite', 'mobilenet_v1_0.25_128_quant.tflite', 'mobilenet_v2_035_96_embedder.tflite']) {
        const bytes = new Uint8Array(readFileSync(path.join(fixturesDir, 'models', 'tflite', name)));
        const m = readTflite(bytes);
        const expected = m.subgraphs.flatMap((sg) =>
          sg.operators
            .filter((op) => ['CONV_2D', 'DEPTHWISE_CONV_2D'].includes(m.operatorCodes[op.opcodeIndex].builtinName))
            .map((op) => sg.tensors[op.inputs[1]])
            .filter((t) => ['FLOAT32', 'INT8', 'UINT8'].includes(t.typeName) && m.buffers[t.buffer].length > 0)
            .map((t) => ({ name: t.name, shape: t.shape, scales: t.typeName === 'FLOAT32' ? undefined : t.quantization?.scale })),
        );
        const got = kernelsFromModel(bytes).map((k) => ({ name: k.name, shape: [...k.shape], scales: k.fileScales }));
        expect(got, name).toEqual(expected);
      }
    });

    it('person_detect: CONV_2D filters are OHWI (axis 0), DEPTHWISE_CONV_2D filters 1HWC (axis 3)', () => {
      const kernels = read('person_detect.tflite');
      expect(kernels.length).toBeGreaterThan(10);
      for (const k of kernels) {
        if (k.layout === 'OHWI') expect(k.fileScales!.length).toBe(k.shape[0]);
        else expect(k.fileScales!.length).toBe(k.shape[3]);
      }
    });

    it('re-quantizing per channel gives back the converter’s own scales and codes', () => {
      for (const k of read('person_detect.tflite')) {
        const q = quantizeKernel(k);
        // Channels whose weights are all zero keep whatever scale the file has.
        q.perChannel.scales.forEach((s, c) => {
          if (q.perChannel.stats[c].absMax > 0) expect(Math.abs(s - k.fileScales![c]) / k.fileScales![c]).toBeLessThan(1e-6);
        });
        const back = q.perChannel.reconstructed;
        for (let i = 0; i < back.length; i++) expect(back[i]).toBeCloseTo(k.values[i], 6);
      }
    });

    it('mobilenet_v1 (legacy uint8, per tensor): dequantized with its zero point', () => {
      const kernels = read('mobilenet_v1_0.25_128_quant.tflite');
      expect(kernels.length).toBeGreaterThan(10);
      expect(kernels.every((k) => k.fileScales!.length === 1)).toBe(true);
    });
  }
});
