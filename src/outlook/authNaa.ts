/**
 * Nested app authentication (NAA) for the task pane: MSAL.js (`@azure/msal-browser`)
 * `createNestablePublicClientApplication`, then `acquireTokenSilent`, falling back to `acquireTokenPopup`
 * as Microsoft's "Enable SSO in an Office Add-in with nested app authentication" shows. Outlook supports
 * it where `isSetSupported("NestedAppAuth", "1.1")` (web, Windows 2409+, Mac 16.89+; not in Outlook.com or
 * Gmail mailboxes). Pane only: MSAL never enters the send bundle.
 */
import {
  createNestablePublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { NoTokenError, firstToken, officeSso, type OfficeAuthLike, type TokenSource } from "./auth";

export interface ServiceAuthConfig {
  clientId: string;
  scope: string;
}

export type NestableFactory = (config: Configuration) => Promise<IPublicClientApplication>;

export function naaToken(
  config: ServiceAuthConfig,
  create: NestableFactory = createNestablePublicClientApplication
): TokenSource {
  let app: Promise<IPublicClientApplication> | null = null;
  return async () => {
    // one MSAL instance per pane: it caches the token and refreshes it itself
    app =
      app ??
      create({
        auth: { clientId: config.clientId, authority: "https://login.microsoftonline.com/common" },
      });
    const pca = await app.catch(() => {
      app = null;
      throw new NoTokenError("unsupported");
    });
    const request = { scopes: [config.scope] };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch {
      try {
        return (await pca.acquireTokenPopup(request)).accessToken;
      } catch (e) {
        throw new NoTokenError("refused", (e as { errorCode?: string }).errorCode);
      }
    }
  };
}

/** Office.context.requirements (Common API). */
export interface RequirementsLike {
  isSetSupported(name: string, version?: string): boolean;
}

/**
 * The pane's token: NAA when the policy names the API registration and the client supports
 * NestedAppAuth 1.1, Office SSO (`Office.auth.getAccessToken`, IdentityAPI 1.3, with prompts) otherwise
 * or when NAA fails.
 */
export function paneToken(
  env: { requirements?: RequirementsLike; auth?: OfficeAuthLike },
  serviceAuth: ServiceAuthConfig | undefined,
  create?: NestableFactory
): TokenSource {
  const sources: TokenSource[] = [];
  let naa = false;
  try {
    naa = !!env.requirements && env.requirements.isSetSupported("NestedAppAuth", "1.1");
  } catch {
    naa = false;
  }
  if (serviceAuth && naa) sources.push(naaToken(serviceAuth, create));
  sources.push(officeSso(env.auth, true));
  return firstToken(sources);
}
