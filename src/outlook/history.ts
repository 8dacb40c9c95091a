import type { StorageLike } from "./policyStore";

/**
 * The mailbox's sent-recipient history for the `new-recipient` rule (handbook 000, "Dubbelcheck altijd de
 * geadresseerde"). Kept in the mailbox's roaming settings (storage.ts: every client, pane and event
 * handlers alike) as salted hashes of lower-cased addresses, never the
 * addresses: a per-mailbox random salt stored beside them, so equal addresses of two mailboxes (or two
 * installations) do not give equal hashes. Bounded to the most recent HISTORY_MAX addresses.
 *
 * Hash: FNV-1a (32 bit), twice with two salts, 64 bits in all (a collision among 1,400 entries is about
 * 1 in 10^12). Hand-written because Send needs it synchronously in classic Outlook's JavaScript-only
 * runtime, which promises no WebCrypto; @noble/hashes is not a dependency and its SHA-2 module carries
 * BigInt code. A slow or cryptographic hash would not help either: anyone holding the salt can test a
 * guessed address with any hash; what matters is that no address is stored in clear.
 */

export const HISTORY_KEY_PREFIX = "zv:history:";
/** Roaming settings hold 32 KB per add-in: 1,400 hashes of 16 characters (plus JSON quotes) fit. */
export const HISTORY_MAX = 1400;
/**
 * Below this many addresses the history is still being built (first days of use): every outside
 * address would be "new", and a warning on nearly every mail teaches users to click it away. The rule
 * starts once the history knows the usual correspondents.
 */
export const HISTORY_MIN_ENTRIES = 25;

export interface HistoryData {
  v: 1;
  salt: string;
  /** hashes, oldest first */
  hashes: string[];
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hex8(n: number): string {
  return ("0000000" + n.toString(16)).slice(-8);
}

export function hashAddress(salt: string, address: string): string {
  const a = address.trim().toLowerCase();
  return hex8(fnv1a(salt + "\u0000" + a)) + hex8(fnv1a(a + "\u0000" + salt + "\u0001"));
}

/** 128 random bits; crypto.getRandomValues where the runtime has it, else Math.random. */
export function newSalt(): string {
  const g = (typeof globalThis !== "undefined" ? globalThis : {}) as {
    crypto?: { getRandomValues?(a: Uint32Array): Uint32Array };
  };
  const words = new Uint32Array(4);
  if (g.crypto && typeof g.crypto.getRandomValues === "function") g.crypto.getRandomValues(words);
  else for (let i = 0; i < 4; i++) words[i] = Math.floor(Math.random() * 0x100000000);
  let out = "";
  for (let i = 0; i < 4; i++) out += hex8(words[i]);
  return out;
}

/** Per-mailbox storage key; it carries a hash of the mailbox's own address, not the address. */
export function historyKey(mailbox: string): string {
  return HISTORY_KEY_PREFIX + hex8(fnv1a(mailbox.trim().toLowerCase()));
}

export class RecipientHistory {
  private readonly known: Set<string>;
  private order: string[];

  constructor(
    readonly salt: string,
    hashes: readonly string[] = []
  ) {
    this.order = hashes.slice(-HISTORY_MAX);
    this.known = new Set(this.order);
  }

  get size(): number {
    return this.known.size;
  }

  has(address: string): boolean {
    return this.known.has(hashAddress(this.salt, address));
  }

  /** Adds the addresses as the most recent; the oldest beyond HISTORY_MAX are forgotten. */
  record(addresses: readonly string[]): void {
    for (const a of addresses) {
      const h = hashAddress(this.salt, a);
      if (this.known.has(h)) this.order.splice(this.order.indexOf(h), 1);
      this.order.push(h);
      this.known.add(h);
    }
    if (this.order.length > HISTORY_MAX) {
      for (const h of this.order.slice(0, this.order.length - HISTORY_MAX)) this.known.delete(h);
      this.order = this.order.slice(-HISTORY_MAX);
    }
  }

  /** For check(): undefined while the history is too small to judge (HISTORY_MIN_ENTRIES). */
  knownRecipient(): ((address: string) => boolean) | undefined {
    if (this.size < HISTORY_MIN_ENTRIES) return undefined;
    return (address) => this.has(address);
  }

  toJSON(): HistoryData {
    return { v: 1, salt: this.salt, hashes: this.order.slice() };
  }
}

/** The stored history, or a new empty one with a fresh salt (not stored until something is recorded). */
export function loadHistory(storage: StorageLike, mailbox: string): Promise<RecipientHistory> {
  return storage
    .getItem(historyKey(mailbox))
    .then((s) => {
      const d = s ? (JSON.parse(s) as HistoryData) : null;
      return d && d.v === 1 && typeof d.salt === "string" && Array.isArray(d.hashes)
        ? new RecipientHistory(d.salt, d.hashes)
        : new RecipientHistory(newSalt());
    })
    .catch(() => new RecipientHistory(newSalt()));
}

export function saveHistory(
  storage: StorageLike,
  mailbox: string,
  history: RecipientHistory
): Promise<void> {
  return storage.setItem(historyKey(mailbox), JSON.stringify(history.toJSON()));
}

/**
 * What Send needs from the history for this draft's recipients, small enough for sessionData: the salt,
 * the history's size, and the hashes of those current recipients it knows. No address in clear.
 */
export interface KnownSnapshot {
  salt: string;
  size: number;
  known: string[];
}

export function snapshotFor(
  history: RecipientHistory,
  addresses: readonly string[]
): KnownSnapshot {
  const known: string[] = [];
  for (const a of addresses) if (history.has(a)) known.push(hashAddress(history.salt, a));
  return { salt: history.salt, size: history.size, known };
}

export function knownFromSnapshot(
  snapshot: KnownSnapshot | null
): ((address: string) => boolean) | undefined {
  if (!snapshot || snapshot.size < HISTORY_MIN_ENTRIES) return undefined;
  const known = new Set(snapshot.known);
  return (address) => known.has(hashAddress(snapshot.salt, address));
}
