// Brotli and gzip copies beside every large text asset (and WebAssembly) in
// the built site, so a static host — and scripts/serve-dist.ts — can send
// precompressed bytes without compressing on each request. Runs last, after
// every file of the site exists.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// .bin: the model pages' uint8 test and calibration digits (1.5 MB raw, about a fifth of that compressed).
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.wasm', '.txt', '.webmanifest', '.bin']);
export const MIN_BYTES = 1024;

export interface Compressed { file: string; raw: number; br: number; gz: number }

/**
 * Files this large (onnxruntime-web's 14 MB WebAssembly) take most of a
 * build to compress at brotli's top quality, and never change between
 * builds; their compressed copies are kept by content hash.
 */
export const CACHE_MIN_BYTES = 1 << 20;
const CACHE_DIR = path.resolve(fileURLToPath(import.meta.url), '../../../node_modules/.cache/zero-point-compress');

const inFlight = new Map<string, Promise<Buffer>>();

function cached(raw: Buffer, kind: 'br' | 'gz', make: () => Promise<Buffer>): Promise<Buffer> {
  if (raw.length < CACHE_MIN_BYTES) return make();
  const file = path.join(CACHE_DIR, `${createHash('sha256').update(raw).digest('hex')}.${kind}`);
  // The same file can appear twice in one build (the site's copy and the elements bundle's).
  let job = inFlight.get(file);
  if (!job) {
    job = readFile(file).catch(async () => {
      const out = await make();
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(file, out);
      return out;
    });
    inFlight.set(file, job);
  }
  return job;
}

/** Writes file.br and file.gz for each compressible file ≥ MIN_BYTES under root. */
export async function compressTree(root: string): Promise<Compressed[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name));
  const done = await Promise.all(
    files.map(async (file): Promise<Compressed | null> => {
      const raw = await readFile(file);
      if (raw.length < MIN_BYTES) return null;
      const [br, gzBytes] = await Promise.all([
        cached(raw, 'br', () =>
          brotli(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
            },
          }),
        ),
        cached(raw, 'gz', () => gz(raw, { level: 9 })),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzBytes)]);
      return { file: path.relative(root, file), raw: raw.length, br: br.length, gz: gzBytes.length };
    }),
  );
  return done.filter((d): d is Compressed => d !== null);
}

export default function compress(): AstroIntegration {
  return {
    name: 'zero-point:compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = await compressTree(fileURLToPath(dir));
        const raw = out.reduce((s, f) => s + f.raw, 0);
        const br = out.reduce((s, f) => s + f.br, 0);
        logger.info(`${out.length} files: ${(raw / 1024).toFixed(0)} KiB → ${(br / 1024).toFixed(0)} KiB brotli (.br and .gz written beside each)`);
      },
    },
  };
}
