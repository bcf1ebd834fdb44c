import { describe, expect, it } from 'vitest';
import { validateRegistrySearch, validateRepeatedDataSearch } from './registry-search.ts';

const id = '0b7c2f2e-1d2a-4c59-9a36-1f0e7a6b5c4d';

describe('validateRegistrySearch', () => {
  it('keeps well-formed filters', () => {
    expect(
      validateRegistrySearch({
        orgId: id,
        mapId: id,
        caseId: 'c1',
        status: 'in_reengineering',
        q: 'өтініш',
        sort: '-updated',
        page: 3,
      }),
    ).toEqual({
      orgId: id,
      mapId: id,
      caseId: 'c1',
      status: 'in_reengineering',
      q: 'өтініш',
      sort: '-updated',
      page: 3,
    });
  });

  it('drops malformed values, a blank query and the first page', () => {
    expect(
      validateRegistrySearch({ orgId: 'x', caseId: 'a b', status: 'lost', q: '  ', sort: 'size', page: 1 }),
    ).toEqual({});
    expect(validateRegistrySearch({ page: 'two' })).toEqual({});
  });
});

describe('validateRepeatedDataSearch', () => {
  it('keeps ids only', () => {
    expect(validateRepeatedDataSearch({ orgId: id, informationSystemId: 'nope' })).toEqual({ orgId: id });
  });
});
