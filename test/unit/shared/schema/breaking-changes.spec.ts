import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { apiSchemaSdl } from '../../../../subgraphs/shared/schema/api-schema';
import {
  compareApiSchemas,
  topChangelogEntry,
  unrecordedChanges,
} from '../../../../subgraphs/shared/schema/breaking-changes';

const caregiverApi = (fields: string) => `
  """A caregiver registered with human resources."""
  type Caregiver {
    id: ID!
    ${fields}
  }
  type Query { caregiver(id: ID!): Caregiver }
`;

/** A README whose changelog has an unreleased top entry and a released one below it. */
const readme = (topEntry: string, olderEntry = 'additive.') => `# Hub

## The graph as a contract
Some prose mentioning \`Caregiver.sex\` outside the changelog.

## Changelog
- **0.5.0** — (unreleased) ${topEntry}
  continued on a second line.
- **0.4.0** — ${olderEntry}
- **0.3.0** — the first departments.
`;

/** The public API of a one-subgraph supergraph, composed by Apollo's composition as the hub's is. */
function composedApi(caregiverFields: string): string {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])
    """A caregiver registered with human resources."""
    type Caregiver @key(fields: "id") {
      """Record number."""
      id: ID!
      ${caregiverFields}
    }
    type Query { caregiver(id: ID!): Caregiver }
  `);
  const composed = composeServices([{ name: 'human-resources', url: 'http://human-resources/graphql', typeDefs }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  return apiSchemaSdl(composed.supergraphSdl);
}

async function unrecorded(before: string, after: string, changelog: string) {
  const { breaking } = await compareApiSchemas(before, after);
  return unrecordedChanges(breaking, changelog).map((change) => change.coordinate);
}

describe('the graph as a contract', () => {
  it('fails on a removed field until the top changelog entry names its coordinate', async () => {
    const before = caregiverApi('name: String!\n sex: String!');
    const after = caregiverApi('name: String!');

    expect(await unrecorded(before, after, readme('merges the sex enums.'))).toEqual(['Caregiver.sex']);
    expect(await unrecorded(before, after, readme('removes `Caregiver.sex`; use the ID number.'))).toEqual([]);
  });

  it('does not count a coordinate recorded in an older changelog entry', async () => {
    const before = caregiverApi('name: String!\n sex: String!');
    const after = caregiverApi('name: String!');

    expect(await unrecorded(before, after, readme('additive.', 'removed `Caregiver.sex`.'))).toEqual([
      'Caregiver.sex',
    ]);
  });

  it('treats a field that becomes nullable as breaking, named by its coordinate', async () => {
    const { breaking } = await compareApiSchemas(caregiverApi('name: String!'), caregiverApi('name: String'));

    expect(breaking.map((change) => change.coordinate)).toEqual(['Caregiver.name']);
  });

  it('accepts an added field, and warns without failing on an added enum value', async () => {
    const before = caregiverApi('name: String!\n sex: Sex!') + 'enum Sex { MALE FEMALE }';
    const after = caregiverApi('name: String!\n sex: Sex!\n phone: String') + 'enum Sex { MALE FEMALE UNKNOWN }';

    const { breaking, dangerous } = await compareApiSchemas(before, after);

    expect(breaking).toEqual([]);
    expect(dangerous.map((change) => change.coordinate)).toEqual(['Sex.UNKNOWN']);
  });

  it('does not see an @inaccessible field, so removing one breaks nothing', async () => {
    const before = composedApi('"""Name."""\n name: String!\n linkKey: String! @inaccessible');
    const after = composedApi('"""Name."""\n name: String!');

    expect(before).not.toContain('linkKey');
    expect((await compareApiSchemas(before, after)).breaking).toEqual([]);
  });

  it('derives an API without federation machinery, keeping descriptions', () => {
    const api = composedApi('"""Name as on the ID card."""\n name: String!');

    expect(api).toContain('"""Name as on the ID card."""');
    expect(api).toContain('"""A caregiver registered with human resources."""');
    expect(api).not.toMatch(/join__|link__|@key|_Entity|_service/);
  });

  it('reads the top changelog entry with its continuation lines only', () => {
    expect(topChangelogEntry(readme('removes `Caregiver.sex`.'))).toBe(
      '- **0.5.0** — (unreleased) removes `Caregiver.sex`.\n  continued on a second line.',
    );
    expect(topChangelogEntry('# No changelog here\n- `Caregiver.sex`\n')).toBe('');
  });
});
