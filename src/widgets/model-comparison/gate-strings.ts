// Words of RunGate: both model widgets carry them in their catalogs
// (RangeCalibration uses RunGate too).

export const gateEn = {
  tryAgain: 'Try again',
  /** Bytes received while the total is unknown. */
  megabytes: '{received} MB',
  megabytesOf: '{received} of {total} MB',
  loaded: 'Models loaded.',
};
export type GateStrings = typeof gateEn;
