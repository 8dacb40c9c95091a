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
  // Line by line with slices: a list of single characters cost ~25 MB of heap per million characters.
  const parts: string[] = [];
  let breaks = 0;
  for (let i = 0; i <= s.length;) {
    let lineEnd = s.indexOf("\n", i);
    if (lineEnd < 0) lineEnd = s.length;
    let a = i;
    let b = lineEnd;
    while (a < b && isSpaceOrTab(s.charCodeAt(a))) a++;
    while (b > a && isSpaceOrTab(s.charCodeAt(b - 1))) b--;
    if (a < b) {
      if (parts.length) parts.push(breaks >= 2 ? "\n\n" : "\n");
      parts.push(s.slice(a, b));
      breaks = 0;
    }
    breaks++;
    i = lineEnd + 1;
  }
  return parts.join("").trim();
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
