/**
 * Who is posting: a Microsoft Entra ID access token for the add-in's own API (Office SSO
 * `getAccessToken` or nested app authentication), validated with jose against the tenant's signing keys.
 * Checked, as Microsoft's "Secure applications and APIs by validating claims" asks: signature (RS256 from
 * the tenant's JWKS), exp/nbf, aud (the API's client id or App ID URI), iss (the v2 issuer of the one
 * tenant), tid, a delegated scope in scp, and optionally the calling app (azp).
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

export interface EntraConfig {
  tenantId: string;
  /** accepted audiences: the API's application (client) id and/or its App ID URI */
  audiences: string[];
  /** default https://login.microsoftonline.com/{tenantId}/v2.0 */
  issuer?: string;
  /** default https://login.microsoftonline.com/{tenantId}/discovery/v2.0/keys */
  jwksUrl?: string;
  /** a delegated scope the token must carry in scp; default access_as_user */
  scope?: string;
  /** when set, only these client apps (azp) may call */
  clientIds?: string[];
}

export interface Caller {
  /** the user's object id in the tenant */
  oid: string;
  /** the user's sign-in address, lower case, when the token carries one */
  user?: string;
}

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthError";
  }
}

export type Verifier = (authorization: string | undefined) => Promise<Caller>;

export function entraVerifier(config: EntraConfig): Verifier {
  const issuer = config.issuer ?? `https://login.microsoftonline.com/${config.tenantId}/v2.0`;
  const jwks = createRemoteJWKSet(
    new URL(
      config.jwksUrl ?? `https://login.microsoftonline.com/${config.tenantId}/discovery/v2.0/keys`
    ),
    { timeoutDuration: 5000, cooldownDuration: 30000, cacheMaxAge: 3600000 }
  );
  const scope = config.scope ?? "access_as_user";
  return async (authorization) => {
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? "");
    if (!m) throw new AuthError("no bearer token");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(m[1], jwks, {
        issuer,
        audience: config.audiences,
        algorithms: ["RS256"],
        requiredClaims: ["exp", "tid", "oid"],
        clockTolerance: 60,
      }));
    } catch (e) {
      // the reason (expired, audience, signature) for the service's log; never the token itself
      throw new AuthError(`token refused (${(e as { code?: string }).code ?? "invalid"})`);
    }
    if (payload.tid !== config.tenantId) throw new AuthError("token refused (tenant)");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(scope)) throw new AuthError("token refused (scope)");
    const azp = typeof payload.azp === "string" ? payload.azp : undefined;
    if (config.clientIds?.length && (!azp || !config.clientIds.includes(azp)))
      throw new AuthError("token refused (client app)");
    const name = [payload.preferred_username, payload.upn, payload.email].find(
      (v): v is string => typeof v === "string" && v.includes("@")
    );
    return { oid: String(payload.oid), user: name?.toLowerCase() };
  };
}
