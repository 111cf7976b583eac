// Every sample of every signature, re-rendered the ways people paste it: a status message as a
// Status Message Viewer row (TABs, runs of spaces or single spaces; English or Japanese words;
// the viewer's date forms; with or without a header row, in the default or another column
// order; with its ID columns present, empty or cut; its description over several lines), a log
// line as a CMTrace/Trace32 copy (TABs or runs of spaces, date forms, with or without a header,
// Thread cut). Each variant must be read as that kind of row and still diagnose strong to the
// sample's article.
// What a variant must carry: the message (or description) as the sample's entry has it, the
// component (signatures may require it, and Oobconsole is itself a context word of
// oobconsole-0x80004005), and for status messages the message ID. Every variant here keeps all
// three, so no sample is excluded; a sample whose strength came from anything else (a file name,
// a word outside its entry) would have to be listed here with the reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import type { LogEntry } from '../../src/lib/diagnose/types.ts';
import {
  cmtraceStyles,
  DATE_FORMS,
  descriptionLines,
  renderCmtraceCopy,
  renderStatusRows,
  statusStyles,
  type StatusRow,
  type StatusStyle,
} from './support/viewer-render.ts';

const kb = loadKnowledgeBase('content');
const matcher = createMatcher(loadIndexFromContent('content'));

/** Generated variants per sample; together they keep the file well under 20 s. */
const STATUS_RUNS = 1000;
const CMTRACE_RUNS = 200;

/** A real row of another component (real-logs/008), pasted before or after the sample's row. */
const NEIGHBOUR: StatusRow = {
  severity: 'warning',
  component: 'SMS_MP_CONTROL_MANAGER',
  id: 5446,
  description:
    'MP has rejected the request because CD(SMSID = 995232ED-98CF-49F1-9416-231E142648CC) certificate has expired.',
};

/** The one entry a sample parses to. */
function entryOf(sample: string): LogEntry {
  const entries = parseLog(sample);
  assert.equal(entries.length, 1, `a sample is one entry: ${sample}`);
  return entries[0]!;
}

/** Text without its white space: line breaks put into a description (after "。") add none. */
const bare = (text: string) => text.replace(/\s+/g, '');

/**
 * Asserts that the variant holds the row as a status-viewer entry: its ID, component, time and
 * severity, and its whole description when ID columns end it (otherwise at least its first line).
 */
function assertStatusRead(variant: string, row: StatusRow, style: StatusStyle): void {
  const entry = parseLog(variant).find(
    (e) => e.format === 'status-viewer' && e.statusMessageId === row.id,
  );
  assert.ok(entry, `read as a status row:\n${variant}`);
  assert.equal(entry.component, row.component, `component:\n${variant}`);
  assert.equal(entry.time, DATE_FORMS[style.date], `time:\n${variant}`);
  assert.equal(entry.severity, row.severity, `severity:\n${variant}`);
  const idsEndIt =
    style.separator !== 'single' &&
    style.header !== 'short' &&
    (style.tail === 'both' ||
      style.tail === 'pid' ||
      (style.tail === 'empty' && style.separator === 'tab'));
  if (idsEndIt)
    assert.equal(bare(entry.message), bare(row.description), `description:\n${variant}`);
  else
    assert.ok(
      bare(entry.message).startsWith(
        bare(descriptionLines(row.description, style).join('\n').split('\n')[0]!),
      ),
      `description start:\n${variant}`,
    );
}

/** Asserts that a variant diagnoses to the article as the top strong match. */
function assertStrong(variant: string, slug: string): void {
  const [top] = diagnose(matcher, variant).matches;
  assert.equal(top?.slug, slug, `variant:\n${variant}`);
  assert.equal(top?.confidence, 'strong', `variant:\n${variant}`);
}

for (const article of kb.articles) {
  for (const signature of article.facts.signatures) {
    const entries = signature.samples.map(entryOf);
    // A CMTrace copy always has a component column. A sample of message text alone takes the one its
    // signature declares, or else the one its other samples were written by (their trailers or
    // columns), so that a context word carried by the component (Oobconsole) survives too.
    const component = signature.component ?? entries.find((e) => e.component)?.component;
    entries.forEach((entry, i) => {
      const name = `${signature.id} sample ${i + 1}`;
      if (entry.statusMessageId !== undefined) {
        test(`${name}: every Status Message Viewer rendering diagnoses strong to ${article.slug}`, () => {
          assert.ok(entry.component, 'a status message names its component');
          const row: StatusRow = {
            severity: entry.severity,
            component: entry.component,
            id: entry.statusMessageId!,
            description: entry.message,
          };
          fc.assert(
            fc.property(
              statusStyles,
              fc.constantFrom('none', 'before', 'after'),
              (style, neighbour) => {
                const rows =
                  neighbour === 'none'
                    ? [row]
                    : neighbour === 'before'
                      ? [NEIGHBOUR, row]
                      : [row, NEIGHBOUR];
                const variant = renderStatusRows(rows, style);
                assertStatusRead(variant, row, style);
                assertStrong(variant, article.slug);
              },
            ),
            { numRuns: STATUS_RUNS },
          );
        });
        return;
      }
      test(`${name}: every CMTrace/Trace32 copy diagnoses strong to ${article.slug}`, () => {
        assert.ok(component, `${signature.id}: no component to write in the copy's column`);
        fc.assert(
          fc.property(cmtraceStyles, (style) => {
            const variant = renderCmtraceCopy({ message: entry.message, component }, style);
            const [copy, ...others] = parseLog(variant);
            assert.equal(others.length, 0, `one entry, the header skipped:\n${variant}`);
            assert.deepEqual(
              {
                format: copy?.format,
                message: copy?.message,
                component: copy?.component,
                time: copy?.time,
                thread: copy?.thread,
              },
              {
                format: 'viewer-copy',
                message: entry.message,
                component,
                time: DATE_FORMS[style.date],
                thread: style.thread ? 3120 : undefined,
              },
              `read as a CMTrace copy:\n${variant}`,
            );
            assertStrong(variant, article.slug);
          }),
          { numRuns: CMTRACE_RUNS },
        );
      });
    });
  }
}

test('the knowledge base has status-message and log-line samples to render', () => {
  const samples = kb.articles.flatMap((a) =>
    a.facts.signatures.flatMap((s) => s.samples.map(entryOf)),
  );
  assert.ok(samples.filter((e) => e.statusMessageId !== undefined).length >= 3);
  assert.ok(samples.filter((e) => e.statusMessageId === undefined).length >= 20);
});
