import type { Budget } from "./limits";
import { PdfPasswordError, type PdfText, type PdfTextBackend } from "./pdf";

/**
 * PDF text through unpdf (Mozilla's pdf.js in a serverless build: no DOM, no worker thread).
 * It needs URL, AbortController, structuredClone, ReadableStream and TextDecoder, and adds about
 * 600 KB gzipped: fine for the CLI, the task pane and Outlook on the web / new Outlook, not for the
 * send-time bundle of classic Outlook (see README.md). Loaded lazily so it is only paid for when a PDF
 * arrives.
 */
export const unpdfBackend: PdfTextBackend = async (
  bytes: Uint8Array,
  budget: Budget
): Promise<PdfText> => {
  const { getDocumentProxy } = await import("unpdf");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = await getDocumentProxy(bytes.slice(), {
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    });
  } catch (e) {
    if (e instanceof Error && e.name === "PasswordException") throw new PdfPasswordError();
    throw e;
  }
  try {
    const pages = doc.numPages;
    const toRead = Math.min(pages, budget.limits.maxPages);
    const texts: string[] = [];
    let pagesRead = 0;
    let chars = 0;
    let stoppedBy: PdfText["stoppedBy"] = undefined;
    for (let i = 1; i <= toRead; i++) {
      if (budget.timeLeft() <= 0) {
        stoppedBy = "timeout";
        break;
      }
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let t = "";
      for (const item of content.items)
        if ("str" in item) t += item.str + (item.hasEOL ? "\n" : "");
      texts.push(t);
      page.cleanup();
      pagesRead++;
      chars += t.length;
      // Past the text cap nothing more is kept: stop parsing (Run.text reports limit:text).
      if (chars > budget.charsLeft()) break;
    }
    if (!stoppedBy && pagesRead === toRead && toRead < pages) stoppedBy = "limit:pages";
    return { text: texts.join("\n\n"), pages, pagesRead, stoppedBy };
  } finally {
    await doc.destroy();
  }
};
