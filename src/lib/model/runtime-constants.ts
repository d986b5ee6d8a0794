// Facts about the runtime the site serves, importable from Node (tests) and
// the browser alike.

/** Size of ort-wasm-simd-threaded.wasm in onnxruntime-web 1.30.0 (a unit test keeps it current). */
export const ORT_WASM_BYTES = 14_239_897;
