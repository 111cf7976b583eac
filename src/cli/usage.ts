// NODE ONLY. The CLI's help text: commands, options and exit codes (README's CLI section says the same).

export const USAGE = `usage: oobkb diagnose PATH... [--json] [--lang ja|en] [--since TIME] [--until TIME] [--site URL]
       oobkb explain PATH...  [--json] [--lang ja|en]
       oobkb timeline PATH... [--all] [--json] [--since TIME] [--until TIME] [--local-bias MINUTES]
       oobkb code CODE         [--json] [--lang ja|en] [--site URL]
       oobkb show [SLUG]       [--lang ja|en] [--site URL]
       oobkb new SLUG          [--category CATEGORY]
       oobkb draft PATH... --slug SLUG
       oobkb coverage          [--json]

PATH is a log file (any name), a folder (searched recursively for *.log and *.lo_, the
rotated copies included; other files are skipped and counted) or - for standard input.
diagnose  names the articles that match all the inputs together, with the lines that prove it.
explain   for each entry with an error, a warning or a code: every signature tried, which of its
          parts held (✓/✗), what was missing, and why a close one did not fire (strong / possible /
          rejected). Judged as diagnose judges; exit 0 when some entry fires a signature.
timeline  lists the errors and warnings of all the inputs in time order (every entry with --all).
code      decodes an error code in any spelling (0x80072EE9, 80072ee9, -2147012887).
show      prints an article for the terminal; without SLUG, lists the articles.
new       writes content/articles/SLUG/ (facts.yaml, ja.mdx, en.mdx) with a TODO(oobkb) placeholder
          wherever something is to be written; the content check refuses each until it is.
draft     writes content/articles/SLUG/ drafted from a log that no article matches: its error lines
          as signatures and samples, its log and codes, other articles' samples as near misses.
coverage  lists the line forms each signature's samples cover, and the codes and logs no article covers.

--since/--until TIME  only entries from/until TIME: 2009-11-19, "2009-11-19 11:35", 2009-11-19T11:35:01.
          Without an offset TIME is local time as the logs write it; with Z or +09:00 it is an instant.
          --until takes in the whole last unit written (the day, the minute).
--local-bias MINUTES  for times written without an offset (viewer rows): minutes to add for UTC,
          as ConfigMgr writes its bias (480 for UTC-08:00, -540 for UTC+09:00). Default: the bias
          the other logs state most, else none.
--site URL  print full links to the site (also OOBKB_SITE and OOBKB_BASE); otherwise articles are
          given as the oobkb show command.

Exit status: 0 an answer (an article matched, an entry listed, a known code, an article shown,
a folder written, the coverage listed), 1 no answer, 2 an error or a refusal (bad usage, an
unreadable input even when the others were read, nothing to read, an article folder that exists,
content that does not validate, each of its problems on a line of stderr). Messages about inputs
are one line each on stderr.`;
