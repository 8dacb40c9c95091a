/**
 * `--jobs N`: mails are checked on N worker threads, each running the same bundled CLI file in worker
 * mode. Results come back in input order. Small runs stay on the main thread: starting a worker costs
 * more than checking a handful of mails.
 */
import { Worker, parentPort, workerData } from "worker_threads";
import type { Policy } from "../engine/policy";
import type { Language } from "../engine/types";
import type { Client } from "../extract";
import type { ScanOutcome, ScanSettings } from "./scan";

/** One mail to check: a file the worker reads, or bytes cut out of an mbox by the main thread. */
export interface WorkItem {
  file: string;
  kind: "eml" | "msg";
  bytes?: Uint8Array;
}

interface WorkerSettings {
  policy?: Policy;
  language: Language;
  client: Client;
}

const WORKER_MARK = "zorgvuldig-scan-worker";
/** Below this many mails per worker the threads are not worth their start-up. */
const MIN_PER_WORKER = 8;

let workerScript: string | undefined;

/** The bundled CLI registers itself (bin/zorgvuldig.cjs -> dist-cli); from sources there are no workers. */
export function setWorkerScript(file: string): void {
  workerScript = file;
}

/** True when this thread was started as a scan worker; it then serves work until the main thread ends it. */
export function runAsWorkerIfStarted(): boolean {
  const data = workerData as { mark?: string; settings?: WorkerSettings } | null;
  if (!parentPort || !data || data.mark !== WORKER_MARK || !data.settings) return false;
  const port = parentPort;
  const settings: ScanSettings = data.settings;
  port.on("message", (msg: { index: number; item: WorkItem }) => {
    void checkItem(msg.item, settings).then((outcome) =>
      port.postMessage({ index: msg.index, outcome })
    );
  });
  return true;
}

async function checkItem(item: WorkItem, settings: ScanSettings): Promise<ScanOutcome> {
  // loaded on first use: this module is part of every start (worker check)
  const { readMailFile, scanBytes } = await import("./scan");
  if (item.bytes) return scanBytes(item.file, item.kind, item.bytes, settings);
  const read = await readMailFile(item.file, item.kind);
  if ("error" in read) return { file: item.file, error: read.error };
  return scanBytes(item.file, read.kind === "msg" ? "msg" : "eml", read.bytes, settings);
}

/**
 * Checks every item and calls `onOutcome` in input order. `jobs` threads at most; the main thread alone
 * when there is no bundled worker script or too little work.
 */
export async function checkAll(
  items: WorkItem[],
  settings: ScanSettings,
  jobs: number,
  onOutcome: (outcome: ScanOutcome) => void
): Promise<void> {
  const threads = Math.min(jobs, Math.floor(items.length / MIN_PER_WORKER));
  if (!workerScript || threads < 2) {
    for (const item of items) onOutcome(await checkItem(item, settings));
    return;
  }
  if (process.env.ZV_DEBUG_THREADS)
    process.stderr.write(`checking ${items.length} mails on ${threads} worker threads\n`);
  const pending = new Map<number, ScanOutcome>();
  let nextOut = 0;
  let nextIn = 0;
  const workers: Worker[] = [];
  const script = workerScript;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker): void => {
        if (nextIn >= items.length) return;
        const index = nextIn++;
        const item = items[index];
        // A copy, so that transferring it does not detach the whole mbox buffer.
        const bytes = item.bytes?.slice();
        w.postMessage({ index, item: { ...item, bytes } }, bytes ? [bytes.buffer] : []);
      };
      for (let t = 0; t < threads; t++) {
        const w = new Worker(script, {
          workerData: {
            mark: WORKER_MARK,
            settings: {
              policy: settings.policy,
              language: settings.language,
              client: settings.client,
            },
          },
        });
        workers.push(w);
        w.on("error", reject);
        w.on("message", (msg: { index: number; outcome: ScanOutcome }) => {
          pending.set(msg.index, msg.outcome);
          while (pending.has(nextOut)) {
            onOutcome(pending.get(nextOut)!);
            pending.delete(nextOut++);
          }
          if (nextOut >= items.length) resolve();
          else send(w);
        });
        // Two in flight per worker keeps it busy while the main thread prints.
        send(w);
        send(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
