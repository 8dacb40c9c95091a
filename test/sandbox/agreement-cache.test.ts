/**
 * Issue 12: the attachment cache in sessionData holds the extraction bound to the attachment's content
 * hash. On the BUILT launchevent.js (bare vm context): Send uses a genuine entry without extracting again,
 * and an entry written for other content (hand-written, stale, or for a file swapped under the same id
 * and size) never marks a file clean: the mail stays stopped.
 */
import * as build from "../fixtures/attachments/build";
import { contentHash } from "../../src/outlook/extraction";
import { KEY_ATTACHMENTS } from "../../src/outlook/session";
import { fire, loadBundle } from "./bundle";
import { b64, type MockAttachment, type MockDraft } from "./mockOutlook";

const gmail = { emailAddress: "j.jansen1961@gmail.com", displayName: "J. Jansen" };
const PHI = "Verwijsbrief. Patiënt J. Jansen, BSN 111222333, diabetes mellitus type 2, metformine.";
const HARMLESS = "Routebeschrijving: neem lijn 4 en stap uit bij de Havendijk.";

function draft(attachment: MockAttachment, sessionData?: Record<string, string>): MockDraft {
  return {
    subject: "Bijlage",
    body: "Goedemiddag,\n\nZie de bijlage.\n\nPraktijk De Linde",
    to: [gmail],
    attachments: [attachment],
    sessionData,
  };
}

const phiFile = (): MockAttachment => ({
  id: "att-1",
  name: "brief.txt",
  contentType: "text/plain",
  size: Buffer.byteLength(PHI),
  content: b64(PHI),
});

/** A clean-looking entry: text without anything, an `unencrypted` fact. */
function cleanEntry(hash: string) {
  return {
    hash,
    extraction: {
      texts: [{ source: "brief.txt", text: "Niets bijzonders in deze bijlage, alleen een groet." }],
      facts: [
        {
          type: "unencrypted",
          text: "brief.txt",
          where: "attachment:brief.txt",
          start: 0,
          end: 0,
          confidence: 1,
          tags: ["text"],
        },
      ],
    },
  };
}

const forged = (key: string, hash: string) => ({
  [KEY_ATTACHMENTS]: JSON.stringify({ [key]: cleanEntry(hash) }),
});

async function send(d: MockDraft) {
  const b = loadBundle(d);
  const { options } = await fire(b.associations, "onMessageSendHandler");
  return { b, options: options! };
}

const action = (o: Record<string, unknown>) =>
  o.allowEvent ? "allow" : JSON.parse(String(o.contextData)).action;

describe("content-hash binding of the attachment cache (built launchevent.js)", () => {
  it("baseline: the PHI attachment is kept back; an entry for exactly its content is what Send uses", async () => {
    expect(action((await send(draft(phiFile()))).options)).toBe("secure");
    // An entry carrying this content's hash is taken as this content's extraction (so the tests below
    // fail for the hash alone): the cache saves work for the content it was made from, nothing more.
    const a = phiFile();
    const used = await send(draft(a, forged(`att-1|${a.size}`, contentHash("base64", a.content!))));
    expect(action(used.options)).toBe("allow");
  });

  it("a hand-written entry with a made-up hash: the file is read and extracted anew, the mail stopped", async () => {
    const a = phiFile();
    const { b, options } = await send(draft(a, forged(`att-1|${a.size}`, "c1.made.up")));
    expect(action(options)).toBe("secure");
    expect(b.record.calls).toContain("getAttachmentContentAsync");
  });

  it("an entry made for other content (same id and size) does not count for this content", async () => {
    const a = phiFile();
    const other = b64("x".repeat(a.size));
    const { options } = await send(
      draft(a, forged(`att-1|${a.size}`, contentHash("base64", other)))
    );
    expect(action(options)).toBe("secure");
  });

  it("a file swapped after it was scanned (same id and size): the old extraction is not used", async () => {
    const harmless = HARMLESS.padEnd(Buffer.byteLength(PHI), ".");
    const a = { ...phiFile(), content: b64(harmless) };
    const b = loadBundle(draft(a));
    await fire(b.associations, "onMessageAttachmentsChangedHandler");
    expect(JSON.parse(b.record.sessionData[KEY_ATTACHMENTS])[`att-1|${a.size}`]).toBeDefined();
    // the user replaces the file; Outlook reuses id and size, the cache still holds the old extraction
    a.content = b64(PHI);
    const { options } = await fire(b.associations, "onMessageSendHandler");
    expect(action(options!)).toBe("secure");
  });

  it("a large file with a forged entry is not extracted at Send: stopped with 'retry' (onError)", async () => {
    const big = (PHI + " ").repeat(Math.ceil((3 * 1024 * 1024) / PHI.length));
    const a: MockAttachment = {
      id: "att-big",
      name: "dossier.txt",
      contentType: "text/plain",
      size: Buffer.byteLength(big),
      content: b64(big),
    };
    const { options } = await send(draft(a, forged(`att-big|${a.size}`, "c1.made.up")));
    expect(options.allowEvent).toBe(false);
    expect(JSON.parse(String(options.contextData))).toMatchObject({
      action: "error",
      failure: "attachment-pending",
    });
  });
});

describe("a file that cannot be read: the alert says which (built launchevent.js, classic: no PDF text)", () => {
  it("names the PDF in the alert text, never in contextData", async () => {
    const pdf = Buffer.from(build.pdf([["Routebeschrijving: lijn 4, halte Havendijk."]]));
    const { b, options } = await send(
      draft({
        id: "att-pdf",
        name: "route-havendijk.pdf",
        contentType: "application/pdf",
        size: pdf.length,
        content: pdf.toString("base64"),
      })
    );
    expect(action(options)).toBe("secure");
    expect(String(options.errorMessage)).toMatch(/route-havendijk\.pdf/);
    expect(String(options.contextData)).not.toMatch(/route-havendijk/);
    expect(b.record.headers).toEqual({});
  });

  it("an attachment Outlook cannot hand out: onError, and the alert names it", async () => {
    const b = loadBundle({ ...draft(phiFile()), faults: { getAttachmentContentAsync: "fail" } });
    const { options } = await fire(b.associations, "onMessageSendHandler");
    expect(JSON.parse(String(options!.contextData))).toMatchObject({
      action: "error",
      failure: "unreadable",
    });
    expect(String(options!.errorMessage)).toMatch(/brief\.txt/);
    expect(String(options!.contextData)).not.toMatch(/brief/);
  });
});
