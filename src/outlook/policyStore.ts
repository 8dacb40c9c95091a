import { DEFAULT_POLICY, parsePolicy, type Policy } from "../engine/policy";
import { Budget } from "./office";

/**
 * The policy at run time: the one built into the bundle (`npm run build -- --policy FILE`), or a newer
 * copy fetched from the add-in's own origin and cached in OfficeRuntime.storage. Send never waits for
 * the network: fetching happens in the earlier compose events, and Send only reads the cache, briefly.
 */

declare const __ZV_BUILTIN_POLICY__: string | undefined;
declare const __ZV_POLICY_URL__: string | undefined;

export const STORAGE_KEY = "zv:policy";
/** a cached copy older than this is stale: the built-in policy applies again */
export const POLICY_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** clocks differ a little between the machine that fetched and the one that reads: no more than this */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * How old a cached copy is, or null when its time cannot be true: a `fetchedAt` in the future (beyond
 * clock skew) was written by hand or by a wrong clock, and would otherwise never expire.
 */
export function cacheAge(fetchedAt: number, now: number): number | null {
  if (typeof fetchedAt !== "number" || !isFinite(fetchedAt)) return null;
  const age = now - fetchedAt;
  return age < -CLOCK_SKEW_MS ? null : Math.max(0, age);
}
/** fetch again at most this often */
export const POLICY_REFRESH_MS = 3600 * 1000;
/** how long Send may spend reading the cached policy before using the built-in one */
export const STORAGE_READ_MS = 300;

export interface StorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export type FetchText = (url: string) => Promise<string>;

interface CachedPolicy {
  fetchedAt: number;
  url: string;
  policy: unknown;
}

let builtin: Policy | null = null;

/** The policy built into this bundle; the default policy when none was given at build time. */
export function builtinPolicy(): Policy {
  if (!builtin) {
    const json = typeof __ZV_BUILTIN_POLICY__ !== "undefined" ? __ZV_BUILTIN_POLICY__ : undefined;
    builtin = json ? parsePolicy(JSON.parse(json)) : DEFAULT_POLICY;
  }
  return builtin;
}

/** The refresh URL baked in at build time (always on the add-in's own origin), or "" for none. */
export function policyUrl(): string {
  return typeof __ZV_POLICY_URL__ !== "undefined" && __ZV_POLICY_URL__ ? __ZV_POLICY_URL__ : "";
}

function isFresh(fetchedAt: number, now: number, maxAge: number): boolean {
  const age = cacheAge(fetchedAt, now);
  return age !== null && age < maxAge;
}

function readCache(storage: StorageLike): Promise<CachedPolicy | null> {
  return storage.getItem(STORAGE_KEY).then((s) => {
    if (!s) return null;
    const c = JSON.parse(s) as CachedPolicy;
    return c && typeof c.fetchedAt === "number" ? c : null;
  });
}

/**
 * The policy for this check: a fresh, valid cached copy from `url`, else the built-in one. Any failure,
 * slowness (more than STORAGE_READ_MS) or staleness falls back to the built-in policy.
 */
export function loadPolicy(
  storage: StorageLike | undefined,
  url: string,
  now: number = Date.now()
): Promise<Policy> {
  const fallback = builtinPolicy();
  if (!storage || !url) return Promise.resolve(fallback);
  const cap = new Budget(STORAGE_READ_MS);
  let read: Promise<CachedPolicy | null>;
  try {
    read = readCache(storage);
  } catch {
    read = Promise.resolve(null);
  }
  return cap
    .race(read)
    .then((c) =>
      c && c.url === url && isFresh(c.fetchedAt, now, POLICY_MAX_AGE_MS)
        ? parsePolicy(c.policy)
        : fallback
    )
    .catch(() => fallback)
    .then((p) => {
      cap.dispose();
      return p;
    });
}

/**
 * Fetches the policy from `url` when the cached copy is older than POLICY_REFRESH_MS, validates it, and
 * caches it. Resolves to whether a new copy was stored; never rejects.
 */
export function refreshPolicy(
  storage: StorageLike | undefined,
  url: string,
  fetchText: FetchText | undefined,
  now: number = Date.now()
): Promise<boolean> {
  if (!storage || !url || !fetchText) return Promise.resolve(false);
  return readCache(storage)
    .catch(() => null)
    .then((c) => {
      // a copy dated in the future counts as stale: fetched again now, and replaced
      if (c && c.url === url && isFresh(c.fetchedAt, now, POLICY_REFRESH_MS)) return false;
      return fetchText(url).then((text) => {
        const raw: unknown = JSON.parse(text);
        parsePolicy(raw); // an invalid policy is never cached
        const entry: CachedPolicy = { fetchedAt: now, url, policy: raw };
        return storage.setItem(STORAGE_KEY, JSON.stringify(entry)).then(() => true);
      });
    })
    .catch(() => false);
}

/** fetch, or XMLHttpRequest where fetch is missing; resolves with the body of a 200 response. */
export function defaultFetchText(scope: {
  fetch?: unknown;
  XMLHttpRequest?: unknown;
}): FetchText | undefined {
  if (typeof scope.fetch === "function") {
    const f = scope.fetch as (
      url: string,
      init?: object
    ) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
    return (url) =>
      f(url, { cache: "no-cache", credentials: "omit" }).then((r) => {
        if (!r.ok) throw new Error(`policy fetch: HTTP ${r.status}`);
        return r.text();
      });
  }
  if (typeof scope.XMLHttpRequest === "function") {
    const X = scope.XMLHttpRequest as new () => {
      open(m: string, u: string): void;
      send(): void;
      onload: (() => void) | null;
      onerror: (() => void) | null;
      status: number;
      responseText: string;
    };
    return (url) =>
      new Promise<string>((resolve, reject) => {
        const xhr = new X();
        xhr.open("GET", url);
        xhr.onload = () =>
          xhr.status === 200
            ? resolve(xhr.responseText)
            : reject(new Error(`policy fetch: HTTP ${xhr.status}`));
        xhr.onerror = () => reject(new Error("policy fetch: network"));
        xhr.send();
      });
  }
  return undefined;
}
