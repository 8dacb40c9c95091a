import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { languageFrom } from "../i18n";
import type { ComposeItemLike } from "../outlook/item";
import { App } from "./App";

/* global Office */

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const item = Office.context.mailbox.item as unknown as ComposeItemLike;
  const language = languageFrom(Office.context.displayLanguage);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App item={item} language={language} />
    </FluentProvider>
  );
});
