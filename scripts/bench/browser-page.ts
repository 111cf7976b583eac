// Functions that run INSIDE the page (passed to page.evaluate, so each is self-contained): they
// record long main-thread tasks, stage the log for a paste or a drop, and wait for the answer.

/** A recorded performance entry; long animation frames name the scripts that ran in them. */
export interface Slice {
  start: number;
  duration: number;
  scripts?: string[];
}

/** When an action began, when its result was in the DOM, and when the frame after it ran. */
export interface ActionTiming {
  start: number;
  result: number;
  painted: number;
  matches: number;
  lead: string;
}

interface BenchWindow {
  __bench: { tasks: Slice[]; frames: Slice[] };
  __benchPaste: { start?: number; end?: number };
  __benchFile: File;
  __benchText: string;
}

/** Fetches the benchmark log (served by a route) into a File and a string, ahead of any timing. */
export async function prepareLog({ url, name }: { url: string; name: string }): Promise<number> {
  const w = window as unknown as BenchWindow;
  const blob = await (await fetch(url)).blob();
  w.__benchFile = new File([blob], name, { type: 'text/plain' });
  w.__benchText = await blob.text();
  return blob.size;
}

/**
 * Puts the log on the clipboard and notes when the textarea's paste starts and when it has landed:
 * the field's input event, or, for a paste the widget holds instead of inserting, its note showing.
 */
export async function stagePaste(): Promise<void> {
  const w = window as unknown as BenchWindow;
  await navigator.clipboard.writeText(w.__benchText);
  w.__benchPaste = {};
  const textarea = document.querySelector<HTMLTextAreaElement>('kb-diagnose textarea')!;
  const held = document.querySelector<HTMLElement>('kb-diagnose [data-held]')!;
  const landed = () => (w.__benchPaste.end ??= performance.now());
  textarea.addEventListener('paste', () => (w.__benchPaste.start = performance.now()), {
    capture: true,
    once: true,
  });
  textarea.addEventListener('input', landed, { once: true });
  new MutationObserver((_, observer) => {
    if (held.hidden) return;
    landed();
    observer.disconnect();
  }).observe(held, { attributes: true, attributeFilter: ['hidden'] });
}

/** When the paste started and when it landed (end undefined while it is running). */
export const pasteTiming = (): { start?: number; end?: number } =>
  (window as unknown as BenchWindow).__benchPaste;

/** Starts recording long tasks and long animation frames (with the scripts that ran in them). */
export function startObserving(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = { tasks: [], frames: [] };
  type Frame = PerformanceEntry & {
    scripts?: { invoker: string; sourceURL: string; duration: number }[];
  };
  const watch = (type: string, into: Slice[]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Frame[]) {
        const scripts = (entry.scripts ?? []).map(
          (s) =>
            `${s.invoker} @ ${s.sourceURL.split('/').pop() ?? ''} ${Math.round(s.duration)} ms`,
        );
        into.push({
          start: entry.startTime,
          duration: entry.duration,
          ...(scripts.length ? { scripts } : {}),
        });
      }
    }).observe({ type });
  };
  watch('longtask', w.__bench.tasks);
  watch('long-animation-frame', w.__bench.frames);
}

/** The entries recorded so far. */
export const recorded = (): { tasks: Slice[]; frames: Slice[] } =>
  (window as unknown as BenchWindow).__bench;

/** Drops the log file on the widget (or clicks Diagnose) and resolves once the answer is drawn. */
export function actAndWait(kind: 'drop' | 'click'): Promise<ActionTiming> {
  const root = document.querySelector<HTMLElement>('kb-diagnose')!;
  const output = root.querySelector('output')!;
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!output.querySelector('ol.matches, .lead')) return;
      observer.disconnect();
      const result = performance.now();
      const matches = output.querySelectorAll('ol.matches > li').length;
      const lead = output.querySelector('.lead')?.textContent ?? '';
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ start, result, painted: performance.now(), matches, lead }), 0),
      );
    });
    observer.observe(output, { childList: true, subtree: true });
    if (kind === 'click')
      return root.querySelector<HTMLButtonElement>('button[data-diagnose]')!.click();
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as BenchWindow).__benchFile);
    root.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  });
}
