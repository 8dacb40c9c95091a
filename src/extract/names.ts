/**
 * File names come from the sender's mail and archives and may carry path traversal ("../../x"),
 * control characters or right-to-left overrides ("gpj.exe" shown as "exe.jpg"). `source` names end
 * up in findings, audit records and the UI, so they are made plain here. Facts keep the raw name in
 * `text` (as given) so nothing is hidden.
 */

// C0/C1 controls, zero-width and bidi formatting characters (LRE..RLO, LRI..PDI, LRM/RLM, ALM, BOM).
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const MAX_SEGMENT = 255;

export function sanitizeSegment(name: string): string {
  const parts = name
    .replace(INVISIBLE, "")
    .split(/[\\/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && p !== "." && p !== "..");
  let out = parts.join("/");
  // Drive letters ("C:") and a leading dot-only name carry no meaning in a source label.
  out = out.replace(/^[a-zA-Z]:(\/|$)/, "");
  if (out.length > MAX_SEGMENT) out = out.slice(0, MAX_SEGMENT - 1) + "…";
  return out || "bijlage";
}

/** "archief.zip" + "map/../brief.docx" -> "archief.zip/map/brief.docx" */
export function childSource(parent: string, entryName: string): string {
  return `${parent}/${sanitizeSegment(entryName)}`;
}

/** Lower-case extension of a (sanitised) name, without the dot; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
