import { describe, expect, it, vi } from 'vitest';
import type { ApiArgs, ApiMethod, ApiResult } from '../../preload/api';
import { createDispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

/** Names that are also properties of every JavaScript object: a lookup in a plain object finds them. */
const PROPERTY_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
  'toLocaleString',
  'then',
  'length',
];

function api() {
  const dispatch = createDispatch(createHandlers(tempLibrary().db), vi.fn());
  return async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> => {
    const response = await dispatch(method, args);
    if (!response.ok) throw new Error(`${method}: ${response.error.code}: ${response.error.message}`);
    return response.value as ApiResult<M>;
  };
}

describe.each(PROPERTY_NAMES)('a tag named %s', (name) => {
  it('works in every tag operation', async () => {
    const call = api();
    await call('commitImport', { text: MINI_PAGE });
    const [a, b, c] = (await call('listPapers', {})).map((paper) => paper.id) as [number, number, number];

    expect(await call('addTags', { ids: [a], names: [name] })).toEqual({
      tags: [name],
      existing: [],
      added: 1,
    });
    expect(await call('addTags', { ids: [b], names: [name.toUpperCase()] })).toEqual({
      tags: [name],
      existing: name.toUpperCase() === name ? [] : [{ typed: name.toUpperCase(), tag: name }],
      added: 1,
    });
    expect(await call('listTags', {})).toEqual([{ name, color: null, count: 2 }]);
    expect((await call('getPaper', { id: a })).tags).toEqual([name]);

    expect((await call('listPapers', { tag: name })).map((paper) => paper.id).sort()).toEqual([a, b].sort());
    const quoted = `tag:"${name}"`;
    expect((await call('search', { query: quoted })).total).toBe(2);
    expect((await call('search', { query: `tag:${name}` })).total).toBe(2);
    expect((await call('search', { query: '', tag: name })).total).toBe(2);
    expect((await call('search', { query: name })).total).toBeGreaterThanOrEqual(2);

    await call('setTagColor', { name, color: '#336699' });
    expect((await call('listTags', {}))[0]).toEqual({ name, color: '#336699', count: 2 });
    const exported = await call('exportPapers', { format: 'json', selection: { tag: name } });
    expect(exported.count).toBe(2);

    await call('removeTags', { ids: [b], names: [name] });
    expect((await call('getPaper', { id: b })).tags).toEqual([]);

    await call('addTags', { ids: [b, c], names: ['other'] });
    expect(await call('previewTagRename', { from: name, to: 'OTHER' })).toEqual({
      from: name,
      to: 'other',
      merge: true,
      papers: 3,
    });
    await expect(call('renameTag', { from: name, to: 'other' })).rejects.toThrow(/tag_exists/);
    expect(await call('renameTag', { from: 'other', to: `${name} 2` })).toEqual({
      name: `${name} 2`,
      merged: false,
    });
    expect(await call('renameTag', { from: `${name} 2`, to: name, merge: true })).toEqual({
      name,
      merged: true,
    });
    expect(await call('listTags', {})).toEqual([{ name, color: '#336699', count: 3 }]);

    await call('undo', {});
    expect((await call('listTags', {})).map((tag) => tag.name).sort()).toEqual([name, `${name} 2`].sort());
    await call('redo', {});

    expect(await call('deleteTag', { name })).toEqual({ papers: 3 });
    expect(await call('listTags', {})).toEqual([]);
    expect((await call('search', { query: `tag:${name}` })).total).toBe(0);
  });
});

it('imports a JSON export whose tags are named like object properties, colours included', async () => {
  const from = api();
  await from('commitImport', { text: MINI_PAGE });
  const [a] = (await from('listPapers', {})).map((paper) => paper.id) as [number];
  await from('addTags', { ids: [a], names: PROPERTY_NAMES });
  for (const name of PROPERTY_NAMES) await from('setTagColor', { name, color: '#aa0000' });
  const { content } = await from('exportPapers', { format: 'json', selection: {} });

  const into = api();
  expect(await into('commitImport', { text: content })).toMatchObject({ added: 3, errors: [] });
  expect(await into('listTags', {})).toEqual(await from('listTags', {}));
});
