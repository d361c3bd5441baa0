import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  type DatabaseTarget,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

/**
 * Issue 16, item 1: with every service logging at debug level (each SQL statement, each request,
 * each refusal), a run of everyday and failing requests about one elder leaves no log line with that
 * elder's ID number, name or phone, or a caller's token. Its own hub: the log level is the hub's.
 */

const ELDER_BY_ID_NUMBER = `query LogRedactionElder($idNumber: String!) { elderByIdNumber(idNumber: $idNumber) { personKey name phone } }`;
const REGISTER_AGAIN = `mutation LogRedactionRegisterAgain($input: RegisterElderInput!) { registerElder(input: $input) { personKey } }`;

/** Everything the services write to stdout and stderr while `run` runs (nothing reaches the terminal). */
async function logsOf(run: () => Promise<void>): Promise<string> {
  let captured = '';
  const capture = (chunk: unknown) => ((captured += String(chunk)), true);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return captured;
}

describe.each(DATABASE_TARGETS)('log lines on %s', (target: DatabaseTarget) => {
  let hub: OwnTestHub;
  beforeAll(async () => {
    hub = await startTestHub(target, { env: { LOG_LEVEL: 'debug' } });
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('carry no ID number, name, phone or token, while they log the requests and statements that handled them', async () => {
    const name = '林淑珍';
    const phone = '13863150427';
    const token = await hub.tokenFor('civil-affairs-system');
    const forged = `${token.slice(0, -4)}AAAA`;
    let idNumber = '';
    const logs = await logsOf(async () => {
      ({ idNumber } = await anElder(hub).named(name).with({ phone }).register());
      const found = await hub.query<{ elderByIdNumber: { name: string; phone: string } | null }>(ELDER_BY_ID_NUMBER, {
        idNumber,
      });
      expect(expectData(found).elderByIdNumber).toEqual(expect.objectContaining({ name, phone }));
      const again = await hub.query(REGISTER_AGAIN, {
        input: {
          idNumber,
          name,
          phone,
          areaCode: '371002001001',
          livingSituation: 'WITH_FAMILY',
          economicStatus: 'ORDINARY',
        },
      });
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      const mistyped = await hub.query(ELDER_BY_ID_NUMBER, {
        idNumber: `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`,
      });
      expect(errorCodes(mistyped)).toEqual(['BAD_USER_INPUT']);
      const refused = await hub.queryWithHeaders({ authorization: `Bearer ${forged}` }, ELDER_BY_ID_NUMBER, {
        idNumber,
      });
      expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    });

    const lines = logs.split('\n').filter(Boolean);
    const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
    expect(messages).toEqual(expect.arrayContaining(['sql', 'request', 'refused']));
    for (const secret of [idNumber, idNumber.slice(0, 17), name, phone, token, forged.slice(-40)])
      expect(logs).not.toContain(secret);
  });
});
