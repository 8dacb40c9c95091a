/**
 * Where Zorgvuldig keeps state, by runtime, as Microsoft documents it (docs/office-apis.md, "Storage"):
 *
 * - one draft, shared by task pane and event handlers: `item.sessionData` (session.ts);
 * - one device and runtime (policy cache, the pane's audit queue): `localStorage` where the runtime is a
 *   browser page (task pane everywhere; event handlers on the web, new Outlook and Mac), and
 *   `OfficeRuntime.storage` in classic Outlook on Windows' JavaScript-only runtime, which has no
 *   localStorage ("Runtimes in Office Add-ins");
 * - the whole mailbox, every client (the sent-recipient history of rule `new-recipient`): roaming
 *   settings (Mailbox 1.1, saved in the mailbox, 32 KB for all of an add-in's settings).
 *
 * This is the one place that chooses; nothing else looks for a storage global.
 */

/** Promise-based key/value storage: OfficeRuntime.storage's shape, which the others are wrapped into. */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export type LocalKind = "localStorage" | "OfficeRuntime.storage" | "none";

/** Office.context.roamingSettings as used here (get, set, saveAsync). */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: { status: string; error?: { code?: string | number } | null }) => void
  ): void;
}

export interface Stores {
  /** this device and runtime; null where the runtime has neither */
  local: KeyValueStorage | null;
  localKind: LocalKind;
  /** the mailbox (roaming settings); null where the client gives none */
  mailbox: KeyValueStorage | null;
}

type Scope = {
  localStorage?: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  OfficeRuntime?: { storage?: KeyValueStorage };
};

/** localStorage can exist and still throw (storage disabled, private mode): probe it once. */
function usableLocalStorage(scope: Scope): Scope["localStorage"] | null {
  try {
    const ls = scope.localStorage;
    if (!ls) return null;
    const probe = "zv:probe";
    ls.setItem(probe, "1");
    return ls.getItem(probe) === "1" ? ls : null;
  } catch {
    return null;
  }
}

export function localStore(scope: Scope): { storage: KeyValueStorage | null; kind: LocalKind } {
  const ls = usableLocalStorage(scope);
  if (ls)
    return {
      kind: "localStorage",
      storage: {
        getItem: (k) => Promise.resolve().then(() => ls.getItem(k)),
        setItem: (k, v) => Promise.resolve().then(() => ls.setItem(k, v)),
      },
    };
  const rt = scope.OfficeRuntime;
  if (rt && rt.storage && typeof rt.storage.getItem === "function")
    return { kind: "OfficeRuntime.storage", storage: rt.storage };
  return { kind: "none", storage: null };
}

/** Roaming settings as KeyValueStorage; a write is saved to the mailbox before it resolves. */
export function roamingStore(settings: RoamingSettingsLike | undefined): KeyValueStorage | null {
  if (!settings || typeof settings.get !== "function" || typeof settings.saveAsync !== "function")
    return null;
  return {
    getItem: (k) =>
      Promise.resolve().then(() => {
        const v = settings.get(k);
        return typeof v === "string" ? v : null;
      }),
    setItem: (k, v) =>
      new Promise<void>((resolve, reject) => {
        settings.set(k, v);
        settings.saveAsync((r) =>
          r && r.status === "succeeded" ? resolve() : reject(new Error("roamingSettings.saveAsync"))
        );
      }),
  };
}

export function chooseStores(
  scope: Scope,
  office: { context?: { roamingSettings?: RoamingSettingsLike } } | undefined
): Stores {
  const local = localStore(scope);
  const roaming = office && office.context ? office.context.roamingSettings : undefined;
  return { local: local.storage, localKind: local.kind, mailbox: roamingStore(roaming) };
}

/** Storage that lives as long as the page: where a runtime offers none, records still survive the session. */
export function memoryStore(): KeyValueStorage {
  const data: Record<string, string> = {};
  return {
    getItem: (k) => Promise.resolve(Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null),
    setItem: (k, v) => {
      data[k] = v;
      return Promise.resolve();
    },
  };
}
