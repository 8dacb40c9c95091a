/**
 * Linear-time trimming by character loops. The regex forms (trailing `[.,;]+$`, spaces around `\n`) restart
 * at every position of a long run that is not followed by what they need, which is quadratic on a
 * megabyte of dots or spaces (eslint regexp/no-super-linear-move).
 */

/** `s` without the trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.indexOf(s[end - 1]) >= 0) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Spaces and tabs around line breaks removed, runs of three or more line breaks cut to two, and the
 * whole trimmed: the tidy form of extracted document text.
 */
export function tidyLines(s: string): string {
  const out: string[] = [];
  let spaces = "";
  let breaks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === " " || c === "\t") {
      if (breaks === 0) spaces += c;
    } else if (c === "\n") {
      spaces = "";
      breaks++;
    } else {
      if (breaks) out.push(breaks >= 3 ? "\n\n" : breaks === 2 ? "\n\n" : "\n");
      else if (spaces) out.push(spaces);
      spaces = "";
      breaks = 0;
      out.push(c);
    }
  }
  return out.join("").trim();
}
