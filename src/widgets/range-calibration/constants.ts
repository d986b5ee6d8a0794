// Numbers the calibration worker and the view share, in a module of their
// own so the view does not pull the worker's code (model reader, quantizer,
// ONNX writer) into the page's JavaScript.

export const HIST_BINS = 48;

/**
 * Per-layer statistics always look at the same first 250 training digits,
 * whatever the calibration count: ranges from one image are then judged on
 * 249 others, so the clipping a small calibration set causes shows up.
 * (250 images are already 1.35 million conv1 values.)
 */
export const REPORT_IMAGES = 250;
