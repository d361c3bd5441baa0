import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import {
  BOARD_QUERY,
  FIVE_BED_QUERY,
  LOTTERY_QUERY,
  RECORDS_QUERY,
  TREND_CHOICES_QUERY,
  TREND_QUERY,
} from '../../../../gateway/dashboard/app/queries';
import { schemaDir } from '../../../../subgraphs/shared/paths';

describe('the dashboard’s operations', () => {
  const schema = buildSchema(fs.readFileSync(path.join(schemaDir(), 'api.graphql'), 'utf8'));

  it.each([
    ['board', BOARD_QUERY],
    ['records', RECORDS_QUERY],
    ['five-bed', FIVE_BED_QUERY],
    ['trend choices', TREND_CHOICES_QUERY],
    ['trend', TREND_QUERY],
    ['lottery fund', LOTTERY_QUERY],
  ])('%s is valid against the public graph', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });
});
