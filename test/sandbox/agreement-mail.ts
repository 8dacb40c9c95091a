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
import { addressesOf } from "../../src/cli/mail";
import * as build from "../fixtures/attachments/build";
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

// Outlook shows a display name whole ("J. Hoekstra, huisarts"): read as the CLI reads it
function recipients(list: PostalAddress[] | undefined): MockRecipient[] {
  return addressesOf(list).map((a) => ({
    emailAddress: a.address,
    displayName: a.name || a.address,
  }));
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

/** `zorgvuldig scan --format json --client CLIENT DIR` (no `--client` for ""): action per file name. */
export function cliActions(dir: string, client: string): Map<string, string> {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        path.join(ROOT, "bin/zorgvuldig.cjs"),
        "scan",
        "--format",
        "json",
        ...(client ? ["--client", client] : []),
        dir,
      ],
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

function writeEml(
  dir: string,
  name: string,
  to: string,
  subject: string,
  body: string,
  pdfName: string,
  pdf: Uint8Array
): string {
  const boundary = "==grens==";
  const eml =
    `From: Sanne Jansen <s.jansen@praktijk-delinde.nl>\r\nTo: ${to}\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n` +
    `--${boundary}\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="${pdfName}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
    Buffer.from(pdf).toString("base64").replace(/.{76}/g, "$&\r\n") +
    `\r\n--${boundary}--\r\n`;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, eml);
  return file;
}

/** Done-when fixture: a harmless PDF invoice to a supplier (the .eml path). */
export const invoiceEml = (dir: string): string =>
  writeEml(
    dir,
    "factuur-leverancier.eml",
    "Administratie Glans Schoonmaak <administratie@glans-schoonmaak.nl>",
    "Factuur schoonmaak maart",
    "Beste mevrouw Bos,\r\n\r\nBijgaand onze betaalde factuur voor de schoonmaak van maart, voor uw administratie.\r\n\r\nMet vriendelijke groet,\r\nSanne Jansen\r\nPraktijk De Linde",
    "factuur-2025-031.pdf",
    build.pdf([
      [
        "Glans Schoonmaak BV",
        "Factuur 2025-031",
        "Schoonmaak praktijkruimte, maart 2025: 12 uur a 37,50 euro",
        "Totaal: 450,00 euro, voldaan op 2 april 2025",
      ],
    ])
  );
/** Done-when fixture: an unencrypted PDF referral to a patient. */
export const referralEml = (dir: string): string =>
  writeEml(
    dir,
    "verwijzing-patient.eml",
    "J. de Vries <j.devries1958@gmail.com>",
    "Uw verwijzing",
    "Beste meneer De Vries,\r\n\r\nIn de bijlage vindt u de verwijzing, zoals besproken.\r\n\r\nMet vriendelijke groet,\r\nSanne Jansen\r\nPraktijk De Linde",
    "verwijzing.pdf",
    build.pdf([
      [
        "Verwijzing cardiologie",
        "Patient: J. de Vries, geboren 14-02-1958",
        "Reden: pijn op de borst bij inspanning, hypertensie, verdenking angina pectoris.",
        "Medicatie: metoprolol 50 mg, ascal 80 mg.",
      ],
    ])
  );
