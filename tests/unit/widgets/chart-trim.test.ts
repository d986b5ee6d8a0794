// The build's cuts to chart.js (src/widgets/shared/chart-trim.ts) applied to
// the chart.js actually installed: each cut finds its code, and what it
// removes is gone while what the widgets use stays.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimChartAnimation } from '../../../src/widgets/shared/chart-trim.ts';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), '.');
const files = {
  chart: path.join(dist, 'chart.js'),
  helpers: path.join(dist, 'chunks', 'index.js'),
};

function transform(file: string): string {
  const plugin = trimChartAnimation() as { transform: (code: string, id: string) => { code: string } | null };
  const out = plugin.transform(readFileSync(file, 'utf8'), file);
  if (!out) throw new Error(`no cut applies to ${file}`);
  return out.code;
}

describe('chart.js trims', () => {
  it('leaves out hit-testing and animation, keeps the chart', () => {
    const code = transform(files.chart);
    // The modes go; the helpers only they called are dead code the minifier drops.
    const interaction = / var Interaction = \{[\s\S]*?\n\};/.exec(code)?.[0] ?? '';
    expect(interaction).toMatch(/modes: \{\}/);
    expect(interaction).not.toMatch(/getNearestItems|getIntersectItems|getAxisItems/);
    expect(code).toMatch(/throw new Error\('chart.js animations are not in this build/);
    expect(code).toMatch(/getElementsAtEventForMode\(e, mode, options, useFinalPosition\) \{/);
    expect(code).toMatch(/class LineController/);
    expect(code).toMatch(/ interpolate\(\) \{\n        throw new Error\('line interpolation/);
    expect(code).not.toMatch(/const _interpolate = _getInterpolationMethod\(options\)/);
  });

  it('keeps only the circle among point styles', () => {
    const code = transform(files.helpers);
    expect(code).not.toMatch(/case 'triangle':/);
    expect(code).not.toMatch(/case 'rectRounded':/);
    expect(code).toMatch(/ctx\.arc\(x, y, radius, 0, TAU\)/);
    expect(code).toMatch(/const effects = \{\n    linear: \(t\)=>t\n\};/);
    expect(code).toMatch(/function _updateBezierControlPoints\(\) \{\n    throw new Error\('curved lines are not in this build/);
  });

  it('fails loudly when chart.js no longer matches', () => {
    const plugin = trimChartAnimation() as { transform: (code: string, id: string) => unknown };
    expect(() => plugin.transform('export {}', files.chart)).toThrow(/was not found/);
  });
});
