import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Textarea,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Action, Finding, Language, RuleHit, RuleId } from "../engine/types";
import type { Policy } from "../engine/policy";
import { checkReason, reasonProblemMessage } from "../engine/reason";
import { t, type MessageKey } from "../i18n";
import type { AlertContext } from "../outlook/alert";
import type { AuditRecord } from "../outlook/audit";
import { draftFingerprint } from "../outlook/fingerprint";
import {
  isExplanationEnough,
  overrideScope,
  reasonsFor,
  whoMayOverride,
} from "../outlook/override";
import {
  domainFixes,
  excerpt,
  findingsToShow,
  passwordLines,
  planBcc,
  planDomainFix,
  recipientChecks,
  type DomainFix,
} from "./fixes";
import type { PaneCheck, PaneController, SendOutcome } from "./controller";

/**
 * The task pane (issue 6): why a mail was stopped, the one-click fixes, and the override with a reason.
 * Fluent UI v9 controls carry their own labels, keyboard handling and focus ring; colours are Fluent tokens.
 */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hit: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  fix: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "flex-start",
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dd: { margin: 0, wordBreak: "break-all" },
});

type Status = { kind: "loading" } | { kind: "ready"; check: PaneCheck } | { kind: "error" };
type Notice = { intent: "success" | "warning" | "error" | "info"; text: string } | null;
type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

const ACTION_INTENT: Record<Action, "success" | "warning" | "error"> = {
  allow: "success",
  warn: "warning",
  secure: "warning",
  block: "error",
};

export interface TaskPaneProps {
  controller: PaneController;
  language: Language;
}

export function TaskPane({ controller, language }: TaskPaneProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <PaneBody controller={controller} language={language} />
    </FluentProvider>
  );
}

function PaneBody({ controller, language }: TaskPaneProps): React.JSX.Element {
  const s = useStyles();
  const tr: Tr = React.useCallback((key, params) => t(language, key, params), [language]);
  const [status, setStatus] = React.useState<Status>({ kind: "loading" });
  const [context, setContext] = React.useState<AlertContext | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [confirmed, setConfirmed] = React.useState<{ fingerprint: string; rules: RuleId[] }>({
    fingerprint: "",
    rules: [],
  });
  const [recent, setRecent] = React.useState<AuditRecord[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [askFix, setAskFix] = React.useState<DomainFix | null>(null);
  const { queue, user, policy } = controller.deps;

  const loadRecent = React.useCallback(
    () => queue.recent(user.address).then(setRecent, () => setRecent([])),
    [queue, user.address]
  );

  const recheck = React.useCallback(async () => {
    setStatus((prev) => (prev.kind === "ready" ? prev : { kind: "loading" }));
    try {
      setStatus({ kind: "ready", check: await controller.check() });
    } catch {
      setStatus({ kind: "error" });
    }
  }, [controller]);

  React.useEffect(() => {
    void controller.initialContext().then(setContext);
    controller.onContextChanged((c) => {
      setContext(c);
      setNotice(null);
      void recheck();
    });
    void recheck();
    void loadRecent();
    // records left from an earlier offline session go out now
    void queue.flush().catch(() => undefined);
  }, [controller, recheck, loadRecent, queue]);

  const check = status.kind === "ready" ? status.check : null;
  const fingerprint = check ? draftFingerprint(check.draft) : "";
  // a confirmation holds for the draft it was given for; any edit asks again
  const confirmedRules = confirmed.fingerprint === fingerprint ? confirmed.rules : [];

  /** One user action: busy while it runs, a notice after, and a fresh check of the draft. */
  const act = async (work: () => Promise<string | null>, thenRecheck = true) => {
    setBusy(true);
    setNotice(null);
    try {
      const message = await work();
      if (message) setNotice({ intent: "success", text: message });
      if (thenRecheck) await recheck();
    } catch {
      setNotice({ intent: "error", text: tr("pane.failed") });
    } finally {
      setBusy(false);
    }
  };
  const sentText = (o: SendOutcome) => (o === "sent" ? tr("pane.sent") : tr("pane.pressSend"));

  if (status.kind === "loading")
    return (
      <main className={s.root}>
        <Title3 as="h1">Zorgvuldig</Title3>
        <Spinner label={tr("pane.loading")} />
      </main>
    );
  if (status.kind === "error" || !check)
    return (
      <main className={s.root}>
        <Title3 as="h1">Zorgvuldig</Title3>
        <MessageBar intent="error">
          <MessageBarBody>{tr("pane.error")}</MessageBarBody>
        </MessageBar>
        <Button onClick={() => void recheck()}>{tr("pane.recheck")}</Button>
      </main>
    );

  const { verdict } = check.result;
  const hits = verdict.hits;
  const blocking = hits.filter((h) => h.action === "block");
  const warnRules = hits.filter((h) => h.action === "warn").map((h) => h.rule);
  const unconfirmed = warnRules.filter((r) => !confirmedRules.includes(r));
  const checks = recipientChecks(check.draft, check.result.recipients, hits, policy);
  const scope = overrideScope(policy, hits, user);
  const canBcc =
    hits.some((h) => h.rule === "visible-group-recipients") &&
    planBcc(check.draft, check.result.recipients).moved > 0;
  const canRemovePassword =
    passwordLines(
      check.draft.body,
      hits.filter((h) => h.rule === "password-in-mail").flatMap((h) => h.findings)
    ).length > 0;
  const needsSecure = verdict.action === "secure";
  const typos = hits.some((h) => h.rule === "lookalike-domain")
    ? domainFixes(check.draft, check.result.recipients, policy)
    : [];

  return (
    <main className={s.root} aria-busy={busy}>
      <Title3 as="h1">Zorgvuldig</Title3>
      {context && context.action !== "allow" ? (
        // after a fix the mail may go: then "stopped" would contradict the verdict below
        <Body1>{tr(verdict.action === "allow" ? "pane.fixedNow" : "pane.fromAlert")}</Body1>
      ) : null}

      <MessageBar intent={ACTION_INTENT[verdict.action]} data-testid="verdict">
        <MessageBarBody>
          <MessageBarTitle>{tr(`pane.action.${verdict.action}` as MessageKey)}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>

      <div role="status" aria-live="polite">
        {notice ? (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {hits.length ? (
        <section className={s.section} aria-labelledby="zv-why">
          <Subtitle2 as="h2" id="zv-why">
            {tr("pane.why")}
          </Subtitle2>
          {hits.map((h) => (
            <HitView key={h.rule} hit={h} check={check} tr={tr} />
          ))}
        </section>
      ) : null}

      {checks.length ? (
        <section className={s.section} aria-labelledby="zv-confirm">
          <Subtitle2 as="h2" id="zv-confirm">
            {tr("pane.confirm.heading")}
          </Subtitle2>
          {checks.map((c, i) => (
            <div key={`${c.rule}-${i}`} className={s.section}>
              <dl className={s.pair}>
                {c.recipients.map((r) => (
                  <React.Fragment key={r.address}>
                    <dt className={s.muted}>{tr("pane.confirm.recipient")}</dt>
                    <dd className={s.dd}>{r.name ? `${r.name} <${r.address}>` : r.address}</dd>
                  </React.Fragment>
                ))}
                {c.expected ? (
                  <>
                    <dt className={s.muted}>
                      {tr(
                        c.rule === "lookalike-domain"
                          ? "pane.confirm.lookalike"
                          : "pane.confirm.mismatch"
                      )}
                    </dt>
                    <dd className={s.dd}>{c.expected}</dd>
                  </>
                ) : null}
              </dl>
              {c.rule === "new-recipient" ? <Caption1>{tr("pane.confirm.new")}</Caption1> : null}
            </div>
          ))}
          {typos.map((fix) =>
            askFix && askFix.address === fix.address ? (
              <div key={fix.address} className={s.fix} data-testid="domain-fix-confirm">
                <Body1>{tr("pane.fix.domain.confirm", { from: fix.address, to: fix.meant })}</Body1>
                <div>
                  <Button
                    appearance="primary"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        await controller.setRecipients(planDomainFix(check.draft, fix));
                        setAskFix(null);
                        return tr("pane.fix.domain.done", { address: fix.meant });
                      })
                    }
                  >
                    {tr("pane.fix.domain.yes")}
                  </Button>{" "}
                  <Button disabled={busy} onClick={() => setAskFix(null)}>
                    {tr("pane.fix.domain.no")}
                  </Button>
                </div>
              </div>
            ) : (
              <div key={fix.address} className={s.fix}>
                <Button appearance="primary" disabled={busy} onClick={() => setAskFix(fix)}>
                  {tr("pane.fix.domain", {
                    domain: fix.meant.slice(fix.meant.lastIndexOf("@") + 1),
                  })}
                </Button>
              </div>
            )
          )}
          {warnRules.map((rule) => (
            <Checkbox
              key={rule}
              label={`${tr("pane.confirm.check")} (${tr(`pane.rule.${rule}` as MessageKey)})`}
              checked={confirmedRules.includes(rule)}
              onChange={(_, d) =>
                setConfirmed({
                  fingerprint,
                  rules: d.checked
                    ? [...confirmedRules, rule]
                    : confirmedRules.filter((r) => r !== rule),
                })
              }
            />
          ))}
          {verdict.action === "warn" ? (
            <Button
              appearance="primary"
              disabled={busy || unconfirmed.length > 0}
              onClick={() =>
                void act(
                  async () => sentText(await controller.confirmAndSend(check, confirmedRules)),
                  false
                )
              }
            >
              {tr("pane.confirm.send")}
            </Button>
          ) : null}
        </section>
      ) : null}

      {canBcc || canRemovePassword || needsSecure ? (
        <section className={s.section} aria-labelledby="zv-fixes">
          <Subtitle2 as="h2" id="zv-fixes">
            {tr("pane.fixes")}
          </Subtitle2>
          {canBcc ? (
            <div className={s.fix}>
              <Button
                appearance="primary"
                disabled={busy}
                aria-describedby="zv-bcc-help"
                onClick={() =>
                  void act(async () => {
                    const n = await controller.useBcc(check);
                    return n === 1 ? tr("pane.fix.bcc.doneOne") : tr("pane.fix.bcc.done", { n });
                  })
                }
              >
                {tr("pane.fix.bcc")}
              </Button>
              <Caption1 id="zv-bcc-help">{tr("pane.fix.bcc.help")}</Caption1>
            </div>
          ) : null}
          {canRemovePassword ? (
            <div className={s.fix}>
              <Button
                appearance="primary"
                disabled={busy}
                aria-describedby="zv-pw-help"
                onClick={() =>
                  void act(async () => {
                    await controller.removePassword(check);
                    return tr("pane.fix.password.done");
                  })
                }
              >
                {tr("pane.fix.password")}
              </Button>
              <Caption1 id="zv-pw-help">{tr("pane.fix.password.help")}</Caption1>
            </div>
          ) : null}
          {needsSecure ? (
            <div className={s.fix}>
              <Button
                appearance="primary"
                disabled={busy || blocking.length > 0 || unconfirmed.length > 0}
                aria-describedby="zv-secure-help"
                onClick={() =>
                  void act(
                    async () => sentText(await controller.secureSend(check, confirmedRules)),
                    false
                  )
                }
              >
                {tr("pane.fix.secure")}
              </Button>
              <Caption1 id="zv-secure-help">
                {blocking.length
                  ? tr("pane.blockFirst")
                  : unconfirmed.length
                    ? tr("pane.confirmFirst")
                    : tr("pane.fix.secure.help")}
              </Caption1>
            </div>
          ) : null}
        </section>
      ) : null}

      {controller.consentOffered(check) ? (
        <section className={s.section} aria-labelledby="zv-consent">
          <Subtitle2 as="h2" id="zv-consent">
            {tr("pane.consent")}
          </Subtitle2>
          <Caption1 id="zv-consent-help">{tr("pane.consent.help")}</Caption1>
          <Button
            appearance="secondary"
            disabled={busy || blocking.length > 0}
            aria-describedby="zv-consent-help"
            data-testid="consent"
            onClick={() =>
              void act(async () => {
                const { outcome } = await controller.recordConsent(check);
                return outcome === "still-stopped"
                  ? tr("pane.consent.recorded")
                  : sentText(outcome);
              })
            }
          >
            {tr("pane.consent.button")}
          </Button>
        </section>
      ) : null}

      {verdict.action !== "allow" ? (
        <section className={s.section} aria-labelledby="zv-false-alarm">
          <Caption1 id="zv-false-alarm">{tr("pane.falseAlarm.help")}</Caption1>
          <Button
            appearance="subtle"
            disabled={busy}
            data-testid="false-alarm"
            onClick={() =>
              void act(async () => {
                await controller.reportFalseAlarm(check);
                return tr("pane.falseAlarm.done");
              }, false)
            }
          >
            {tr("pane.falseAlarm")}
          </Button>
        </section>
      ) : null}

      {scope.rules.length ? (
        <OverrideSection
          key={fingerprint}
          controller={controller}
          check={check}
          confirmedRules={confirmedRules}
          unconfirmed={unconfirmed.length > 0}
          busy={busy}
          tr={tr}
          language={language}
          onDone={async (outcome) => {
            setNotice({ intent: "success", text: sentText(outcome) });
            await loadRecent();
          }}
          onFail={() => setNotice({ intent: "error", text: tr("pane.failed") })}
          setBusy={setBusy}
        />
      ) : null}

      <Divider />
      <Button appearance="secondary" disabled={busy} onClick={() => void act(async () => null)}>
        {tr("pane.recheck")}
      </Button>

      <section className={s.section} aria-labelledby="zv-recent">
        <Subtitle2 as="h2" id="zv-recent">
          {tr("pane.recent")}
        </Subtitle2>
        {recent.length ? (
          <ul className={s.list} data-testid="recent">
            {recent.map((r) => (
              <li key={r.id}>
                <Caption1>
                  {formatTime(r.at, language)} ·{" "}
                  {reasonLabel(policy, r.reason?.code ?? "", language)} ·{" "}
                  {r.rules.map((id) => tr(`pane.rule.${id}` as MessageKey)).join(", ")}
                </Caption1>
                <br />
                {r.reason?.text ? <Caption1 className={s.muted}>“{r.reason.text}”</Caption1> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Caption1>{tr("pane.recent.none")}</Caption1>
        )}
      </section>
    </main>
  );
}

function HitView({
  hit,
  check,
  tr,
}: {
  hit: RuleHit;
  check: PaneCheck;
  tr: Tr;
}): React.JSX.Element {
  const s = useStyles();
  // each place once, never the practice's own names, the patient's data first; the rest is counted
  const { shown, more } = findingsToShow(check.draft, hit.findings);
  const title = tr(`pane.rule.${hit.rule}` as MessageKey);
  return (
    <article className={s.hit} aria-label={title} data-rule={hit.rule}>
      <Body1>
        <strong>{title}</strong>
      </Body1>
      <Body1>{hit.explanation}</Body1>
      {shown.length ? (
        <>
          <Caption1>{tr("pane.found")}:</Caption1>
          <ul className={s.list}>
            {shown.map((f: Finding, i) => {
              const [before, found, after] = excerpt(check.draft, f);
              const where =
                f.where === "subject" || f.where === "body"
                  ? tr(`pane.where.${f.where}`)
                  : tr("pane.where.attachment", { name: f.where.slice("attachment:".length) });
              return (
                <li key={i}>
                  <Caption1>
                    <strong>{tr(`pane.finding.${f.type}` as MessageKey)}</strong> ({where})
                    {found ? (
                      <>
                        : {before}
                        <mark className={s.mark}>{found}</mark>
                        {after}
                      </>
                    ) : null}
                  </Caption1>
                </li>
              );
            })}
          </ul>
          {more ? (
            <Caption1 data-testid="more-findings">
              {more === 1 ? tr("pane.found.moreOne") : tr("pane.found.more", { n: more })}
            </Caption1>
          ) : null}
        </>
      ) : null}
      <Caption1 className={s.muted}>{tr("pane.source", { section: hit.source.section })}</Caption1>
    </article>
  );
}

interface OverrideProps {
  controller: PaneController;
  check: PaneCheck;
  confirmedRules: RuleId[];
  unconfirmed: boolean;
  busy: boolean;
  tr: Tr;
  language: Language;
  onDone(outcome: SendOutcome): Promise<void>;
  onFail(): void;
  setBusy(b: boolean): void;
}

function OverrideSection(p: OverrideProps): React.JSX.Element {
  const s = useStyles();
  const { policy, user } = p.controller.deps;
  const scope = overrideScope(policy, p.check.result.verdict.hits, user);
  const reasons = reasonsFor(policy, scope.rules);
  const [reason, setReason] = React.useState("");
  const [text, setText] = React.useState("");
  const [tried, setTried] = React.useState(false);
  const textOk = isExplanationEnough(text);
  // stored and sent to the audit service: the engine's own recognisers check it says nothing about the patient
  const reasonCheck = checkReason(text, { name: user.name });

  if (!scope.allowed) {
    const who = whoMayOverride(policy, scope.denied);
    // a role nobody holds grants nothing: name the people, so the assistant knows whom to ask;
    // patterns ("dr.*@praktijk.nl") are for the admin, not for the user: then only the role is named
    const literal = (m: string) => m.indexOf("*") < 0;
    const names = [
      ...who.roles
        .filter((r) => who.members[r].length > 0)
        .map((r) =>
          who.members[r].some(literal)
            ? p.tr("pane.override.roleMembers", {
                role: r,
                members: who.members[r].filter(literal).join(", "),
              })
            : p.tr("pane.override.role", { role: r })
        ),
      ...who.addresses.filter(literal),
    ];
    return (
      <section className={s.section} aria-labelledby="zv-override">
        <Subtitle2 as="h2" id="zv-override">
          {p.tr("pane.override")}
        </Subtitle2>
        <MessageBar intent="info">
          <MessageBarBody data-testid="not-allowed">
            {names.length
              ? p.tr("pane.override.notAllowed", { who: names.join(", ") })
              : who.roles.length
                ? p.tr("pane.override.nobody")
                : p.tr("pane.override.blockedRules", {
                    rules: scope.denied.map((r) => p.tr(`pane.rule.${r}` as MessageKey)).join(", "),
                  })}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!reason || !textOk || !reasonCheck.ok || p.unconfirmed) return;
    p.setBusy(true);
    try {
      const { outcome } = await p.controller.override(p.check, reason, text, p.confirmedRules);
      await p.onDone(outcome);
    } catch {
      p.onFail();
    } finally {
      p.setBusy(false);
    }
  };

  return (
    <section className={s.section} aria-labelledby="zv-override">
      <Subtitle2 as="h2" id="zv-override">
        {p.tr("pane.override")}
      </Subtitle2>
      <Caption1>{p.tr("pane.override.intro")}</Caption1>
      <form
        className={s.section}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="zv-override"
      >
        <Field
          label={p.tr("pane.override.reason")}
          required
          validationMessage={tried && !reason ? p.tr("pane.override.reason.required") : undefined}
        >
          <RadioGroup value={reason} onChange={(_, d) => setReason(d.value)}>
            {reasons.map((r) => (
              <Radio key={r.code} value={r.code} label={r.label[p.language]} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label={p.tr("pane.override.explain")}
          required
          hint={p.tr("pane.override.explain.hint")}
          validationMessage={
            tried && !textOk
              ? p.tr("pane.override.explain.short")
              : tried && !reasonCheck.ok
                ? reasonProblemMessage(reasonCheck, p.language)
                : undefined
          }
        >
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={3} />
        </Field>
        {p.unconfirmed ? <Caption1>{p.tr("pane.confirmFirst")}</Caption1> : null}
        {/* secondary on purpose: the fix above is the way we want users to take */}
        <Button type="submit" appearance="secondary" disabled={p.busy || p.unconfirmed}>
          {p.tr("pane.override.confirm")}
        </Button>
      </form>
    </section>
  );
}

function reasonLabel(policy: Policy, code: string, lang: Language): string {
  const r = policy.overrides.reasons.find((x) => x.code === code);
  return r ? r.label[lang] : code;
}

function formatTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}
