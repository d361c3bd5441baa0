import { type ClassType, Field, InputType } from 'type-graphql';
import type { SelfValidating } from '../schema/validate-input';
import { BULK_MAX_ITEMS, checkBulkSize } from './bulk-limits';
import { BulkMode } from './bulk-mode.enum';

/**
 * A bulk load of `Item`s: the single mutation's own input, one per item. The items are checked one by
 * one by the load (a bad item is answered, not thrown); only the load's size is checked up front.
 */
export function BulkInputOf<T extends object>(Item: ClassType<T>, what: string) {
  @InputType({ description: `A bulk load of ${what}.` })
  abstract class BulkInput implements SelfValidating {
    @Field(() => BulkMode, {
      description:
        'PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused.',
    })
    mode: BulkMode;

    @Field(() => [Item], {
      description: `The ${what}, 1 to ${BULK_MAX_ITEMS.toLocaleString('en')} per load, each as its single mutation takes it.`,
    })
    items: T[];

    validate(): void {
      checkBulkSize(this.items);
    }
  }
  return BulkInput;
}
