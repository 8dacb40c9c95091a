/**
 * What the service tests share: the service and the OpenID provider as child processes (jose,
 * openid-client and oidc-provider are ESM-only; jest's CommonJS runtime cannot load them, node with tsx
 * can), a token issuer that plays Entra ID (a local RSA key served as a JWKS), and the database under
 * test: the embedded one in a temp folder, or a fresh database on the PostgreSQL server in ZV_PG_URL.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
const TSX_REGISTER = `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();`;

export const TENANT = "11111111-2222-4333-8444-555555555555";
export const OTHER_TENANT = "99999999-2222-4333-8444-555555555555";
export const AUDIENCE = "api://zorgvuldig.test/5f0c1c1e-0000-4000-8000-000000000001";
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

const b64url = (v: Buffer | string) => Buffer.from(v).toString("base64url");

/** Entra ID stand-in: signs RS256 access tokens; its public key is served as a JWKS on loopback. */
export interface TokenIssuer {
  jwksUrl: string;
  token(claims?: Record<string, unknown>, opts?: { key?: KeyObject }): string;
  /** a different key with the same kid: a bad signature */
  otherKey: KeyObject;
  close(): Promise<void>;
}

export async function startIssuer(): Promise<TokenIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const jwk = {
    ...publicKey.export({ format: "jwk" }),
    kid: "test-key-1",
    alg: "RS256",
    use: "sig",
  };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const now = () => Math.floor(Date.now() / 1000);
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`,
    otherKey,
    // hand-written RS256 JWT: jose is ESM-only and this runs inside jest; the service verifies with jose
    token(claims = {}, opts = {}) {
      const payload = {
        aud: AUDIENCE,
        iss: ISSUER,
        tid: TENANT,
        oid: "00000000-0000-4000-8000-00000000000a",
        preferred_username: "dokter@praktijk.example",
        scp: "access_as_user",
        azp: "5f0c1c1e-0000-4000-8000-000000000002",
        iat: now() - 10,
        nbf: now() - 10,
        exp: now() + 3600,
        ver: "2.0",
        ...claims,
      };
      const data = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "test-key-1" }))}.${b64url(JSON.stringify(payload))}`;
      const sig = createSign("RSA-SHA256")
        .update(data)
        .sign(opts.key ?? privateKey);
      return `${data}.${b64url(sig)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Lines of a child's stdout, and a wait for one matching a pattern. */
function lineWaiter(child: ChildProcess, what: string) {
  let buffer = "";
  let stderr = "";
  const waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const seen: string[] = [];
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (d: string) => {
    buffer += d;
    let i;
    while ((i = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      seen.push(line);
      for (const w of [...waiters]) {
        const m = w.re.exec(line);
        if (m) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    }
  });
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (d: string) => (stderr += d));
  return {
    stderr: () => stderr,
    wait(re: RegExp, ms = 90000): Promise<RegExpMatchArray> {
      for (const line of seen) {
        const m = re.exec(line);
        if (m) return Promise.resolve(m);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${what}: no ${re} within ${ms} ms; stderr: ${stderr}`)),
          ms
        );
        const onExit = (code: number | null) =>
          reject(new Error(`${what} exited (${code}) before ${re}; stderr: ${stderr}`));
        child.once("exit", onExit);
        waiters.push({
          re,
          resolve: (m) => {
            clearTimeout(timer);
            child.off("exit", onExit);
            resolve(m);
          },
        });
      });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export interface Service {
  url: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/** `zorgvuldig serve ARGS` through tsx, as `npx zorgvuldig serve` runs it; resolves once it listens. */
export async function startService(
  args: string[],
  env: Record<string, string> = {}
): Promise<Service> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `${TSX_REGISTER} require(${JSON.stringify(path.join(ROOT, "src/server/main.ts"))}).serveCommand(${JSON.stringify(
        args
      )}, { out: (l) => process.stdout.write(l + "\\n"), err: (l) => process.stderr.write(l + "\\n") }).then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 3; });`,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } }
  );
  const lines = lineWaiter(child, "service");
  const m = await lines.wait(/listening on (\S+)/);
  return { url: m[1], child, stderr: lines.stderr, stop: () => stopChild(child) };
}

export interface OidcProvider {
  issuer: string;
  /** tells the provider the dashboard's redirect URI; resolves when it answers */
  ready(redirectUri: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startOidcProvider(): Promise<OidcProvider> {
  const child = spawn(
    process.execPath,
    ["-e", `${TSX_REGISTER} require(${JSON.stringify(path.join(__dirname, "oidc-child.ts"))});`],
    { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] }
  );
  const lines = lineWaiter(child, "oidc provider");
  const m = await lines.wait(/^issuer (\S+)/);
  return {
    issuer: m[1],
    async ready(redirectUri) {
      child.stdin!.write(redirectUri + "\n");
      await lines.wait(/^ready$/);
    },
    stop: () => {
      child.stdin!.end();
      return stopChild(child);
    },
  };
}

/** The database under test: `--data DIR` args, or `--database URL` of a fresh PostgreSQL database. */
export interface TestDatabase {
  args: string[];
  /** what dump-db.ts opens */
  target: string;
  kind: "pglite" | "postgres";
  drop(): Promise<void>;
}

export async function testDatabase(): Promise<TestDatabase> {
  const pgUrl = process.env.ZV_PG_URL;
  if (!pgUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zv-serve-"));
    return {
      args: ["--data", dir],
      target: dir,
      kind: "pglite",
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { Client } = await import("pg");
  const name = `zv_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return {
    args: ["--database", u.href],
    target: u.href,
    kind: "postgres",
    drop: async () => {
      const c = new Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Every row of every table, as text (runs dump-db.ts with tsx). */
export function dumpDatabase(target: string): string[] {
  const r = spawnSync(
    process.execPath,
    ["-e", `${TSX_REGISTER} require(${JSON.stringify(path.join(__dirname, "dump-db.ts"))});`],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ZV_DUMP_TARGET: target },
    }
  );
  if (r.status !== 0) throw new Error(`dump-db failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

/** A valid event as the add-in builds it (fictitious values only). */
export function event(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    id: randomUUID(),
    kind: "override",
    at: new Date().toISOString(),
    user: "dokter@praktijk.example",
    action: "secure",
    rules: ["secure-channel-required"],
    findings: { name: 1, medical: 2 },
    category: "medical",
    recipientDomains: ["gmail.com"],
    recipientClasses: { private: 1 },
    client: "web",
    reason: { code: "vital-interest", text: "Spoed, beveiligde mail werkt vandaag niet." },
    ...over,
  };
}

export async function post(
  url: string,
  body: unknown,
  token: string | null,
  headers: Record<string, string> = {}
): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
