/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` npm package) over many files in one JVM.
 * It needs Java: without it the checks are skipped with a notice, except under CI, where .ci/run
 * installs Debian's default-jre-headless and a missing Java is a failure.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// The package exports the jar's path as a String object (with a helper attached).
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
export const JAVA = process.env['JAVA'] ?? 'java';
export const HAS_JAVA = spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0;

if (!HAS_JAVA) {
  if (process.env['CI']) throw new Error(`No Java runtime ("${JAVA} -version" failed): CI needs it for the HTML checker (apt-get install -y default-jre-headless)`);
  console.warn(`\n⚠ HTML validity tests SKIPPED: no Java runtime. Install one (apt-get install -y default-jre-headless) or set JAVA.\n`);
}

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** Errors (warnings left out) the checker finds in the given files, as `--format json` gives them. */
export function vnuErrors(files: string[]): VnuMessage[] {
  const result = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const report = result.stderr.trim() || result.stdout.trim();
  if (!report.startsWith('{')) throw new Error(`vnu.jar did not report (exit ${result.status}): ${report.slice(0, 500)}`);
  return (JSON.parse(report) as { messages: VnuMessage[] }).messages;
}
