// The identifiers an article quotes in its code literals (log lines, paths, queries, codes):
// names a person copies from a log into the search box, which must find the article.
import { codeLiterals } from './integrity.ts';

// Matches a name of letters and digits, with parts joined by _ :: or ., not inside a longer token,
// e.g. AMT_RedirectionService, CSMSAMTProvTask::StartProvision, disc.ResourceId, Oobconsole.log
const RE_NAME = /(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:(?:_|::|\.)[A-Za-z0-9]+)*/g;
// Matches what makes a name an identifier rather than a word: a joiner or a change from lower to
// upper case, e.g. "_" in SMS_R_System, "." in amtopmgr.log, "tP" in GetAMTPowerState
const RE_IDENTIFIER = /_|::|\.|[a-z][A-Z]/;

/** The identifiers in an MDX body's code literals, in order of first appearance. */
export function codeIdentifiers(body: string): string[] {
  const names = [...codeLiterals(body)].flatMap((literal) => literal.match(RE_NAME) ?? []);
  return [...new Set(names.filter((name) => RE_IDENTIFIER.test(name)))];
}
