import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestAbandonedError, runAbandonable } from '../../../subgraphs/shared/db/abandoned-requests';
import { transaction } from '../../../subgraphs/shared/db/transaction';
import { expectData } from '../../support/builders/expect-data';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import { HeldRequests } from '../../support/held-requests';
import type { RegisterElderInput } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

const REGISTER_ELDER_THEN_HANG_UP = graphql(`
  mutation RegisterElderThenHangUp($input: RegisterElderInput!) {
    registerElder(input: $input) {
      personKey
    }
  }
`);

const ELDER_AFTER_HANG_UP = graphql(`
  query ElderAfterHangUp($idNumber: String!) {
    elderByIdNumber(idNumber: $idNumber) {
      personKey
    }
  }
`);

/** Sends a request and hangs up once the subgraph holds it: a client that disconnects, or a gateway whose deadline passed. */
async function hangUpOnceHeld(held: HeldRequests, url: string, token: string, body: unknown): Promise<void> {
  const client = new AbortController();
  const request = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal: client.signal,
  }).catch((error: unknown) => error);
  await held.whenHeld(1);
  client.abort();
  expect(await request).toMatchObject({ name: 'AbortError' });
}

// Its subgraphs carry a test gate (HeldRequests), which only a hub of its own can have.
describe.each(DATABASE_TARGETS)('work the client abandoned (%s)', (target) => {
  let hub: OwnTestHub;
  let held: HeldRequests;
  beforeAll(async () => {
    held = new HeldRequests('civil-affairs');
    hub = await startTestHub(target, { subgraphPlugins: [held.plugin] });
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('does not write an elder whose registration the client gave up on at the gateway', async () => {
    const idNumber = uniqueIdNumber(hub, { birthDate: '1944-04-04' });
    const input: RegisterElderInput = {
      idNumber,
      name: '放弃登记',
      areaCode: '371002001001',
      livingSituation: 'LIVING_ALONE',
      economicStatus: 'ORDINARY',
    };
    held.hold();
    await hangUpOnceHeld(held, hub.gatewayUrl, await hub.tokenFor('civil-affairs-system'), {
      query: REGISTER_ELDER_THEN_HANG_UP.toString(),
      variables: { input },
    });
    // The gateway ends its call to the subgraph when its client leaves; the subgraph sees that.
    await held.whenAbandoned(1);
    const statements = hub.statements('civil-affairs');
    held.release();
    await held.whenFinished(1);

    expect(hub.statements('civil-affairs')).toBe(statements);
    const after = await hub.query(ELDER_AFTER_HANG_UP, { idNumber });
    expect(expectData(after).elderByIdNumber).toBeNull();
    // The same registration from a client that waits is written: the one above was dropped, not refused.
    const kept = { ...input, idNumber: uniqueIdNumber(hub, { birthDate: '1944-04-04' }) };
    expectData(await hub.query(REGISTER_ELDER_THEN_HANG_UP, { input: kept }));
    expect(
      expectData(await hub.query(ELDER_AFTER_HANG_UP, { idNumber: kept.idNumber })).elderByIdNumber,
    ).not.toBeNull();
  });

  it('keeps the department available after more clients hang up on it than its circuit breaker tolerates', async () => {
    // SUBGRAPH_BREAKER_FAILURES is 5: six hang-ups in a row, had they counted, would open the circuit.
    const token = await hub.tokenFor('civil-affairs-system');
    const idNumber = uniqueIdNumber(hub, { birthDate: '1945-05-05' });
    held.hold();
    for (let i = 0; i < 6; i++) {
      const client = new AbortController();
      const request = fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ELDER_AFTER_HANG_UP.toString(), variables: { idNumber } }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      const count = held.heldSoFar + 1;
      await held.whenHeld(count);
      client.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      await held.whenAbandoned(count);
    }
    held.release();
    const after = await hub.query(ELDER_AFTER_HANG_UP, { idNumber });
    expect(after.errors).toBeUndefined();
    expect(expectData(after).elderByIdNumber).toBeNull();
  });

  it('refuses the next statement and transaction of a request abandoned while it runs', async () => {
    const { dataSource } = hub.subgraphs['civil-affairs'].database;
    const gone = AbortSignal.abort();
    await expect(runAbandonable(gone, () => dataSource.query('SELECT 1'))).rejects.toBeInstanceOf(
      RequestAbandonedError,
    );
    await expect(runAbandonable(gone, () => transaction(dataSource, () => Promise.resolve(1)))).rejects.toBeInstanceOf(
      RequestAbandonedError,
    );
    // The same statements of a request still wanted run.
    await expect(runAbandonable(new AbortController().signal, () => dataSource.query('SELECT 1'))).resolves.toEqual(
      expect.any(Array),
    );
  });
});
