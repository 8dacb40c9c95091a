/**
 * Access tokens for the add-in's own API (the practice service checks them: src/server/auth.ts). No MSAL
 * here: this file is also in the send bundle (ES2016, no DOM), where only Office SSO is documented —
 * "Enable single sign-on (SSO) in Outlook add-ins that use event-based activation" recommends
 * `OfficeRuntime.auth.getAccessToken` there. The pane adds nested app authentication (authNaa.ts).
 * Tokens are never stored by us: Office and MSAL cache them (Microsoft: "never cache the access token").
 */

/** A function that resolves to a bearer token for the service, or rejects with NoTokenError. */
export type TokenSource = () => Promise<string>;

/** OfficeRuntime.AuthOptions / Office.AuthOptions (IdentityAPI 1.3). */
export interface AuthOptionsLike {
  allowSignInPrompt?: boolean;
  allowConsentPrompt?: boolean;
  forMSGraphAccess?: boolean;
}

/** OfficeRuntime.auth or Office.auth: getAccessToken(options) -> Promise<string>. */
export interface OfficeAuthLike {
  getAccessToken(options?: AuthOptionsLike): Promise<string>;
}

export class NoTokenError extends Error {
  constructor(
    /** where it failed: "unsupported" (no API), "refused" (the API threw; Office's code, never the token) */
    readonly why: "unsupported" | "refused",
    readonly code?: number | string
  ) {
    super(`no access token (${why}${code !== undefined ? ` ${code}` : ""})`);
    this.name = "NoTokenError";
  }
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Office SSO. `interactive` lets Office show its sign-in and consent prompts (the pane, a person is
 * there); the send handler never prompts (a prompt at Send would outlast the 5-second budget).
 */
export function officeSso(
  auth: OfficeAuthLike | undefined | null,
  interactive: boolean
): TokenSource {
  return function () {
    if (!auth || typeof auth.getAccessToken !== "function")
      return Promise.reject(new NoTokenError("unsupported"));
    let p: Promise<string>;
    try {
      p = auth.getAccessToken({
        allowSignInPrompt: interactive,
        allowConsentPrompt: interactive,
        forMSGraphAccess: false,
      });
    } catch (e) {
      return Promise.reject(new NoTokenError("refused", (e as { code?: number }).code));
    }
    return Promise.resolve(p).then(
      (token) => {
        if (typeof token !== "string" || !JWT.test(token)) throw new NoTokenError("refused");
        return token;
      },
      (e: { code?: number | string }) => {
        throw new NoTokenError("refused", e && e.code);
      }
    );
  };
}

/** Tries each source in turn; the first token wins. */
export function firstToken(sources: TokenSource[]): TokenSource {
  return function () {
    let chain: Promise<string> = Promise.reject(new NoTokenError("unsupported"));
    sources.forEach((s) => {
      chain = chain.catch(() => s());
    });
    return chain;
  };
}

/** The `Authorization` header for a token source; an empty object when there is none configured. */
export function authHeader(token: TokenSource | undefined): Promise<Record<string, string>> {
  if (!token) return Promise.resolve({});
  return token().then((t) => ({ Authorization: "Bearer " + t }));
}
