import net from 'node:net';
import type { EnvReader } from './env-reader';

/** Loopback and the private ranges (RFC 1918, unique-local IPv6): a city's internal network, not the internet. */
export const DEFAULT_METRICS_ALLOW = '127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7';

/** Who may read a service's `GET /metrics`: addresses in `METRICS_ALLOW` (CIDR ranges, comma-separated; `none` turns it off). */
export interface MetricsAccess {
  allows(address: string | undefined): boolean;
}

export function readMetricsAccess(read: EnvReader): MetricsAccess {
  const value = read.string('METRICS_ALLOW', DEFAULT_METRICS_ALLOW).trim();
  const allowed = new net.BlockList();
  if (value !== 'none') {
    for (const range of value.split(',').map((part) => part.trim())) {
      const [address, prefixText] = range.split('/');
      const type = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : undefined;
      const prefix = Number(prefixText ?? (type === 'ipv6' ? 128 : 32));
      if (!type || !Number.isInteger(prefix) || prefix < 0 || prefix > (type === 'ipv6' ? 128 : 32)) {
        read.problem(`METRICS_ALLOW: "${range}" is not a CIDR range such as 10.0.0.0/8 (or write none)`);
        continue;
      }
      allowed.addSubnet(address, prefix, type);
    }
  }
  return {
    allows(address) {
      if (!address) return false;
      // A dual-stack server sees IPv4 clients as ::ffff:a.b.c.d.
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
      return mapped ? allowed.check(mapped, 'ipv4') : allowed.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
    },
  };
}
