/**
 * `zp`: Zero Point's command line. One command so far:
 *
 *   zp inspect <file> [--json] [--all]
 *
 * `run` takes the arguments and returns what to print and the exit code, so
 * tests drive it without spawning processes; bin/zp.mjs is the launcher.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FormatError, formatTensorDetails, inspectModel, printInputDetails, printOutputDetails, tensorDetails } from '../src/lib/formats/index.ts';
import type { ModelSummary } from '../src/lib/formats/index.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

export const HELP = `zp — Zero Point's command line

Usage:
  zp inspect <file> [--json] [--all]

Reads a .tflite or .onnx model (the format is taken from the file's content,
then its name) and prints what TFLite's Python interpreter prints for
get_input_details() and get_output_details(), followed by the file's
quantization flavour and any warnings. Nothing is sent anywhere.

Options:
  --json    print the whole model summary as JSON instead
  --all     list every tensor (like get_tensor_details()), one per line
  -h, --help
            show this help

Exit codes: 0 read fine, 1 the file is unreadable or not a valid model,
2 wrong usage.
`;

export function run(argv: readonly string[]): RunResult {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    return { stdout: HELP, stderr: '', code: args.length === 0 ? 2 : 0 };
  }
  const command = args.shift();
  if (command !== 'inspect') return usage(`unknown command '${command}'`);
  let json = false;
  let all = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--all') all = true;
    else if (a.startsWith('-') && a !== '-') return usage(`unknown option '${a}'`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(files.length ? 'give one file at a time' : 'which file? zp inspect <file>');
  const file = files[0];

  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) return fail(`${file}: is a directory, not a model file`);
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? String(e)})`);
  }
  try {
    const model = inspectModel(bytes, { fileName: path.basename(file) });
    if (json) return { stdout: JSON.stringify(model.summary, null, 2) + '\n', stderr: '', code: 0 };
    return { stdout: listing(path.basename(file), model.summary, all), stderr: '', code: 0 };
  } catch (e) {
    if (e instanceof FormatError) return fail(`${file}: ${e.message}`);
    throw e;
  }
}

function usage(message: string): RunResult {
  return { stdout: '', stderr: `zp: ${message}\nRun 'zp --help' for usage.\n`, code: 2 };
}

function fail(message: string): RunResult {
  return { stdout: '', stderr: `zp: ${message}\n`, code: 1 };
}

function listing(name: string, s: ModelSummary, all: boolean): string {
  const lines: string[] = [];
  const kind = s.format === 'tflite' ? `TFLite (schema ${s.version})` : `ONNX (IR ${s.version})`;
  lines.push(`# ${name}: ${kind}, ${s.fileBytes} bytes, ${s.tensors.length} tensors, ${s.operators.length} operators` +
    (s.subgraphs.length > 1 ? `, ${s.subgraphs.length} subgraphs` : '') + (s.producer ? `, "${s.producer}"` : ''));
  if (s.format === 'onnx') lines.push('# ONNX has no get_input_details(); these are its inputs and outputs in the same layout.');
  lines.push('>>> interpreter.get_input_details()', printInputDetails(s));
  lines.push('>>> interpreter.get_output_details()', printOutputDetails(s));
  if (all) {
    lines.push('>>> for t in interpreter.get_tensor_details(): print(t)');
    s.tensors.forEach((_, i) => lines.push(formatTensorDetails(tensorDetails(s, i))));
  }
  lines.push('', `Flavour: ${s.flavour.flavour}`);
  for (const e of s.flavour.evidence) lines.push(`  - ${e}`);
  if (s.requantization?.length) {
    lines.push('', 'Requantization (M = s_in·s_w/s_out ≈ M0·2^(shift−31)):');
    for (const r of s.requantization.slice(0, all ? undefined : 5)) {
      const m = r.multipliers;
      const first = m[0];
      lines.push(`  - operator ${r.operator} ${r.opType}: ${m.length > 1 ? `${m.length} channels, channel 0: ` : ''}M = ${first.real} → M0 = ${first.multiplier}, shift = ${first.shift}`);
    }
    if (!all && s.requantization.length > 5) lines.push(`  … ${s.requantization.length - 5} more (--all or --json lists them)`);
  }
  if (s.warnings.length) {
    lines.push('', `Warnings (${s.warnings.length}):`);
    for (const w of s.warnings) lines.push(`  - [${w.code}] ${w.message}`);
  }
  return lines.join('\n') + '\n';
}

/** Entry for bin/zp.mjs: prints and returns the exit code. */
export function main(argv: readonly string[]): number {
  const r = run(argv);
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.code;
}
