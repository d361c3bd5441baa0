import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { BadUserInputError } from '../errors/errors';
import { chunksOf } from './bulk-limits';
import { IN_LIST_SIZE } from './find-in';

/**
 * A department system's own identifier of a record it sends (e.g. 金民工程's elder number), kept with
 * the record so that the system can send it again, update it and find it by its own key. Unique per
 * department (each has its own database) and source system.
 */
@InputType({ description: 'A department system’s own identifier of a record (来源系统编号).' })
export class SourceRefInput {
  @Field({
    description:
      'The source system, as the department names it: 1 to 32 letters, digits or . _ - (e.g. jinmin, his-weihai-1).',
  })
  source: string;

  @Field({ description: 'The record’s identifier in that system: 1 to 128 characters, no spaces.' })
  ref: string;
}

@Directive('@shareable')
@ObjectType({ description: 'A department system’s own identifier of a record (来源系统编号).' })
export class SourceRef {
  @Field({ description: 'The source system, as the department names it.' })
  source: string;

  @Field({ description: 'The record’s identifier in that system.' })
  ref: string;
}

/** The two columns every record that can carry a source reference has. */
export interface SourceRefColumns {
  sourceSystem: string | null;
  sourceId: string | null;
}

const SOURCE_FORMAT = /^[A-Za-z0-9._-]{1,32}$/;
const REF_FORMAT = /^\S{1,128}$/u;

/** Refuses a malformed reference, naming the part at fault (`sourceRef.source`, `sourceRef.ref`). */
export function checkSourceRef(input: SourceRefInput | null | undefined, field = 'sourceRef'): void {
  if (!input) return;
  if (!SOURCE_FORMAT.test(input.source))
    throw new BadUserInputError(`${field}.source`, 'must be 1 to 32 letters, digits or . _ -');
  if (!REF_FORMAT.test(input.ref) || Array.from(input.ref).length > 128)
    throw new BadUserInputError(`${field}.ref`, 'must be 1 to 128 characters without spaces');
}

/** The columns a reference is stored in (both null without one). */
export function sourceRefColumns(input: SourceRefInput | null | undefined): SourceRefColumns {
  return { sourceSystem: input?.source ?? null, sourceId: input?.ref ?? null };
}

/** The reference a record carries, for its `sourceRef` field. */
export function sourceRefOf(record: SourceRefColumns): SourceRef | null {
  if (record.sourceSystem === null || record.sourceId === null) return null;
  return Object.assign(new SourceRef(), { source: record.sourceSystem, ref: record.sourceId });
}

/** One string per reference, for maps of a load's references. */
export function sourceRefKey(ref: { source: string; ref: string } | SourceRefColumns): string {
  return 'source' in ref ? `${ref.source}\u0000${ref.ref}` : `${ref.sourceSystem}\u0000${ref.sourceId}`;
}

/** A reference as messages name it. */
export function describeSourceRef(ref: { source: string; ref: string }): string {
  return `${ref.source}:${ref.ref}`;
}

/**
 * The records carrying any of `refs`, by reference key: one IN (...) query per source system (a load
 * comes from one or a few) and few thousand references.
 */
export async function findBySourceRefs<T extends ObjectLiteral & SourceRefColumns>(
  manager: EntityManager,
  target: EntityTarget<T>,
  refs: ReadonlyArray<{ source: string; ref: string }>,
): Promise<Map<string, T>> {
  const bySystem = new Map<string, Set<string>>();
  for (const { source, ref } of refs) bySystem.set(source, (bySystem.get(source) ?? new Set()).add(ref));
  const found = new Map<string, T>();
  for (const [sourceSystem, ids] of bySystem)
    for (const chunk of chunksOf([...ids], IN_LIST_SIZE))
      for (const record of await manager.find(target, { where: { sourceSystem, sourceId: In(chunk) } as never }))
        found.set(sourceRefKey(record), record);
  return found;
}
