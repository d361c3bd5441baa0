import { registerEnumType } from 'type-graphql';

/** How a bulk load treats its valid items when some are refused. */
export enum BulkMode {
  PER_ITEM = 'PER_ITEM',
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
}

registerEnumType(BulkMode, {
  name: 'BulkMode',
  description: 'How a bulk load treats its valid items when some are refused.',
  valuesConfig: {
    PER_ITEM: {
      description: 'Each item stands alone: the valid items are written, the refused ones are reported and skipped.',
    },
    ALL_OR_NOTHING: {
      description: 'One refused item writes none: the load is written whole or not at all.',
    },
  },
});
