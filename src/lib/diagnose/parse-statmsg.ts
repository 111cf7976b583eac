// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A status message echoed into a component log (log-formats.md §1, real-logs/011):
// STATMSG: ID=2300 SEV=I LEV=M SOURCE="SMS Server" COMP="SMS_DISTRIBUTION_MANAGER" … TID=5720 GMTDATE=…

// Matches the start of an echoed status message, e.g. "STATMSG: ID=7217" (indentation bounded,
// so a message of nothing but spaces costs nothing; no slice, as this runs once per log entry)
const RE_STATMSG_START = /^\s{0,56}STATMSG:/;
// Matches the message ID but not PID=/TID=/AID0=, e.g. "ID=7217"
const RE_ID = /(?:^|[\s:])ID=(\d{1,10})/;
// Matches the severity letter, e.g. "SEV=W"
const RE_SEV = /\bSEV=([EWIewi])\b/;
// Matches the component, e.g. COMP="SMS_AMT_OPERATION_MANAGER"
const RE_COMP = /\bCOMP="([^"]{1,128})"/;
// Matches the thread id, e.g. "TID=5720"
const RE_TID = /\bTID=(\d{1,10})/;
// Matches the UTC time, e.g. "GMTDATE=Fri Jan 13 22:36:47.610 2012"
const RE_GMTDATE = /\bGMTDATE=([A-Za-z]{3} [A-Za-z]{3} {1,2}\d{1,2} [\d:.]{5,12} \d{4})/;

/** STATMSG fields live in the first few hundred characters; a bound keeps huge lines cheap. */
const HEAD_CHARS = 4096;

/** The fields of a STATMSG line that map onto a log entry. */
export interface StatmsgFields {
  id?: number;
  sev?: string;
  component?: string;
  thread?: number;
  time?: string;
}

/** Whether a message is an echoed status message ("STATMSG: ID=…"). */
export function isStatmsg(message: string): boolean {
  return RE_STATMSG_START.test(message);
}

/** Reads ID, SEV, COMP, TID and GMTDATE from a STATMSG message; undefined for other messages. */
export function readStatmsg(message: string): StatmsgFields | undefined {
  if (!isStatmsg(message)) return undefined;
  const head = message.slice(0, HEAD_CHARS);
  const fields: StatmsgFields = {};
  const id = RE_ID.exec(head)?.[1];
  if (id !== undefined) fields.id = Number(id);
  const sev = RE_SEV.exec(head)?.[1];
  if (sev !== undefined) fields.sev = sev;
  const component = RE_COMP.exec(head)?.[1];
  if (component !== undefined) fields.component = component;
  const tid = RE_TID.exec(head)?.[1];
  if (tid !== undefined) fields.thread = Number(tid);
  const time = RE_GMTDATE.exec(head)?.[1];
  if (time !== undefined) fields.time = time;
  return fields;
}
