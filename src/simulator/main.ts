/**
 * The simulator page: a simplified Outlook compose window that runs the REAL built add-in. The event
 * handlers (launchevent.js) and the task pane (taskpane.html) each load in their own frame, as Outlook on
 * the web runs them, with a mock `Office` in place of office.js. Send runs OnMessageSend and then does what
 * Outlook does with the handler's answer: send, or show the Smart Alert.
 */
import {
  createMockHost,
  emptyDraft,
  parseRecipients,
  type ComposeState,
  type Person,
  type SimAttachment,
} from "./mockOffice";

/** The policy refresh URL the add-in was built with (training builds get one): the cache key's url. */
declare const __ZV_POLICY_URL__: string;
const POLICY_URL = typeof __ZV_POLICY_URL__ !== "undefined" ? __ZV_POLICY_URL__ : "";
/** Where the add-in caches its policy (src/outlook/policyStore.ts STORAGE_KEY). */
const POLICY_KEY = "zv:policy";
const DEFAULT_DOMAIN = "praktijkdekroon.nl";

/** The parts of a policy file the simulator reads to offer its senders. */
interface SimPolicy {
  practiceDomains?: string[];
  overrides?: {
    roles?: Record<string, string[]>;
    grants?: { addresses?: string[]; roles?: string[] }[];
  };
}

/**
 * Senders for the policy's practice: the front desk, and every address the policy names in a role or a
 * grant (with its role), so a training can show who may override. Wildcard patterns name nobody.
 */
export function sendersFor(policy: SimPolicy | null): Person[] {
  const domain = (policy && policy.practiceDomains && policy.practiceDomains[0]) || DEFAULT_DOMAIN;
  const out: Person[] = [
    { emailAddress: `balie@${domain}`, displayName: "Balie (doktersassistente)" },
  ];
  const add = (address: string, label: string) => {
    if (address.indexOf("*") >= 0 || out.some((p) => p.emailAddress === address)) return;
    out.push({ emailAddress: address, displayName: label });
  };
  const overrides = (policy && policy.overrides) || {};
  for (const [role, members] of Object.entries(overrides.roles || {}))
    for (const m of members) add(m, `${m.slice(0, m.indexOf("@"))} (${role})`);
  for (const g of overrides.grants || [])
    for (const a of g.addresses || []) add(a, `${a.slice(0, a.indexOf("@"))} (mag toch verzenden)`);
  if (out.length === 1)
    out.push({ emailAddress: `dr.jansen@${domain}`, displayName: "Dr. Jansen (huisarts)" });
  return out;
}

let SENDERS: Person[] = sendersFor(null);

/** Fictitious demo mails (no real person, number or address). */
const EXAMPLES: { label: string; to: string; cc?: string; subject: string; body: string }[] = [
  {
    label: "Uitslag met BSN naar een Gmail-adres",
    to: "j.devries.1980@gmail.com",
    subject: "Uitslag bloedonderzoek",
    body: "Beste meneer De Vries,\n\nUw HbA1c is verhoogd; we passen de metformine aan. BSN 111222333.\n\nMet vriendelijke groet,\nDr. Jansen",
  },
  {
    label: "Groepsmail met zichtbare patiënten",
    to: "a.bakker@gmail.com; p.smit@hotmail.com; l.mulder@ziggo.nl",
    subject: "Uitnodiging informatieavond diabetes",
    body: "Beste deelnemers,\n\nU bent van harte welkom op onze informatieavond over diabetes op dinsdag.\n\nPraktijk De Kroon",
  },
  {
    label: "Openingstijden (onschuldig)",
    to: "info@buurtvereniging-voorbeeld.nl",
    subject: "Openingstijden rond de feestdagen",
    body: "Beste buren,\n\nOp tweede kerstdag is de praktijk gesloten.\n\nPraktijk De Kroon",
  },
];

const SEND_HANDLER = "onMessageSendHandler";
const RECIPIENTS_HANDLER = "onMessageRecipientsChangedHandler";
const ATTACHMENTS_HANDLER = "onMessageAttachmentsChangedHandler";
/** Outlook shows "taking longer than expected" after 5 s. */
const SLOW_MS = 5000;

interface CompletedOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export interface SentRecord {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  headers: Record<string, string>;
  appended: string;
  attachments: string[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let draft: ComposeState = emptyDraft(SENDERS[0]);
const sent: SentRecord[] = [];
let sending = false;

/** The access token Office SSO hands the add-in (a test or a trainer with a practice service sets it). */
let accessToken: string | null = null;
const host = createMockHost(
  () => draft,
  { send: () => void send(), changed: () => renderForm() },
  {
    accessToken: () =>
      accessToken
        ? Promise.resolve(accessToken)
        : Promise.reject({
            code: 13001,
            name: "User not signed in",
            message: "No one is signed in.",
          }),
  }
);

/** For the browser test and for curious trainers in the console. */
(window as unknown as { __zvSim: unknown }).__zvSim = {
  officeFor: host.officeFor,
  /** Office SSO's token from now on (null: not signed in) */
  setAccessToken: (token: string | null) => {
    accessToken = token;
  },
  get draft() {
    return draft;
  },
  sent,
  handlers: host.handlers,
  host,
};

// --- the compose form <-> the draft ---------------------------------------------------------------------

const addressList = (people: Person[]) =>
  people
    .map((p) =>
      p.displayName && p.displayName !== p.emailAddress
        ? `${p.displayName} <${p.emailAddress}>`
        : p.emailAddress
    )
    .join("; ");

function renderForm(): void {
  const set = (id: string, value: string) => {
    const el = $<HTMLInputElement | HTMLTextAreaElement>(id);
    if (el.value !== value) el.value = value;
  };
  $<HTMLSelectElement>("from").value = draft.from.emailAddress;
  set("to", addressList(draft.to));
  set("cc", addressList(draft.cc));
  set("bcc", addressList(draft.bcc));
  set("subject", draft.subject);
  set("body", draft.body);
  const list = $("attachments");
  list.replaceChildren(
    ...draft.attachments.map((a) => {
      const li = document.createElement("li");
      li.textContent = `${a.name} (${Math.max(1, Math.round(a.size / 1024))} kB)`;
      return li;
    })
  );
}

function readRecipients(): void {
  const before = JSON.stringify([draft.to, draft.cc, draft.bcc]);
  draft.to = parseRecipients($<HTMLInputElement>("to").value);
  draft.cc = parseRecipients($<HTMLInputElement>("cc").value);
  draft.bcc = parseRecipients($<HTMLInputElement>("bcc").value);
  if (JSON.stringify([draft.to, draft.cc, draft.bcc]) !== before)
    fire(RECIPIENTS_HANDLER, {
      type: "olkRecipientsChanged",
      changedRecipientFields: { to: true, cc: true, bcc: true },
    });
}

function readForm(): void {
  draft.from =
    SENDERS.find((s) => s.emailAddress === $<HTMLSelectElement>("from").value) || SENDERS[0];
  draft.subject = $<HTMLInputElement>("subject").value;
  draft.body = $<HTMLTextAreaElement>("body").value;
  readRecipients();
}

function status(text: string): void {
  $("status").textContent = text;
}

// --- runtimes -------------------------------------------------------------------------------------------

/** A frame whose `Office` is the mock; the real office.js script tag is replaced. */
function runtimeDocument(html: string, label: string): string {
  const base = new URL(".", location.href).href;
  // OfficeRuntime.storage on the page's localStorage: both runtimes then read the policy the trainer chose
  const inject =
    `<base href="${base}"><script>window.Office = parent.__zvSim.officeFor(${JSON.stringify(label)});` +
    "window.OfficeRuntime = { auth: window.Office.auth, storage: { getItem: function (k) { return Promise.resolve(localStorage.getItem(k)); }," +
    " setItem: function (k, v) { localStorage.setItem(k, v); return Promise.resolve(); } } };" +
    // the policy URL is not fetched from the network: the chosen policy is already in the cache
    `var zvFetch = window.fetch; window.fetch = function (u, o) { return String(u) === ${JSON.stringify(POLICY_URL)}` +
    " ? Promise.resolve(new Response('', { status: 404 })) : zvFetch.call(window, u, o); };</script>";
  const withoutOfficeJs = html.replace(/<script[^>]*office\.js[^>]*>\s*<\/script>/gi, "");
  return withoutOfficeJs.includes("<head>")
    ? withoutOfficeJs.replace("<head>", `<head>${inject}`)
    : inject + withoutOfficeJs;
}

function loadEventRuntime(): void {
  $<HTMLIFrameElement>("event-runtime").srcdoc = runtimeDocument(
    '<!doctype html><html><head><script src="launchevent.js"></script></head><body></body></html>',
    "events"
  );
}

function fire(handler: string, event: Record<string, unknown>): void {
  const fn = host.handlers.get(handler);
  if (fn) fn({ ...event, completed: () => undefined });
}

async function openPane(contextData: string | null): Promise<void> {
  const pane = $("pane");
  if (pane.classList.contains("open")) {
    // the pane stays open: Outlook raises InitializationContextChanged on the item
    if (contextData !== null) host.pressAlertButton(contextData);
    return;
  }
  draft.initContext = contextData;
  host.record.contextHandlers.length = 0;
  pane.classList.add("open");
  const html = await (await fetch("taskpane.html")).text();
  $<HTMLIFrameElement>("pane-frame").srcdoc = runtimeDocument(html, "taskpane");
}

function closePane(): void {
  $("pane").classList.remove("open");
  $<HTMLIFrameElement>("pane-frame").srcdoc = "";
  host.record.contextHandlers.length = 0;
}

// --- Send, the Smart Alert, delivery --------------------------------------------------------------------

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Markdown subset Smart Alerts render: bold, italic, bullet lists, paragraphs; links as text. */
function renderAlertMarkdown(markdown: string): string {
  return markdown
    .split(/\n\n/)
    .map((block) => {
      const inline = (s: string) =>
        escapeHtml(s.replace(/\\([*_\\[\]()])/g, "$1"))
          .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
          .replace(/\*(.+?)\*/g, "<em>$1</em>")
          .replace(/\[([^\][]+)\]\([^()]+\)/g, "$1");
      const items = block
        .split("\r")
        .map((l) => l.trim())
        .filter(Boolean);
      if (items.length && items.every((l) => /^[-*] /.test(l)))
        return `<ul>${items.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`;
      return `<p>${inline(block.replace(/\r/g, " "))}</p>`;
    })
    .join("");
}

function deliver(): void {
  sent.push({
    from: draft.from.emailAddress,
    to: draft.to.map((p) => p.emailAddress),
    cc: draft.cc.map((p) => p.emailAddress),
    bcc: draft.bcc.map((p) => p.emailAddress),
    subject: draft.subject,
    headers: { ...draft.headers },
    appended: draft.appendOnSend,
    attachments: draft.attachments.map((a) => a.name),
  });
  const record = sent[sent.length - 1];
  const li = document.createElement("li");
  const title = document.createElement("div");
  title.textContent = `${record.subject || "(geen onderwerp)"} → ${[...record.to, ...record.cc].join(", ")}${record.bcc.length ? ` (BCC: ${record.bcc.length})` : ""}`;
  const headers = document.createElement("div");
  headers.className = "headers";
  headers.textContent = Object.entries(record.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join(" · ");
  li.append(title, headers);
  $("sent").querySelector("ol")!.append(li);
  status("Verzonden.");
  newDraft();
}

/**
 * Outlook's own Smart Alerts dialog as documented (SmartAlertsEventCompletedOptions; "Available send mode
 * options"): the add-in's name as title, its message, and
 * - "Niet verzenden" (Don't Send): always; cancels the send; its text cannot be changed;
 * - the Take Action button: only with a `commandId`, labelled `cancelLabel` (default "Actie
 *   ondernemen"), opens that task pane with `contextData` (web, new Outlook, classic from 2412);
 * - "Toch verzenden" (Send Anyway): only in prompt-user mode (`sendModeOverride: "promptUser"`).
 * Microsoft documents no default button: the simulator focuses Don't Send, the one that cannot leak.
 */
function showAlert(options: CompletedOptions): void {
  const dialog = $<HTMLDialogElement>("alert");
  const message = $("alert-message");
  if (options.errorMessageMarkdown)
    message.innerHTML = renderAlertMarkdown(options.errorMessageMarkdown);
  else message.textContent = options.errorMessage || "Zorgvuldig houdt dit bericht tegen.";
  const cancel = $<HTMLButtonElement>("alert-cancel");
  cancel.textContent = "Niet verzenden";
  cancel.onclick = () => {
    dialog.close();
    status("Niet verzonden.");
  };
  const action = $<HTMLButtonElement>("alert-action");
  action.hidden = !options.commandId;
  action.textContent = options.cancelLabel || "Actie ondernemen";
  action.onclick = () => {
    dialog.close();
    status("Niet verzonden.");
    void openPane(options.contextData || "");
  };
  const anyway = $<HTMLButtonElement>("alert-send-anyway");
  anyway.hidden = options.sendModeOverride !== "promptUser";
  anyway.onclick = () => {
    dialog.close();
    deliver();
  };
  if (!dialog.open) dialog.showModal();
  cancel.focus();
}

async function send(): Promise<void> {
  if (sending) return;
  readForm();
  const handler = host.handlers.get(SEND_HANDLER);
  if (!handler) {
    // SendMode Block: when the add-in cannot load, the mail does not go.
    showAlert({
      errorMessage:
        "Zorgvuldig is niet beschikbaar. U kunt dit bericht pas verzenden als de invoegtoepassing weer werkt.",
    });
    return;
  }
  sending = true;
  status("Zorgvuldig controleert uw bericht…");
  const slow = setTimeout(() => status("Zorgvuldig doet er langer over dan verwacht…"), SLOW_MS);
  const options = await new Promise<CompletedOptions>((resolve) => {
    try {
      handler({
        type: "messageSend",
        completed: (o?: CompletedOptions) => resolve(o || { allowEvent: true }),
      });
    } catch {
      resolve({ allowEvent: false, errorMessage: "Zorgvuldig kon dit bericht niet controleren." });
    }
  });
  clearTimeout(slow);
  sending = false;
  if (options.allowEvent) deliver();
  else {
    status("Niet verzonden: zie de melding.");
    showAlert(options);
  }
}

// --- wiring ---------------------------------------------------------------------------------------------

function newDraft(): void {
  draft = emptyDraft(draft.from);
  closePane();
  renderForm();
  // a new compose window gets a fresh event runtime, as in Outlook
  loadEventRuntime();
}

function readFileAsAttachment(file: File): Promise<SimAttachment> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve({
        id: `att-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        name: file.name,
        contentType: file.type || "application/octet-stream",
        size: file.size,
        content: url.slice(url.indexOf(",") + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}

function renderSenders(): void {
  const from = $<HTMLSelectElement>("from");
  from.replaceChildren(
    ...SENDERS.map((s) => new Option(`${s.displayName} <${s.emailAddress}>`, s.emailAddress))
  );
}

/**
 * Uses a practice's policy file: the add-in's runtimes read it from their policy cache (as if fetched
 * from the policy URL), and the senders follow the policy's practice domain and roles.
 */
function usePolicy(raw: unknown, source: string): void {
  if (!POLICY_URL) {
    status("Deze build kan geen ander beleid laden: bouw met --simulator of gebruik npm start.");
    return;
  }
  localStorage.setItem(
    POLICY_KEY,
    JSON.stringify({ fetchedAt: Date.now(), url: POLICY_URL, policy: raw })
  );
  SENDERS = sendersFor(raw as SimPolicy);
  $("policy-name").textContent = source;
  renderSenders();
  draft = emptyDraft(SENDERS[0]);
  newDraft();
  status(`Beleid ${source} geladen; kies een afzender.`);
}

async function loadPolicyParam(): Promise<void> {
  const param = new URLSearchParams(location.search).get("policy");
  if (!param) {
    // a fresh simulator starts from the built-in policy, not from an earlier session's choice
    localStorage.removeItem(POLICY_KEY);
    return;
  }
  try {
    const response = await fetch(param);
    usePolicy(JSON.parse(await response.text()), param);
  } catch {
    status(`Beleid ${param} kon niet worden geladen.`);
  }
}

function init(): void {
  const from = $<HTMLSelectElement>("from");
  renderSenders();
  $<HTMLInputElement>("policy-file").addEventListener("change", async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files && input.files[0];
    if (!file) return;
    try {
      usePolicy(JSON.parse(await file.text()), file.name);
    } catch {
      status(`${file.name} is geen geldig JSON-beleidsbestand.`);
    }
    input.value = "";
  });
  const example = $<HTMLSelectElement>("example");
  EXAMPLES.forEach((e, i) => example.append(new Option(e.label, String(i))));

  example.onchange = () => {
    const e = EXAMPLES[Number(example.value)];
    if (!e) return;
    draft = emptyDraft(draft.from);
    renderForm();
    $<HTMLInputElement>("to").value = e.to;
    $<HTMLInputElement>("cc").value = e.cc || "";
    $<HTMLInputElement>("subject").value = e.subject;
    $<HTMLTextAreaElement>("body").value = e.body;
    readForm();
    example.value = "";
  };
  for (const id of ["to", "cc", "bcc"]) $(id).addEventListener("change", readRecipients);
  for (const id of ["subject", "body", "from"]) $(id).addEventListener("input", readForm);
  from.addEventListener("change", readForm);
  $<HTMLInputElement>("attach").addEventListener("change", async (ev) => {
    const input = ev.target as HTMLInputElement;
    for (const file of Array.from(input.files || [])) {
      const attachment = await readFileAsAttachment(file);
      draft.attachments.push(attachment);
      renderForm();
      fire(ATTACHMENTS_HANDLER, {
        type: "olkAttachmentsChanged",
        attachmentStatus: "added",
        attachmentDetails: {
          id: attachment.id,
          name: attachment.name,
          size: attachment.size,
          attachmentType: "file",
          isInline: false,
        },
      });
    }
    input.value = "";
  });
  $("send").onclick = () => void send();
  $("open-pane").onclick = () => {
    readForm();
    void openPane(null);
  };
  $("close-pane").onclick = closePane;
  $("new").onclick = newDraft;
  draft = emptyDraft(SENDERS[0]);
  renderForm();
  void loadPolicyParam().then(() => {
    if (!$<HTMLIFrameElement>("event-runtime").srcdoc) loadEventRuntime();
  });
}

init();
