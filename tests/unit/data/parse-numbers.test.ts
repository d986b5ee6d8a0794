import { describe, expect, it } from 'vitest';
import { parseNumberList } from '../../../src/lib/data/index.ts';

function values(text: string): number[] {
  const r = parseNumberList(text);
  if (!r.ok) throw new Error(r.message);
  return Array.from(r.values);
}

function error(text: string, max?: number) {
  const r = parseNumberList(text, max);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(text)}`);
  return r;
}

describe('parseNumberList', () => {
  it('reads commas, spaces, semicolons, new lines and printed arrays', () => {
    expect(values('1, -2.5 3e-1;4\n.5')).toEqual([1, -2.5, Math.fround(0.3), 4, 0.5]);
    expect(values('[[0.25, -1], [2, 3]]')).toEqual([0.25, -1, 2, 3]);
    expect(values('(+7)')).toEqual([7]);
  });

  it('accepts the typographic minus the site prints', () => {
    expect(values('\u22121.5, 2')).toEqual([-1.5, 2]);
  });

  it('stores float32', () => {
    const r = parseNumberList('0.1');
    expect(r.ok && r.values[0]).toBe(Math.fround(0.1));
    expect(r.ok && r.values).toBeInstanceOf(Float32Array);
  });

  it('explains an empty input', () => {
    expect(error('').message).toMatch(/at least one number/);
    expect(error(' , ;\n ').message).toMatch(/at least one number/);
  });

  it('names the item that is not a number', () => {
    const e = error('1, 2, abc, 4');
    expect(e.item).toBe(3);
    expect(e.message).toMatch(/Item 3/);
    expect(e.message).toMatch(/abc/);
    expect(error('1, 0x1F').item).toBe(2);
    expect(error('1..2').item).toBe(1);
    expect(error('1e').item).toBe(1);
  });

  it('explains NaN and infinities specifically', () => {
    expect(error('0, NaN').message).toMatch(/NaN/);
    expect(error('0, nan').item).toBe(2);
    expect(error('Infinity').message).toMatch(/infinite/);
    expect(error('1 -inf').item).toBe(2);
  });

  it('rejects values beyond float32', () => {
    expect(error('1e39').message).toMatch(/float32/);
    expect(error('-5e38').item).toBe(1);
    expect(values('3e38')[0]).toBe(Math.fround(3e38));
  });

  it('shortens a long bad token in the message', () => {
    const e = error(`x${'y'.repeat(200)}`);
    expect(e.message.length).toBeLessThan(200);
  });

  it('limits how many numbers it takes', () => {
    expect(error('1 2 3 4', 3).message).toMatch(/at most 3/);
    expect(values('1 2 3')).toHaveLength(3);
  });
});
