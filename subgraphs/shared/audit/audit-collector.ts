import { BulkOutcome, type BulkWriteResult } from '../bulk/bulk-outcome';
/**
 * What one request read of person-level data, gathered by the access check as fields resolve and
 * written as one audit entry when the response is sent.
 */
export class AuditCollector {
  readonly personKeys = new Set<string>();
  readonly recordIds = new Set<string>();
  readonly fields = new Set<string>();

  noteRead(root: unknown, fieldName: string): void {
    const record = (root ?? {}) as {
      personKey?: unknown;
      id?: unknown;
      code?: unknown;
      constructor?: { name?: string };
    };
    const typeName = root && record.constructor?.name !== 'Object' ? record.constructor?.name : 'Query';
    this.fields.add(fieldKey(String(typeName), fieldName));
    if (typeof record.personKey === 'string') this.personKeys.add(record.personKey);
    else if (record.id !== undefined || record.code !== undefined)
      this.recordIds.add(`${typeName}:${String(record.id ?? record.code)}`);
  }

  get isEmpty(): boolean {
    return this.fields.size === 0;
  }
}

const fieldKeys = new Map<string, Map<string, string>>();

/**
 * `Type.field`, made once per type and field: it is noted for every value of a page (1,000 elders,
 * a dozen fields each), and a string made anew each time is hashed anew by the set it goes into.
 */
function fieldKey(typeName: string, fieldName: string): string {
  let ofType = fieldKeys.get(typeName);
  if (!ofType) fieldKeys.set(typeName, (ofType = new Map<string, string>()));
  let key = ofType.get(fieldName);
  if (key === undefined) ofType.set(fieldName, (key = `${typeName}.${fieldName}`));
  return key;
}

/** Person keys and record ids in a mutation's result, for the write's audit entry. */
export function subjectsOf(
  value: unknown,
  personKeys = new Set<string>(),
  recordIds = new Set<string>(),
): { personKeys: string[]; recordIds: string[] } {
  if (isBulkAnswer(value)) {
    for (const item of value.items.filter((written) => written.id !== null && WRITTEN.has(written.outcome))) {
      if (item.personKey) personKeys.add(item.personKey);
      if (item.id !== item.personKey) recordIds.add(`${value.recordType}:${item.id}`);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) subjectsOf(item, personKeys, recordIds);
  } else if (value && typeof value === 'object') {
    const record = value as { personKey?: unknown; id?: unknown; code?: unknown };
    if (typeof record.personKey === 'string') personKeys.add(record.personKey);
    if (record.id !== undefined || record.code !== undefined)
      recordIds.add(`${value.constructor.name}:${String(record.id ?? record.code)}`);
  }
  return { personKeys: [...personKeys], recordIds: [...recordIds] };
}

const WRITTEN = new Set<string>([BulkOutcome.CREATED, BulkOutcome.UPDATED]);

/**
 * A bulk load's answer (bulk-outcome.ts), also as replayed from its stored result (a plain object):
 * its entry names the records the load wrote (not those it found unchanged), as a single write's names its record.
 */
function isBulkAnswer(value: unknown): value is Pick<BulkWriteResult, 'recordType' | 'items'> {
  return Boolean(value && typeof value === 'object' && 'recordType' in value && 'items' in value);
}
