// Every prop of FakeQuantPlacement, declared once: Astro props, URL state,
// the <zp-fake-quant-placement> attributes and the gallery docs read this.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

const edge = (description: string, on: boolean) => ({ type: 'boolean' as const, default: on, description, example: !on });

export const fakeQuantPlacementSchema = defineSchema({
  name: 'FakeQuantPlacement',
  tag: 'zp-fake-quant-placement',
  title: 'Fake-quant placement',
  description:
    'A tiny network where you place fake-quant nodes; the fake-quant simulation and the converted integer network run on the same inputs, and their disagreement is shown edge by edge, with the converter’s complaints.',
  props: {
    id: {
      type: 'string',
      default: 'placement',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'placement',
    },
    input: edge('Fake-quant node on the network input.', true),
    w1: edge('Fake-quant node on layer 1’s weights (fc1/weights).', true),
    mm1: edge('Fake-quant node between layer 1’s MatMul and BiasAdd (fc1/MatMul).', false),
    b1: edge('Fake-quant node on layer 1’s biases (fc1/biases).', false),
    pre1: edge('Fake-quant node between BiasAdd and ReLU6 (fc1/BiasAdd).', false),
    act1: edge('Fake-quant node on layer 1’s output after ReLU6 (fc1/Relu6).', true),
    w2: edge('Fake-quant node on layer 2’s weights (fc2/weights).', true),
    mm2: edge('Fake-quant node between layer 2’s MatMul and BiasAdd (fc2/MatMul).', false),
    b2: edge('Fake-quant node on layer 2’s biases (fc2/biases).', false),
    out: edge('Fake-quant node on the network output (fc2/BiasAdd).', true),
    focus: {
      type: 'enum',
      options: ['input', 'w1', 'mm1', 'b1', 'pre1', 'act1', 'w2', 'mm2', 'b2', 'out'],
      labels: {
        input: 'input',
        w1: 'fc1/weights',
        mm1: 'fc1/MatMul',
        b1: 'fc1/biases',
        pre1: 'fc1/BiasAdd',
        act1: 'fc1/Relu6',
        w2: 'fc2/weights',
        mm2: 'fc2/MatMul',
        b2: 'fc2/biases',
        out: 'fc2/BiasAdd (output)',
      },
      default: 'act1',
      description: 'The edge whose range and FakeQuant nudging are shown.',
      example: 'input',
    },
    min: {
      type: 'number',
      nullable: true,
      min: -1000,
      max: 1000,
      default: null,
      description: 'Your own range minimum for the focused edge (set with `max`); unset uses the range training recorded.',
      example: -2.5,
    },
    max: {
      type: 'number',
      nullable: true,
      min: -1000,
      max: 1000,
      default: null,
      description: 'Your own range maximum for the focused edge (set with `min`).',
      example: 2.5,
    },
    defaultRanges: {
      type: 'boolean',
      default: false,
      description: 'Convert with --default_ranges_min/--default_ranges_max (dummy quantization) for activations without a range.',
      example: true,
    },
    defaultMin: {
      type: 'number',
      min: -1000,
      max: 1000,
      default: 0,
      description: 'The dummy range’s minimum (--default_ranges_min).',
      example: -6,
    },
    defaultMax: {
      type: 'number',
      min: -1000,
      max: 1000,
      default: 6,
      description: 'The dummy range’s maximum (--default_ranges_max).',
      example: 6,
    },
    seed: {
      type: 'number',
      min: 0,
      max: 4294967295,
      integer: true,
      default: 1,
      description: 'Seed of the 48 input vectors fed to both networks.',
      example: 7,
    },
  },
  checks: [
    {
      keys: ['min', 'max'],
      message: 'min and max go together: set both or neither.',
      test: (s) => (s.min === null) === (s.max === null),
    },
    {
      keys: ['min', 'max'],
      message: 'min must not be greater than max.',
      test: (s) => s.min === null || s.max === null || (s.min as number) <= (s.max as number),
    },
    {
      keys: ['defaultMin', 'defaultMax'],
      message: 'defaultMin must be less than defaultMax.',
      test: (s) => (s.defaultMin as number) < (s.defaultMax as number),
    },
  ],
});

export type FakeQuantPlacementState = StateOf<typeof fakeQuantPlacementSchema>;
