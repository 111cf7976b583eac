// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The parts of an HRESULT, per Microsoft's "Structure of COM Error Codes" (error-codes.md).

/** FACILITY_* names from winerror.h, by facility number. */
const FACILITY_NAMES: Readonly<Record<number, string>> = {
  0: 'NULL',
  1: 'RPC',
  2: 'DISPATCH',
  3: 'STORAGE',
  4: 'ITF',
  7: 'WIN32',
  8: 'WINDOWS',
  9: 'SECURITY', // also spelt FACILITY_SSPI
  10: 'CONTROL',
  11: 'CERT',
  12: 'INTERNET',
  13: 'MEDIASERVER',
  14: 'MSMQ',
  15: 'SETUPAPI',
  16: 'SCARD',
  17: 'COMPLUS',
  18: 'AAF',
  19: 'URT',
  20: 'ACS',
  21: 'DPLAY',
  22: 'UMI',
  23: 'SXS',
  24: 'WINDOWS_CE',
  25: 'HTTP',
  32: 'BACKGROUNDCOPY',
  33: 'CONFIGURATION',
  34: 'STATE_MANAGEMENT',
  35: 'METADIRECTORY',
  36: 'WINDOWSUPDATE',
  37: 'DIRECTORYSERVICE',
  38: 'GRAPHICS',
  39: 'SHELL',
  40: 'TPM_SERVICES',
  41: 'TPM_SOFTWARE',
};

/** FACILITY_WIN32: the low 16 bits are a Win32 error code (HRESULT_FROM_WIN32). */
export const FACILITY_WIN32 = 7;

/** An HRESULT split into its fields. */
export interface HresultParts {
  /** Bit 31: 1 = error. */
  severity: 'error' | 'success';
  /** Bits 16–26. */
  facility: number;
  /** FACILITY_* name without the prefix, when known. */
  facilityName?: string;
  /** Bits 0–15. */
  code: number;
  /** The Win32 error code, when the facility is WIN32 (0x80072EE9 → 12009). */
  win32?: number;
}

/** Splits a 32-bit code into severity, facility and code (0x80072EE9 → error, 7 WIN32, 0x2EE9, win32 12009). */
export function decodeHresult(value: number): HresultParts {
  const v = value >>> 0;
  const facility = (v >>> 16) & 0x7ff;
  const code = v & 0xffff;
  const parts: HresultParts = { severity: v >= 0x80000000 ? 'error' : 'success', facility, code };
  const name = FACILITY_NAMES[facility];
  if (name !== undefined) parts.facilityName = name;
  if (facility === FACILITY_WIN32) parts.win32 = code;
  return parts;
}
