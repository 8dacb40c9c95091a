/**
 * `zorgvuldig serve`: the practice service. One process: the built add-in and the policy, the audit API
 * (Entra ID tokens), the override signer, and the FG's dashboard (OpenID Connect login).
 */
import { promises as fs } from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { parsePolicy, type Policy } from "../engine/policy";
import { createApp } from "./app";
import { entraVerifier } from "./auth";
import { openDatabase, type Database } from "./db";
import { FgLogin } from "./fgLogin";
import { loadSigner, writeNewSigningKey } from "./signer";
import { AuditStore } from "./store";

export const SERVE_USAGE = `  zorgvuldig serve [--port N] [--host ADDR] [--data DIR | --database postgres://…] [--policy FILE]
                   [--dist DIR] [--cert FILE --key FILE | --trust-proxy]
                   [--tenant TID --audience AUD [--scope S] [--client-id ID]…] [--signing-key FILE]
                   [--oidc-issuer URL --oidc-client-id ID [--fg-user ADDRESS]…] [--allow-origin URL]…
                                                                 the practice service: add-in, policy, audit
                                                                 API, FG dashboard (docs/service.md)
  zorgvuldig serve --new-signing-key FILE                        write a new ES256 key for override markers`;

export interface ServeIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const DEFAULT_RETENTION_DAYS = 365;
const PURGE_EVERY_MS = 6 * 3600 * 1000;

export interface RunningService {
  url: string;
  db: Database;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function list(v: string | string[] | undefined): string[] {
  return (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((x) => x.split(","))
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Starts the service from command-line arguments; resolves once it listens. */
export async function startService(args: string[], io: ServeIo): Promise<RunningService> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "3000" },
      host: { type: "string" },
      data: { type: "string", default: "zorgvuldig-data" },
      database: { type: "string" },
      policy: { type: "string" },
      "policy-path": { type: "string", default: "/policy.json" },
      dist: { type: "string", default: "dist" },
      cert: { type: "string" },
      key: { type: "string" },
      "trust-proxy": { type: "boolean", default: false },
      tenant: { type: "string" },
      audience: { type: "string", multiple: true },
      scope: { type: "string" },
      "client-id": { type: "string", multiple: true },
      issuer: { type: "string" },
      "jwks-url": { type: "string" },
      "signing-key": { type: "string" },
      "oidc-issuer": { type: "string" },
      "oidc-client-id": { type: "string" },
      "fg-user": { type: "string", multiple: true },
      "allow-http-oidc": { type: "boolean", default: false },
      "retention-days": { type: "string" },
      "allow-origin": { type: "string", multiple: true },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError("--port must be 0..65535");
  const tls = Boolean(values.cert || values.key);
  if (tls && !(values.cert && values.key)) throw new UsageError("--cert and --key go together");
  const host = values.host ?? (tls || values["trust-proxy"] ? "0.0.0.0" : "127.0.0.1");
  if (!tls && !values["trust-proxy"] && !LOOPBACK.has(host))
    throw new UsageError(
      "plain HTTP only on this machine: give --cert and --key, or --trust-proxy behind the practice's HTTPS reverse proxy"
    );
  const database = values.database ?? process.env.ZV_DATABASE_URL;
  if (database && !/^postgres(ql)?:\/\//.test(database))
    throw new UsageError("--database must be a postgres:// URL");

  let policy: Policy | undefined;
  let policyJson: string | undefined;
  if (values.policy) {
    policyJson = await fs.readFile(values.policy, "utf8");
    policy = parsePolicy(JSON.parse(policyJson)); // PolicyError names the field
  }
  const retention = values["retention-days"]
    ? Number(values["retention-days"])
    : (policy?.auditRetentionDays ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isInteger(retention) || retention < 1)
    throw new UsageError("--retention-days must be a whole number above 0");

  const tenant = values.tenant ?? process.env.ZV_TENANT_ID;
  const audiences = list(values.audience);
  if (Boolean(tenant) !== audiences.length > 0)
    throw new UsageError("--tenant and --audience go together");
  const verify = tenant
    ? entraVerifier({
        tenantId: tenant,
        audiences,
        issuer: values.issuer,
        jwksUrl: values["jwks-url"],
        scope: values.scope,
        clientIds: list(values["client-id"]),
      })
    : undefined;

  const oidcIssuer = values["oidc-issuer"];
  const oidcClient = values["oidc-client-id"];
  if (Boolean(oidcIssuer) !== Boolean(oidcClient))
    throw new UsageError("--oidc-issuer and --oidc-client-id go together");
  const fg =
    oidcIssuer && oidcClient
      ? new FgLogin({
          issuer: oidcIssuer,
          clientId: oidcClient,
          // a secret never on the command line, where `ps` shows it
          clientSecret: process.env.ZV_OIDC_CLIENT_SECRET || undefined,
          allowedUsers: list(values["fg-user"]).map((u) => u.toLowerCase()),
          allowHttp: values["allow-http-oidc"],
        })
      : undefined;

  const allowOrigins = list(values["allow-origin"]);
  for (const origin of allowOrigins)
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/.test(origin))
      throw new UsageError(`--allow-origin ${origin}: give scheme://host[:port]`);
  const signer = values["signing-key"] ? await loadSigner(values["signing-key"]) : undefined;
  const db = await openDatabase({ url: database, dataDir: path.resolve(values.data) });
  const store = new AuditStore(db);
  const log = (line: string) => io.err(`zorgvuldig serve: ${line}`);
  const purge = () =>
    store.purge(retention).then(
      (n) => n && log(`deleted ${n} records older than ${retention} days`),
      (e: unknown) => log(`retention: ${(e as Error).name}`)
    );
  await purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  timer.unref();

  const handler = createApp({
    store,
    verify,
    signer,
    fg,
    distDir: values.dist ? path.resolve(values.dist) : undefined,
    policyJson,
    policyPath: values["policy-path"],
    field: policy?.careType,
    trustProxy: values["trust-proxy"],
    tls,
    allowOrigins,
    log,
  });
  const server = tls
    ? https.createServer(
        { cert: await fs.readFile(values.cert!), key: await fs.readFile(values.key!) },
        handler
      )
    : http.createServer(handler);
  server.keepAliveTimeout = 30000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  const url = `${tls ? "https" : "http"}://${shown}:${addr.port}`;
  if (!verify) log("no --tenant/--audience: the audit API answers 503 until configured");
  if (!fg) log("no --oidc-issuer: the dashboard is off");
  return {
    url,
    db,
    close: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The `serve` subcommand: runs until SIGINT/SIGTERM; resolves to the exit code. */
export async function serveCommand(args: string[], io: ServeIo): Promise<number> {
  if (args[0] === "--help" || args[0] === "-h") {
    io.out(`Usage:\n${SERVE_USAGE}`);
    return 0;
  }
  if (args[0] === "--new-signing-key") {
    if (!args[1]) {
      io.err("serve --new-signing-key FILE");
      return 1;
    }
    await writeNewSigningKey(args[1]);
    io.out(`new signing key written to ${args[1]}; start with --signing-key ${args[1]}`);
    return 0;
  }
  let service: RunningService;
  try {
    service = await startService(args, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`serve: ${(e as Error).message}\n\nUsage:\n${SERVE_USAGE}`);
      return 1;
    }
    if (
      (e as { code?: string }).code === "ENOENT" ||
      (e as { code?: string }).code === "EADDRINUSE"
    ) {
      io.err(`serve: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
  io.out(`zorgvuldig serve: listening on ${service.url} (database: ${service.db.kind})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await service.close();
  return 0;
}
