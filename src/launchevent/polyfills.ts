/**
 * TextEncoder/TextDecoder for runtimes without them. Classic Outlook's JavaScript-only runtime is not a
 * browser, and attachment parsing (postal-mime for attached messages) creates a TextEncoder when it
 * loads. Installed only when missing; UTF-8 through fflate, single-byte charsets read as Latin-1
 * (the few windows-1252 differences do not matter for finding PHI). Must be imported first.
 */
import { strFromU8, strToU8 } from "fflate";

type Scope = { TextEncoder?: unknown; TextDecoder?: unknown };
const scope: Scope = (typeof globalThis !== "undefined" ? globalThis : {}) as Scope;

class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(text = ""): Uint8Array {
    return strToU8(text);
  }
}

const UTF8 = /^(unicode-1-1-utf-8|utf-?8)$/i;
const SINGLE_BYTE =
  /^(ascii|us-ascii|latin1|l1|iso-?8859-1|iso_8859-1|cp1252|windows-1252|x-cp1252|cp819|ibm819)$/i;

class BasicDecoder {
  readonly encoding: string;
  constructor(label = "utf-8") {
    const l = String(label).trim();
    if (UTF8.test(l)) this.encoding = "utf-8";
    else if (SINGLE_BYTE.test(l)) this.encoding = "windows-1252";
    else throw new RangeError(`unsupported encoding ${l}`);
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (!input) return "";
    const bytes =
      input instanceof Uint8Array
        ? input
        : ArrayBuffer.isView(input)
          ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
          : new Uint8Array(input);
    if (this.encoding === "utf-8") return strFromU8(bytes);
    let out = "";
    for (let i = 0; i < bytes.length; i += 8192)
      out += String.fromCharCode.apply(
        null,
        Array.prototype.slice.call(bytes, i, i + 8192) as number[]
      );
    return out;
  }
}

if (typeof scope.TextEncoder === "undefined") scope.TextEncoder = Utf8Encoder;
if (typeof scope.TextDecoder === "undefined") scope.TextDecoder = BasicDecoder;

export {};
