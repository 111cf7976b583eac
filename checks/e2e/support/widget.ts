// Driving the diagnosis widget from a test.
import type { Page } from 'playwright-core';

/** Opens a page with a widget and waits until its engine and index are loaded. */
export async function openWidget(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('kb-diagnose textarea').first().focus();
  await page.waitForSelector('kb-diagnose[data-ready]');
}

/** Clears the last result, then waits for the next one (a lead line or a notice). */
async function nextResult(page: Page, act: () => Promise<void>): Promise<void> {
  await page
    .locator('kb-diagnose output')
    .first()
    .evaluate((output) => output.replaceChildren());
  await act();
  await page.waitForSelector('kb-diagnose output :is(.lead, .notice)');
}

/** Diagnoses text as a person would: set the field, press the button. */
export async function diagnoseText(page: Page, text: string): Promise<void> {
  await nextResult(page, async () => {
    // Setting the value directly (fill() of a megabyte types slowly), with the one input event that
    // typing fires: it makes the field the input again if a file or a held paste was.
    await page
      .locator('kb-diagnose textarea')
      .first()
      .evaluate((el, value) => {
        (el as HTMLTextAreaElement).value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    await page.locator('kb-diagnose button[data-diagnose]').first().click();
  });
}

/** Drops files (name and bytes) onto the widget. */
export async function dropFiles(
  page: Page,
  files: { name: string; bytes?: number[]; size?: number }[],
): Promise<void> {
  await nextResult(page, async () => {
    const transfer = await page.evaluateHandle((list) => {
      const dataTransfer = new DataTransfer();
      for (const f of list)
        dataTransfer.items.add(
          new File([f.bytes ? new Uint8Array(f.bytes) : new ArrayBuffer(f.size ?? 0)], f.name),
        );
      return dataTransfer;
    }, files);
    await page.dispatchEvent('kb-diagnose', 'drop', { dataTransfer: transfer });
  });
}

/** A large log built in the page (megabytes would be slow to send from the test) and its one evidence line. */
export interface BuiltLog {
  /** Lines in all; every line but the evidence is an SMS trace filler line. */
  lines: number;
  /** The 1-based line of the evidence. */
  evidenceAt: number;
  /** The evidence line, without its line break. */
  evidence: string;
}

/**
 * Clears the last result and drops a log built in the page, named Oobconsole.log, without waiting:
 * a file this large streams for a while, and each check waits for what it looks at.
 */
export async function dropBuiltLog(page: Page, log: BuiltLog): Promise<void> {
  await page.locator('kb-diagnose output').evaluate((output) => output.replaceChildren());
  await page.evaluate(({ lines, evidenceAt, evidence }) => {
    const filler = (i: number) =>
      `Auto-worker thread is waiting for next task ${i}  $$<Oobconsole><11-19-2009 03:00:00.276+480><thread=3120 (0xC30)>\r\n`;
    const parts: string[] = [];
    for (let i = 1; i <= lines; i++) parts.push(i === evidenceAt ? `${evidence}\r\n` : filler(i));
    const transfer = new DataTransfer();
    transfer.items.add(new File(parts, 'Oobconsole.log'));
    document
      .querySelector('kb-diagnose')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  }, log);
}
