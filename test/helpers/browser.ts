/** What the browser tests share: a static server for a built folder, and Debian's chromium. */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
};

/** Serves `dir` on a free loopback port; nothing outside it. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url || "/").split("?")[0]));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Debian's chromium for the browser tests. CI (ZV_REQUIRE_BROWSER=1, set by .ci/run) fails when it is
 * missing instead of skipping; elsewhere the browser tests are skipped.
 */
export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (p && fs.existsSync(p)) return p;
  if (process.env.ZV_REQUIRE_BROWSER === "1")
    throw new Error("chromium is required (ZV_REQUIRE_BROWSER=1): apt-get install chromium");
  return null;
}

/** Headless chromium with the flags this machine needs (no sandbox as root, no background network). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
