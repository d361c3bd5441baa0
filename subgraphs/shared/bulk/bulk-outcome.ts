import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What a bulk load did with one item. */
export enum BulkOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
  NOT_WRITTEN = 'NOT_WRITTEN',
}

registerEnumType(BulkOutcome, {
  name: 'BulkOutcome',
  description: 'What a bulk load did with one item.',
  valuesConfig: {
    CREATED: { description: 'A new record was written.' },
    UPDATED: { description: 'The record it matched (by source reference or natural key) was changed to the item.' },
    UNCHANGED: { description: 'The record it matched already held the item: nothing written.' },
    REFUSED: { description: 'The item was refused (see code, field and message): nothing written for it.' },
    NOT_WRITTEN: {
      description: 'A valid item of an ALL_OR_NOTHING load that was not written because another item was refused.',
    },
  },
});

/** One item's answer in a bulk load. */
@Directive('@shareable')
@ObjectType({ description: 'What a bulk load did with one item.' })
export class BulkItemResult {
  @Field(() => Int, { description: 'Position of the item in the load, from 0.' })
  index: number;

  @Field(() => BulkOutcome, { description: 'What was done with it.' })
  outcome: BulkOutcome;

  @Field(() => ID, {
    nullable: true,
    description: 'The record it created, updated or matched (record number or person key); null when refused.',
  })
  id: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a refused item: the error code (BAD_USER_INPUT, CONFLICT, NOT_FOUND…).',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'For a refused item: the item field at fault, if one is.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'For a refused item: why, in words a clerk can act on.' })
  message: string | null;

  /** The person the record is about, for the load's audit entry (not a field: the id answers the record). */
  personKey: string | null;
}

/** The answer of a bulk load: every item's outcome, and their counts. */
@Directive('@shareable')
@ObjectType({ description: 'The answer of a bulk load: every item’s outcome, in the order sent, and their counts.' })
export class BulkWriteResult {
  /** The GraphQL type of the records loaded, naming them in the load's audit entry (not a field). */
  recordType: string;

  @Field(() => [BulkItemResult], { description: 'One answer per item, in the order the items were sent.' })
  items: BulkItemResult[];

  @Field(() => Int, { description: 'Items written as new records.' })
  created: number;

  @Field(() => Int, { description: 'Items that changed the record they matched.' })
  updated: number;

  @Field(() => Int, { description: 'Items the records already held.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused.' })
  refused: number;

  @Field(() => Int, {
    description: 'Valid items not written because the load was ALL_OR_NOTHING and an item was refused.',
  })
  notWritten: number;
}
