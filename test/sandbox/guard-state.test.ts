/**
 * Issue 13 on the BUILT launchevent.js: send-time state the user cannot forge, and a handler that
 * completes exactly once even where the runtime lacks `URL`, `TextDecoder`, `fetch` and `Intl` (classic
 * Outlook's JavaScript-only runtime promises none of them). The bundle runs in a bare vm context holding
 * only Office, OfficeRuntime, timers and console; Intl, which every vm context has, is deleted first.
 */
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import { Budget } from "../../src/outlook/office";
import type { OverrideMarkerPayload, StoredOverrideMarker } from "../../src/outlook/override";
import { readDraft } from "../../src/outlook/readDraft";
import { KEY_OVERRIDE } from "../../src/outlook/session";
import { ROOT } from "../helpers/build";
import { ensureBuilt, ensureVariant, loadBundle } from "./bundle";
import { ASSISTANT, mockOutlook, type MockDraft, type MockRecipient } from "./mockOutlook";

const POLICY_URL = "https://localhost:3000/policy.json";
const EXAMPLES = path.join(ROOT, "examples", "policy");
const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));

type Completion = Record<string, unknown> | undefined;

/** Loads a built bundle into a context without URL, TextDecoder, fetch, Intl (and without localStorage). */
function loadBare(d: MockDraft, bundle: string) {
  const b = loadBundle(d, bundle, (context) => {
    vm.runInContext("delete globalThis.Intl;", context);
    const missing = vm.runInContext(
      "['URL','TextDecoder','TextEncoder','fetch','XMLHttpRequest','Intl','localStorage','crypto'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; })",
      context
    ) as string[];
    expect(missing).toEqual([]);
  });
  return { ...b, pending: () => b.timers.pending() };
}

/** Fires OnMessageSend; waits for the first completed, then a little longer for a second one. */
async function send(b: ReturnType<typeof loadBare>, settleMs = 50) {
  const completions: Completion[] = [];
  let first: () => void = () => undefined;
  const done = new Promise<void>((r) => (first = r));
  const t0 = Date.now();
  let ms = 0;
  b.associations.onMessageSendHandler({
    completed: (o?: Record<string, unknown>) => {
      if (!completions.length) ms = Date.now() - t0;
      completions.push(o);
      first();
    },
  });
  await done;
  await new Promise((r) => setTimeout(r, settleMs));
  return { options: completions[0], completions, ms };
}

const gmail = (n: string): MockRecipient => ({ emailAddress: `${n}@gmail.com` });
const bsnMail: MockDraft = {
  subject: "Uw gegevens",
  body: "Goedemiddag,\n\nHierbij uw gegevens: BSN 111222333. De uitslag van het bloedonderzoek is binnen.\n\nPraktijk De Linde",
  to: [gmail("j.jansen1961")],
};
/** patients visible to each other: `visible-group-recipients`, a block under every policy */
const groupMail: MockDraft = {
  subject: "Uitnodiging groepsbijeenkomst diabetes",
  body: "Beste deelnemers,\n\nU bent welkom op de groepsbijeenkomst over uw diabetes op dinsdag.\n\nPraktijk De Linde",
  to: [gmail("a.bakker"), gmail("p.smit"), gmail("l.mulder"), gmail("r.visser")],
};

async function fingerprintOf(d: MockDraft): Promise<string> {
  const budget = new Budget(2000);
  const { draft } = await readDraft(mockOutlook(d).item, budget);
  budget.dispose();
  return draftFingerprint(draft);
}

async function payloadFor(
  d: MockDraft,
  rules: OverrideMarkerPayload["rules"],
  user = ASSISTANT.emailAddress,
  expIn = 600
): Promise<OverrideMarkerPayload> {
  return {
    v: 1,
    fingerprint: await fingerprintOf(d),
    rules,
    user,
    auditId: "0b7c5a52-3c7e-4a55-9d0e-5f1b8c2a9e10",
    exp: Math.floor(Date.now() / 1000) + expIn,
  };
}

const handWritten = (p: OverrideMarkerPayload): Record<string, string> => ({
  [KEY_OVERRIDE]: JSON.stringify({ ...p, reason: "vital-interest" } as StoredOverrideMarker),
});

const cached = (policy: object, fetchedAt = Date.now()) => ({
  "zv:policy": JSON.stringify({ fetchedAt, url: POLICY_URL, policy }),
});

function expectStop(r: { options: Completion; completions: Completion[] }) {
  expect(r.completions).toHaveLength(1);
  expect(r.options).toMatchObject({ allowEvent: false });
}

describe("the built bundle in a bare context (no URL, TextDecoder, fetch, Intl)", () => {
  it.each(examples)(
    "completes exactly once, with a stop, under the example policy %s",
    async (file) => {
      const bundle = ensureVariant(
        `example-${path.basename(file, ".json")}`,
        ["--policy", path.join(EXAMPLES, file)],
        [path.join(EXAMPLES, file)]
      );
      // patients visible to each other: blocked under every policy
      const blocked = loadBare(groupMail, bundle);
      const r = await send(blocked);
      expectStop(r);
      expect(String(r.options!.errorMessage)).not.toMatch(/niet controleren|could not check/i);
      expect(blocked.pending()).toBe(0);
      // a failure inside the guard ends in the policy's onError: still exactly one stop
      const failing = loadBare({ ...bsnMail, faults: { "body.getAsync": "throw" } }, bundle);
      const f = await send(failing);
      expectStop(f);
      expect(failing.pending()).toBe(0);
      // an ordinary mail still goes: the stop above is the guard's judgement, not a broken bundle
      const harmless = loadBare(
        { subject: "Openingstijden", body: "Wij zijn maandag gesloten.", to: [gmail("buren")] },
        bundle
      );
      expect((await send(harmless)).options).toEqual({ allowEvent: true });
    },
    120_000
  );
});

describe("a hand-written override marker leaves the mail stopped", () => {
  it("an unsigned marker from a user no grant names (the default policy)", async () => {
    const b = loadBare(
      {
        ...bsnMail,
        sessionData: handWritten(await payloadFor(bsnMail, ["secure-channel-required"])),
      },
      ensureBuilt()
    );
    expectStop(await send(b));
  });

  it("never covers a block rule, even for the one user the policy lets override it (huisarts example)", async () => {
    const manager = { emailAddress: "praktijkmanager@huisartsen-dorpsplein.nl" };
    const bundle = ensureVariant(
      "example-huisarts",
      ["--policy", path.join(EXAMPLES, "huisarts.json")],
      [path.join(EXAMPLES, "huisarts.json")]
    );
    const d: MockDraft = { ...groupMail, from: manager, user: manager };
    const marker = await payloadFor(d, ["visible-group-recipients"], manager.emailAddress);
    const r = await send(loadBare({ ...d, sessionData: handWritten(marker) }, bundle));
    expectStop(r);
    expect(r.options).not.toHaveProperty("sendModeOverride");
  });

  describe("with the practice service's key in the policy", () => {
    const bundle = () => ensureVariant("policy-url", ["--policy-url", "/policy.json"]);
    let privateKey: KeyObject;
    let policy: object;
    beforeAll(() => {
      const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
      privateKey = pair.privateKey;
      const jwk = pair.publicKey.export({ format: "jwk" }) as { x: string; y: string };
      policy = {
        overrides: {
          grants: [{ rules: ["secure-channel-required"], addresses: [ASSISTANT.emailAddress] }],
          signature: {
            publicKey: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y },
            url: "https://zorgvuldig.praktijk-delinde.nl/api/override",
          },
        },
      };
    });
    const b64u = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jwsOf = (p: object, key: KeyObject = privateKey, alg = "ES256") => {
      const input = `${b64u({ alg, typ: "JWT" })}.${b64u(p)}`;
      const sig = sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" });
      return `${input}.${sig.toString("base64url")}`;
    };
    const withJws = (p: OverrideMarkerPayload, jws?: string) => ({
      [KEY_OVERRIDE]: JSON.stringify({ ...p, jws } as StoredOverrideMarker),
    });

    it("the service's signature over exactly this draft lets it go (the verifier runs in the bare context)", async () => {
      const p = await payloadFor(bsnMail, ["secure-channel-required"]);
      const b = loadBare(
        { ...bsnMail, storage: cached(policy), sessionData: withJws(p, jwsOf(p)) },
        bundle()
      );
      const r = await send(b);
      expect(r.options).toEqual({ allowEvent: true });
      expect(r.completions).toHaveLength(1);
      // the first verification builds the curve tables; it stays far inside the 5 s Outlook allows
      expect(r.ms).toBeLessThan(3000);
    });

    it("no signature, a signature by another key, alg none, or signed claims for another draft, user or time: stopped", async () => {
      const p = await payloadFor(bsnMail, ["secure-channel-required"]);
      const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
      const none = `${b64u({ alg: "none" })}.${b64u(p)}.`;
      const otherDraft = await payloadFor({ ...bsnMail, subject: "Iets anders" }, p.rules);
      const otherUser = { ...p, user: "dr.jansen@praktijk-delinde.nl" };
      const expired = { ...p, exp: Math.floor(Date.now() / 1000) - 1 };
      const forged: Array<Record<string, string>> = [
        handWritten(p),
        withJws(p, jwsOf(p, other)),
        withJws(p, none),
        withJws(p, jwsOf(otherDraft)),
        withJws(p, jwsOf(otherUser)),
        withJws(p, jwsOf(expired)),
        // loose claims changed next to a valid JWS count for nothing: only the JWS's own are read
        withJws(
          { ...p, rules: ["secure-channel-required", "lookalike-domain"] },
          jwsOf(otherDraft)
        ),
      ];
      for (const sessionData of forged) {
        const b = loadBare({ ...bsnMail, storage: cached(policy), sessionData }, bundle());
        expectStop(await send(b));
      }
    }, 120_000);

    it("a signed marker never covers a block rule", async () => {
      const grantAll = {
        ...policy,
        overrides: {
          ...(policy as { overrides: object }).overrides,
          grants: [{ rules: ["visible-group-recipients"], addresses: [ASSISTANT.emailAddress] }],
        },
      };
      const p = await payloadFor(groupMail, ["visible-group-recipients"]);
      const b = loadBare(
        { ...groupMail, storage: cached(grantAll), sessionData: withJws(p, jwsOf(p)) },
        bundle()
      );
      expectStop(await send(b));
    });
  });
});

describe("a cached policy the user could have written", () => {
  const permissive = { rules: { "secure-channel-required": { enabled: false } } };
  const bundle = () => ensureVariant("policy-url", ["--policy-url", "/policy.json"]);

  it("a current cached copy applies (the control case)", async () => {
    const b = loadBare({ ...bsnMail, storage: cached(permissive) }, bundle());
    expect((await send(b)).options).toEqual({ allowEvent: true });
  });

  it("dated in the future: the built-in policy applies and the mail is stopped", async () => {
    const year = 365 * 24 * 3600 * 1000;
    const b = loadBare({ ...bsnMail, storage: cached(permissive, Date.now() + year) }, bundle());
    expectStop(await send(b));
  });

  it("older than its maximum age: the built-in policy applies and the mail is stopped", async () => {
    const b = loadBare(
      { ...bsnMail, storage: cached(permissive, Date.now() - 8 * 24 * 3600 * 1000) },
      bundle()
    );
    expectStop(await send(b));
  });
});
