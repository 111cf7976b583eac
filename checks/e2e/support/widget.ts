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
