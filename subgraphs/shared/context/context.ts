import type { DataSource } from 'typeorm';
import type { AuditCollector } from '../audit/audit-collector';
import type { AccessPolicy } from '../auth/access-policy';
import type { Caller } from '../auth/caller';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { Logger } from '../logging/logger';

/** What every resolver of a department receives; `loaders` and `audit` are new for every request. */
export interface SubgraphContext<Loaders> {
  requestId: string;
  /** The verified caller, or null when the request carried no token (only `__typename` answers then). */
  caller: Caller | null;
  /** Whether the gateway signed this request (auth/gateway-signature.ts): it is composing for the caller. */
  composedByGateway: boolean;
  /** The request's `Idempotency-Key` header as sent (validated where a mutation uses it). */
  idempotencyKey: string | undefined;
  policy: AccessPolicy;
  audit: AuditCollector;
  dataSource: DataSource;
  loaders: Loaders;
  config: SubgraphConfig;
  log: Logger;
  /** Aborted when the client (the gateway) has given up on this request; no SQL is sent for it after that. */
  abandoned: AbortSignal;
  /** The request's body as received (its operation, variables and name): what the answer cache keys a request by. */
  requestText: string;
}
