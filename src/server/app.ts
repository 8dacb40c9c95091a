/**
 * The practice service's HTTP handler: the add-in's files and policy, the audit API, the override
 * signer, and the FG's dashboard. Plain node:http: a dozen routes need no framework.
 */
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import * as path from "node:path";
import { AuthError, type Verifier } from "./auth";
import { periodFrom, renderDashboard, toCsv, type Lang } from "./dashboard";
import { FgLogin, ForbiddenUser } from "./fgLogin";
import { parseAuditEvent, parseOverrideRequest, RecordError } from "./record";
import type { MarkerSigner } from "./signer";
import type { AuditStore } from "./store";
import type { AuditAck, AuditEvent, OverrideResponse } from "./types";

export interface AppOptions {
  store: AuditStore;
  /** validates the Entra ID access token; without it the audit API answers 503 */
  verify?: Verifier;
  signer?: MarkerSigner;
  fg?: FgLogin;
  /** built add-in folder */
  distDir?: string;
  /** the policy JSON as served, and where */
  policyJson?: string;
  policyPath: string;
  /** the field of care from the policy, for events that name none */
  field?: string;
  /** honour X-Forwarded-Proto/Host from the reverse proxy */
  trustProxy: boolean;
  /** the service itself listens with TLS */
  tls: boolean;
  /**
   * Origins (scheme://host[:port]) that may call /api/* from a browser besides the service's own: where
   * the add-in is hosted when that is another host. CORS without credentials: the API takes a bearer token.
   */
  allowOrigins?: string[];
  log: (line: string) => void;
}

const MAX_BODY = 16 * 1024;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".mjs.map": "application/json; charset=utf-8",
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra?: Record<string, unknown>
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": String(Buffer.byteLength(body)),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...headers,
  });
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
): void {
  send(res, status, JSON.stringify(value), "application/json; charset=utf-8", {
    "Cache-Control": "no-store",
    ...headers,
  });
}

function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<string> {
  if (Number(req.headers["content-length"] ?? 0) > limit)
    return Promise.reject(new HttpError(413, "body too large"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      if (size > limit) return; // already refused: let the rest drain, answer 413 and close
      size += c.length;
      if (size > limit) reject(new HttpError(413, "body too large"));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new HttpError(415, "send application/json");
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "the body is not valid JSON");
  }
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export function createApp(o: AppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const proto = (req: IncomingMessage) =>
    o.trustProxy && typeof req.headers["x-forwarded-proto"] === "string"
      ? req.headers["x-forwarded-proto"].split(",")[0].trim()
      : o.tls
        ? "https"
        : "http";
  const host = (req: IncomingMessage) =>
    (o.trustProxy && typeof req.headers["x-forwarded-host"] === "string"
      ? req.headers["x-forwarded-host"].split(",")[0].trim()
      : req.headers.host) ?? "localhost";
  const secureCookie = (req: IncomingMessage) => (proto(req) === "https" ? "; Secure" : "");

  async function authorized(req: IncomingMessage): Promise<{ oid: string; user?: string }> {
    if (!o.verify)
      throw new HttpError(503, "the audit API is not configured (--tenant, --audience)");
    try {
      const auth = req.headers.authorization;
      return await o.verify(Array.isArray(auth) ? auth[0] : auth);
    } catch (e) {
      if (e instanceof AuthError) {
        o.log(`audit: 401 ${e.message}`);
        throw new HttpError(401, "a valid access token is required");
      }
      throw e;
    }
  }

  function withField(e: AuditEvent): AuditEvent {
    return e.field || !o.field ? e : { ...e, field: o.field };
  }

  async function store(
    req: IncomingMessage,
    e: AuditEvent,
    caller: { oid: string; user?: string }
  ) {
    if (caller.user && caller.user !== e.user)
      throw new HttpError(403, "the record's user is not the signed-in user");
    const key = req.headers["idempotency-key"];
    if (key !== undefined && key !== e.id)
      throw new HttpError(400, "Idempotency-Key differs from the record's id");
    const result = await o.store.insert(withField(e), caller.oid);
    if (result === "conflict")
      throw new HttpError(409, "a different record with this id is already stored");
    return result;
  }

  async function postAudit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const caller = await authorized(req);
    const e = parseAuditEvent(await readJson(req));
    const result = await store(req, e, caller);
    const ack: AuditAck = { id: e.id, stored: result === "new" ? "new" : "duplicate" };
    sendJson(res, result === "new" ? 201 : 200, ack);
  }

  async function postOverride(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const caller = await authorized(req);
    const { event, fingerprint } = parseOverrideRequest(await readJson(req));
    const result = await store(req, event, caller);
    const body: OverrideResponse = {
      auditId: event.id,
      stored: result === "new" ? "new" : "duplicate",
    };
    if (o.signer)
      body.marker = await o.signer.sign({
        fingerprint,
        rules: event.rules,
        user: event.user,
        auditId: event.id,
      });
    sendJson(res, result === "new" ? 201 : 200, body);
  }

  async function getConsent(
    req: IncomingMessage,
    res: ServerResponse,
    hash: string
  ): Promise<void> {
    await authorized(req);
    if (!/^[A-Za-z0-9_-]{16,128}$/.test(hash)) throw new HttpError(400, "not a hash");
    sendJson(res, 200, { recipientHash: hash, active: await o.store.consentActive(hash) });
  }

  async function serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string
  ): Promise<void> {
    if (!o.distDir) throw new HttpError(404, "not found");
    const root = path.resolve(o.distDir);
    const rel = pathname === "/" ? "/taskpane.html" : pathname;
    const file = path.resolve(root, "." + rel);
    if (file !== root && !file.startsWith(root + path.sep)) throw new HttpError(404, "not found");
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      throw new HttpError(404, "not found");
    }
    const ext = path.extname(file).toLowerCase();
    send(res, 200, req.method === "HEAD" ? "" : data, TYPES[ext] ?? "application/octet-stream", {
      "Cache-Control": ext === ".html" || ext === ".xml" ? "no-cache" : "public, max-age=300",
    });
  }

  // ---- the FG's dashboard ----

  function fgSession(req: IncomingMessage) {
    return o.fg?.session(cookies(req).zv_fg) ?? null;
  }

  function redirect(
    res: ServerResponse,
    location: string,
    headers: Record<string, string | string[]> = {}
  ): void {
    res.writeHead(302, { Location: location, "Cache-Control": "no-store", ...headers });
    res.end();
  }

  async function fg(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!o.fg)
      throw new HttpError(404, "the dashboard is not configured (--oidc-issuer, --oidc-client-id)");
    const sub = url.pathname;
    const base = `${proto(req)}://${host(req)}`;
    const redirectUri = `${base}/fg/callback`;
    if (sub === "/fg/login") {
      const returnTo = url.searchParams.get("return") ?? "/fg/";
      const { url: to, pendingId } = await o.fg.begin(
        redirectUri,
        returnTo.startsWith("/fg/") ? returnTo : "/fg/"
      );
      redirect(res, to, {
        "Set-Cookie": `zv_fg_login=${pendingId}; Path=/fg; HttpOnly; SameSite=Lax; Max-Age=600${secureCookie(req)}`,
      });
      return;
    }
    if (sub === "/fg/callback") {
      try {
        const { sessionId, returnTo } = await o.fg.finish(
          cookies(req).zv_fg_login,
          new URL(url.pathname + url.search, base)
        );
        redirect(res, returnTo, {
          "Set-Cookie": [
            `zv_fg=${sessionId}; Path=/fg; HttpOnly; SameSite=Lax${secureCookie(req)}`,
            `zv_fg_login=; Path=/fg; HttpOnly; Max-Age=0`,
          ],
        });
      } catch (e) {
        if (e instanceof ForbiddenUser) throw new HttpError(403, e.message);
        o.log(`fg: login failed (${(e as Error).name})`);
        throw new HttpError(401, "login failed");
      }
      return;
    }
    if (sub === "/fg/logout") {
      o.fg.logout(cookies(req).zv_fg);
      redirect(res, "/fg/loggedout", { "Set-Cookie": "zv_fg=; Path=/fg; HttpOnly; Max-Age=0" });
      return;
    }
    if (sub === "/fg/loggedout") {
      send(
        res,
        200,
        `<!doctype html><meta charset="utf-8"><title>Zorgvuldig</title><p>U bent afgemeld. / You are signed out. <a href="/fg/">Aanmelden / Sign in</a></p>`,
        "text/html; charset=utf-8"
      );
      return;
    }
    const session = fgSession(req);
    if (!session) {
      // nothing of the dashboard without a login: not even counts
      redirect(res, `/fg/login?return=${encodeURIComponent(sub + url.search)}`);
      return;
    }
    const lang: Lang = url.searchParams.get("lang") === "en" ? "en" : "nl";
    const { from, to, period } = periodFrom(url.searchParams);
    if (sub === "/fg/" && req.method === "GET") {
      const s = o.store;
      const [perWeek, perRule, perUser, perField, overrides, falseAlarms, consents] =
        await Promise.all([
          s.perWeek(period),
          s.perRule(period),
          s.perUser(period),
          s.perField(period),
          s.events(period, ["override"], 1000),
          s.events(period, ["false-alarm"], 1000),
          s.consents(),
        ]);
      send(
        res,
        200,
        renderDashboard({
          lang,
          user: session.user,
          from,
          to,
          csrf: session.csrf,
          perWeek,
          perRule,
          perUser,
          perField,
          overrides,
          falseAlarms,
          consents,
        }),
        "text/html; charset=utf-8",
        {
          "Cache-Control": "no-store",
          "Content-Security-Policy":
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
        }
      );
      return;
    }
    if (sub === "/fg/export.csv" && req.method === "GET") {
      const rows = await o.store.events(period);
      send(res, 200, "\ufeff" + toCsv(rows), "text/csv; charset=utf-8", {
        "Cache-Control": "no-store",
        "Content-Disposition": `attachment; filename="zorgvuldig-${from}-${to}.csv"`,
      });
      return;
    }
    if (sub === "/fg/consents/withdraw" && req.method === "POST") {
      const form = new URLSearchParams(await readBody(req));
      if (form.get("csrf") !== session.csrf)
        throw new HttpError(403, "stale form: reload the page");
      const hash = form.get("hash") ?? "";
      const e = parseAuditEvent({
        v: 1,
        id: randomUUID(),
        kind: "consent-withdrawn",
        at: new Date().toISOString(),
        user: session.user,
        rules: [],
        findings: {},
        recipientDomains: [],
        client: "unknown",
        recipientHash: hash,
      });
      await o.store.insert(withField(e), null);
      redirect(res, `/fg/?from=${from}&to=${to}&lang=${lang}`);
      return;
    }
    throw new HttpError(404, "not found");
  }

  const allowed = new Set((o.allowOrigins ?? []).map((x) => x.replace(/\/$/, "").toLowerCase()));

  /**
   * CORS for the add-in's API (the pane and the event runtime are web pages on the add-in's origin).
   * Returns true when the request was a preflight and has been answered.
   */
  function cors(req: IncomingMessage, res: ServerResponse, p: string): boolean {
    if (!p.startsWith("/api/")) return false;
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
    const own = `${proto(req)}://${host(req)}`.toLowerCase();
    const ok = !!origin && (allowed.has(origin.toLowerCase()) || origin.toLowerCase() === own);
    res.setHeader("Vary", "Origin");
    if (ok) res.setHeader("Access-Control-Allow-Origin", origin);
    if (req.method !== "OPTIONS") return false;
    if (!ok || !req.headers["access-control-request-method"]) {
      res.writeHead(403, { "Content-Length": "0" }).end();
      return true;
    }
    res.writeHead(204, {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "GET, POST",
      "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key",
      "Access-Control-Max-Age": "600",
      Vary: "Origin",
      "Content-Length": "0",
    });
    res.end();
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const p = url.pathname;
    const m = req.method ?? "GET";
    if (cors(req, res, p)) return;
    if (p === "/.well-known/microsoft-officeaddins-allowed.json" && (m === "GET" || m === "HEAD")) {
      // Outlook on Windows lets the event runtime's script get SSO tokens only when its origin lists it
      // here ("Enable SSO in Outlook add-ins that use event-based activation")
      sendJson(
        res,
        200,
        { allowed: [`${proto(req)}://${host(req)}/launchevent.js`] },
        { "Cache-Control": "public, max-age=300" }
      );
      return;
    }
    if (p === "/healthz") {
      await o.store.db.query("SELECT 1");
      sendJson(res, 200, { ok: true, database: o.store.db.kind });
      return;
    }
    if (p === "/api/audit") {
      if (m !== "POST") throw new HttpError(405, "POST only");
      return postAudit(req, res);
    }
    if (p === "/api/override") {
      if (m !== "POST") throw new HttpError(405, "POST only");
      return postOverride(req, res);
    }
    if (p === "/api/consent-salt" && m === "GET") {
      await authorized(req);
      sendJson(res, 200, { salt: await o.store.consentSalt() });
      return;
    }
    if (p.startsWith("/api/consent/") && m === "GET")
      return getConsent(req, res, decodeURIComponent(p.slice("/api/consent/".length)));
    if (p === "/api/keys" && m === "GET") {
      if (!o.signer) throw new HttpError(404, "no signing key configured (--signing-key)");
      sendJson(
        res,
        200,
        { keys: [o.signer.publicJwk] },
        { "Cache-Control": "public, max-age=300" }
      );
      return;
    }
    if (p === "/fg") return redirect(res, "/fg/");
    if (p.startsWith("/fg/")) return fg(req, res, url);
    if (p === o.policyPath && o.policyJson !== undefined && (m === "GET" || m === "HEAD")) {
      send(res, 200, m === "HEAD" ? "" : o.policyJson, "application/json; charset=utf-8", {
        "Cache-Control": "no-cache",
      });
      return;
    }
    if (m === "GET" || m === "HEAD") return serveFile(req, res, p);
    throw new HttpError(405, "method not allowed");
  }

  return (req, res) => {
    const started = Date.now();
    route(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        sendJson(
          res,
          e.status,
          { error: e.message, ...e.extra },
          e.status === 413 ? { Connection: "close" } : {}
        );
        return;
      }
      if (e instanceof RecordError) {
        sendJson(res, e.status, {
          error: e.message,
          ...(e.problems ? { problems: e.problems } : {}),
        });
        return;
      }
      // never the request's content in the log: only what failed
      o.log(
        `error ${req.method} ${new URL(req.url ?? "/", "http://x").pathname}: ${(e as Error)?.name ?? "error"} ${(e as { code?: string })?.code ?? ""} after ${Date.now() - started} ms`
      );
      sendJson(res, 500, { error: "internal error" });
    });
  };
}
