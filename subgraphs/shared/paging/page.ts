import { type ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/errors';
import { DEFAULT_PAGE_SIZE } from './page-size';

/** Which slice of a long list to return. */
@InputType({ description: 'Which slice of a long list to return.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip from the start of the ordered list.' })
  offset: number = 0;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: 'Rows to return; at most the server’s maximum page size (1,000 by default).',
  })
  limit: number = DEFAULT_PAGE_SIZE;
}

/** Checks a requested page against the server's maximum before it reaches SQL. */
export function checkedPage(page: PageInput | undefined, maxPageSize: number): { offset: number; limit: number } {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('page.offset', 'must be 0 or more');
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new BadUserInputError('page.limit', `must be from 1 to ${maxPageSize}`);
  }
  return { offset, limit };
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** A page of `Item`s with the total count, so a client can page through a filtered list. */
export function PageOf<T extends object>(Item: ClassType<T>, description: string) {
  @ObjectType({ description })
  abstract class PageClass implements Page<T> {
    @Field(() => [Item], { description: 'The rows of this page, in the list’s order.' })
    items: T[];

    @Field(() => Int, { description: 'How many rows match the filter in all.' })
    total: number;

    @Field(() => Int, { description: 'Rows skipped before this page.' })
    offset: number;

    @Field(() => Int, { description: 'The page size asked for.' })
    limit: number;
  }
  return PageClass;
}

/** One page of an ordered query, with how many rows the query matches in all. */
export async function readPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { offset, limit }: { offset: number; limit: number },
): Promise<Page<T>> {
  const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { items, total, offset, limit };
}
