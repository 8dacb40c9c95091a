/**
 * Issue 12: the dry run says what Outlook will do. Every draft of every corpus in the repository goes
 * through the BUILT launchevent.js in a bare vm context (OnMessageAttachmentsChanged first, as Outlook
 * fires it when files are attached, then OnMessageSend) and through `zorgvuldig scan --client classic`;
 * any difference in the verdict action fails. The mails are checked in slices of 40, one test each, so
 * a slow shared machine meets a per-test timeout on a slice, not on a whole corpus.
 */
import * as path from "node:path";
import { fire, loadBundle } from "./bundle";
import { actionOf, cliActions, corpusDirs, emlFiles, mockDraftFromEml } from "./agreement-mail";

jest.setTimeout(600000);

// Each mail gets its own vm context (about 4 MB with the bundle); V8 frees a context only after several
// full collections, so without a collection between slices the heap grows with the corpus. When the test
// process exposes gc (package.json's test script passes --expose-gc), collect after every slice.
const collect = (globalThis as { gc?: () => void }).gc;
afterEach(() => collect?.());

const SLICE = 40;

for (const dir of corpusDirs()) {
  describe(`sandbox (classic) and CLI --client classic agree: ${path.basename(dir)}`, () => {
    const files = emlFiles(dir);
    let cli: Map<string, string> | undefined;
    const seen = new Set<string>();
    beforeAll(() => {
      cli = cliActions(dir, "classic");
    });

    it("the corpus has mails and the CLI answered for each", () => {
      expect(files.length).toBeGreaterThan(0);
      expect(cli?.size).toBe(files.length);
    });

    for (let from = 0; from < files.length; from += SLICE) {
      const slice = files.slice(from, from + SLICE);
      const label = `${path.basename(slice[0])} .. ${path.basename(slice[slice.length - 1])}`;
      it(`on the action of every mail: ${label}`, async () => {
        const differences: string[] = [];
        for (const file of slice) {
          const name = path.basename(file);
          const draft = await mockDraftFromEml(file);
          const b = loadBundle(draft);
          if (draft.attachments && draft.attachments.length)
            await fire(b.associations, "onMessageAttachmentsChangedHandler", 0);
          const { options } = await fire(b.associations, "onMessageSendHandler", 0);
          const outlook = actionOf(options, b.record);
          seen.add(outlook);
          const scan = cli?.get(name) ?? "missing";
          if (outlook !== scan) differences.push(`${name}: outlook ${outlook}, cli ${scan}`);
        }
        expect(differences).toEqual([]);
      });
    }

    it("the comparison means something: the handlers gave different answers for different mails", () => {
      expect(seen.size).toBeGreaterThanOrEqual(3);
    });
  });
}
