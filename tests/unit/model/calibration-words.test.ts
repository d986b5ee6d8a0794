// RangeCalibration's words for a layer, in both catalogs, on hand-worked
// layers: a range (0, 6) over values up to 9 (a quarter of them clipped), and
// a dummy range ±1000 far off a chart of values in [0, 5].
import { describe, expect, it } from 'vitest';
import { histogramText, verdictText } from '../../../src/widgets/range-calibration/describe.ts';
import type { LayerReport } from '../../../src/widgets/range-calibration/job.ts';
import { en } from '../../../src/widgets/range-calibration/strings.ts';
import { zh } from '../../../src/widgets/range-calibration/strings.zh.ts';

const clipped: LayerReport = {
  point: 'conv1',
  range: { min: 0, max: 6 },
  data: { min: 0, max: 9 },
  scale: 6 / 255,
  zeroPoint: 0,
  covered: { min: 0, max: 6 },
  clippedBelow: 0,
  clippedAbove: 0.25,
  levelsUsed: 200,
  sqnrDb: 12,
  hist: { lo: 0, hi: 9, counts: [3, 1] },
  values: 4,
};

const farOff: LayerReport = {
  ...clipped,
  point: 'fc1',
  range: { min: -1000, max: 1000 },
  data: { min: 0, max: 5 },
  scale: 2000 / 255,
  zeroPoint: 128,
  covered: { min: -1000, max: 1000 },
  clippedAbove: 0,
  levelsUsed: 1,
  hist: { lo: 0, hi: 5, counts: [2, 2] },
};

describe('RangeCalibration words', () => {
  it('describes a clipped layer in English as it always did, and in Chinese', () => {
    expect(verdictText(clipped, en)).toBe('Clipping: 25% of the values fall outside the range (mostly above 6) and are pinned to its end.');
    expect(verdictText(clipped, zh)).toBe('有截断，25% 的值落在范围之外（大多高于 6），被钳到范围的端点上。');
    const e = histogramText(clipped, en);
    expect(e.label).toBe(
      'Histogram of conv1 + ReLU: 4 values from 0 to 9. The quantized range is 0 to 6 with a step of 0.0235. ' +
        'Clipping: 25% of the values fall outside the range (mostly above 6) and are pinned to its end.',
    );
    expect(e.table).toEqual({ caption: 'conv1 + ReLU: share of values per bin', head: ['Values', 'Share'], rows: [['0 to 4.5', '75%'], ['4.5 to 9', '25%']] });
    const z = histogramText(clipped, zh);
    expect(z.label).toBe('“conv1 + ReLU”的直方图：共 4 个值，从 0 到 9。量化范围为 0 到 6，步长 0.0235。有截断，25% 的值落在范围之外（大多高于 6），被钳到范围的端点上。');
    expect(z.table).toEqual({ caption: 'conv1 + ReLU：各区间的取值占比', head: ['取值区间', '占比'], rows: [['0 到 4.5', '75%'], ['4.5 到 9', '25%']] });
  });

  it('says in words where a range ends far off the chart, and when the grid is too coarse', () => {
    expect(histogramText(farOff, en).label).toBe(
      'Histogram of fc1 + ReLU: 4 values from 0 to 5. The quantized range is −1000 to 1000 with a step of 7.84 ' +
        '(the range’s lower end −1000 is far off the chart; the range’s upper end 1000 is far off the chart). ' +
        'Too coarse: the values span 5 but the step is 7.84, so they land on only 1 of 256 codes.',
    );
    expect(histogramText(farOff, zh).label).toBe(
      '“fc1 + ReLU”的直方图：共 4 个值，从 0 到 5。量化范围为 −1000 到 1000，步长 7.84（范围下端 −1000 远在图表之外；范围上端 1000 远在图表之外）。' +
        '量化太粗，这些值跨度为 5，但量化步长是 7.84，所以只落在 256 个码值中的 1 个上。',
    );
  });
});
