import type { MarkerSigner } from "./override";

/**
 * The task pane's request to the practice service (src/server) to record an override and sign its
 * marker: POST the marker payload and the audit record as JSON to the policy's
 * `overrides.signature.url`; the service answers 200/201 with `{ "jws": "<compact JWS, ES256>" }` whose
 * payload is exactly the OverrideMarkerPayload it was sent (or its own corrected copy, which the send
 * handler then checks like any other). Anything else refuses the override: without the service's
 * signature the send handler would not accept it anyway.
 */
export function serviceSigner(
  url: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  headers: () => Promise<Record<string, string>> = () => Promise.resolve({})
): MarkerSigner {
  return async ({ payload, record }) => {
    const extra = await headers();
    const r = await fetchImpl(url, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json", "Idempotency-Key": record.id, ...extra },
      body: JSON.stringify({ payload, record }),
    });
    if (!r.ok) throw new Error(`signer: HTTP ${r.status}`);
    const body = (await r.json()) as { jws?: unknown };
    if (typeof body.jws !== "string") throw new Error("signer: no jws");
    return body.jws;
  };
}
