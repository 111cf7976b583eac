// A TextMate grammar for ConfigMgr 2007 log lines, used by Shiki for ```cmlog fences.
// It knows the SMS trace trailer, the CMTrace (CCM) record, Trace32/CMTrace clipboard
// columns, error codes and CMTrace's own error/warning words. Scopes are chosen so that
// both github-light and github-dark give them distinct colours.

import { CODE_IN_TEXT } from '../diagnose/code-spellings.ts';

/** @type {import('shiki').LanguageRegistration} */
export const configMgrLogGrammar = {
  name: 'cmlog',
  scopeName: 'source.cmlog',
  aliases: ['configmgr-log'],
  patterns: [
    { include: '#cmtrace-record' },
    { include: '#sms-trailer' },
    { include: '#viewer-columns' },
    { include: '#message' },
  ],
  repository: {
    // <![LOG[Message]LOG]!><time="14:24:33.329+420" date="06-26-2015" component="X" context="" type="1" thread="1256" file="a.cpp:1">
    'cmtrace-record': {
      patterns: [
        { match: '<!\\[LOG\\[|\\]LOG\\]!>', name: 'punctuation.definition.tag.cmlog' },
        {
          match: '\\b(type)(=)("3")',
          captures: {
            1: { name: 'entity.other.attribute-name.cmlog' },
            2: { name: 'punctuation.separator.cmlog' },
            3: { name: 'markup.deleted.severity.error.cmlog' },
          },
        },
        {
          match: '\\b(type)(=)("2")',
          captures: {
            1: { name: 'entity.other.attribute-name.cmlog' },
            2: { name: 'punctuation.separator.cmlog' },
            3: { name: 'entity.name.function.severity.warning.cmlog' },
          },
        },
        {
          match: '\\b(time|date|component|context|type|thread|file)(=)("[^"]*")',
          captures: {
            1: { name: 'entity.other.attribute-name.cmlog' },
            2: { name: 'punctuation.separator.cmlog' },
            3: { name: 'string.quoted.double.cmlog' },
          },
        },
      ],
    },
    // ~~  $$<SMS_AMT_OPERATION_MANAGER><11-19-2009 11:35:01.123+480><thread=3120 (0xC30)>
    'sms-trailer': {
      match: '(\\$\\$)(<)([^>]*)(>)(<)([^>]*)(>)(<thread=[^>]*>)?',
      captures: {
        1: { name: 'punctuation.definition.trailer.cmlog' },
        2: { name: 'punctuation.definition.tag.cmlog' },
        3: { name: 'entity.name.tag.component.cmlog' },
        4: { name: 'punctuation.definition.tag.cmlog' },
        5: { name: 'punctuation.definition.tag.cmlog' },
        6: { name: 'string.unquoted.timestamp.cmlog' },
        7: { name: 'punctuation.definition.tag.cmlog' },
        8: { name: 'string.unquoted.thread.cmlog' },
      },
    },
    // Error:…  SMS_AMT_OPERATION_MANAGER  11/19/2009 11:35:01 AM  2880 (0x0B40)
    'viewer-columns': {
      patterns: [
        { match: '\\bSMS_[A-Z0-9_]+\\b', name: 'entity.name.tag.component.cmlog' },
        {
          match: '\\b\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2}(?: [AP]M)?',
          name: 'string.unquoted.timestamp.cmlog',
        },
        { match: '\\b\\d+ \\(0x[0-9A-Fa-f]+\\)', name: 'string.unquoted.thread.cmlog' },
        { match: '<(?:date|time|日付|時刻)>', name: 'string.other.placeholder.cmlog' },
      ],
    },
    message: {
      patterns: [
        { match: CODE_IN_TEXT, name: 'constant.numeric.error-code.cmlog' },
        {
          match: '(?i)\\b(?:error|fail(?:ed|s|ure)?)\\b(?<!failover)|エラー|失敗',
          name: 'markup.deleted.severity.error.cmlog',
        },
        {
          match: '(?i)\\bwarn(?:ing)?\\b|警告',
          name: 'entity.name.function.severity.warning.cmlog',
        },
        { match: '\\bSTATMSG:|\\b(?:ID|SEV|COMP)=', name: 'keyword.other.statmsg.cmlog' },
      ],
    },
  },
};
