import { ConfigError, EnvReader } from '../../../../subgraphs/shared/config/env-reader';
import { readMetricsAccess } from '../../../../subgraphs/shared/config/metrics-config';

function access(value?: string) {
  const read = new EnvReader(value === undefined ? {} : { METRICS_ALLOW: value });
  const result = readMetricsAccess(read);
  read.finish('test');
  return result;
}

describe('who may read /metrics', () => {
  it('by default, loopback and the private networks, IPv4 also as a dual-stack server sees it', () => {
    const allowed = access();
    for (const address of ['127.0.0.1', '::1', '10.2.3.4', '172.20.0.5', '192.168.1.9', '::ffff:10.0.0.7', 'fd00::1'])
      expect([address, allowed.allows(address)]).toEqual([address, true]);
    for (const address of ['8.8.8.8', '172.32.0.1', '::ffff:203.0.113.5', '2001:db8::1', undefined])
      expect([address, allowed.allows(address)]).toEqual([address, false]);
  });

  it('only the ranges configured, or no one with none', () => {
    expect(access('10.8.0.0/16').allows('10.8.1.1')).toBe(true);
    expect(access('10.8.0.0/16').allows('127.0.0.1')).toBe(false);
    expect(access('none').allows('127.0.0.1')).toBe(false);
  });

  it('refuses a range that is not CIDR, naming it', () => {
    expect(() => access('10.0.0.0/8,intranet')).toThrow(ConfigError);
    expect(() => access('10.0.0.0/40')).toThrow(/METRICS_ALLOW: "10.0.0.0\/40"/);
  });
});
