// SHIPS TO THE BROWSER (in the widget's worker, for drafts). Pure. The literal a draft signature
// proposes for a log message: its longest run of words that holds no digit. Words with digits are
// what changes from one occurrence to the next (times, counts, thumbprints, addresses, the error
// code itself, which a signature names in `code`), so the literal stays a substring of the message
// that the next occurrence writes too.

// Matches a run of white space or a word, e.g. "  " or "result:0x80072EE9"
const RE_TOKEN = /\s+|\S+/g;
// Matches what ends a run: a digit (in a word) or a line break (in white space)
const RE_RUN_END = /[\d\r\n]/;
// Matches punctuation and spaces at either end of a run, e.g. ": " in "fail with result: "
const RE_EDGES = /^[\s:;,.=([{'"-]+|[\s:;,=([{'"-]+$/g;

/** A literal of at least this many characters; a shorter run identifies nothing. */
const MIN_CHARS = 8;
/** A literal is cut at a word boundary to at most this many characters. */
const MAX_CHARS = 120;

/** A run cut to MAX_CHARS at the last space before the limit. */
function cut(run: string): string {
  if (run.length <= MAX_CHARS) return run;
  const space = run.lastIndexOf(' ', MAX_CHARS);
  return (space > MIN_CHARS ? run.slice(0, space) : run.slice(0, MAX_CHARS)).trim();
}

/** The message's longest run without digits, trimmed and cut; undefined when no run is long enough. */
export function messageLiteral(message: string): string | undefined {
  let longest = '';
  let run = '';
  const close = () => {
    const trimmed = run.replace(RE_EDGES, '');
    if (trimmed.length > longest.length) longest = trimmed;
    run = '';
  };
  for (const [token] of message.matchAll(RE_TOKEN)) {
    if (RE_RUN_END.test(token)) close();
    else run += token;
  }
  close();
  return longest.length >= MIN_CHARS ? cut(longest) : undefined;
}
