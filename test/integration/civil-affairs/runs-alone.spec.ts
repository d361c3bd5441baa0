import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { civilAffairs } from '../../../subgraphs/civil-affairs/subgraph';
import { unpackEpisodes } from '../../../subgraphs/shared/five-bed/linked-episodes';
import { buildSubgraphSchema } from '../../../subgraphs/shared/schema/build-subgraph-schema';
import { admit, anElder, anInstitution, bedsOf, openFamilyBed } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

const RUSHAN = '371083';

const PROFILE = graphql(`
  query RunsAloneElderProfile($key: ID!) {
    elder(personKey: $key) {
      name
      currentInstitutionStay {
        admittedOn
        institution {
          name
        }
      }
      familyBeds {
        openedOn
        closedOn
      }
    }
  }
`);

/** Straight to civil affairs' port: an evaluated indicator as the gateway hands it over, the joint meeting's reading in its key. */
const RECORDS_OF_INDICATOR = `query ($r: [_Any!]!, $counted: Boolean) {
  _entities(representations: $r) { ... on IndicatorValue { records(counted: $counted) { total items { kind code counted } } } }
}`;
/** Civil affairs' own part of the joint meeting's five-bed views, read at its port as its own system may. */
const CONTRIBUTIONS_OF_LINKAGE = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on FiveBedLinkage { civilAffairsBedCounts { kind capacity occupied } civilAffairsLinkedBedEpisodes } }
}`;
const BEDS_OF_ELDER = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Elder { civilAffairsBedEpisodes { kind startedOn endedOn facilityCode } } }
}`;

describe('civil affairs’ subgraph on its own', () => {
  it('declares nothing of another subgraph (no @external, no @requires) and composes into a supergraph alone', async () => {
    const sdl = printSubgraphSchema(await buildSubgraphSchema(civilAffairs));
    // Used on no field (the @link line names the directives in quotes, as every subgraph's does).
    expect(sdl).not.toMatch(/[^"]@(external|requires)\b/);
    const composed = composeServices([
      { name: 'civil-affairs', url: 'http://civil-affairs:4001/graphql', typeDefs: parse(sdl) },
    ]);
    expect(composed.errors ?? []).toEqual([]);
    expect(composed.supergraphSdl).toContain('registerElder(');
  });
});

// A hub of civil affairs alone (HUB_SUBGRAPHS=civil-affairs): the gateway over one subgraph, on a
// database of its own, with no other department running.
describe.each(DATABASE_TARGETS)('civil affairs running alone (%s)', (target) => {
  let hub: OwnTestHub;
  let previous: string | undefined;

  beforeAll(async () => {
    // The test hub composes its supergraph from the subgraphs HUB_SUBGRAPHS names, as `npm start` does.
    previous = process.env.HUB_SUBGRAPHS;
    process.env.HUB_SUBGRAPHS = 'civil-affairs';
    hub = await startTestHub(target, { env: { HUB_SUBGRAPHS: 'civil-affairs' } });
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.stop();
    if (previous === undefined) delete process.env.HUB_SUBGRAPHS;
    else process.env.HUB_SUBGRAPHS = previous;
  });

  it('starts civil affairs and the gateway only', () => {
    expect(Object.keys(hub.subgraphs)).toEqual(['civil-affairs']);
  });

  it('registers an elder and an institution, admits and opens a family bed, and reads them back through the gateway', async () => {
    const { personKey } = await anElder(hub).named('于德福').livingIn('371083100').register();
    const home = await anInstitution(hub).named('乳山市颐和养老院').inArea('371083100').register();
    const [bedId] = await bedsOf(hub, home.code).inServiceFrom('2016-01-01').add();
    await admit(hub, personKey, bedId, '2026-04-13');
    const other = await anElder(hub).livingIn('371083100').register();
    await openFamilyBed(hub, { personKey: other.personKey, operatorCode: home.code, openedOn: '2026-05-02' });

    expect(expectData(await hub.query(PROFILE, { key: personKey })).elder).toEqual({
      name: '于德福',
      currentInstitutionStay: { admittedOn: '2026-04-13', institution: { name: '乳山市颐和养老院' } },
      familyBeds: [],
    });
    expect(expectData(await hub.query(PROFILE, { key: other.personKey })).elder?.familyBeds).toEqual([
      { openedOn: '2026-05-02', closedOn: null },
    ]);
  });

  it('serves no other subgraph’s fields: the joint meeting’s views are not in this graph', async () => {
    for (const query of ['{ fiveBedLinkage(areaCode: "371083") { pilot } }', '{ indicatorDefinitions { code } }'])
      expect(errorCodes(await hub.query(query, {}, 'analyst'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('lists the records behind an indicator from the joint meeting’s reading carried in the key', async () => {
    const integrated = await anInstitution(hub).inArea('371083100').register();
    const other = await anInstitution(hub).inArea('371083100').register();
    const representation = (handedOverCodes: string[]) => ({
      __typename: 'IndicatorValue',
      code: 'I08',
      areaCode: RUSHAN,
      asOf: '2026-06-30',
      recordInputs: { recordKind: 'INSTITUTION', target: 90, handedOverCodes, numeratorRule: null },
    });
    type Records = { _entities: Array<{ records: { total: number; items: Array<{ code: string }> } }> };
    const records = async (counted: boolean) =>
      expectData(
        await hub.querySubgraph<Records>(
          'civil-affairs',
          RECORDS_OF_INDICATOR,
          { r: [representation([integrated.code])], counted },
          'analyst',
        ),
      )._entities[0].records;
    expect((await records(true)).items.map((item) => item.code)).toEqual([integrated.code]);
    const notIntegrated = (await records(false)).items.map((item) => item.code);
    expect(notIntegrated).toContain(other.code);
    expect(notIntegrated).not.toContain(integrated.code);
  });

  it('answers its own part of the joint meeting’s five-bed views at its port: bed counts, pseudonymous episodes, an elder’s beds', async () => {
    const { personKey } = await anElder(hub).livingIn('371083100').register();
    const home = await anInstitution(hub).inArea('371083100').register();
    const [bedId] = await bedsOf(hub, home.code).labelled('2-1', '2-2').inServiceFrom('2016-01-01').add();
    await admit(hub, personKey, bedId, '2026-05-01');

    const linkage = {
      __typename: 'FiveBedLinkage',
      areaCode: RUSHAN,
      from: '2026-04-01',
      to: '2026-06-30',
      windowDays: 30,
    };
    type Contributions = {
      _entities: Array<{
        civilAffairsBedCounts: Array<{ kind: string; capacity: number; occupied: number }>;
        civilAffairsLinkedBedEpisodes: unknown;
      }>;
    };
    const [figures] = expectData(
      await hub.querySubgraph<Contributions>('civil-affairs', CONTRIBUTIONS_OF_LINKAGE, { r: [linkage] }),
    )._entities;
    const institutionBeds = figures.civilAffairsBedCounts.find((count) => count.kind === 'ELDER_CARE_BED');
    expect(institutionBeds?.capacity).toBeGreaterThanOrEqual(2);
    expect(institutionBeds?.occupied).toBeGreaterThanOrEqual(1);
    const episodes = unpackEpisodes(figures.civilAffairsLinkedBedEpisodes);
    expect(episodes).toContainEqual(
      expect.objectContaining({ kind: 'ELDER_CARE_BED', startedOn: '2026-05-01', endedOn: null, inArea: true }),
    );
    expect(episodes.some((episode) => episode.linkKey === personKey)).toBe(false);

    type Beds = { _entities: Array<{ civilAffairsBedEpisodes: unknown[] }> };
    const beds = expectData(
      await hub.querySubgraph<Beds>('civil-affairs', BEDS_OF_ELDER, { r: [{ __typename: 'Elder', personKey }] }),
    )._entities[0].civilAffairsBedEpisodes;
    expect(beds).toEqual([{ kind: 'ELDER_CARE_BED', startedOn: '2026-05-01', endedOn: null, facilityCode: home.code }]);
  });

  it('refuses its five-bed contributions at its port to an analyst, who is entitled to the composed figures only', async () => {
    const linkage = {
      __typename: 'FiveBedLinkage',
      areaCode: RUSHAN,
      from: '2026-04-01',
      to: '2026-06-30',
      windowDays: 30,
    };
    const result = await hub.querySubgraph('civil-affairs', CONTRIBUTIONS_OF_LINKAGE, { r: [linkage] }, 'analyst');
    expect(errorCodes(result)).toContain('FORBIDDEN');
    expect(JSON.stringify(result.data ?? {})).not.toMatch(/linkKeys|occupied/);
  });
});
