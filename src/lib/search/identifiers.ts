// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// Identifiers such as AMT_RedirectionService, CSMSAMTProvTask::StartProvision or Oobconsole.log in
// one searchable word. The Japanese index (Lindera) cuts them into parts (AMT + RedirectionService),
// so a query that keeps them whole finds nothing there, and one that cuts them ranks any page with
// "AMT" or "E" first. Each article is therefore also indexed under the joined form of the identifiers
// it quotes (index-terms.ts), and a Japanese query joins its identifiers the same way
// (japanese-query.ts): amtredirectionservice is one word, in the index and in the query.

// Matches what joins the parts of an identifier: "_" in AMT_RedirectionService, "::" in
// CSMSAMTProvTask::StartProvision, "." between letters in disc.ResourceId or Oobconsole.log
// (not in 192.168.0.1)
const RE_JOINER = /(?<=[A-Za-z0-9])(?:_+|::)(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\.(?=[A-Za-z])/g;

/** Joins the parts of the identifiers in a text: "AMT_RedirectionService を確認" → "AMTRedirectionService を確認". */
export const joinIdentifiers = (text: string): string => text.replace(RE_JOINER, '');
