// Message texts of synthetic log entries: templates modelled on amtopmgr.log, amtproxymgr.log and
// Oobconsole.log, with varying hosts, GUIDs, codes and counts, plus free runs of log words.
import type { Random } from './prng.ts';
import { CODES, hostName, WORDS } from './vocabulary.ts';

const hex = (random: Random, digits: number): string => {
  let out = '';
  for (let i = 0; i < digits; i++) out += '0123456789ABCDEF'[random.int(16)];
  return out;
};

const guid = (random: Random): string =>
  `{${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}}`;
const ip = (random: Random): string =>
  `10.${random.int(256)}.${random.int(256)}.${1 + random.int(254)}`;
const host = (random: Random): string => hostName(random.int(5000));

/** A run of log words, capitalised like a sentence. */
export function wordRun(random: Random, min: number, max: number): string {
  const words: string[] = [];
  const count = min + random.int(max - min + 1);
  for (let i = 0; i < count; i++) words.push(random.pick(WORDS));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Template = (random: Random) => string;

const TEMPLATES: readonly Template[] = [
  (r) => `Connecting to ${host(r)}:16993`,
  () => 'Disconnected.',
  (r) => `CSMSAMTDiscoveryTask::Execute, discovering ${host(r)} (${ip(r)})`,
  (r) =>
    `Successfully discovered AMT device ${host(r)}, AMT version ${2 + r.int(4)}.${r.int(3)}, provision state ${r.int(3)}`,
  (r) => `Send task ${guid(r)} to completion port`,
  () => 'Auto-worker thread is waiting for next task...',
  (r) =>
    `CStateMsgReporter::DeliverMessages - Queued message: TT=1401 TIDT=0 TID='${guid(r)}' SID=1 MUF=0 PCNT=2, P1='${host(r)}' P2='' P3='' P4='' P5=''`,
  (r) =>
    `STATMSG: ID=${7200 + r.int(30)} SEV=I LEV=M SOURCE="SMS Server" COMP="SMS_AMT_OPERATION_MANAGER" SYS=CS1SRV SITE=CS1 PID=2412 TID=3120 GMTDATE=Thu Nov 19 02:35:01.123 2009 ISTR0="${host(r)}" ISTR1="" NUMATTRS=0`,
  (r) => `Error: failed to get AMT power state of ${host(r)}, result ${r.pick(CODES)}`,
  () => 'GetAMTPowerState succeeded, power state: S0',
  () => 'AMT Provision Worker: Wakes up to process instruction files',
  (r) => `Found ${r.int(40)} instruction files to process`,
  (r) =>
    `Processing instruction file C:\\Program Files\\Microsoft Configuration Manager\\inboxes\\amtopmgr.box\\${hex(r, 8)}.RDC`,
  (r) => `Worker thread pool: ${r.int(16)} active, ${r.int(16)} idle`,
  (r) =>
    `WSMAN: POST /wsman HTTP/1.1 to ${ip(r)}:16993, status ${r.pick(['200', '200', '200', '401', '500'])}`,
  (r) => `Remove unused provision certificate with hash ${hex(r, 40)} from memory.`,
  (r) => `Sql: select ResourceID from v_R_System where Name0 = '${host(r).split('.')[0]}'`,
  (r) => `The AMT device ${host(r)} is in provisioning state ${r.int(3)}; skipping`,
  (r) => `Retrying in ${5 * (1 + r.int(12))} seconds (attempt ${1 + r.int(3)} of 3)`,
  (r) => `${wordRun(r, 4, 14)}.`,
  (r) => `${wordRun(r, 3, 8)}: ${wordRun(r, 2, 6).toLowerCase()} (${r.pick(CODES)})`,
];

/** One synthetic message text. */
export const message = (random: Random): string => random.pick(TEMPLATES)(random);
