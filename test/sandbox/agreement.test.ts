/**
 * Issue 12: the dry run says what Outlook will do. Every draft of every corpus in the repository goes
 * through the BUILT launchevent.js in a bare vm context (OnMessageAttachmentsChanged first, as Outlook
 * fires it when files are attached, then OnMessageSend) and through `zorgvuldig scan --client classic`;
 * any difference in the verdict action fails.
 */
import * as path from "node:path";
import { fire, loadBundle } from "./bundle";
import { actionOf, cliActions, corpusDirs, emlFiles, mockDraftFromEml } from "./agreement-mail";

jest.setTimeout(600000);

for (const dir of corpusDirs()) {
  describe(`sandbox (classic) and CLI --client classic agree: ${path.basename(dir)}`, () => {
    it("on the action of every mail", async () => {
      const cli = cliActions(dir, "classic");
      const files = emlFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      const differences: string[] = [];
      const seen = new Set<string>();
      for (const file of files) {
        const name = path.basename(file);
        const draft = await mockDraftFromEml(file);
        const b = loadBundle(draft);
        if (draft.attachments && draft.attachments.length)
          await fire(b.associations, "onMessageAttachmentsChangedHandler", 0);
        const { options } = await fire(b.associations, "onMessageSendHandler", 0);
        const outlook = actionOf(options, b.record);
        seen.add(outlook);
        const scan = cli.get(name) ?? "missing";
        if (outlook !== scan) differences.push(`${name}: outlook ${outlook}, cli ${scan}`);
      }
      expect(differences).toEqual([]);
      // the comparison means something: the handlers gave different answers for different mails
      expect(seen.size).toBeGreaterThanOrEqual(3);
    });
  });
}
