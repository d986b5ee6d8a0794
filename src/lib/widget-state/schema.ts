// A widget declares each of its props once, here. The same declaration drives
// validation of props and URL state, the custom element's attributes and the
// gallery's documentation, so those cannot drift apart.

interface CommonSpec {
  description: string;
  /** false for props that configure the widget but are not reader state (e.g. its id). */
  inUrl?: boolean;
}

export interface NumberSpec extends CommonSpec {
  type: 'number';
  /** null means "not set"; only allowed when `nullable` is true. */
  default: number | null;
  nullable?: boolean;
  min: number;
  max: number;
  integer?: boolean;
  /** When present, the only values accepted (e.g. a size picked from a list). */
  options?: readonly number[];
  example?: number;
}

export interface BooleanSpec extends CommonSpec {
  type: 'boolean';
  default: boolean;
  example?: boolean;
}

export interface EnumSpec extends CommonSpec {
  type: 'enum';
  options: readonly string[];
  default: string;
  /** Human names for the options, for labels and documentation. */
  labels?: Readonly<Record<string, string>>;
  example?: string;
}

export interface StringSpec extends CommonSpec {
  type: 'string';
  default: string;
  maxLength: number;
  /** Characters allowed; checked after the generic hostile-content checks. */
  pattern?: RegExp;
  /** What the pattern allows, in words, for notices and docs. */
  patternHint?: string;
  example?: string;
}

export type PropSpec = NumberSpec | BooleanSpec | EnumSpec | StringSpec;

/** A rule across several props; when it fails, `keys` fall back to their base values. */
export interface SchemaCheck {
  keys: readonly string[];
  message: string;
  test: (state: Record<string, unknown>) => boolean;
}

export interface WidgetSchema {
  /** Component name, e.g. "AffineQuantizer". */
  name: string;
  /** Custom element tag, e.g. "zp-affine-quantizer". */
  tag: string;
  title: string;
  description: string;
  props: Readonly<Record<string, PropSpec>>;
  checks?: readonly SchemaCheck[];
}

type ValueOf<P> = P extends { type: 'number'; nullable: true }
  ? number | null
  : P extends { type: 'number' }
    ? number
    : P extends { type: 'boolean' }
      ? boolean
      : P extends { type: 'enum'; options: readonly (infer O)[] }
        ? O
        : string;

/** The plain state object a schema describes: one field per prop. */
export type StateOf<S extends WidgetSchema> = { -readonly [K in keyof S['props']]: ValueOf<S['props'][K]> };

/** Identity, but keeps literal types (option lists, defaults) for StateOf. */
export function defineSchema<const S extends WidgetSchema>(schema: S): S {
  return schema;
}

export function defaultsOf<S extends WidgetSchema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema.props)) out[key] = spec.default;
  return out as StateOf<S>;
}

/** Names of the props that travel in the URL. */
export function urlKeys(schema: WidgetSchema): string[] {
  return Object.entries(schema.props)
    .filter(([, spec]) => spec.inUrl !== false)
    .map(([key]) => key);
}

/** camelCase prop → kebab-case attribute (narrowRange → narrow-range). */
export function attributeName(prop: string): string {
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function hasProp(schema: WidgetSchema, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(schema.props, key);
}
