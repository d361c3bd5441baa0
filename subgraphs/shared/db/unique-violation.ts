/**
 * Whether a failed write broke a unique index, on either database: the last guard against a
 * duplicate that the checks before it could not see (a concurrent write on another server).
 */
export function isUniqueViolation(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } } | null)?.driverError;
  return (
    driver?.code === 'ER_DUP_ENTRY' ||
    driver?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driver?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
