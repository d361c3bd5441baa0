import { describe, expect, it } from '@jest/globals';
import { toCsv } from '../../../../gateway/dashboard/app/csv';

describe('the dashboard’s CSV export', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads the Chinese as UTF-8', () => {
    const csv = toCsv([
      ['地区', '状态'],
      ['环翠区', '达标'],
    ]);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('地区,状态\r\n环翠区,达标\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, and leaves missing figures empty', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', null, 0]]).slice(1)).toBe('"a,b","say ""hi""","two\nlines",,0\r\n');
  });
});
