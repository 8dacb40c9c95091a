import type { AuditRecord } from "./audit";
import { authHeader, type TokenSource } from "./auth";
import type { MarkerSigner, OverrideMarkerPayload } from "./override";
import type { OverrideRequest, OverrideResponse } from "../server/types";

/**
 * The body of `POST /api/override` (src/server/types.ts OverrideRequest, the one definition both sides
 * use): the override audit record plus the draft's fingerprint. The service stores the record, signs
 * `{fingerprint, rules, user, auditId}` and answers OverrideResponse.
 */
export function overrideRequest(
  payload: OverrideMarkerPayload,
  record: AuditRecord
): OverrideRequest {
  const { kind: _kind, ...rest } = record;
  return { ...rest, kind: "override", fingerprint: payload.fingerprint };
}

export class SignerError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** the service's Dutch message for a refused explanation (400), to show in the pane */
    readonly serviceMessage?: string
  ) {
    super(message);
    this.name = "SignerError";
  }
}

/**
 * The task pane's request to the practice service to record an override and sign its marker: POST
 * OverrideRequest as JSON with the user's access token to the policy's `overrides.signature.url`; the
 * service answers 200/201 OverrideResponse whose `marker` is the compact JWS (ES256) the send handler
 * verifies. Anything else refuses the override: without the service's signature the send handler would
 * not accept it anyway.
 */
export function serviceSigner(
  url: string,
  token: TokenSource | undefined,
  fetchImpl: typeof fetch = (...args) => fetch(...args)
): MarkerSigner {
  return async ({ payload, record }) => {
    const auth = await authHeader(token).catch(() => {
      throw new SignerError(401, "signer: no access token");
    });
    const r = await fetchImpl(url, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json", "Idempotency-Key": record.id, ...auth },
      body: JSON.stringify(overrideRequest(payload, record)),
    });
    if (!r.ok) {
      let message: string | undefined;
      try {
        const body = (await r.json()) as { error?: unknown };
        if (typeof body.error === "string") message = body.error;
      } catch {
        // no JSON body
      }
      throw new SignerError(r.status, `signer: HTTP ${r.status}`, message);
    }
    const body = (await r.json()) as Partial<OverrideResponse>;
    if (typeof body.marker !== "string") throw new SignerError(r.status, "signer: no marker");
    if (body.auditId !== record.id) throw new SignerError(r.status, "signer: another record");
    return body.marker;
  };
}
