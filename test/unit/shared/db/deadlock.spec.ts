import { describe, expect, it } from '@jest/globals';
import { DEADLOCK_ATTEMPTS, isDeadlock, retryingDeadlocks } from '../../../../subgraphs/shared/db/deadlock';

/** A failed statement as TypeORM throws it, with the driver's error inside. */
const failed = (code: string) => Object.assign(new Error(code), { driverError: { code } });

describe('a transaction MySQL rolled back to break a deadlock', () => {
  it('is run again until it commits', async () => {
    let attempts = 0;
    const result = await retryingDeadlocks(() => {
      attempts++;
      return attempts < 3 ? Promise.reject(failed('ER_LOCK_DEADLOCK')) : Promise.resolve('committed');
    });
    expect({ result, attempts }).toEqual({ result: 'committed', attempts: 3 });
  });

  it(`fails with the deadlock after ${DEADLOCK_ATTEMPTS} attempts`, async () => {
    let attempts = 0;
    await expect(
      retryingDeadlocks(() => {
        attempts++;
        return Promise.reject(failed('ER_LOCK_DEADLOCK'));
      }),
    ).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(attempts).toBe(DEADLOCK_ATTEMPTS);
  });

  it('is not run again for any other failure', async () => {
    let attempts = 0;
    await expect(
      retryingDeadlocks(() => {
        attempts++;
        return Promise.reject(failed('ER_DUP_ENTRY'));
      }),
    ).rejects.toThrow('ER_DUP_ENTRY');
    expect(attempts).toBe(1);
  });

  it('is told apart by the driver’s code, wrapped by TypeORM or not', () => {
    expect(isDeadlock(failed('ER_LOCK_DEADLOCK'))).toBe(true);
    expect(isDeadlock({ code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isDeadlock(failed('ER_LOCK_WAIT_TIMEOUT'))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });
});
