// Sizes of the built custom elements bundle: the entry and every chunk, raw,
// gzip and brotli (what a host sends), in bytes and KiB.
//   node scripts/elements/size.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { ENTRY_NAME, ROOT } from './config.ts';

const dist = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const dir = path.join(dist, 'elements');
const files = [
  ENTRY_NAME.replace(/^elements\//, ''),
  ...readdirSync(path.join(dir, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `chunks/${f}`),
];
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
let total = { raw: 0, gz: 0, br: 0 };
console.log('file'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const file of files) {
  const bytes = readFileSync(path.join(dir, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + bytes.length, gz: total.gz + gz, br: total.br + br };
  console.log(`elements/${file}`.padEnd(44), kib(bytes.length).padStart(10), kib(gz).padStart(10), kib(br).padStart(10));
}
console.log('total'.padEnd(44), kib(total.raw).padStart(10), kib(total.gz).padStart(10), kib(total.br).padStart(10));
