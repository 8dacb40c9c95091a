import * as React from "react";
import { createRoot } from "react-dom/client";
import { languageFrom } from "../i18n";
import { AuditQueue } from "../outlook/audit";
import { chooseStores, memoryStore, type RoamingSettingsLike } from "../outlook/storage";
import { serviceSigner } from "../outlook/signer";
import type { OfficeAuthLike } from "../outlook/auth";
import { consentService, serviceBase } from "../outlook/consent";
import { paneToken, type RequirementsLike } from "../outlook/authNaa";
import { defaultFetchText, loadPolicy, policyUrl, refreshPolicy } from "../outlook/policyStore";
import { TaskPane } from "./Pane";
import { PaneController, paneUser, type PaneItem, type PaneOffice } from "./controller";

/* global Office */

/** Opened on its own (no Outlook, or office.js could not load): say what this page is. */
function showStandalone(): void {
  const note = document.getElementById("standalone");
  if (note) note.hidden = false;
}

async function start(): Promise<void> {
  const office = Office as unknown as PaneOffice;
  const mailbox = office.context && office.context.mailbox;
  const item = mailbox && (mailbox.item as PaneItem | undefined);
  const container = document.getElementById("container");
  if (!container || !item) return showStandalone();
  const language = languageFrom(office.context.displayLanguage);
  document.documentElement.lang = language;
  // the pane is a browser page everywhere: localStorage; the history lives in the mailbox's roaming settings
  const stores = chooseStores(
    window as never,
    office as { context: { roamingSettings?: RoamingSettingsLike } }
  );
  const storage = stores.local ?? memoryStore();
  const policy = await loadPolicy(storage, policyUrl());
  void refreshPolicy(
    storage,
    policyUrl(),
    defaultFetchText(window as unknown as { fetch?: unknown })
  );
  // the access token for the practice service: nested app authentication or Office SSO (authNaa.ts)
  const token = paneToken(
    {
      requirements: office.context.requirements as RequirementsLike | undefined,
      auth: (Office as unknown as { auth?: OfficeAuthLike }).auth,
    },
    policy.serviceAuth
  );
  const queue = new AuditQueue(storage, { endpoint: policy.auditEndpoint, token });
  // grants name roles or addresses; the policy's overrides.roles says who holds which role
  const user = paneUser(policy, office);
  const sign = policy.overrides.signature
    ? serviceSigner(policy.overrides.signature.url, token)
    : undefined;
  const base = serviceBase([policy.auditEndpoint, policy.overrides.signature?.url]);
  const controller = new PaneController({
    office,
    item,
    policy,
    queue,
    user,
    language,
    storage: stores.mailbox ?? undefined,
    sign,
    consent: base ? consentService(base, token) : undefined,
  });
  createRoot(container).render(<TaskPane controller={controller} language={language} />);
}

if (typeof Office === "undefined") showStandalone();
else
  Office.onReady(() => {
    void start();
  });
