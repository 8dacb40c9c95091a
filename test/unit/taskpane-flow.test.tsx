/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { parsePolicy, type Policy } from "../../src/engine/policy";
import { AuditQueue } from "../../src/outlook/audit";
import { OVERRIDE_HEADER, VERDICT_HEADER, parseHeaderFields } from "../../src/outlook/headers";
import { KEY_OVERRIDE } from "../../src/outlook/session";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import { readDraft } from "../../src/outlook/readDraft";
import { Budget } from "../../src/outlook/office";
import { loadHistory, saveHistory } from "../../src/outlook/history";
import { TaskPane } from "../../src/taskpane/Pane";
import {
  PaneController,
  paneUser,
  type PaneItem,
  type PaneOffice,
} from "../../src/taskpane/controller";
import { memoryStorage, mockOffice, mockState, type MockState } from "./taskpane-mockitem";

const DR = "dr.jansen@praktijkdekroon.nl";
const BALIE = "balie@praktijkdekroon.nl";
const policy = parsePolicy({
  practiceDomains: ["praktijkdekroon.nl"],
  overrides: {
    grants: [{ rules: ["secure-channel-required", "unencrypted-attachment"], addresses: [DR] }],
  },
});
// BSN 111222333 passes the 11-check; with a medical context it is PHI about a person
const PHI_BODY =
  "Beste Piet,\n\nUw BSN 111222333 staat in het dossier. De uitslag van het bloedonderzoek (diabetes) is binnen.\n\nGroet,\nDr. Jansen";
const EXPLANATION = "De patiënt heeft geen beveiligde mail en heeft dit telefonisch bevestigd.";

beforeAll(() => {
  // jsdom lacks these; Fluent reads them
  (window as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    onchange: null,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
});

function mount(
  state: MockState,
  opts: {
    user?: string;
    lang?: string;
    policy?: Policy;
    userFromProfile?: boolean;
    history?: ReturnType<typeof memoryStorage>;
  } = {}
) {
  const { office, item } = mockOffice(state, opts.lang ?? "nl-NL");
  (globalThis as { Office?: unknown }).Office = office;
  const storage = memoryStorage();
  const queue = new AuditQueue(storage);
  const language = (opts.lang ?? "nl").startsWith("en") ? "en" : "nl";
  const controller = new PaneController({
    office: office as unknown as PaneOffice,
    item: item as unknown as PaneItem,
    policy: opts.policy ?? policy,
    queue,
    // as index.tsx does: the mailbox's address, roles from the policy
    user: opts.userFromProfile
      ? paneUser(opts.policy ?? policy, office as unknown as PaneOffice)
      : { address: opts.user ?? DR },
    language,
    storage: opts.history,
    now: () => new Date("2026-11-22T09:30:00Z"),
  });
  const view = render(<TaskPane controller={controller} language={language} />);
  return { view, queue, storage, controller, item };
}

function phiState(partial: Partial<MockState> = {}): MockState {
  return mockState({
    subject: "Uitslag",
    body: PHI_BODY,
    from: { emailAddress: DR, displayName: "Dr. Jansen" },
    to: [{ emailAddress: "piet.pieters@gmail.com", displayName: "Piet Pieters" }],
    initContext: JSON.stringify({
      v: 1,
      action: "secure",
      rules: ["secure-channel-required"],
      findings: { bsn: 1 },
    }),
    ...partial,
  });
}

async function fillOverride(reasonLabel: RegExp, text: string) {
  fireEvent.click(await screen.findByRole("radio", { name: reasonLabel }));
  fireEvent.change(screen.getByRole("textbox", { name: /Uitleg|Explanation/ }), {
    target: { value: text },
  });
}

describe("task pane: verdict", () => {
  it("explains a stopped mail: action, rule with handbook source, and the excerpt from the draft", async () => {
    mount(phiState());
    expect(
      await screen.findByText("Deze mail mag alleen via de beveiligde mail weg.")
    ).toBeTruthy();
    expect(screen.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.")).toBeTruthy();
    const hit = screen.getByRole("article", { name: "Beveiligde mail nodig" });
    expect(within(hit).getByText(/^Bron: handboek Veilig mailen, /)).toBeTruthy();
    expect(within(hit).getByText("111222333").tagName).toBe("MARK");
  });

  it("says a harmless mail may go, and offers no fixes or override", async () => {
    mount(
      mockState({
        subject: "Openingstijden",
        body: "Beste collega's,\nDe praktijk is maandag gesloten.",
        from: { emailAddress: DR },
        to: [{ emailAddress: "collega@praktijkdekroon.nl" }],
      })
    );
    expect(
      await screen.findByText("Deze mail mag zo weg: er zijn geen bezwaren gevonden.")
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Veilig verzenden" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Vastleggen en verzenden" })).toBeNull();
    expect(screen.queryByText("Zorgvuldig hield deze mail tegen bij het verzenden.")).toBeNull();
  });

  it("speaks English when Outlook does", async () => {
    mount(phiState(), { lang: "en-US" });
    expect(await screen.findByText("This mail may only go through secure mail.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send securely" })).toBeTruthy();
  });

  it("re-checks when the alert's button is pressed again while the pane is open", async () => {
    const state = phiState({ initContext: null });
    mount(state);
    await screen.findByText("Deze mail mag alleen via de beveiligde mail weg.");
    expect(screen.queryByText("Zorgvuldig hield deze mail tegen bij het verzenden.")).toBeNull();
    // registered on the item, as documented (Office.EventType.InitializationContextChanged, Mailbox 1.15)
    await waitFor(() => expect(state.contextHandlers).toHaveLength(1));
    expect(state.calls).toContain("addHandlerAsync");
    await act(async () =>
      state.contextHandlers[0]({
        type: "olkInitializationContextChanged",
        initializationContextData: JSON.stringify({
          v: 1,
          action: "secure",
          rules: [],
          findings: {},
        }),
      })
    );
    expect(
      await screen.findByText("Zorgvuldig hield deze mail tegen bij het verzenden.")
    ).toBeTruthy();
  });
});

describe("task pane: override with a reason", () => {
  it("records headers, marker and audit record for a clinician, then sends", async () => {
    const state = phiState();
    const { queue, item } = mount(state);
    await fillOverride(/Ontvanger is geïnformeerd/, EXPLANATION);
    fireEvent.click(screen.getByRole("button", { name: "Vastleggen en verzenden" }));
    await waitFor(() => expect(state.sent).toBe(1));

    expect(state.headers[VERDICT_HEADER]).toBe("secure; rules=secure-channel-required");
    expect(parseHeaderFields(state.headers[OVERRIDE_HEADER])).toEqual({
      reason: "recipient-cannot-receive-secure",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: "2026-11-22T09:30:00.000Z",
    });
    const budget = new Budget(2000);
    const { draft } = await readDraft(item as unknown as PaneItem, budget);
    budget.dispose();
    expect(JSON.parse(state.session[KEY_OVERRIDE])).toMatchObject({
      v: 1,
      fingerprint: draftFingerprint(draft),
      rules: ["secure-channel-required"],
    });
    const [record] = await queue.pending();
    expect(record).toMatchObject({
      user: DR,
      rules: ["secure-channel-required"],
      recipientDomains: ["gmail.com"],
      reason: { code: "recipient-cannot-receive-secure", text: EXPLANATION },
    });
    expect(JSON.stringify(record)).not.toMatch(/111222333|Piet|diabetes/);
    // everything is written before sendAsync
    expect(state.calls.indexOf("sendAsync")).toBeGreaterThan(
      state.calls.indexOf(`sessionData.setAsync:${KEY_OVERRIDE}`)
    );
    expect(await screen.findByText("De mail wordt verzonden.")).toBeTruthy();
    // and the user's own recent override is listed
    expect(within(await screen.findByTestId("recent")).getByText(`“${EXPLANATION}”`)).toBeTruthy();
  });

  it("asks to press Send where the client cannot send from the pane", async () => {
    const state = phiState({ canSend: false });
    mount(state);
    await fillOverride(/Vitaal belang/, EXPLANATION);
    fireEvent.click(screen.getByRole("button", { name: "Vastleggen en verzenden" }));
    expect(
      await screen.findByText("Klaar. Druk nu nogmaals op Verzenden in de mail.")
    ).toBeTruthy();
    expect(state.sent).toBe(0);
    expect(state.session[KEY_OVERRIDE]).toBeTruthy();
  });

  it("refuses an explanation that names the patient, saying what to leave out (issue 14)", async () => {
    const state = phiState();
    const { queue } = mount(state);
    await fillOverride(
      /Vitaal belang/,
      "Mevrouw Johanna de Vries (BSN 111222333) heeft geen DigiD"
    );
    fireEvent.click(screen.getByRole("button", { name: "Vastleggen en verzenden" }));
    expect(
      await screen.findByText(
        "De toelichting wordt bewaard en mag niets over de patiënt bevatten. Laat een naam en een BSN weg."
      )
    ).toBeTruthy();
    expect(state.headers).toEqual({});
    expect(state.session).toEqual({});
    expect(await queue.pending()).toEqual([]);
    expect(state.sent).toBe(0);
  });

  it("requires a reason and a real sentence; writes nothing until then", async () => {
    const state = phiState();
    const { queue } = mount(state);
    await screen.findByRole("button", { name: "Vastleggen en verzenden" });
    fireEvent.click(screen.getByRole("button", { name: "Vastleggen en verzenden" }));
    expect(await screen.findByText("Kies een reden.")).toBeTruthy();
    await fillOverride(/Vitaal belang/, "spoed");
    fireEvent.click(screen.getByRole("button", { name: "Vastleggen en verzenden" }));
    expect(
      await screen.findByText("Schrijf minstens één volledige zin (vier woorden of meer).")
    ).toBeTruthy();
    expect(state.headers).toEqual({});
    expect(state.session).toEqual({});
    expect(await queue.pending()).toEqual([]);
    expect(state.sent).toBe(0);
  });

  it("shows an assistant who may override instead of the form", async () => {
    mount(phiState({ from: { emailAddress: BALIE } }), { user: BALIE });
    expect(await screen.findByTestId("not-allowed")).toHaveProperty(
      "textContent",
      `U mag deze mail niet zonder beveiliging versturen. Vraag het aan: ${DR}.`
    );
    expect(screen.queryByRole("button", { name: "Vastleggen en verzenden" })).toBeNull();
    // the one-click fix stays available to everyone
    expect(screen.getByRole("button", { name: "Veilig verzenden" })).toBeTruthy();
  });
});

describe("task pane: overrides under the default grants (role zorgverlener)", () => {
  const withRoles = (roles: Record<string, string[]>) =>
    parsePolicy({ practiceDomains: ["praktijkdekroon.nl"], overrides: { roles } });

  it("a clinician the policy names as zorgverlener gets the override form", async () => {
    const p = withRoles({ zorgverlener: [DR] });
    mount(phiState(), { policy: p, userFromProfile: true });
    expect(await screen.findByRole("button", { name: "Vastleggen en verzenden" })).toBeTruthy();
    expect(screen.queryByTestId("not-allowed")).toBeNull();
  });

  it("an assistant does not, and sees who holds the role", async () => {
    const p = withRoles({ zorgverlener: [DR, "dr.*@praktijkdekroon.nl"] });
    mount(phiState({ from: { emailAddress: BALIE } }), { policy: p, userFromProfile: true });
    expect(await screen.findByTestId("not-allowed")).toHaveProperty(
      "textContent",
      // the pattern dr.*@… is for the admin; the user sees the people
      `U mag deze mail niet zonder beveiliging versturen. Vraag het aan: een zorgverlener (${DR}).`
    );
    expect(screen.queryByRole("button", { name: "Vastleggen en verzenden" })).toBeNull();
  });

  it("with no one assigned to the role, nobody gets the form and the pane says to ask the administrator", async () => {
    mount(phiState(), { policy: withRoles({}), userFromProfile: true });
    expect(await screen.findByTestId("not-allowed")).toHaveProperty(
      "textContent",
      "Niemand in de praktijk mag deze mail zonder beveiliging versturen. Verstuur hem beveiligd; heeft u vragen, stel ze dan aan de beheerder."
    );
  });
});

describe("task pane: new-recipient from the mailbox's sent history", () => {
  const ZORGMAIL = "dokter.devries@lms.lifeline.nl";
  async function historyOf(addresses: string[]) {
    const storage = memoryStorage();
    const h = await loadHistory(storage, DR);
    h.record(addresses);
    await saveHistory(storage, DR, h);
    return storage;
  }
  const colleagues = Array.from({ length: 30 }, (_, i) => `collega${i}@ziekenhuis-voorbeeld.nl`);
  const toZorgmail = () =>
    phiState({ to: [{ emailAddress: ZORGMAIL, displayName: "Piet de Vries" }] });

  it("shows the check for an address the history does not know", async () => {
    const { controller } = mount(toZorgmail(), { history: await historyOf(colleagues) });
    const c = await controller.check();
    expect(c.result.verdict.hits.map((h) => h.rule)).toEqual(["new-recipient"]);
    expect(await screen.findByRole("article", { name: "Nieuwe ontvanger" })).toBeTruthy();
  });

  it("and not for one it knows, nor while the history is still being built", async () => {
    for (const list of [[...colleagues, ZORGMAIL], colleagues.slice(0, 3)]) {
      const { controller, view } = mount(toZorgmail(), { history: await historyOf(list) });
      const c = await controller.check();
      expect(c.result.verdict.hits).toEqual([]);
      view.unmount();
    }
  });
});

describe("task pane: one-click fixes", () => {
  it("'Veilig verzenden' tags the subject and sends, without an override marker (Send sees the tag)", async () => {
    const state = phiState({ from: { emailAddress: BALIE } });
    mount(state, { user: BALIE });
    fireEvent.click(await screen.findByRole("button", { name: "Veilig verzenden" }));
    await waitFor(() => expect(state.sent).toBe(1));
    expect(state.subject).toBe("[veilig] Uitslag");
    expect(state.session[KEY_OVERRIDE]).toBeUndefined();
  });

  it("after a confirmed recipient check, the marker of 'Veilig verzenden' covers only that warn rule", async () => {
    const state = phiState({ body: PHI_BODY.replace("Beste Piet", "Beste Fatima") });
    mount(state);
    const confirm = await screen.findByRole("region", { name: "Klopt de ontvanger?" });
    fireEvent.click(within(confirm).getByRole("checkbox"));
    const send = screen.getByRole("button", { name: "Veilig verzenden" }) as HTMLButtonElement;
    await waitFor(() => expect(send.disabled).toBe(false));
    fireEvent.click(send);
    await waitFor(() => expect(state.sent).toBe(1));
    const marker = JSON.parse(state.session[KEY_OVERRIDE]);
    expect(marker.rules).toEqual(["recipient-mismatch"]);
    expect(marker.reason).toBe("confirmed");
    const budget = new Budget(2000);
    const { draft } = await readDraft(mockOffice(state).item as unknown as PaneItem, budget);
    budget.dispose();
    expect(marker.fingerprint).toBe(draftFingerprint(draft));
  });

  it("'Bcc gebruiken' moves the patients to Bcc and the re-check clears the rule", async () => {
    const state = mockState({
      subject: "Griepprik",
      body: "Beste patiënten,\nDe griepprik is op 3 oktober.\nGroet, de praktijk",
      from: { emailAddress: BALIE },
      to: [
        { emailAddress: "a.devries@gmail.com" },
        { emailAddress: "b.bakker@hotmail.com" },
        { emailAddress: "c.visser@ziggo.nl" },
      ],
    });
    mount(state, { user: BALIE });
    expect(
      await screen.findByRole("article", { name: "Patiënten zien elkaars adres" })
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "BCC gebruiken" }));
    expect(await screen.findByText("3 ontvangers staan nu in BCC.")).toBeTruthy();
    expect(state.to.map((p) => p.emailAddress)).toEqual([BALIE]);
    expect(state.bcc.map((p) => p.emailAddress)).toEqual([
      "a.devries@gmail.com",
      "b.bakker@hotmail.com",
      "c.visser@ziggo.nl",
    ]);
    await waitFor(() =>
      expect(screen.queryByRole("article", { name: "Patiënten zien elkaars adres" })).toBeNull()
    );
  });

  it("asks to confirm a recipient whose name does not match the salutation before anything can be sent", async () => {
    const state = phiState({ body: PHI_BODY.replace("Beste Piet", "Beste Fatima") });
    mount(state);
    const confirm = await screen.findByRole("region", { name: "Klopt de ontvanger?" });
    expect(within(confirm).getByText("Fatima")).toBeTruthy();
    expect(within(confirm).getByText("Piet Pieters <piet.pieters@gmail.com>")).toBeTruthy();
    const send = screen.getByRole("button", { name: "Veilig verzenden" }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(within(confirm).getByRole("checkbox"));
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Veilig verzenden" }) as HTMLButtonElement).disabled
      ).toBe(false)
    );
  });
});

describe("task pane: issue 15 fixes", () => {
  it("offers 'Wijzig in gmail.com' for a typo domain, asks first, then changes only that address", async () => {
    const state = mockState({
      subject: "Openingstijden",
      body: "Beste mevrouw,\nWij zijn maandag open van 8 tot 17 uur.\nGroet, de praktijk",
      from: { emailAddress: BALIE },
      to: [{ emailAddress: "ans.janssen@gmial.com", displayName: "Ans Janssen" }],
      cc: [{ emailAddress: DR }],
    });
    mount(state, { user: BALIE });
    fireEvent.click(await screen.findByRole("button", { name: "Wijzig in gmail.com" }));
    // confirmed, not at once
    expect(state.to[0].emailAddress).toBe("ans.janssen@gmial.com");
    expect(screen.getByTestId("domain-fix-confirm").textContent).toContain(
      "Wijzig ans.janssen@gmial.com in ans.janssen@gmail.com?"
    );
    fireEvent.click(screen.getByRole("button", { name: "Ja, wijzigen" }));
    expect(
      await screen.findByText("Het adres is gewijzigd in ans.janssen@gmail.com.")
    ).toBeTruthy();
    expect(state.to).toEqual([
      { emailAddress: "ans.janssen@gmail.com", displayName: "Ans Janssen" },
    ]);
    expect(state.cc.map((p) => p.emailAddress)).toEqual([DR]);
    await waitFor(() => expect(screen.queryByRole("button", { name: /Wijzig in/ })).toBeNull());
  });

  it("catches a typo in the top-level domain (.nll) and offers .nl", async () => {
    const state = mockState({
      subject: "Openingstijden",
      body: "Beste collega,\nWij zijn maandag open van 8 tot 17 uur.\nGroet, de praktijk",
      from: { emailAddress: BALIE },
      to: [{ emailAddress: "info@fysio-beekdal.nll" }],
    });
    mount(state, { user: BALIE });
    expect(
      await screen.findByRole("article", { name: "Domein lijkt op een bekend domein" })
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Wijzig in fysio-beekdal.nl" })).toBeTruthy();
  });

  it("lists the patient's data first, never the practice's own names, and counts what it does not list", async () => {
    const names = Array.from(
      { length: 12 },
      (_, i) =>
        `mevrouw ${["Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Kok"][i]}`
    );
    const body =
      "Beste collega,\n\nDe uitslag van het bloedonderzoek van " +
      names.join(", ") +
      " (geboren 12-03-1961, BSN 111222333) laat een verhoogd HbA1c zien; diabetes is bevestigd.\n\n" +
      "Met vriendelijke groet,\n\nDr. Jansen\nhuisarts\nHuisartsenpraktijk De Kroon";
    mount(phiState({ body, to: [{ emailAddress: "info@ziekenhuis-test.nl" }] }));
    const article = await screen.findByRole("article", { name: "Beveiligde mail nodig" });
    const listed = within(article)
      .getAllByRole("listitem")
      .map((li) => li.textContent || "");
    expect(listed.length).toBe(8);
    expect(listed[0]).toMatch(/^BSN/);
    const text = listed.join(" | ");
    for (const own of ["Jansen", "huisarts", "Huisartsenpraktijk", "De Kroon"])
      expect(text).not.toContain(own);
    expect(within(article).getByTestId("more-findings").textContent).toMatch(
      /^En nog \d+ andere\.$/
    );
  });

  it("after a fix that clears the mail, does not still say the mail was stopped", async () => {
    const state = mockState({
      subject: "Griepprik",
      body: "Beste patiënten,\nDe griepprik is op 3 oktober.\nGroet, de praktijk",
      from: { emailAddress: BALIE },
      to: [
        { emailAddress: "a.devries@gmail.com" },
        { emailAddress: "b.bakker@hotmail.com" },
        { emailAddress: "c.visser@ziggo.nl" },
      ],
      initContext: JSON.stringify({
        v: 1,
        action: "block",
        rules: ["visible-group-recipients"],
        findings: {},
      }),
    });
    mount(state, { user: BALIE });
    expect(
      await screen.findByText("Zorgvuldig hield deze mail tegen bij het verzenden.")
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "BCC gebruiken" }));
    expect(
      await screen.findByText(
        "De mail is aangepast en mag nu weg. Druk opnieuw op Verzenden in de mail."
      )
    ).toBeTruthy();
    expect(screen.queryByText(/tegengehouden|hield deze mail tegen/)).toBeNull();
  });
});
