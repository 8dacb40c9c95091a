import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { check, type CheckResult } from "../engine";
import type { Language } from "../engine/types";
import { t } from "../i18n";
import type { ComposeItemLike } from "../outlook/item";
import { Budget } from "../outlook/office";
import { builtinPolicy } from "../outlook/policyStore";
import { readDraft } from "../outlook/readDraft";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

type State = { kind: "checking" } | { kind: "done"; result: CheckResult } | { kind: "error" };

const INTENT = { allow: "success", warn: "warning", secure: "warning", block: "error" } as const;
const TITLE_KEY = {
  warn: "alert.title.warn",
  secure: "alert.title.secure",
  block: "alert.title.block",
} as const;

/** Runs the engine on the current draft; the pane has no send deadline, so the budget is generous. */
export function checkCurrentDraft(item: ComposeItemLike, language: Language): Promise<CheckResult> {
  const budget = new Budget(15000);
  return readDraft(item, budget)
    .then(({ draft }) => check(draft, { policy: builtinPolicy(), language }))
    .finally(() => budget.dispose());
}

/** The current draft's verdict. The full pane (send securely, override with reason) builds on this (issue 6). */
export function App({ item, language }: { item: ComposeItemLike; language: Language }) {
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: "checking" });
  const run = React.useCallback(() => {
    setState({ kind: "checking" });
    checkCurrentDraft(item, language).then(
      (result) => setState({ kind: "done", result }),
      () => setState({ kind: "error" })
    );
  }, [item, language]);
  React.useEffect(run, [run]);

  return (
    <div className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        {t(language, "outlook.pane.title")}
      </Text>
      {state.kind === "checking" && (
        <Spinner size="small" label={t(language, "outlook.pane.checking")} />
      )}
      {state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{t(language, "outlook.pane.error")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && state.result.verdict.action === "allow" && (
        <MessageBar intent="success">
          <MessageBarBody>{t(language, "outlook.pane.allow")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && state.result.verdict.action !== "allow" && (
        <MessageBar intent={INTENT[state.result.verdict.action]}>
          <MessageBarBody>
            <MessageBarTitle>{t(language, TITLE_KEY[state.result.verdict.action])}</MessageBarTitle>
            {state.result.verdict.hits.map((h) => (
              <p key={h.rule}>{h.explanation}</p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="secondary" onClick={run} disabled={state.kind === "checking"}>
        {t(language, "outlook.pane.recheck")}
      </Button>
    </div>
  );
}
