// Streams `MB` megabytes of log through the engine as the CLI does (pieces of 4 MB, never the
// whole), and prints one JSON line: the peak resident memory and what the diagnosis found.
import { loadIndexFromContent } from '../../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../../src/lib/diagnose/matcher.ts';
import { StreamDiagnosis } from '../../../src/lib/diagnose/stream-diagnose.ts';
import { createStreamMatcher } from '../../../src/lib/diagnose/stream-matcher.ts';

const megabytes = Number(process.argv[2]);
const filler = (i: number) =>
  `Auto-worker thread is waiting for next task ${i}  $$<SMS_AMT_OPERATION_MANAGER><11-19-2009 03:00:00.276+480><thread=3120 (0xC30)>\r\n`;
const hit =
  'Failed to open the IDE redirection session (0x80004005)  $$<Oobconsole><11-19-2009 03:00:01.000+480><thread=2364 (0x93C)>\r\n';
// One piece of 4 MB: filler lines and one line of evidence.
let text = hit;
for (let i = 0; text.length < 4 * 1024 * 1024 - 200; i++) text += filler(i);
const piece = new TextEncoder().encode(text);
const session = new StreamDiagnosis(
  createStreamMatcher(createMatcher(loadIndexFromContent('content'))),
);
const stream = session.file('Oobconsole.log');
const pieces = Math.round(megabytes / 4);
for (let i = 0; i < pieces; i++) stream.push(piece);
stream.end();
const diagnosis = session.finish();
console.log(
  JSON.stringify({
    maxRssKb: process.resourceUsage().maxRSS,
    bytes: diagnosis.stream?.bytes,
    top: diagnosis.matches[0]?.slug,
    occurrences: diagnosis.matches[0]?.occurrences,
  }),
);
