/** Limits that keep extraction bounded in memory and time, whatever a mail carries. */
export interface ExtractLimits {
  /** decompressed bytes in total for one attachment, nested parts included */
  maxTotalBytes: number;
  /** uncompressed / compressed size of one archive entry; checked on declared sizes before inflating */
  maxRatio: number;
  /** entries smaller than this are not ratio-checked: tiny, very compressible XML parts are harmless */
  ratioMinBytes: number;
  /** containers inside containers (zip in zip, eml in eml); the attachment itself is depth 0 */
  maxDepth: number;
  /** archive entries in total for one attachment */
  maxEntries: number;
  /** PDF pages read for text */
  maxPages: number;
  /** wall-clock budget for one attachment */
  timeBudgetMs: number;
  /** characters of text kept for one attachment: detection runs over it at send time (~1.4 s per million) */
  maxTextChars: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
  maxDepth: 8,
  maxEntries: 2000,
  maxPages: 500,
  timeBudgetMs: 10_000,
  maxTextChars: 1_000_000,
});

/** Why a part could not be read. `limit:*` = a limit was hit; the rest describe the input. */
export type UnreadableReason =
  | "limit:bytes"
  | "limit:ratio"
  | "limit:depth"
  | "limit:entries"
  | "limit:pages"
  | "limit:text"
  | "timeout"
  | "corrupt"
  | "unsupported"
  | "type-mismatch";

/** Thrown inside extractors only; the dispatcher turns it into an `unreadable` fact and never lets it escape. */
export class LimitError extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(reason);
    this.name = "LimitError";
  }
}

export function mergeLimits(partial: Partial<ExtractLimits> | undefined): ExtractLimits {
  const out: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS };
  if (!partial) return out;
  for (const key of Object.keys(out) as (keyof ExtractLimits)[]) {
    const v = partial[key];
    // A NaN or negative limit would silently switch the limit off: keep the default instead.
    if (typeof v === "number" && v >= 0 && !Number.isNaN(v)) out[key] = v;
  }
  return out;
}

/** Shared, mutable accounting for one attachment and everything nested in it. */
export class Budget {
  private bytes = 0;
  private entries = 0;
  private chars = 0;
  readonly deadline: number;

  constructor(
    readonly limits: ExtractLimits,
    private readonly now: () => number = defaultNow
  ) {
    this.deadline = now() + limits.timeBudgetMs;
  }

  checkTime(): void {
    if (this.now() >= this.deadline) throw new LimitError("timeout");
  }

  timeLeft(): number {
    return this.deadline - this.now();
  }

  /** Reserve decompressed bytes; throws before the memory is used. */
  addBytes(n: number): void {
    if (this.bytes + n > this.limits.maxTotalBytes) throw new LimitError("limit:bytes");
    this.bytes += n;
  }

  bytesLeft(): number {
    return this.limits.maxTotalBytes - this.bytes;
  }

  addEntries(n: number): void {
    if (this.entries + n > this.limits.maxEntries) throw new LimitError("limit:entries");
    this.entries += n;
  }

  charsLeft(): number {
    return Math.max(0, this.limits.maxTextChars - this.chars);
  }

  /** Returns how many of `n` characters may still be kept. */
  takeChars(n: number): number {
    const allowed = Math.max(0, Math.min(n, this.limits.maxTextChars - this.chars));
    this.chars += allowed;
    return allowed;
  }
}

function defaultNow(): number {
  return typeof performance !== "undefined" && typeof performance.now === "function"
    ? performance.now()
    : Date.now();
}
