/** The outcome of reading a typed field: a value, or what to type instead. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };
