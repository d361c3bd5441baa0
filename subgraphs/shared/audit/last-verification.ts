import type { DataSource } from 'typeorm';

/** The outcome of the latest verification of each database's chain in this process, for its metrics. */
const latest = new WeakMap<DataSource, { valid: boolean; at: Date }>();

export function noteVerification(dataSource: DataSource, valid: boolean): void {
  latest.set(dataSource, { valid, at: new Date() });
}

/** Whether the chain was intact when last verified here, and when; undefined if it has not been since the service started. */
export function lastVerification(dataSource: DataSource): { valid: boolean; at: Date } | undefined {
  return latest.get(dataSource);
}
