import type { Address, Draft } from "../engine/draft";

/**
 * A fingerprint of exactly what would be sent: subject, body, recipients and attachment ids.
 * Hand-written hash (two independent 53-bit cyrb53 lanes, ~106 bits) because classic Outlook's
 * JavaScript runtime has no guaranteed WebCrypto and the send handler needs it synchronously.
 * It binds an override to one draft; it is not a secret.
 */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function recipientList(list: Address[]): string {
  return list
    .map((a) => a.address.trim().toLowerCase())
    .sort()
    .join(",");
}

export function draftFingerprint(draft: Draft): string {
  const canonical = [
    draft.subject,
    // line endings differ between clients reading the same body
    draft.body.replace(/\r\n?/g, "\n").trim(),
    "to:" + recipientList(draft.to),
    "cc:" + recipientList(draft.cc),
    "bcc:" + recipientList(draft.bcc),
    "att:" +
      draft.attachments
        .map((a) => `${a.id || a.name}:${a.size}`)
        .sort()
        .join(","),
  ].join("\u0000");
  return "v1." + cyrb53(canonical, 1) + "." + cyrb53(canonical, 7);
}
