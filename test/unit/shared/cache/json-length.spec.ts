import { parse } from 'graphql';
import { jsonLength } from '../../../../subgraphs/shared/cache/json-length';

describe('the length of a value’s JSON, without building it', () => {
  it('is JSON.stringify’s length for answers, documents and the awkward cases', () => {
    const values: unknown[] = [
      { data: { _entities: [{ areaCode: '371000', asOf: '2025-12-31', beds: 1234, rate: 0.915, open: true }] } },
      { name: '王秀英', note: 'a "quoted" \\ back\nslash\ttab\u0001\u001f\u007f', emoji: '👵🏻', lone: '\ud800x\udc00' },
      [undefined, () => 1, Symbol('s'), null, NaN, -Infinity, -0, 1e21, 5e-7],
      { skipped: undefined, fn: () => 1, nested: { list: [], empty: {} }, when: new Date(Date.UTC(2025, 0, 1)) },
      parse('query($from: LocalDate!) { indicatorSeries(from: $from) { areaCode } }'),
      'plain',
      42,
      false,
      null,
    ];
    for (const value of values) expect(jsonLength(value)).toBe(JSON.stringify(value).length);
  });

  it('is undefined where JSON.stringify gives nothing', () => {
    expect(jsonLength(undefined)).toBeUndefined();
    expect(jsonLength(() => 1)).toBeUndefined();
  });
});
