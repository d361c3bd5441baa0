import { Arg, Authorized, Ctx, Directive, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ClassType } from '../class-type';
import type { SubgraphContext } from '../context/context';
import { type Department, DEPARTMENTS } from '../departments';
import { BadUserInputError, CursorExpiredError } from '../errors/errors';
import { DEFAULT_PAGE_SIZE } from '../paging/page-size';
import { decodeCursor, encodeCursor } from './change-cursor';
import { ChangeRecord } from './change-record.entity';
import { personKeyedTypes } from './recorded-types';

@Directive('@shareable')
@ObjectType({ description: 'A page of a department’s change feed, oldest change first.' })
export class RecordChangePage {
  @Field(() => [ChangeRecord], { description: 'The changes of this page, in the order they were committed.' })
  items: ChangeRecord[];

  @Field(() => String, {
    nullable: true,
    description:
      'Where the next page starts: pass it as `after`. The cursor you sent when this page is empty; null only when the feed holds nothing yet.',
  })
  endCursor: string | null;

  @Field({ description: 'Whether more changes follow this page now; later writes add more.' })
  hasNextPage: boolean;
}

const resolvers = new Map<Department, ClassType>();

/**
 * The change feed's query for one department, named after it (`civilAffairsChanges`, …) because
 * each department keeps its own log in its own database and root fields cannot share a name.
 */
export function changeFeedResolverFor(department: Department): ClassType {
  const existing = resolvers.get(department);
  if (existing) return existing;
  const prefix = department.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

  @Resolver()
  class DepartmentChangeFeedResolver {
    @Authorized('readChanges')
    @Query(() => RecordChangePage, {
      name: `${prefix}Changes`,
      description: `The records of ${DEPARTMENTS[department].title} created, changed or removed after a cursor, oldest first (变更订阅): follow it to keep a copy in step without reading everything again. The department’s own system and auditors; audited, as it names persons’ records.`,
    })
    async changes(
      @Arg('after', () => String, {
        nullable: true,
        description: 'The `endCursor` of the last page read; omit it to start from the oldest change kept.',
      })
      after: string | undefined,
      @Arg('first', () => Int, {
        nullable: true,
        description: `Changes to return: 1 to the server’s maximum page size (1,000 by default); ${DEFAULT_PAGE_SIZE} when omitted.`,
      })
      first: number | undefined,
      @Ctx() { dataSource, config, audit }: SubgraphContext<unknown>,
    ): Promise<RecordChangePage> {
      const limit = first ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(limit) || limit < 1 || limit > config.maxPageSize)
        throw new BadUserInputError('first', `must be from 1 to ${config.maxPageSize}`);
      const from = after === undefined || after === null ? 0 : decodeCursor('after', after);
      const repository = dataSource.getRepository(ChangeRecord);
      const rows = await repository
        .createQueryBuilder('change')
        .where('change.sequence > :from', { from })
        .orderBy('change.sequence', 'ASC')
        .limit(limit + 1)
        .getMany();
      // Checked after the page is read: the purge removes the oldest entries first, so a cursor whose
      // entry is still there has lost nothing after it.
      if (from > 0 && !(await repository.existsBy({ sequence: from })))
        throw new CursorExpiredError('after', config.changeRetentionDays);
      const items = rows.slice(0, limit);
      const personKeyed = personKeyedTypes(dataSource);
      for (const { entityType, recordId } of items) {
        if (personKeyed.has(entityType)) audit.personKeys.add(recordId);
        else audit.recordIds.add(`${entityType}:${recordId}`);
      }
      const last = items.at(-1);
      return {
        items,
        endCursor: last ? encodeCursor(last.sequence) : (after ?? null),
        hasNextPage: rows.length > limit,
      };
    }
  }
  resolvers.set(department, DepartmentChangeFeedResolver);
  return DepartmentChangeFeedResolver;
}
