/**
 * The FG's login: OpenID Connect authorization code flow with PKCE (openid-client), against the
 * practice's Microsoft Entra ID (or any OpenID provider). Sessions live in memory: a restart asks the FG
 * to sign in again, and no session secret needs storing.
 */
import { randomBytes } from "node:crypto";
import * as client from "openid-client";

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** only these sign-in addresses may see the dashboard (lower case); empty = anyone the provider signs in */
  allowedUsers: string[];
  /** http:// issuer (tests, a provider on the same host) */
  allowHttp?: boolean;
}

export interface Session {
  user: string;
  csrf: string;
  expires: number;
}

interface Pending {
  verifier: string;
  state: string;
  returnTo: string;
  expires: number;
}

const SESSION_MS = 8 * 3600 * 1000;
const PENDING_MS = 10 * 60 * 1000;

export class FgLogin {
  private config?: Promise<client.Configuration>;
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly oidc: OidcConfig) {}

  /** Discovery on first use: the service starts even while the provider is unreachable. */
  private configuration(): Promise<client.Configuration> {
    if (!this.config) {
      this.config = client
        .discovery(
          new URL(this.oidc.issuer),
          this.oidc.clientId,
          undefined,
          this.oidc.clientSecret ? client.ClientSecretPost(this.oidc.clientSecret) : client.None(),
          this.oidc.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined
        )
        .catch((e: unknown) => {
          this.config = undefined;
          throw e;
        });
    }
    return this.config;
  }

  private sweep(now: number): void {
    for (const [k, s] of this.sessions) if (s.expires < now) this.sessions.delete(k);
    for (const [k, p] of this.pending) if (p.expires < now) this.pending.delete(k);
  }

  session(id: string | undefined, now = Date.now()): Session | null {
    if (!id) return null;
    const s = this.sessions.get(id);
    if (!s || s.expires < now) return null;
    return s;
  }

  logout(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  /** Starts a login: returns the provider's URL and the id of the pending login (a cookie). */
  async begin(redirectUri: string, returnTo: string): Promise<{ url: string; pendingId: string }> {
    const now = Date.now();
    this.sweep(now);
    const config = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    });
    const pendingId = randomBytes(24).toString("base64url");
    this.pending.set(pendingId, { verifier, state, returnTo, expires: now + PENDING_MS });
    return { url: url.href, pendingId };
  }

  /** Finishes a login from the provider's redirect; returns the new session id, or throws. */
  async finish(
    pendingId: string | undefined,
    currentUrl: URL
  ): Promise<{ sessionId: string; returnTo: string }> {
    const p = pendingId ? this.pending.get(pendingId) : undefined;
    if (!p || p.expires < Date.now()) throw new Error("no login in progress");
    this.pending.delete(pendingId!);
    const config = await this.configuration();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: p.verifier,
      expectedState: p.state,
    });
    const claims = tokens.claims();
    const user = [claims?.email, claims?.preferred_username, claims?.sub].find(
      (v): v is string => typeof v === "string" && v.length > 0
    );
    if (!user) throw new Error("the provider named no user");
    const lower = user.toLowerCase();
    if (this.oidc.allowedUsers.length && !this.oidc.allowedUsers.includes(lower))
      throw new ForbiddenUser();
    const sessionId = randomBytes(32).toString("base64url");
    this.sessions.set(sessionId, {
      user: lower,
      csrf: randomBytes(24).toString("base64url"),
      expires: Date.now() + SESSION_MS,
    });
    return { sessionId, returnTo: p.returnTo };
  }
}

export class ForbiddenUser extends Error {
  constructor() {
    super("this account may not see the dashboard");
    this.name = "ForbiddenUser";
  }
}
