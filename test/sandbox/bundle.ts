/**
 * The built send-time bundle (dist/launchevent.js) for the sandbox tests: built once when missing or
 * older than its sources (a clean clone runs `npm test` right after `npm ci`), then loaded into a bare
 * vm context holding only Office, OfficeRuntime, setTimeout/clearTimeout and console.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { mockOutlook, type MockDraft } from "./mockOutlook";

export const ROOT = path.resolve(__dirname, "../..");
export const BUNDLE = path.join(ROOT, "dist", "launchevent.js");
/** Bundles built with build options (a policy, a refresh URL) for the tests; gitignored. */
export const VARIANTS = path.join(os.tmpdir(), "zorgvuldig-test-bundles", path.basename(ROOT));
const SOURCES = ["src", "webpack.config.js", "scripts/build.cjs", "package-lock.json"];
const LOCK = path.join(ROOT, "dist", ".build-lock");

function newestMtime(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

function stale(bundle: string, extraInputs: string[] = []): boolean {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  return (
    SOURCES.some((s) => newestMtime(s) > built) ||
    extraInputs.some((f) => fs.statSync(f).mtimeMs > built)
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/launchevent.js when needed; parallel jest workers wait for one build (a lock directory). */
export function ensureBuilt(): string {
  return build(BUNDLE, [], []);
}

/**
 * A bundle built with extra build options (e.g. `--policy FILE --policy-url /policy.json`) into
 * test-output/bundles/NAME/launchevent.js, rebuilt when its sources or inputs change.
 */
export function ensureVariant(name: string, args: string[], inputs: string[] = []): string {
  const out = path.join(VARIANTS, name);
  return build(path.join(out, "launchevent.js"), ["--out", out, ...args], inputs);
}

function build(bundle: string, args: string[], inputs: string[]): string {
  if (!stale(bundle, inputs)) return bundle;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // another worker builds; a lock older than 3 minutes is left over from a killed run
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > 180000) fs.rmdirSync(LOCK);
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error("timed out waiting for the launchevent build");
      sleep(250);
    }
  }
  try {
    if (stale(bundle, inputs))
      execFileSync(
        process.execPath,
        [path.join(ROOT, "scripts/build.cjs"), "--only", "launchevent", ...args],
        {
          cwd: ROOT,
          stdio: "pipe",
        }
      );
  } finally {
    fs.rmdirSync(LOCK);
  }
  return bundle;
}

const scripts = new Map<string, vm.Script>();
function script(file: string): vm.Script {
  let s = scripts.get(file);
  if (!s) {
    s = new vm.Script(fs.readFileSync(file, "utf8"), { filename: "launchevent.js" });
    scripts.set(file, s);
  }
  return s;
}

/** Timers the bundle started and has not cleared or seen fire. */
export interface TimerTracker {
  pending(): number;
}

/** Loads the bundle into a fresh bare context around a mocked Outlook; returns the registered handlers. */
export function loadBundle(draft: MockDraft = {}, bundle: string = ensureBuilt()) {
  const mock = mockOutlook(draft);
  const live = new Set<ReturnType<typeof setTimeout>>();
  const sandbox = {
    Office: mock.Office,
    OfficeRuntime: mock.OfficeRuntime,
    console,
    setTimeout: (fn: () => void, ms?: number) => {
      const h = setTimeout(() => {
        live.delete(h);
        fn();
      }, ms);
      live.add(h);
      return h;
    },
    clearTimeout: (h: ReturnType<typeof setTimeout>) => {
      live.delete(h);
      clearTimeout(h);
    },
  };
  const context = vm.createContext(sandbox);
  script(bundle).runInContext(context);
  const timers: TimerTracker = { pending: () => live.size };
  return { ...mock, context, timers };
}

/** Runs one registered handler with a recording event; resolves after `completed` plus a settle delay. */
export async function fire(
  handlers: Record<string, (event: unknown) => void>,
  name: string,
  settleMs = 30
) {
  const completions: Array<Record<string, unknown> | undefined> = [];
  let first: (v: unknown) => void = () => undefined;
  const done = new Promise((r) => (first = r));
  const t0 = Date.now();
  let elapsedMs = 0;
  const event = {
    completed: (options?: Record<string, unknown>) => {
      if (!completions.length) elapsedMs = Date.now() - t0;
      completions.push(options);
      first(options);
    },
  };
  const fn = handlers[name];
  if (!fn) throw new Error(`handler ${name} is not associated`);
  fn(event);
  await done;
  await new Promise((r) => setTimeout(r, settleMs));
  return { options: completions[0], completions, elapsedMs };
}
