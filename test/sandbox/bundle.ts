/**
 * The built send-time bundle (launchevent.js, as `npm run build` emits it) for the sandbox tests: built
 * when missing or older than its sources (a clean clone runs `npm test` right after `npm ci`), then
 * loaded into a bare vm context holding only Office, OfficeRuntime, setTimeout/clearTimeout and console.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { ensureBuild } from "../helpers/build";
import { mockOutlook, type MockDraft } from "./mockOutlook";

/** The production send-time bundle, built by scripts/build.cjs exactly as `npm run build` does. */
export function ensureBuilt(): string {
  return path.join(
    ensureBuild({ name: "launchevent", args: ["--only", "launchevent"], marker: "launchevent.js" }),
    "launchevent.js"
  );
}

/** A bundle built with extra build options (e.g. `--policy FILE --policy-url /policy.json`). */
export function ensureVariant(name: string, args: string[], inputs: string[] = []): string {
  return path.join(
    ensureBuild({
      name: `launchevent-${name}`,
      args: ["--only", "launchevent", ...args],
      inputs,
      marker: "launchevent.js",
    }),
    "launchevent.js"
  );
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

/**
 * Loads the bundle into a fresh bare context around a mocked Outlook; returns the registered handlers.
 * `prepare` runs in the context first (a test that takes globals away, as guard-state does).
 */
export function loadBundle(
  draft: MockDraft = {},
  bundle: string = ensureBuilt(),
  prepare?: (context: vm.Context) => void
) {
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
  if (prepare) prepare(context);
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
