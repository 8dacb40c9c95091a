/**
 * Builds the add-in for tests with the real build script (scripts/build.cjs), each test area into its
 * own folder, so a development build that `npm start` writes into dist/ never stands in for the
 * production bundle under test. Rebuilt only when older than its sources; parallel jest workers wait
 * for one build (a lock directory).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
/** Per-checkout folder for test builds (outside the tree: nothing to gitignore, no watcher noise). */
export const TEST_BUILDS = path.join(os.tmpdir(), "zorgvuldig-test-builds", path.basename(ROOT));
const SOURCES = ["src", "manifest.xml", "webpack.config.js", "scripts", "package-lock.json"];

function newestMtime(full: string): number {
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(full, e)));
  return newest;
}

function stale(marker: string, inputs: string[]): boolean {
  if (!fs.existsSync(marker) || process.env.ZV_REBUILD) return true;
  const built = fs.statSync(marker).mtimeMs;
  return [...SOURCES.map((s) => path.join(ROOT, s)), ...inputs].some((p) => newestMtime(p) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface TestBuild {
  /** folder name under TEST_BUILDS */
  name: string;
  /** extra build options, e.g. ["--only", "launchevent"] or ["--policy", FILE] */
  args?: string[];
  /** files the build reads besides the sources (a policy) */
  inputs?: string[];
  /** the output file whose age decides whether to rebuild */
  marker: string;
}

/** Builds when needed and returns the output folder. */
export function ensureBuild(spec: TestBuild): string {
  const out = path.join(TEST_BUILDS, spec.name);
  const marker = path.join(out, spec.marker);
  const inputs = spec.inputs ?? [];
  if (!stale(marker, inputs)) return out;
  const lock = path.join(TEST_BUILDS, `.${spec.name}.lock`);
  fs.mkdirSync(TEST_BUILDS, { recursive: true });
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // another worker builds; a lock older than 3 minutes is left over from a killed run
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 180000) fs.rmdirSync(lock);
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the ${spec.name} build`);
      sleep(250);
    }
  }
  try {
    if (stale(marker, inputs)) {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "scripts/build.cjs"), "--out", out, ...(spec.args ?? [])],
        { cwd: ROOT, stdio: "pipe" }
      );
      // webpack leaves a file it would write unchanged untouched, so an identical earlier build would
      // stay older than the sources and be rebuilt at every call: date the marker to this build
      const now = new Date();
      fs.utimesSync(marker, now, now);
    }
  } finally {
    fs.rmdirSync(lock);
  }
  return out;
}
