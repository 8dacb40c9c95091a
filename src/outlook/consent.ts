/**
 * Consent to regular e-mail (handbook 002, second decision tree): which patients' addresses consented,
 * kept as salted hashes only. The engine decides when consent counts (rule secure-channel-required:
 * logistic or general mail to one patient, never medical content, a BSN, health attachments or a
 * sensitive field); this file only answers "did this address consent?".
 *
 * - The salt comes from the practice service (`GET /api/consent-salt`), so every device hashes one address
 *   to one value; without a service the mailbox makes its own.
 * - The book lives in the mailbox's roaming settings (storage.ts), shared by the pane and the send
 *   handler of every client. An entry counts at Send for CONSENT_FRESH_MS after the service last
 *   confirmed it; the pane re-asks the service each time it checks a mail to that address, so a
 *   withdrawal on the dashboard holds in the pane at once and at Send within a day.
 */
import { strToU8 } from "fflate";
import type { KeyValueStorage } from "./storage";
import { authHeader, type TokenSource } from "./auth";
import type { ConsentSaltResponse, ConsentStateResponse } from "../server/types";

export const KEY_CONSENT = "zorgvuldig.consent";
export const CONSENT_FRESH_MS = 24 * 3600 * 1000;
/** roaming settings hold 32 KB for the whole add-in: the oldest entries go first */
const MAX_ENTRIES = 150;

export interface ConsentBookData {
  salt?: string;
  /** recipient hash -> when the service (or this mailbox) last confirmed it, ms since 1970 */
  hashes: Record<string, number>;
}

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += B64URL[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** base64url(SHA-256(salt "\n" lower-case address)): 43 characters; never the address itself. */
export function consentHash(salt: string, address: string): string {
  // the same module instance jws.ts requires (an `import` would bundle the package's ESM copy as well)
  const { sha256 } = require("@noble/hashes/sha2") as typeof import("@noble/hashes/sha2");
  return base64url(sha256(strToU8(`${salt}\n${address.trim().toLowerCase()}`)));
}

export function parseBook(text: string | null): ConsentBookData {
  try {
    const v = JSON.parse(text || "null") as ConsentBookData | null;
    if (v && typeof v === "object" && v.hashes && typeof v.hashes === "object")
      return { salt: typeof v.salt === "string" ? v.salt : undefined, hashes: v.hashes };
  } catch {
    // a damaged book is an empty one: the worst case is asking again
  }
  return { hashes: {} };
}

export function loadBook(storage: KeyValueStorage | null | undefined): Promise<ConsentBookData> {
  if (!storage) return Promise.resolve({ hashes: {} });
  return storage.getItem(KEY_CONSENT).then(parseBook, () => ({ hashes: {} }));
}

/** The engine's `consentedRecipient` for a loaded book. */
export function consentedFrom(
  book: ConsentBookData,
  now: number
): ((address: string) => boolean) | undefined {
  const salt = book.salt;
  if (!salt) return undefined;
  return (address) => {
    const at = book.hashes[consentHash(salt, address)];
    return typeof at === "number" && now - at < CONSENT_FRESH_MS && at <= now + 60000;
  };
}

export function saveBook(storage: KeyValueStorage, book: ConsentBookData): Promise<void> {
  const entries = Object.keys(book.hashes)
    .map((h) => [h, book.hashes[h]] as [string, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ENTRIES);
  const hashes: Record<string, number> = {};
  entries.forEach(([h, at]) => (hashes[h] = at));
  return storage.setItem(KEY_CONSENT, JSON.stringify({ salt: book.salt, hashes }));
}

/** A random salt for a mailbox without a practice service. */
export function localSalt(): string {
  const bytes = new Uint8Array(32);
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return base64url(bytes);
}

/** The service's consent API as the pane uses it. */
export interface ConsentService {
  salt(): Promise<string>;
  active(hash: string): Promise<boolean>;
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; credentials: "omit" }
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The service's base URL from the policy's endpoints (…/api/audit or …/api/override). */
export function serviceBase(endpoints: (string | undefined)[]): string | undefined {
  for (const e of endpoints) {
    const m = e ? /^(https?:\/\/[^/]+(?:\/[^?#]*)?)\/api\/(audit|override)$/.exec(e) : null;
    if (m) return m[1];
  }
  return undefined;
}

export function consentService(
  base: string,
  token: TokenSource | undefined,
  fetchImpl: FetchLike = (url, init) => fetch(url, init)
): ConsentService {
  const get = async (path: string): Promise<unknown> => {
    const r = await fetchImpl(base + path, {
      method: "GET",
      headers: await authHeader(token),
      credentials: "omit",
    });
    if (!r.ok) throw new Error(`consent service: HTTP ${r.status}`);
    return r.json();
  };
  return {
    async salt() {
      const body = (await get("/api/consent-salt")) as Partial<ConsentSaltResponse>;
      if (typeof body.salt !== "string" || body.salt.length < 16)
        throw new Error("consent service: no salt");
      return body.salt;
    },
    async active(hash) {
      const body = (await get(`/api/consent/${hash}`)) as Partial<ConsentStateResponse>;
      return body.active === true;
    },
  };
}
