import type { Rule } from "./rule";
import { t } from "../../i18n";
import { lookalikeOf, wellKnownDomains } from "../recipients";
import { SOURCES } from "./sources";

/**
 * The top-level domains Dutch practices mail to, and the real TLDs one slip away from them (from the
 * public suffix list): a slip that lands on one of those is a real address, not a typo.
 */
const COMMON_TLDS = ["nl", "com", "be", "org", "net", "eu", "de", "info"];
const REAL_NEIGHBOURS = new Set(
  (
    "al bl ml nc ne nf ng ni no np nr nu nz sl tl vl " +
    "ae af ag ai am an ao aq ar as at au aw ax az ba bb bd bf bg bh bi bj bm bn bo br bs bt bw by bz " +
    "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz dj dk dm do dz ec ee eg er es et fi fj fk fm fo fr " +
    "ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it " +
    "je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk mm mn " +
    "mo mp mq mr ms mt mu mv mw mx my mz na om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa " +
    "sb sc sd se sg sh si sj sk sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tm tn to tr tt tv tw tz ua " +
    "ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw " +
    "cam ong ngo one net bet pet vet new now nrw ink int inc red moe"
  ).split(" ")
);

function withinOneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    // one changed letter, or two neighbours swapped ("ocm")
    return (
      diff.length === 1 ||
      (diff.length === 2 &&
        diff[1] === diff[0] + 1 &&
        a[diff[0]] === b[diff[1]] &&
        a[diff[1]] === b[diff[0]])
    );
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++)
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * "praktijk.nll" -> "praktijk.nl": a top-level domain that does not exist and is one slip from a common
 * one is a typo, whatever the name before it. Returns the domain as meant, or null.
 */
export function tldTypoOf(domain: string): string | null {
  const d = domain.toLowerCase();
  const dot = d.lastIndexOf(".");
  if (dot <= 0) return null;
  const tld = d.slice(dot + 1);
  if (COMMON_TLDS.indexOf(tld) >= 0 || REAL_NEIGHBOURS.has(tld)) return null;
  const meant = COMMON_TLDS.find((c) => withinOneSlip(tld, c));
  return meant ? `${d.slice(0, dot)}.${meant}` : null;
}

/**
 * Handbook 000: "Dubbelcheck altijd de geadresseerde voordat je op 'verzenden' klikt". A recipient domain one
 * or two slips (or a look-alike character) away from a well-known or known domain is most likely a typo.
 */
export const lookalikeDomain: Rule = {
  id: "lookalike-domain",
  evaluate({ draft, recipients, policy, language }) {
    const known = wellKnownDomains(draft, policy);
    for (const r of recipients) {
      const meant = lookalikeOf(r.domain, known) ?? tldTypoOf(r.domain);
      if (meant)
        return {
          rule: "lookalike-domain",
          action: "warn",
          findings: [],
          explanation: t(language, "rule.lookalike-domain", { domain: r.domain, known: meant }),
          source: SOURCES.doubleCheckRecipient,
        };
    }
    return null;
  },
};
