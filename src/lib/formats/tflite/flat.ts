/**
 * Checked FlatBuffer tables on top of the `flatbuffers` runtime's ByteBuffer.
 *
 * The runtime's accessors trust the file: an offset past the end reads as
 * zeros and a huge vector length is believed. Here every table position,
 * vtable, field, offset, vector and string is checked against the file size
 * (through ByteSource) before ByteBuffer reads it, so a hostile file yields a
 * FormatError naming the offset and the field being read.
 *
 * Field numbers ("slots") are the field order in TFLite's schema; a union
 * takes two slots (its type, then its value). Nothing here copies the file:
 * byte vectors come back as offsets or subarray views.
 */
import { ByteBuffer } from 'flatbuffers';
import { ByteSource, decodeUtf8 } from '../bytes.ts';
import { formatError } from '../error-messages.ts';

export class FlatFile {
  readonly src: ByteSource;
  readonly bb: ByteBuffer;
  /**
   * Tables may share data, so a small hostile file can make a naive walk
   * read the same vector millions of times. Real models read each element
   * about once; we stop after a generous multiple of the file size.
   */
  private budget: number;

  constructor(bytes: Uint8Array) {
    this.src = new ByteSource(bytes);
    this.bb = new ByteBuffer(bytes);
    this.budget = 4 * bytes.length + 100_000;
  }

  /** Counts `count` elements read; throws when the file makes us read far more than it holds. */
  spend(count: number, path: string): void {
    this.budget -= count + 1;
    if (this.budget < 0) {
      throw formatError('bad-structure', 'cyclic-tables', { path, limit: 4 * this.src.length + 100_000, size: this.src.length });
    }
  }

  /** Follows a uoffset stored at `at`; the target must leave room for `minSize` bytes. */
  follow(at: number, minSize: number, what: string): number {
    this.src.need(at, 4, what);
    const target = at + this.bb.readUint32(at);
    this.src.need(target, minSize, what);
    return target;
  }

  table(pos: number, path: string): FlatTable {
    return new FlatTable(this, pos, path);
  }

  /** Root table: the uoffset at byte 0. */
  root(path: string): FlatTable {
    return this.table(this.follow(0, 4, `${path} root offset`), path);
  }
}

export class FlatTable {
  readonly file: FlatFile;
  readonly pos: number;
  readonly path: string;
  private readonly vtable: number;
  private readonly vtableSize: number;
  private readonly tableSize: number;

  constructor(file: FlatFile, pos: number, path: string) {
    const { src, bb } = file;
    src.need(pos, 4, path);
    const vtable = pos - bb.readInt32(pos);
    if (vtable < 0 || vtable > src.length - 4) {
      throw vtable < 0
        ? formatError('bad-offset', 'vtable-before-start', { path, at: pos, vtable }, pos)
        : formatError('truncated', 'vtable-past-end', { vtable, size: src.length, path }, pos);
    }
    const vtableSize = bb.readUint16(vtable);
    const tableSize = bb.readUint16(vtable + 2);
    if (vtableSize < 4 || vtableSize % 2 !== 0) {
      throw formatError('bad-vtable', 'vtable-size', { at: vtable, path, size: vtableSize }, vtable);
    }
    if (tableSize < 4) {
      throw formatError('bad-vtable', 'vtable-table-size', { at: vtable, path, size: tableSize }, vtable);
    }
    src.need(vtable, vtableSize, `the vtable of ${path}`);
    src.need(pos, tableSize, path);
    this.file = file;
    this.pos = pos;
    this.path = path;
    this.vtable = vtable;
    this.vtableSize = vtableSize;
    this.tableSize = tableSize;
  }

  /** Absolute position of field `slot`, or 0 when absent. Checks that `width` bytes fit in the table. */
  private field(slot: number, width: number, name: string): number {
    const entry = 4 + 2 * slot;
    if (entry + 2 > this.vtableSize) return 0;
    const rel = this.file.bb.readUint16(this.vtable + entry);
    if (rel === 0) return 0;
    if (rel + width > this.tableSize) {
      throw formatError('bad-vtable', 'field-outside-table', { at: this.vtable, path: this.path, name, rel, size: this.tableSize }, this.vtable);
    }
    return this.pos + rel;
  }

  has(slot: number): boolean {
    const entry = 4 + 2 * slot;
    return entry + 2 <= this.vtableSize && this.file.bb.readUint16(this.vtable + entry) !== 0;
  }

  u8(slot: number, name: string, fallback = 0): number {
    const at = this.field(slot, 1, name);
    return at ? this.file.bb.readUint8(at) : fallback;
  }

  i8(slot: number, name: string, fallback = 0): number {
    const at = this.field(slot, 1, name);
    return at ? this.file.bb.readInt8(at) : fallback;
  }

  bool(slot: number, name: string, fallback = false): boolean {
    const at = this.field(slot, 1, name);
    return at ? this.file.bb.readUint8(at) !== 0 : fallback;
  }

  i32(slot: number, name: string, fallback = 0): number {
    const at = this.field(slot, 4, name);
    return at ? this.file.bb.readInt32(at) : fallback;
  }

  u32(slot: number, name: string, fallback = 0): number {
    const at = this.field(slot, 4, name);
    return at ? this.file.bb.readUint32(at) : fallback;
  }

  /** ulong as a double (exact below 2^53; larger values cannot point inside any file we can hold). */
  u64(slot: number, name: string, fallback = 0): number {
    const at = this.field(slot, 8, name);
    return at ? this.file.src.u64(at) : fallback;
  }

  table(slot: number, name: string): FlatTable | null {
    const at = this.field(slot, 4, name);
    if (!at) return null;
    const path = `${this.path}.${name}`;
    return new FlatTable(this.file, this.file.follow(at, 4, path), path);
  }

  string(slot: number, name: string): string | null {
    const run = this.vector(slot, 1, name);
    return run ? decodeUtf8(this.file.src.slice(run.start, run.length, `${this.path}.${name}`)) : null;
  }

  /** Start and element count of a vector field, checked to fit in the file; null when absent. */
  vector(slot: number, elementSize: number, name: string): { start: number; length: number } | null {
    const at = this.field(slot, 4, name);
    if (!at) return null;
    const path = `${this.path}.${name}`;
    const lengthAt = this.file.follow(at, 4, path);
    const length = this.file.bb.readUint32(lengthAt);
    this.file.src.needVector(lengthAt, lengthAt + 4, length, elementSize, path);
    // Byte vectors (weights) are located, not read; everything else is read element by element.
    if (elementSize > 1 || name !== 'data') this.file.spend(length, path);
    return { start: lengthAt + 4, length };
  }

  int32s(slot: number, name: string): number[] | null {
    const run = this.vector(slot, 4, name);
    if (!run) return null;
    const out = new Array<number>(run.length);
    for (let i = 0; i < run.length; i++) out[i] = this.file.bb.readInt32(run.start + 4 * i);
    return out;
  }

  float32s(slot: number, name: string): number[] | null {
    const run = this.vector(slot, 4, name);
    if (!run) return null;
    const out = new Array<number>(run.length);
    for (let i = 0; i < run.length; i++) out[i] = this.file.bb.readFloat32(run.start + 4 * i);
    return out;
  }

  int64s(slot: number, name: string): number[] | null {
    const run = this.vector(slot, 8, name);
    if (!run) return null;
    const out = new Array<number>(run.length);
    for (let i = 0; i < run.length; i++) out[i] = this.file.src.i64(run.start + 8 * i);
    return out;
  }

  bools(slot: number, name: string): boolean[] | null {
    const run = this.vector(slot, 1, name);
    if (!run) return null;
    const out = new Array<boolean>(run.length);
    for (let i = 0; i < run.length; i++) out[i] = this.file.bb.readUint8(run.start + i) !== 0;
    return out;
  }

  /** A vector of tables, opened one at a time on demand. */
  tables(slot: number, name: string): FlatTableVector | null {
    const run = this.vector(slot, 4, name);
    return run ? new FlatTableVector(this.file, run.start, run.length, `${this.path}.${name}`) : null;
  }
}

export class FlatTableVector {
  readonly length: number;
  private readonly file: FlatFile;
  private readonly start: number;
  private readonly path: string;

  constructor(file: FlatFile, start: number, length: number, path: string) {
    this.file = file;
    this.start = start;
    this.length = length;
    this.path = path;
  }

  get(i: number): FlatTable {
    const path = `${this.path}[${i}]`;
    return new FlatTable(this.file, this.file.follow(this.start + 4 * i, 4, path), path);
  }
}
