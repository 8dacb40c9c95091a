/**
 * One wrapper for every Office.js callback API, and one time budget for a whole handler.
 *
 * Outlook shows "taking longer than expected" 5 s after Send (script download included), so the
 * send handler runs under a single budget of about 3.5 s. The budget owns exactly ONE timer; every
 * Office call races against it, and disposing the budget (when `completed` is called) clears the
 * timer, so nothing can fire after the event has been completed.
 */

export type OfficeFailureKind = "failed" | "threw" | "timeout" | "unsupported";

/** A typed failure of an Office.js call. The message never carries message content. */
export class OfficeCallError extends Error {
  constructor(
    readonly kind: OfficeFailureKind,
    readonly call: string,
    readonly code?: string | number
  ) {
    super(`${call}: ${kind}${code !== undefined ? ` (${code})` : ""}`);
    this.name = "OfficeCallError";
  }
}

/** The subset of Office.AsyncResult our adapters read. */
export interface AsyncResultLike<T> {
  status: string;
  value: T;
  error?: { code?: string | number; name?: string; message?: string } | null;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

export const SEND_BUDGET_MS = 3500;

type TimerApi = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realTimers: TimerApi = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Budget {
  /** Rejects with a `timeout` OfficeCallError when the budget runs out. */
  readonly expired: Promise<never>;
  private handle: unknown;
  private readonly startedAt: number;
  private over = false;
  private disposed = false;

  constructor(
    readonly ms: number,
    private readonly timers: TimerApi = realTimers,
    private readonly now: () => number = Date.now
  ) {
    this.startedAt = now();
    this.expired = new Promise<never>((_, reject) => {
      this.handle = timers.setTimeout(() => {
        this.handle = undefined;
        this.over = true;
        reject(new OfficeCallError("timeout", "budget"));
      }, ms);
    });
    // Nobody may be racing against it when it fires; that is not an unhandled error.
    this.expired.catch(() => undefined);
  }

  get exceeded(): boolean {
    return this.over;
  }

  remainingMs(): number {
    return Math.max(0, this.ms - (this.now() - this.startedAt));
  }

  /** Settles with `work`, or rejects when the budget runs out first. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.over) return Promise.reject(new OfficeCallError("timeout", "budget"));
    return Promise.race([work, this.expired]);
  }

  /** Clears the one timer. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/**
 * Calls an Office.js callback API as a promise under the budget. A synchronous throw, a Failed
 * status, and a callback that never comes back all end as an OfficeCallError.
 */
export function officeCall<T>(
  call: string,
  invoke: (callback: Callback<T>) => void,
  budget: Budget
): Promise<T> {
  const work = new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && result.status === "succeeded") resolve(result.value);
        else
          reject(
            new OfficeCallError(
              "failed",
              call,
              result && result.error ? result.error.code : undefined
            )
          );
      });
    } catch (e) {
      reject(e instanceof OfficeCallError ? e : new OfficeCallError("threw", call));
    }
  });
  return budget.race(work);
}

/** Mailbox requirement-set check that tolerates hosts (and tests) without `requirements`. */
export function supportsMailbox(version: string, office: OfficeLike | undefined): boolean {
  try {
    const req = office && office.context && office.context.requirements;
    return (
      !!req && typeof req.isSetSupported === "function" && req.isSetSupported("Mailbox", version)
    );
  } catch {
    return false;
  }
}

/** The parts of the global `Office` object the adapters use. */
export interface OfficeLike {
  context: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox?: { item?: unknown; userProfile?: { emailAddress?: string; displayName?: string } };
  };
  actions?: { associate(name: string, handler: (event: never) => void): void };
}
