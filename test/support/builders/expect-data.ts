import type { GraphQLResult } from '../test-hub';

/** The data of a result the test expects to succeed; fails the test with the hub's errors otherwise. */
export function expectData<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}
