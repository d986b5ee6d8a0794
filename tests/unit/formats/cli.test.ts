/**
 * `zp inspect`: through run() for the behaviours, and once through the real
 * launcher with the system's Node (which may lack type stripping: the
 * launcher must then re-run itself under the project's Node 24).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../bin/cli.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { buildTflite, smallModel } from './tflite-builder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'zp-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const model = path.join(dir, 'small.tflite');
writeFileSync(model, buildTflite(smallModel()).bytes);

describe('zp inspect', () => {
  it('prints the get_input_details() / get_output_details() listing', () => {
    const r = run(['inspect', model]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('>>> interpreter.get_input_details()');
    expect(lines[2]).toBe(
      "[{'name': 'input', 'index': 0, 'shape': array([1, 4], dtype=int32), 'shape_signature': array([-1,  4], dtype=int32), " +
        "'dtype': <class 'numpy.int8'>, 'quantization': (0.5, -3), 'quantization_parameters': {'scales': array([0.5], dtype=float32), " +
        "'zero_points': array([-3], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]",
    );
    expect(lines[3]).toBe('>>> interpreter.get_output_details()');
    expect(r.stdout).toContain('Flavour: full-integer-int8');
    // M = 0.5 · 0.25 / 1.5 = 1/12 = 0.6666… · 2^-3 → M0 = round(2/3 · 2^31) = 1431655765, shift -3.
    expect(r.stdout).toContain('M = 0.08333333333333333 → M0 = 1431655765, shift = -3');
  });

  it('--all lists every tensor', () => {
    const r = run(['inspect', model, '--all']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith("{'name': ")).length).toBe(4);
  });

  it('--json prints the summary', () => {
    const r = run(['inspect', '--json', model]);
    const s = JSON.parse(r.stdout);
    expect(s.format).toBe('tflite');
    expect(s.tensors.map((t: { name: string }) => t.name)).toEqual(['input', 'weights', 'bias', 'output']);
  });

  it('errors go to stderr with a non-zero exit', () => {
    const bad = path.join(dir, 'bad.tflite');
    writeFileSync(bad, new Uint8Array([12, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]));
    expect(run(['inspect', bad])).toEqual({
      stdout: '',
      stderr: `zp: ${bad}: truncated: offset 12 points past the end of the file (8 bytes) (reading model root offset)\n`,
      code: 1,
    });
    expect(run(['inspect', path.join(dir, 'missing.tflite')])).toMatchObject({ code: 1, stderr: `zp: ${path.join(dir, 'missing.tflite')}: no such file\n` });
    expect(run(['inspect'])).toMatchObject({ code: 2, stdout: '' });
    expect(run(['inspect', model, '--bogus'])).toMatchObject({ code: 2, stderr: "zp: unknown option '--bogus'\nRun 'zp --help' for usage.\n" });
    expect(run(['frobnicate'])).toMatchObject({ code: 2 });
  });

  it('--help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('zp inspect <file> [--json] [--all]');
  });

  it('the launcher runs under the system Node (re-running itself under Node 24 when needed)', () => {
    const systemNode = spawnSync('/usr/bin/env', ['-i', 'PATH=/usr/local/bin:/usr/bin:/bin', 'node', '--version'], { encoding: 'utf8' });
    const launcher = path.join(repoRoot, 'bin', 'zp.mjs');
    // A clean PATH: the system Node, not the project's node_modules/.bin one that npm scripts put first.
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
    const out = execFileSync('node', [launcher, 'inspect', model], { env, encoding: 'utf8' });
    expect(out).toContain('>>> interpreter.get_input_details()');
    const failed = spawnSync('node', [launcher, 'inspect', path.join(dir, 'nope.onnx')], { env, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(`zp: ${path.join(dir, 'nope.onnx')}: no such file\n`);
    expect(systemNode.status).toBe(0);
  });

  it('`npx zp inspect` from the repository, with the system npx and Node', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
    const out = execFileSync('npx', ['--no-install', 'zp', 'inspect', model], { cwd: repoRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out.split('\n')[1]).toBe('>>> interpreter.get_input_details()');
  });
});
