/**
 * Where the shared fixtures live (outside the repository, never copied in)
 * and what a test does when they are missing: fail loudly, or, with
 * ZP_ALLOW_MISSING_FIXTURES=1, warn loudly and record a passing note. Never a
 * silent skip.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures');

export function fixturesPresent(...parts: string[]): boolean {
  return existsSync(path.join(fixturesDir, ...parts));
}

/**
 * Registers the stand-in test used when `parts` is absent. Returns true when
 * the fixtures are present and the real tests should be registered.
 */
export function requireFixtures(what: string, ...parts: string[]): boolean {
  if (fixturesPresent(...parts)) return true;
  const where = path.join(fixturesDir, ...parts);
  const message = `${what}: fixtures not found at ${where}; these reference tests DID NOT RUN.`;
  if (process.env.ZP_ALLOW_MISSING_FIXTURES === '1') {
    console.warn(`\n!!! ${message} (allowed by ZP_ALLOW_MISSING_FIXTURES=1)\n`);
    it(`${what}: fixtures missing, reference tests not run (allowed by ZP_ALLOW_MISSING_FIXTURES=1)`, () => {});
  } else {
    it(`${what}: fixtures are present`, () => {
      throw new Error(`${message} Put the shared fixtures next to the repository, or set ZP_ALLOW_MISSING_FIXTURES=1 to run without them.`);
    });
  }
  return false;
}
