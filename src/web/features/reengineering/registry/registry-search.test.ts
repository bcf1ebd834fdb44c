import { describe, expect, it } from 'vitest';
import { PROCESS_SORTS as API_SORTS } from '../../../../api/registry.ts';
import { PROCESS_SORTS, validateRegistrySearch, validateRepeatedDataSearch } from './registry-search.ts';

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

describe('the sort orders the URL may carry', () => {
  it("are the API contract's, in its order (kept apart so the first page load needs no zod)", () => {
    expect([...PROCESS_SORTS]).toEqual([...API_SORTS]);
  });
});
