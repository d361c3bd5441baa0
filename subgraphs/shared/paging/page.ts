import { type ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/errors';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor';
import { DEFAULT_PAGE_SIZE } from './page-size';

/** Which slice of a long list to return. */
@InputType({ description: 'Which slice of a long list to return.' })
export class PageInput {
  @Field(() => Int, {
    defaultValue: 0,
    description:
      'Rows to skip from the start of the ordered list (or after `after`). Deep offsets cost the database a scan of every row skipped: page through a long list with `after`.',
  })
  offset: number = 0;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: 'Rows to return; at most the server’s maximum page size (1,000 by default).',
  })
  limit: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description:
      'Start after this row: the `endCursor` of the previous page. Every page of the list then costs about what the first does, however deep, and rows added or removed meanwhile neither repeat nor skip rows.',
  })
  after?: string | null;
}

/** A page request checked against the server's maximum, its cursor decoded. */
export interface CheckedPage {
  offset: number;
  limit: number;
  after?: CursorValue[];
}

/** Checks a requested page against the server's maximum before it reaches SQL. */
export function checkedPage(page: PageInput | undefined, maxPageSize: number): CheckedPage {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('page.offset', 'must be 0 or more');
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new BadUserInputError('page.limit', `must be from 1 to ${maxPageSize}`);
  }
  return page?.after == null ? { offset, limit } : { offset, limit, after: decodeCursor(page.after, 'page.after') };
}

export interface Page<T> {
  items: T[];
  /** Counted only when a client asks for it: a COUNT over a large filtered list costs as much as the page. */
  total: number | Promise<number>;
  offset: number;
  limit: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A page of `Item`s with the total count, so a client can page through a filtered list. */
export function PageOf<T extends object>(Item: ClassType<T>, description: string) {
  @ObjectType({ description })
  abstract class PageClass implements Page<T> {
    @Field(() => [Item], { description: 'The rows of this page, in the list’s order.' })
    items: T[];

    @Field(() => Int, {
      description: 'How many rows match the filter in all (counted only when asked for).',
    })
    total: number | Promise<number>;

    @Field(() => Int, { description: 'Rows skipped before this page (after `after`, when given).' })
    offset: number;

    @Field(() => Int, { description: 'The page size asked for.' })
    limit: number;

    @Field(() => String, {
      nullable: true,
      description: 'Where the next page starts: pass it as `page.after`. Null when this page is empty.',
    })
    endCursor: string | null;

    @Field({ description: 'Whether rows follow this page.' })
    hasNextPage: boolean;
  }
  return PageClass;
}

/** A column a list is ordered by, and the property of its rows holding the column's value. */
export interface OrderKey {
  column: string;
  property: string;
  direction: 'ASC' | 'DESC';
}

/**
 * One page of a query in the order of `keys`, whose last key must make the order total (unique), so
 * that a cursor names exactly one position: a page after a cursor is a range read on the ordering
 * index (keyset pagination), not a scan of the rows before it. The total is counted on demand.
 * `read` runs the page's query: `entityRows` (db/entity-rows.ts) for a hot list of a flat entity.
 */
export async function readPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { offset, limit, after }: CheckedPage,
  keys: OrderKey[],
  read: (query: SelectQueryBuilder<T>) => Promise<T[]> = (rows) => rows.getMany(),
): Promise<Page<T>> {
  const counter = query.clone();
  keys.forEach(({ column, direction }, index) =>
    index === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction),
  );
  if (after) {
    if (after.length !== keys.length) throw new BadUserInputError('page.after', 'is not a cursor of this list');
    query.andWhere(afterCondition(keys), Object.fromEntries(after.map((value, i) => [`pageAfter${i}`, value])));
  }
  const rows = await read(query.skip(offset).take(limit + 1));
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  let counted: Promise<number> | undefined;
  return {
    items,
    get total() {
      return (counted ??= counter.getCount());
    },
    offset,
    limit,
    endCursor: last ? encodeCursor(keys.map(({ property }) => last[property] as CursorValue)) : null,
    hasNextPage: rows.length > limit,
  };
}

/** Rows after the cursor in the keys' order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
function afterCondition(keys: OrderKey[]): string {
  const alternatives = keys.map(({ column, direction }, index) => {
    const equalBefore = keys.slice(0, index).map((key, i) => `${key.column} = :pageAfter${i}`);
    const beyond = `${column} ${direction === 'ASC' ? '>' : '<'} :pageAfter${index}`;
    return `(${[...equalBefore, beyond].join(' AND ')})`;
  });
  return `(${alternatives.join(' OR ')})`;
}
