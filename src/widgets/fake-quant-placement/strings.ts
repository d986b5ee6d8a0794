// Every word FakeQuantPlacement shows or announces, in English. The Chinese
// catalog (strings.zh.ts) has the same keys and the same {slots}. Tensor
// names, op names, flags and the converter's own log lines stay as they are.
// The edge explanations and converter notes are the fake-quant library's own
// English tables (src/lib/fake-quant); their Chinese twins sit beside them.
import type { Locale } from '../../lib/i18n/locale.ts';
import { NOTE_TEXT } from '../../lib/fake-quant/convert.ts';
import { EDGES, EDGE_IDS, type EdgeId } from '../../lib/fake-quant/network.ts';
import { sharedEn } from '../shared/strings.ts';

const edges = Object.fromEntries(EDGE_IDS.map((e) => [e, { carries: EDGES[e].carries, why: EDGES[e].why }])) as Record<
  EdgeId,
  { carries: string; why: string }
>;

export const en = {
  lang: 'en' as Locale,
  shared: sharedEn,
  title: 'Fake-quant placement',
  description:
    'A tiny network where you place fake-quant nodes; the fake-quant simulation and the converted integer network run on the same inputs, and their disagreement is shown edge by edge, with the converter’s complaints.',
  toolbarLabel: 'the fake-quant placement “{id}”',

  noticesHead: 'Some settings could not be used:',
  dismiss: 'Dismiss',

  /** Words between list items (tensor names). */
  listSeparator: ', ',
  /** Between a tensor name and what is said about it. */
  colon: ': ',
  diagram: {
    input: 'input',
    output: 'output',
    fused1: 'fused: FC + ReLU6',
    fused2: 'fused: FC',
    noRange: ': no range',
    text: 'Network, top to bottom: input, then layer 1 (MatMul with fc1/weights, BiasAdd with fc1/biases, Relu6), then layer 2 (MatMul with fc2/weights, BiasAdd with fc2/biases), then the output.',
    nonePlaced: 'No fake-quant nodes are placed.',
    placedOn: 'Fake-quant nodes on: {list}.',
    misplaced: 'Misplaced: {list}.',
    missing: 'Missing: {list}.',
  },

  nodesLegend: 'Fake-quant nodes',
  belongs: 'belongs here',
  notBelongs: 'does not belong here',
  edges,
  /** After the focused edge's tensor name. */
  edgeWhy: '({carries}): {why}',

  rangeLegend: 'Range and FakeQuant nudging',
  edgeLabel: 'Edge',
  focusLabels: {
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
  rangeMin: 'Range min',
  rangeMax: 'Range max',
  useRecorded: 'Use the recorded range',
  boundNames: { min: 'min', max: 'max' },
  boundNotNumber: '{which} must be a number.',
  boundTooFar: '{which} must be between −1000 and 1000.',
  minAboveMax: 'min must not be greater than max ({other}).',
  maxBelowMin: 'max must not be less than min ({other}).',
  defaultNotNumber: 'The default {which} must be a number between −1000 and 1000.',
  defaultMinAboveMax: 'The default min must be less than the default max.',
  defaultMaxBelowMin: 'The default max must be greater than the default min.',
  seedError: 'Seed must be a whole number from 0 to 4294967295.',

  /** The nudging sentence, in pieces around the figures shown in bold. */
  nudge: {
    yourRange: 'Your range [{min}, {max}]',
    recordedRange: 'Recorded range [{min}, {max}]',
    symmetric: '(made symmetric for weights, narrow range 1…255)',
    scale: '→ scale {scale}, ideal zero point {ideal} rounded to',
    int8: '(int8: {zeroPoint}) → nudged range',
    end: '.',
    noNode: 'No fake-quant node on this edge now; this is the grid one would use.',
  },
  stripAsked: 'range asked for (with 0)',
  stripNudged: 'nudged range, 0.0 exactly on a code',

  resultsLabel: 'Results: {id}',
  converterHead: 'What the converter says',
  fails: 'Conversion fails.',
  failsRest: 'The first array without a range stops it:',
  stopsAgain: 'Fix that and it stops again at {list}.',
  thenSeparator: ', then ',
  converted: 'Converted: every activation the integer network stores has a range.',
  convertedDummy: 'Converted: every activation the integer network stores has a range (some only the dummy one).',
  notes: NOTE_TEXT as Record<keyof typeof NOTE_TEXT, string>,
  dummyLabel: 'Dummy quantization: pass',
  defaultMin: 'Default min',
  defaultMax: 'Default max',

  simulationHead: 'Simulation against the integer network',
  codesDiffer: 'Output codes that differ',
  ofTotal: '{count} of {total}',
  largestGap: 'Largest output gap',
  stepOne: '{steps} step',
  stepOther: '{steps} steps',
  rmsSimulated: 'RMS error of the simulation vs float',
  rmsInteger: 'RMS error of the integer model vs float',
  notConverted: 'not converted',
  tableCaption:
    'Per edge: fake-quant simulation against the integer network on {count} inputs (in steps of each stored tensor’s scale; biases and a layer’s insides in steps of the layer’s output)',
  columns: {
    edge: 'Edge',
    fakeQuant: 'Fake-quant',
    maxDiff: 'Max |difference|',
    inSteps: 'In steps',
    codes: 'Codes that differ',
  },
  placedRight: 'yes ✓',
  placedWrong: 'yes ✗',
  absentWrong: 'no ✗',
  absent: 'no',
  int32Inside: 'int32 inside',
  noNetwork: 'No integer network to compare with until the converter has a range for every activation.',
  seedLabel: 'Input seed',
};

export type FakeQuantPlacementStrings = typeof en;
