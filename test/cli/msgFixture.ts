/**
 * Builds Outlook .msg files for tests with the structure Outlook writes ([MS-OXMSG]): a Compound File
 * (written by @kenjiuno/msgreader's own CFB writer) with the message's property stream, `__substg1.0_*`
 * streams for strings and binaries (UTF-16LE, type 001F), one `__recip_version1.0_#N` storage per
 * recipient with PidTagRecipientType in its property stream, one `__attach_version1.0_#N` storage per
 * attachment, and the named-property storage `__nameid_version1.0`.
 */
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";

export interface MsgSpec {
  subject: string;
  body: string;
  from?: { name: string; address: string };
  to: { name?: string; address: string }[];
  cc?: { name?: string; address: string }[];
  attachments?: { name: string; mime: string; bytes: Uint8Array }[];
}

const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

/** A property stream: `header` bytes, then 16-byte entries (tag, flags, 8-byte value or size). */
function propertyStream(
  header: number,
  fixed: { tag: number; value: number }[],
  variable: { tag: number; size: number }[]
): Uint8Array {
  const out = new Uint8Array(header + 16 * (fixed.length + variable.length));
  const view = new DataView(out.buffer);
  let at = header;
  for (const p of fixed) {
    view.setUint32(at, p.tag >>> 0, true);
    view.setUint32(at + 4, 6, true); // PROPATTR_READABLE | PROPATTR_WRITABLE
    view.setUint32(at + 8, p.value, true);
    at += 16;
  }
  for (const p of variable) {
    view.setUint32(at, p.tag >>> 0, true);
    view.setUint32(at + 4, 6, true);
    view.setUint32(at + 8, p.size, true);
    at += 16;
  }
  return out;
}

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(8, "0");

export function buildMsg(spec: MsgSpec): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: TypeEnum.ROOT, children: [], length: 0 }];
  const add = (parent: number, entry: Entry): number => {
    entries.push(entry);
    entries[parent].children!.push(entries.length - 1);
    return entries.length - 1;
  };
  const stream = (parent: number, name: string, bytes: Uint8Array): void => {
    add(parent, {
      name,
      type: TypeEnum.DOCUMENT,
      length: bytes.length,
      binaryProvider: () => bytes,
    });
  };
  /** Strings and binaries as `__substg1.0_TTTTtttt` streams; returns their property-stream entries. */
  const substreams = (parent: number, props: [number, string | Uint8Array][]) =>
    props.map(([tag, value]) => {
      const bytes = typeof value === "string" ? utf16(value + "\0") : value;
      stream(parent, `__substg1.0_${hex(tag)}`, bytes);
      return { tag, size: bytes.length };
    });

  const recipients = [
    ...spec.to.map((r) => ({ ...r, type: 1 })),
    ...(spec.cc ?? []).map((r) => ({ ...r, type: 2 })),
  ];
  const attachments = spec.attachments ?? [];
  const top: [number, string | Uint8Array][] = [
    [0x001a001f, "IPM.Note"],
    [0x0037001f, spec.subject],
    [0x1000001f, spec.body],
  ];
  if (spec.from)
    top.push(
      [0x0c1a001f, spec.from.name],
      [0x0c1e001f, "SMTP"],
      [0x0c1f001f, spec.from.address],
      [0x5d01001f, spec.from.address]
    );
  const topVariable = substreams(0, top);
  // Top-level header: 8 reserved, next recipient id, next attachment id, recipient count, attachment count, 8 reserved.
  const topProps = propertyStream(32, [{ tag: 0x0e070003, value: 0x01 }], topVariable);
  const head = new DataView(topProps.buffer);
  head.setUint32(8, recipients.length, true);
  head.setUint32(12, attachments.length, true);
  head.setUint32(16, recipients.length, true);
  head.setUint32(20, attachments.length, true);
  stream(0, "__properties_version1.0", topProps);

  const nameid = add(0, {
    name: "__nameid_version1.0",
    type: TypeEnum.DIRECTORY,
    children: [],
    length: 0,
  });
  for (const tag of [0x00020102, 0x00030102, 0x00040102])
    stream(nameid, `__substg1.0_${hex(tag)}`, new Uint8Array(0));

  recipients.forEach((r, i) => {
    const dir = add(0, {
      name: `__recip_version1.0_#${hex(i)}`,
      type: TypeEnum.DIRECTORY,
      children: [],
      length: 0,
    });
    const variable = substreams(dir, [
      [0x3001001f, r.name ?? r.address],
      [0x3002001f, "SMTP"],
      [0x3003001f, r.address],
      [0x39fe001f, r.address],
    ]);
    stream(
      dir,
      "__properties_version1.0",
      propertyStream(
        8,
        [
          { tag: 0x0c150003, value: r.type },
          { tag: 0x3000_0003, value: i },
        ],
        variable
      )
    );
  });

  attachments.forEach((a, i) => {
    const dir = add(0, {
      name: `__attach_version1.0_#${hex(i)}`,
      type: TypeEnum.DIRECTORY,
      children: [],
      length: 0,
    });
    const variable = substreams(dir, [
      [0x37010102, a.bytes],
      [0x3704001f, a.name.slice(0, 8)],
      [0x3707001f, a.name],
      [0x370e001f, a.mime],
    ]);
    stream(
      dir,
      "__properties_version1.0",
      propertyStream(
        8,
        [
          { tag: 0x37050003, value: 1 },
          { tag: 0x0e210003, value: i },
        ],
        variable
      )
    );
  });
  return burn(entries);
}
