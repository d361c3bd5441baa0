import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { HeldRequests } from '../../support/held-requests';
import { graphql } from '../../support/graphql';
import { freshGet, openRequest } from '../../support/open-request';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

const AREA_NAME_FOR_DRAIN = graphql(`
  query AreaNameDuringDrain($code: ID!) {
    area(code: $code) {
      name
    }
  }
`);

/** The code of a new connection's failure: ECONNREFUSED when nothing listens any more. */
async function newConnectionTo(url: URL): Promise<string> {
  try {
    return `answered ${(await freshGet(url)).status}`;
  } catch (error) {
    return String((error as { code?: string }).code);
  }
}

const askArea = (hub: OwnTestHub) => hub.query(AREA_NAME_FOR_DRAIN, { code: '371002' });

// Each test stops part of its hub, so each has a hub of its own.
describe.each(DATABASE_TARGETS)('draining on stop (%s)', (target) => {
  describe('a department subgraph', () => {
    const held = new HeldRequests('civil-affairs');
    let hub: OwnTestHub;
    beforeAll(async () => {
      hub = await startTestHub(target, { subgraphPlugins: [held.plugin] });
    }, HUB_START_TIMEOUT_MS);
    afterAll(() => hub?.stop());

    it('answers all 8 requests in flight, reports not ready and takes no new connection', async () => {
      const subgraphUrl = hub.subgraphUrl('civil-affairs');
      // Twelve held at once leave the gateway twelve kept-alive connections to the subgraph: 8 for
      // the requests held below, 4 idle ones on which requests arrive during the drain.
      held.hold();
      const warmUp = Array.from({ length: 12 }, () => askArea(hub));
      await held.whenHeld(12);
      held.release();
      await Promise.all(warmUp);
      const readinessProbe = await openRequest(new URL('/readyz', subgraphUrl));

      held.hold();
      const inFlight = Array.from({ length: 8 }, () => askArea(hub));
      await held.whenHeld(20);
      const stopped = hub.subgraphs['civil-affairs'].stop();

      // The gateway sends these on its idle connections to the subgraph, as it would in production:
      // they are answered, not reset under it (the ECONNRESET / UND_ERR_SOCKET of closing idle sockets).
      const duringDrain = Array.from({ length: 4 }, () => askArea(hub));
      await held.whenHeld(24);

      expect(await newConnectionTo(new URL('/readyz', subgraphUrl))).toBe('ECONNREFUSED');
      const readiness = await readinessProbe.finish();
      expect(readiness.status).toBe(503);
      expect(JSON.parse(readiness.body)).toEqual({ status: 'draining' });
      const gatewayReadiness = await freshGet(new URL('/readyz', hub.gatewayUrl));
      expect(gatewayReadiness.status).toBe(200);
      const { departments } = JSON.parse(gatewayReadiness.body) as { departments: Record<string, string> };
      expect(departments['civil-affairs']).not.toBe('ready');
      expect(departments.health).toBe('ready');

      held.release();
      for (const result of await Promise.all([...inFlight, ...duringDrain])) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.area?.name).toBe('环翠区');
      }
      await stopped;
    });
  });

  describe('the gateway', () => {
    const held = new HeldRequests('civil-affairs');
    let hub: OwnTestHub;
    beforeAll(async () => {
      hub = await startTestHub(target, { subgraphPlugins: [held.plugin] });
    }, HUB_START_TIMEOUT_MS);
    afterAll(() => hub?.stop());

    it('answers all 8 requests in flight, reports not ready and takes no new connection', async () => {
      const readinessProbe = await openRequest(new URL('/readyz', hub.gatewayUrl));
      held.hold();
      const inFlight = Array.from({ length: 8 }, () => askArea(hub));
      await held.whenHeld(8);
      const stopped = hub.stopGateway();

      expect(await newConnectionTo(new URL('/readyz', hub.gatewayUrl))).toBe('ECONNREFUSED');
      const readiness = await readinessProbe.finish();
      expect(readiness.status).toBe(503);
      expect(JSON.parse(readiness.body)).toEqual({ status: 'draining' });

      held.release();
      for (const result of await Promise.all(inFlight)) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.area?.name).toBe('环翠区');
      }
      await stopped;
    });
  });
});
