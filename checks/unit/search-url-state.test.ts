import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readState, writeState } from '../../src/lib/search/url-state.ts';

test('readState reads the query and repeated filters, ignoring unknown and empty params', () => {
  const state = readState(
    new URLSearchParams('q=+ipv6+&version=sp2&version=r2&version=sp2&log=&utm=x'),
  );
  assert.deepEqual(state, { q: 'ipv6', filters: { version: ['sp2', 'r2'] } });
});

test('writeState writes q first, then the filters in a fixed order', () => {
  const params = writeState({
    q: '名前解決',
    filters: { code: ['0x80072EE9'], category: ['connection'] },
  });
  assert.equal(
    params.toString(),
    'q=%E5%90%8D%E5%89%8D%E8%A7%A3%E6%B1%BA&category=connection&code=0x80072EE9',
  );
});

test('a state survives a round trip through the URL', () => {
  const state = {
    q: '0x80072EE9',
    filters: { category: ['prerequisites'], version: ['sp1', 'r3'], log: ['oobconsole.log'] },
  };
  assert.deepEqual(readState(writeState(state)), state);
});

test('an empty state writes no params', () => {
  assert.equal(writeState({ q: '', filters: {} }).toString(), '');
});
