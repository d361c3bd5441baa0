import fs from 'node:fs';
import { readGatewayConfig } from '../gateway-config';
import { hiveGatewayConfig } from './hive-gateway-config';

/**
 * Hive Gateway's configuration for the hub, the same settings the Apollo gateway reads (supergraph
 * file, `<DEPARTMENT>_URL`, signing key). Built with the hub (`npm run build`) and loaded from
 * `dist/gateway/hive/gateway.config.js`: Hive's CLI loads a TypeScript file as an ES module, where
 * the hub's CommonJS code does not run.
 */
const config = readGatewayConfig();

export const gatewayConfig = hiveGatewayConfig({
  supergraphSdl: fs.readFileSync(config.supergraphFile, 'utf8'),
  subgraphUrls: config.subgraphUrls,
  signingKey: config.auth.gatewaySigningKey,
});
