import { readGatewayConfig } from '../../../../gateway/gateway-config';
import { readSubgraphConfig } from '../../../../subgraphs/shared/config/subgraph-config';

describe('SHUTDOWN_GRACE_MS', () => {
  it('gives every service 15 seconds to drain unless told otherwise', () => {
    expect(readSubgraphConfig('health', {}).shutdownGraceMs).toBe(15_000);
    expect(readGatewayConfig({}).shutdownGraceMs).toBe(15_000);
  });

  it('is read the same way by a subgraph and the gateway', () => {
    const env = { SHUTDOWN_GRACE_MS: '5000' };
    expect(readSubgraphConfig('finance', env).shutdownGraceMs).toBe(5000);
    expect(readGatewayConfig(env).shutdownGraceMs).toBe(5000);
  });

  it('refuses a grace that is not a whole number of milliseconds up to ten minutes', () => {
    for (const value of ['soon', '-1', '600001'])
      expect(() => readGatewayConfig({ SHUTDOWN_GRACE_MS: value })).toThrow(/SHUTDOWN_GRACE_MS must be an integer/);
    expect(() => readSubgraphConfig('health', { SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
