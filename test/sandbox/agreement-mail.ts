/**
 * Agreement tests (issue 12): a corpus .eml as Outlook would hold it in compose (a MockDraft for the
 * mocked Office host), what the built handlers answered as a verdict action, and the CLI's actions for a
 * folder. Shared by the vm sandbox test (launchevent.js) and the browser test (commands.html).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import PostalMime from "postal-mime";
import type { Address as PostalAddress } from "postal-mime";
import { ROOT } from "../helpers/build";
import type { MockDraft, MockRecipient } from "./mockOutlook";

/** The corpora in the repository: ../shared/corpus/dev when present, test/corpus-extra always. */
export function corpusDirs(): string[] {
  const dirs = [path.join(ROOT, "test/corpus-extra")];
  const dev = path.resolve(ROOT, "../shared/corpus/dev");
  if (fs.existsSync(dev)) dirs.unshift(dev);
  return dirs;
}

export function emlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".eml"))
    .sort()
    .map((f) => path.join(dir, f));
}

function recipients(list: PostalAddress[] | undefined): MockRecipient[] {
  const out: MockRecipient[] = [];
  for (const a of list ?? []) {
    if ("group" in a && Array.isArray(a.group)) out.push(...recipients(a.group));
    else if ("address" in a && a.address)
      out.push({ emailAddress: a.address, displayName: a.name || a.address });
  }
  return out;
}

/** The draft as Outlook's compose item hands it to the add-in: HTML body when the mail has one. */
export async function mockDraftFromEml(file: string): Promise<MockDraft> {
  const email = await PostalMime.parse(fs.readFileSync(file));
  const from = recipients(email.from ? [email.from] : [])[0];
  const d: MockDraft = {
    subject: email.subject ?? "",
    body: email.text ?? "",
    to: recipients(email.to),
    cc: recipients(email.cc),
    bcc: recipients(email.bcc),
    attachments: email.attachments.map((a, i) => {
      const bytes =
        typeof a.content === "string"
          ? Buffer.from(a.content, "utf8")
          : Buffer.from(new Uint8Array(a.content));
      const item = a.mimeType === "message/rfc822";
      return {
        id: `att-${i}`,
        name: a.filename ?? (item ? "bericht.eml" : "bijlage"),
        contentType: a.mimeType,
        size: bytes.length,
        isInline: a.disposition === "inline",
        attachmentType: item ? ("item" as const) : ("file" as const),
        content: item ? bytes.toString("utf8") : bytes.toString("base64"),
      };
    }),
  };
  if (email.html) d.html = email.html;
  if (from) d.from = from;
  return d;
}

/** The verdict action behind what OnMessageSend passed to event.completed. */
export function actionOf(
  options: Record<string, unknown> | undefined,
  changed: { headers: Record<string, string>; subjectSet: string[]; labelSet: string[] }
): string {
  if (!options) return "none";
  if (options.allowEvent === true) {
    // routed to the secure channel by the add-in itself
    const routed =
      Object.keys(changed.headers).length > 0 ||
      changed.subjectSet.length > 0 ||
      changed.labelSet.length > 0;
    return routed ? "secure" : "allow";
  }
  if (typeof options.contextData === "string") {
    const c = JSON.parse(options.contextData) as { action?: string; failure?: string };
    return c.action === "error" ? `error:${c.failure}` : String(c.action);
  }
  return options.sendModeOverride === "promptUser" ? "warn" : "stop";
}

/** `zorgvuldig scan --format json --client CLIENT DIR`: action per file name. */
export function cliActions(dir: string, client: string): Map<string, string> {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [path.join(ROOT, "bin/zorgvuldig.cjs"), "scan", "--format", "json", "--client", client, dir],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
  } catch (e) {
    // exit code 2: some files could not be read; the others are on stdout
    out = String((e as { stdout?: string }).stdout ?? "");
  }
  const actions = new Map<string, string>();
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { file: string; verdict: { action: string } };
    actions.set(path.basename(r.file), r.verdict.action);
  }
  return actions;
}
