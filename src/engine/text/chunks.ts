/**
 * Run a global regex only over the whitespace-free chunks that contain one of a few trigger strings.
 * For patterns whose matches never contain whitespace and always contain a trigger (an e-mail address
 * has its "@"), this gives the same matches as `re.exec` over the whole text, but the regex no longer
 * starts an attempt at every letter of a 1 MB body. Hand-written: a small scan, no library does this.
 */

const WHITESPACE = /\s/;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10) return true;
  if (c > 32 && c < 127) return false;
  return WHITESPACE.test(text[i]);
}

/**
 * Matches of `re` (flag g) in `text`, in order, as [index, match] pairs. `trigger` (flag g) finds the
 * chunks worth searching. Precondition (not checked): every match of `re` lies inside one
 * whitespace-free chunk and contains a match of `trigger`, and `re` treats a chunk's edges like the
 * whitespace around it (true for \b, negated classes that exclude whitespace, and lookaheads that
 * whitespace satisfies).
 */
export function matchesInChunks(
  re: RegExp,
  text: string,
  trigger: RegExp
): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  trigger.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = trigger.exec(text))) {
    let start = t.index;
    while (start > 0 && !isSpace(text, start - 1)) start--;
    let end = t.index;
    while (end < text.length && !isSpace(text, end)) end++;
    const chunk = text.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk))) {
      out.push([start + m.index, m[0]]);
      if (m[0].length === 0) re.lastIndex++;
    }
    // The next trigger in a later chunk.
    trigger.lastIndex = end + 1;
  }
  re.lastIndex = 0;
  trigger.lastIndex = 0;
  return out;
}
