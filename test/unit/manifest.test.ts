/**
 * manifest.xml and the code agree: every LaunchEvent FunctionName is associated through
 * Office.actions.associate by the built bundle, and every commandId the code can pass to
 * event.completed is a control id in the manifest. Plus the offline validator's verdict, both ways.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OPEN_PANE_COMMAND_ID } from "../../src/outlook/alert";
import { FUNCTION_NAMES } from "../../src/launchevent/handlers";
import { fire, loadBundle } from "../sandbox/bundle";

const validator = require("../../scripts/validate-manifest.cjs") as {
  parseManifest(xml: string): Promise<unknown>;
  functionNames(root: unknown): string[];
  controlIds(root: unknown): string[];
  validateManifest(file: string): Promise<{ errors: string[]; checks: number }>;
};

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = fs.readFileSync(MANIFEST, "utf8");

describe("manifest.xml <-> code", () => {
  it("declares OnMessageSend (Block), OnMessageAttachmentsChanged and OnMessageRecipientsChanged", async () => {
    const root = await validator.parseManifest(xml);
    expect(validator.functionNames(root).sort()).toEqual(Object.values(FUNCTION_NAMES).sort());
    expect(xml).toMatch(
      /<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="Block"\/>/
    );
  });

  it("every FunctionName is associated by the built bundle through Office.actions.associate", async () => {
    const root = await validator.parseManifest(xml);
    const b = loadBundle();
    for (const name of validator.functionNames(root))
      expect(Object.keys(b.associations)).toContain(name);
  });

  it("every commandId the bundle passes to event.completed is a control id in the manifest", async () => {
    const root = await validator.parseManifest(xml);
    const ids = validator.controlIds(root);
    expect(ids).toContain(OPEN_PANE_COMMAND_ID);
    // the commandIds the built code really emits: a blocked and a secure verdict
    const b = loadBundle({
      subject: "Uitslag",
      body: "Goedemiddag,\n\nBSN 111222333.",
      to: [
        { emailAddress: "a.pieters@gmail.com" },
        { emailAddress: "b.klaassen@hotmail.com" },
        { emailAddress: "c.visser@ziggo.nl" },
      ],
    });
    const { options } = await fire(b.associations, "onMessageSendHandler");
    expect(options!.commandId).toBeDefined();
    expect(ids).toContain(options!.commandId);
  });
});

describe("npm run validate (offline)", () => {
  it("accepts manifest.xml", async () => {
    const r = await validator.validateManifest(MANIFEST);
    expect(r.errors).toEqual([]);
    expect(r.checks).toBeGreaterThan(50);
  });

  const broken = async (edit: (s: string) => string): Promise<string[]> => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zv-manifest-"));
    const f = path.join(dir, "manifest.xml");
    fs.writeFileSync(f, edit(xml));
    return (await validator.validateManifest(f)).errors;
  };

  it("rejects XML that is not well-formed", async () => {
    expect((await broken((s) => s.replace("</Hosts>", ""))).join()).toMatch(/well-formed/);
  });
  it("rejects elements out of schema order", async () => {
    expect(
      (
        await broken((s) =>
          s.replace(
            /(<FormSettings>[\s\S]*?<\/FormSettings>)(\s*)(<Permissions>ReadWriteMailbox<\/Permissions>)/,
            "$3$2$1"
          )
        )
      ).join()
    ).toMatch(/out of order/);
  });
  it("rejects a resid that names no resource, and a wrong kind of resource", async () => {
    expect(
      (
        await broken((s) =>
          s.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Nope.Url"/>')
        )
      ).join()
    ).toMatch(/no such resource/);
    expect(
      (
        await broken((s) =>
          s.replace('<Label resid="OpenPane.Label"/>', '<Label resid="Taskpane.Url"/>')
        )
      ).join()
    ).toMatch(/expects a short resource/);
  });
  it("rejects OnMessageSend without SendMode Block, and an unknown SendMode", async () => {
    expect(
      (await broken((s) => s.replace('SendMode="Block"', 'SendMode="PromptUser"'))).join()
    ).toMatch(/SendMode="Block"/);
    expect((await broken((s) => s.replace('SendMode="Block"', 'SendMode="Maybe"'))).join()).toMatch(
      /SendMode must be one of/
    );
  });
  it("rejects a FunctionName the code does not associate", async () => {
    expect(
      (
        await broken((s) =>
          s.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSendTypo"')
        )
      ).join()
    ).toMatch(/onSendTypo.*not associated/);
  });
  it("rejects a missing classic-Outlook JavaScript override and a missing en-US text", async () => {
    expect(
      (
        await broken((s) => s.replace('<Override type="javascript" resid="RuntimeJs.Url"/>', ""))
      ).join()
    ).toMatch(/Override type="javascript"/);
    expect(
      (
        await broken((s) => s.replace('<bt:Override Locale="en-US" Value="Check mail"/>', ""))
      ).join()
    ).toMatch(/OpenPane.Label.*en-US/);
  });
  it("rejects an icon whose file has another size than it claims", async () => {
    const errors = await broken((s) =>
      s.replace(
        'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-64.png"'
      )
    );
    expect(errors.join()).toMatch(/icon size 32 \(Icon.32x32\).*64x64/);
  });
});
