import { createHash } from 'node:crypto';
import { storedOperationName } from '../../../../subgraphs/shared/audit/audit-chain';
import { OPERATION_WIDTH } from '../../../../subgraphs/shared/audit/audit-record.entity';

describe('storedOperationName', () => {
  it('keeps a name that fits the column as it is', () => {
    const name = `ElderNames${'x'.repeat(OPERATION_WIDTH - 10)}`;
    expect(storedOperationName(name)).toBe(name);
  });

  it('cuts a longer name to the column and ends it with the SHA-256 of the whole name', () => {
    const name = `ElderNames${'x'.repeat(5000)}`;
    const stored = storedOperationName(name);
    expect(stored).toHaveLength(OPERATION_WIDTH);
    expect(stored.startsWith('ElderNamesxxx')).toBe(true);
    expect(stored.endsWith(createHash('sha256').update(name).digest('hex'))).toBe(true);
  });

  it('tells apart two long names that share their beginning', () => {
    const start = 'x'.repeat(OPERATION_WIDTH);
    expect(storedOperationName(`${start}A`)).not.toBe(storedOperationName(`${start}B`));
  });
});
