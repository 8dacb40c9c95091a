/**
 * A real OpenID provider (the `oidc-provider` package) on a free loopback port, for the dashboard's
 * login tests. Run with tsx (the package is ESM-only). It prints `issuer URL` at once, then waits for one
 * line on stdin: the dashboard's redirect URIs (space-separated), known only after the service has started.
 * The dev login form accepts any login; the login becomes the account id and its e-mail claim.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as readline from "node:readline";

async function main(): Promise<void> {
  let handler: http.RequestListener | null = null;
  const server = http.createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.stdout.write(`issuer ${issuer}\n`);
  const rl = readline.createInterface({ input: process.stdin });
  const redirectUri: string = await new Promise((resolve) => rl.once("line", resolve));
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "zv-fg",
        client_secret: "test-secret-not-for-production",
        redirect_uris: redirectUri.trim().split(/\s+/),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    pkce: { required: () => true },
    cookies: { keys: ["test-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();
  process.stdout.write("ready\n");
  process.stdin.on("end", () => process.exit(0));
}

main().catch((e: unknown) => {
  process.stderr.write(`oidc-child: ${(e as Error).stack}\n`);
  process.exit(1);
});
