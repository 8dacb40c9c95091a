/**
 * The add-in's side of the practice service, without a service: tokens (Office SSO and nested app
 * authentication, mocks in the documented shapes), the override request the pane posts (checked by the
 * service's own parser), and the consent hash.
 */
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { emptyDraft } from "../../src/engine/draft";
import type { RuleHit } from "../../src/engine/types";
import { buildAuditRecord, buildOverrideRecord } from "../../src/outlook/audit";
import { NoTokenError, officeSso, type AuthOptionsLike } from "../../src/outlook/auth";
import { paneToken } from "../../src/outlook/authNaa";
import { consentHash, consentedFrom, serviceBase } from "../../src/outlook/consent";
import { markerPayload } from "../../src/outlook/override";
import { overrideRequest } from "../../src/outlook/signer";
import { parseAuditEvent, parseOverrideRequest } from "../../src/server/record";

const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

describe("Office SSO (Office.auth / OfficeRuntime.auth getAccessToken, IdentityAPI 1.3)", () => {
  it("asks for a token for the add-in's own API, with prompts only where a person is", async () => {
    const seen: AuthOptionsLike[] = [];
    const auth = { getAccessToken: (o?: AuthOptionsLike) => (seen.push(o!), Promise.resolve(JWT)) };
    expect(await officeSso(auth, true)()).toBe(JWT);
    expect(await officeSso(auth, false)()).toBe(JWT);
    expect(seen).toEqual([
      { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false },
      { allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false },
    ]);
  });

  it("turns Office's errors (13001 not signed in, 13000 not supported) and a missing API into NoTokenError", async () => {
    const refused = { getAccessToken: () => Promise.reject({ code: 13001, message: "x" }) };
    await expect(officeSso(refused, false)()).rejects.toMatchObject({
      why: "refused",
      code: 13001,
    });
    await expect(officeSso(undefined, false)()).rejects.toBeInstanceOf(NoTokenError);
    const notAJwt = { getAccessToken: () => Promise.resolve("hello") };
    await expect(officeSso(notAJwt, true)()).rejects.toBeInstanceOf(NoTokenError);
  });
});

describe("nested app authentication in the pane (MSAL createNestablePublicClientApplication)", () => {
  const config = {
    clientId: "5f0c1c1e-0000-4000-8000-000000000002",
    scope: "api://addin.praktijk.example/5f0c1c1e-0000-4000-8000-000000000001/access_as_user",
  };
  function fakeMsal(silent: boolean, popup: boolean) {
    const calls: string[] = [];
    const configs: Configuration[] = [];
    const app = {
      acquireTokenSilent: (r: { scopes: string[] }) => {
        calls.push(`silent ${r.scopes.join(" ")}`);
        return silent
          ? Promise.resolve({ accessToken: "naa.silent.token" })
          : Promise.reject(new Error("interaction_required"));
      },
      acquireTokenPopup: (r: { scopes: string[] }) => {
        calls.push(`popup ${r.scopes.join(" ")}`);
        return popup
          ? Promise.resolve({ accessToken: "naa.popup.token" })
          : Promise.reject({ errorCode: "user_cancelled" });
      },
    } as unknown as IPublicClientApplication;
    const create = (c: Configuration) => {
      configs.push(c);
      return Promise.resolve(app);
    };
    return { calls, configs, create };
  }
  const office = (naa: boolean, token = JWT) => ({
    requirements: {
      isSetSupported: (name: string, v?: string) => naa && name === "NestedAppAuth" && v === "1.1",
    },
    auth: { getAccessToken: () => Promise.resolve(token) },
  });

  it("uses NAA where NestedAppAuth 1.1 is supported and the policy names the API: silent first, then a popup", async () => {
    const m = fakeMsal(false, true);
    const token = paneToken(office(true), config, m.create);
    expect(await token()).toBe("naa.popup.token");
    expect(m.calls).toEqual([`silent ${config.scope}`, `popup ${config.scope}`]);
    expect(m.configs[0].auth.clientId).toBe(config.clientId);
    // one MSAL instance per pane
    await token();
    expect(m.configs).toHaveLength(1);
  });

  it("falls back to Office SSO when NAA fails, is unsupported, or the policy names no API", async () => {
    const failing = fakeMsal(false, false);
    expect(await paneToken(office(true), config, failing.create)()).toBe(JWT);
    const unused = fakeMsal(true, true);
    expect(await paneToken(office(false), config, unused.create)()).toBe(JWT);
    expect(await paneToken(office(true), undefined, unused.create)()).toBe(JWT);
    expect(unused.configs).toHaveLength(0);
  });
});

describe("the override request: what the pane posts is what the service parses", () => {
  const hits: RuleHit[] = [
    {
      rule: "secure-channel-required",
      action: "secure",
      explanation: "x",
      source: { file: "002.txt", section: "Toolkit" },
      findings: [
        { type: "bsn", text: "111222333", where: "body", start: 0, end: 9, confidence: 1 },
      ],
    },
  ];
  const recipients = [
    {
      address: "p.pieters@gmail.com",
      field: "to" as const,
      domain: "gmail.com",
      class: "private" as const,
    },
  ];

  it("parses with the service's strict schema and keeps id, fingerprint and rules", () => {
    const record = buildOverrideRecord({
      hits,
      action: "secure",
      category: "medical",
      client: "pane",
      recipients,
      user: "Dr.Jansen@Praktijkdekroon.nl",
      reasonCode: "vital-interest",
      reasonText: "Spoed: de patiënt moet vandaag nog deze uitslag hebben.",
    });
    const draft = emptyDraft({ subject: "s", body: "b", to: [{ address: "p.pieters@gmail.com" }] });
    const payload = markerPayload(
      draft,
      ["secure-channel-required"],
      record.user,
      record.id,
      new Date()
    );
    const { event, fingerprint } = parseOverrideRequest(
      JSON.parse(JSON.stringify(overrideRequest(payload, record)))
    );
    expect(fingerprint).toBe(payload.fingerprint);
    expect(event).toMatchObject({
      id: record.id,
      kind: "override",
      rules: ["secure-channel-required"],
      category: "medical",
    });
    expect(JSON.stringify(event)).not.toMatch(/111222333|pieters/);
  });

  it("every kind the client builds is accepted by the service", () => {
    for (const kind of ["stop", "route", "false-alarm"] as const) {
      const r = buildAuditRecord(kind, {
        hits,
        action: "secure",
        recipients,
        user: "a@b.nl",
        client: "web",
      });
      expect(parseAuditEvent(JSON.parse(JSON.stringify(r))).kind).toBe(kind);
    }
    const hash = consentHash("zout-van-de-praktijk-0123456789", "p.pieters@gmail.com");
    const consent = buildAuditRecord(
      "consent",
      { hits, recipients, user: "a@b.nl" },
      { recipientHash: hash }
    );
    expect(parseAuditEvent(JSON.parse(JSON.stringify(consent))).recipientHash).toBe(hash);
  });
});

describe("consent hash", () => {
  it("is base64url SHA-256 of salt and the lower-case address: 43 characters, stable, salt-bound", () => {
    const a = consentHash("salt-1", "P.Pieters@Gmail.com ");
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(consentHash("salt-1", "p.pieters@gmail.com")).toBe(a);
    expect(consentHash("salt-2", "p.pieters@gmail.com")).not.toBe(a);
    // known answer: SHA-256("s\na@b.nl"), checked with node:crypto
    const { createHash } = jest.requireActual<typeof import("node:crypto")>("node:crypto");
    expect(consentHash("s", "a@b.nl")).toBe(
      createHash("sha256").update("s\na@b.nl").digest("base64url")
    );
  });

  it("counts at Send only while the service's confirmation is fresh", () => {
    const h = consentHash("s", "a@b.nl");
    const now = Date.parse("2026-12-02T12:00:00Z");
    expect(consentedFrom({ salt: "s", hashes: { [h]: now - 3600000 } }, now)!("A@B.nl")).toBe(true);
    expect(consentedFrom({ salt: "s", hashes: { [h]: now - 3 * 86400000 } }, now)!("a@b.nl")).toBe(
      false
    );
    expect(consentedFrom({ hashes: { [h]: now } }, now)).toBeUndefined();
  });

  it("finds the service from the policy's endpoints", () => {
    expect(serviceBase(["https://zv.praktijk.nl/api/audit"])).toBe("https://zv.praktijk.nl");
    expect(serviceBase([undefined, "https://zv.praktijk.nl/zorgvuldig/api/override"])).toBe(
      "https://zv.praktijk.nl/zorgvuldig"
    );
    expect(serviceBase(["https://audit.example/zorgvuldig"])).toBeUndefined();
  });
});
