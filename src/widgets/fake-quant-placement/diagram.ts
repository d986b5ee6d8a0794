// Geometry of the network diagram (an SVG, top to bottom): op boxes on a
// central column, constants (weights, biases) to their left, and one
// marker position per edge where a fake-quant node is drawn.
import type { EdgeId } from '../../lib/fake-quant/network.ts';

export const VIEW = { width: 340, height: 540 } as const;
const CX = 180;
const CONST_CX = 46;

export interface Box {
  label: string;
  cx: number;
  cy: number;
  w: number;
  kind: 'io' | 'op' | 'const';
}

export const BOXES: readonly Box[] = [
  { label: 'input', cx: CX, cy: 26, w: 110, kind: 'io' },
  { label: 'MatMul', cx: CX, cy: 104, w: 110, kind: 'op' },
  { label: 'fc1/weights', cx: CONST_CX, cy: 104, w: 84, kind: 'const' },
  { label: 'BiasAdd', cx: CX, cy: 184, w: 110, kind: 'op' },
  { label: 'fc1/biases', cx: CONST_CX, cy: 184, w: 84, kind: 'const' },
  { label: 'Relu6', cx: CX, cy: 264, w: 110, kind: 'op' },
  { label: 'MatMul', cx: CX, cy: 362, w: 110, kind: 'op' },
  { label: 'fc2/weights', cx: CONST_CX, cy: 362, w: 84, kind: 'const' },
  { label: 'BiasAdd', cx: CX, cy: 442, w: 110, kind: 'op' },
  { label: 'fc2/biases', cx: CONST_CX, cy: 442, w: 84, kind: 'const' },
  { label: 'output', cx: CX, cy: 512, w: 110, kind: 'io' },
];

export const BOX_HEIGHT = 30;

/** The dashed outline of each fused layer: what the integer kernel runs as one op. */
export const LAYERS = [
  { label: 'fused: FC + ReLU6', x: 4, y: 60, w: 332, h: 224 },
  { label: 'fused: FC', x: 4, y: 318, w: 332, h: 146 },
] as const;

export interface EdgeGeometry {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the fake-quant marker sits. */
  mx: number;
  my: number;
  /** Tensor-name label position (beside the marker). */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle';
}

function vertical(y1: number, y2: number, my = (y1 + y2) / 2): EdgeGeometry {
  return { x1: CX, y1, x2: CX, y2, mx: CX, my, lx: CX + 22, ly: my + 4, anchor: 'start' };
}

function fromLeft(y: number): EdgeGeometry {
  const x1 = CONST_CX + 42;
  const x2 = CX - 55;
  return { x1, y1: y, x2, y2: y, mx: (x1 + x2) / 2, my: y, lx: (x1 + x2) / 2, ly: y - 14, anchor: 'middle' };
}

export const EDGE_GEOMETRY: Readonly<Record<EdgeId, EdgeGeometry>> = {
  input: vertical(41, 89, 72),
  w1: fromLeft(104),
  mm1: vertical(119, 169),
  b1: fromLeft(184),
  pre1: vertical(199, 249),
  act1: vertical(279, 347, 301),
  w2: fromLeft(362),
  mm2: vertical(377, 427),
  b2: fromLeft(442),
  out: vertical(457, 497, 480),
};
