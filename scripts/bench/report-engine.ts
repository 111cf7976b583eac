// The engine's tables: raw scan against grep per set size, the whole pipeline, and the CLI.
import { fixed, int, mbOfKb, ms, times } from './format.ts';
import { mbPerSecond } from './measure.ts';
import type { BenchResults } from './results.ts';
import { UTF8_LIMIT_MS } from './scan-bench.ts';
import type { Table } from './table.ts';

/** Section 1: buildAutomaton + scan() against grep, one row per signature-set size. */
export function scanTable(r: BenchResults): Table {
  return {
    title: `1. Raw scan of the ${fixed(r.inputs.log.bytes / 2 ** 20)} MB log: engine (the file read in 4 MB chunks into the byte scanner) vs grep -c -F -i -f, LC_ALL=${r.inputs.grepLocale}`,
    head: [
      'patterns',
      'DFA states',
      'scan',
      'build',
      'engine scan',
      'engine MB/s',
      'grep',
      'grep MB/s',
      'engine/grep',
      'lines hit (engine / grep)',
      'peak RSS (engine / grep)',
      'grep, C.UTF-8 (1 run)',
    ],
    rows: r.scan.map((row) => [
      int(row.patterns),
      int(row.states),
      row.mode,
      ms(row.buildMs),
      ms(row.engineMs),
      fixed(row.engineMbs),
      ms(row.grepMs),
      fixed(row.grepMbs),
      times(row.ratio),
      `${int(row.engineLines)} / ${int(row.grepLines)}${row.engineLines === row.grepLines ? '' : ' (differ)'}`,
      `${mbOfKb(row.engineRssKb)} / ${mbOfKb(row.grepRssKb)}`,
      row.utf8GrepMs === undefined
        ? `> ${int(UTF8_LIMIT_MS / 1000)} s (stopped)`
        : ms(row.utf8GrepMs),
    ]),
    notes: [
      "engine scan: the file read in 4 MB chunks into the byte scanner and scanned (reading included, as in grep's time), in-process; the automaton's build is apart.",
      'scan: WebAssembly with the prefilter (byte-prefilter.ts: few patterns), or in four lanes (many patterns, whose fingerprints would let most positions through).',
      'grep: wall time of the whole process, its count read from a pipe. Not "> /dev/null": GNU grep then stops at the first match (like -q, even with -c).',
      "engine/grep = grep time ÷ engine time (above 1: the engine is faster). Lines hit: the engine's hits counted by line (LF, as grep counts), in an extra untimed pass.",
      'Peak RSS of the engine is its whole child process: Node itself, the automaton and one 4 MB chunk (hits are counted by line in the same streaming way).',
      "The last column is grep in a UTF-8 locale, where -i with many patterns is far slower; the comparison uses LC_ALL=C, grep's fastest mode.",
    ],
  };
}

/** Section 2: decode + diagnose() with the real index, beside grep on the real message patterns. */
export function pipelineTable(r: BenchResults): Table {
  const p = r.pipeline;
  const bytes = r.inputs.log.bytes;
  return {
    title: `2. Whole-text path on the same log (inputs under 16 MB): decode + diagnose() with the real index (${r.inputs.index.signatures} signatures, ${r.inputs.index.patterns} patterns)`,
    head: ['step', 'time', 'MB/s', 'note'],
    rows: [
      ['load content/ + createMatcher', ms(p.indexMs), '', 'once per process'],
      ['decodeLogBytes (read + decode)', ms(p.decodeMs), fixed(mbPerSecond(bytes, p.decodeMs)), ''],
      [
        'diagnose()',
        ms(p.diagnoseMs),
        fixed(mbPerSecond(bytes, p.diagnoseMs)),
        `${int(p.entries)} entries, ${p.matches} matches, top: ${p.topSlug || '(none)'}`,
      ],
      [
        '  of which parseLog (alone)',
        ms(p.parseMs),
        fixed(mbPerSecond(bytes, p.parseMs)),
        'timed on its own',
      ],
      [
        '  of which scanText (alone)',
        ms(p.scanTextMs),
        fixed(mbPerSecond(bytes, p.scanTextMs)),
        'timed on its own: line starts, automaton scan, hit spans',
      ],
      ['decode + diagnose()', ms(p.totalMs), fixed(p.mbs), `peak RSS ${mbOfKb(p.rssKb)}`],
      [
        `grep, the ${r.kbGrep.patterns} message patterns`,
        ms(r.kbGrep.ms),
        fixed(r.kbGrep.mbs),
        `${int(r.kbGrep.lines)} lines, peak RSS ${mbOfKb(r.kbGrep.rssKb)}`,
      ],
      ['engine/grep', times(p.ratio), '', 'grep time ÷ decode + diagnose() time'],
    ],
  };
}

/** Section 3: the CLI on the whole file, beyond its start-up, against grep with the real patterns. */
export function cliTable(r: BenchResults): Table {
  const c = r.cli;
  return {
    title: '3. CLI: node bin/oobkb.cjs diagnose LOG --json (stdout drained; 100 MB streams)',
    head: ['measure', 'time', 'note'],
    rows: [
      ['start-up: oobkb code 0x80072EE9', ms(c.codeMs), 'target: at most 100 ms'],
      ['start-up (one-line log)', ms(c.startupMs), 'target: at most 100 ms'],
      [
        'Node alone (an empty script)',
        ms(c.nodeMs),
        'timed between the start-up runs (20 each, first in the benchmark)',
      ],
      [
        '100 MB log',
        ms(c.fullMs),
        `${int(c.entries)} entries, ${c.matches} matches, peak RSS ${mbOfKb(c.rssKb)}`,
      ],
      ['beyond start-up', ms(c.beyondMs), ''],
      [
        `grep, the ${r.kbGrep.patterns} message patterns`,
        ms(c.grepMs),
        `timed between the CLI's runs (${c.runs} each, interleaved)`,
      ],
      [
        'CLI beyond start-up ÷ grep',
        times(c.beyondMs / c.grepMs),
        "target: at most 2× (half grep's speed)",
      ],
    ],
  };
}

/** The CLI on a whole Logs folder of about 1 GB: time and peak memory, beside grep -r. */
export function folderTable(r: BenchResults): Table {
  const f = r.folder;
  const mb = f.bytes / 1048576;
  return {
    title: `3b. CLI: oobkb diagnose FOLDER --json, ${f.files} files, ${Math.round(mb)} MB (streamed)`,
    head: ['measure', 'time', 'note'],
    rows: [
      [
        'folder',
        ms(f.cliMs),
        `${int(f.lines)} lines, ${f.matches} matches, peak RSS ${mbOfKb(f.cliRssKb)} (target: at most 256 MB)`,
      ],
      ['grep -r, the same patterns', ms(f.grepMs), ''],
      [
        'CLI ÷ grep',
        times(f.cliMs / f.grepMs),
        `MB/s: CLI ${fixed(mb / (f.cliMs / 1000))}, 100 MB log ${fixed(100 / (r.cli.fullMs / 1000))} (linear: about equal)`,
      ],
    ],
  };
}
