// The page's side of the widget's worker: requests are matched to their answers, and only the
// newest diagnosis is answered (an overtaken one resolves to undefined, its progress is ignored).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  WidgetResult,
  WorkerRequest,
  WorkerResponse,
} from '../../src/lib/diagnose-worker/protocol.ts';
import { WorkerClient, type WorkerPort } from '../../src/components/diagnose/worker-client.ts';

const result = (text: string): WidgetResult => ({
  matches: [],
  codes: [],
  entries: text.length,
  problems: 0,
  lines: 1,
  files: [],
});

/** A stand-in worker: a text starting with "slow" is answered after 40 ms, others at once; every diagnosis reports progress first. */
class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  readonly requests: WorkerRequest[] = [];

  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
    const reply = (response: WorkerResponse) =>
      this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
    const { id } = request;
    if (request.kind === 'warm') return void setTimeout(() => reply({ id, kind: 'ready' }));
    if (request.kind === 'titles')
      return void setTimeout(() =>
        reply({
          id,
          kind: 'titles',
          articles: request.slugs
            .filter((s) => s !== 'unknown')
            .map((slug) => ({ slug, title: slug.toUpperCase() })),
        }),
      );
    if (request.kind === 'rows')
      return void setTimeout(() => reply({ id, kind: 'rows', rows: [], total: request.of }));
    const text = request.kind === 'text' ? request.text : 'files';
    setTimeout(() => reply({ id, kind: 'progress', loaded: 1, total: 2 }));
    setTimeout(
      () => reply({ id, kind: 'result', result: result(text) }),
      text.startsWith('slow') ? 40 : 5,
    );
  }
}

const client = () => {
  const worker = new FakeWorker();
  return {
    worker,
    client: new WorkerClient(worker, {
      indexUrl: 'http://127.0.0.1/diagnose-index.json',
      lang: 'ja',
    }),
  };
};

test('warms the worker at once, with the index URL and the page language on every request', async () => {
  const { worker, client: c } = client();
  await c.ready;
  assert.deepEqual(worker.requests[0], {
    kind: 'warm',
    id: 1,
    indexUrl: 'http://127.0.0.1/diagnose-index.json',
    lang: 'ja',
  });
});

test('drops the answer and the progress of a diagnosis that a newer one overtook', async () => {
  const { client: c } = client();
  const progress: number[] = [];
  const [older, newer] = await Promise.all([
    c.diagnose({ kind: 'text', text: 'slow and old' }, () => progress.push(1)),
    c.diagnose({ kind: 'text', text: 'new' }, () => progress.push(2)),
  ]);
  assert.equal(older, undefined);
  assert.equal(newer?.kind === 'result' && newer.result.entries, 3);
  assert.deepEqual(progress, [2]);
});

test('keeps every answer when diagnoses do not overlap, and drops one cancelled on the way', async () => {
  const { client: c } = client();
  assert.equal((await c.diagnose({ kind: 'text', text: 'slow one' }, () => {}))?.kind, 'result');
  assert.equal((await c.diagnose({ kind: 'text', text: 'two' }, () => {}))?.kind, 'result');
  const cancelled = c.diagnose({ kind: 'text', text: 'slow three' }, () => {});
  c.cancel();
  assert.equal(await cancelled, undefined);
});

test('asks for table rows and titles apart from diagnoses, so asking never makes an answer stale', async () => {
  const { client: c } = client();
  const answer = c.diagnose({ kind: 'text', text: 'slow answer' }, () => {});
  assert.deepEqual(await c.titles(['a-b', 'unknown']), [{ slug: 'a-b', title: 'A-B' }]);
  assert.deepEqual(await c.rows(7, true), { rows: [], total: 7 });
  assert.equal((await answer)?.kind, 'result');
});
