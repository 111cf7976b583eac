// Words and names the synthetic logs and signature sets are made of: the vocabulary of the out of
// band management logs of ConfigMgr 2007, so that patterns and log text share words the way real
// signatures and real logs do (partial matches are common; whole matches are rare).

/** Lower-case words of log messages; synthetic patterns are sequences of these. */
export const WORDS = [
  'amt', 'device', 'provision', 'provisioning', 'discovery', 'discovered', 'task', 'worker', 'thread', 'queue',
  'instruction', 'file', 'files', 'process', 'processing', 'processed', 'certificate', 'hash', 'memory', 'remove',
  'unused', 'connect', 'connecting', 'connection', 'connected', 'disconnected', 'session', 'redirection', 'serial',
  'over', 'lan', 'power', 'state', 'status', 'request', 'response', 'result', 'error', 'warning', 'failed', 'fail',
  'with', 'to', 'from', 'for', 'the', 'of', 'in', 'on', 'at', 'by', 'is', 'was', 'not', 'no', 'and', 'or', 'will',
  'be', 'has', 'been', 'send', 'sent', 'receive', 'received', 'message', 'messages', 'state', 'system', 'site',
  'server', 'client', 'console', 'service', 'point', 'out', 'band', 'management', 'manager', 'operation', 'proxy',
  'wsman', 'soap', 'http', 'https', 'tls', 'port', 'address', 'host', 'name', 'resolution', 'dns', 'record', 'lookup',
  'timeout', 'retry', 'retrying', 'attempt', 'seconds', 'waiting', 'next', 'wakes', 'up', 'auto', 'completion',
  'database', 'sql', 'query', 'resource', 'collection', 'schedule', 'maintenance', 'window', 'wake', 'boot',
  'bios', 'extension', 'firmware', 'version', 'setup', 'configuration', 'profile', 'wireless', 'wired', 'network',
  'interface', 'prefix', 'policy', 'account', 'user', 'password', 'admin', 'local', 'remote', 'domain', 'kerberos',
  'digest', 'authentication', 'authorization', 'access', 'denied', 'invalid', 'parameter', 'value', 'missing',
  'unknown', 'unsupported', 'enabled', 'disabled', 'enable', 'disable', 'change', 'put', 'get', 'set', 'instance',
  'class', 'property', 'audit', 'log', 'event', 'alert', 'subscription', 'clock', 'time', 'sync', 'synchronize',
  'mode', 'enterprise', 'small', 'business', 'reprovision', 'unprovision', 'full', 'partial', 'reset', 'restart',
  'shutdown', 'sleep', 'hibernate', 'on', 'off', 'cycle', 'ide', 'drive', 'image', 'iso', 'floppy', 'storage',
  'hardware', 'inventory', 'asset', 'data', 'table', 'row', 'column', 'report', 'state', 'milestone', 'detail',
] as const;

/** Component names of the logs (trailer and CMTrace `component`); never in a synthetic pattern. */
export const COMPONENTS = ['SMS_AMT_OPERATION_MANAGER', 'SMS_AMT_PROXY_COMPONENT', 'Oobconsole', 'AMTPROVISIONING', 'SMS_OOB_SERVICE_POINT'] as const;

/** Source files named in CMTrace lines. */
export const SOURCE_FILES = ['amtopmgr.cpp:412', 'amtprovtask.cpp:1287', 'wsmanutil.cpp:88', 'oobconsole.cpp:533', 'statemsg.cpp:201', ''] as const;

/** Host names, e.g. amt-pc0123.contoso.com. */
export const hostName = (n: number): string => `amt-pc${String(n).padStart(4, '0')}.contoso.com`;

/** HRESULT-like codes that ConfigMgr logs print. */
export const CODES = ['0x80004005', '0x80070005', '0x80072EE2', '0x80072EFD', '0x8007000E', '0x80041002', '0x87D00215', '0x00000000'] as const;
