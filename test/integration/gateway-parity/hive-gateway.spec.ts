import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { readGatewayConfig } from '../../../gateway/gateway-config';
import { hiveGatewayConfig } from '../../../gateway/hive/hive-gateway-config';
import { DEPARTMENT_NAMES } from '../../../subgraphs/shared/departments';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { type As, DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

/*
 * The README's example reads, word for word, as the callers the README names would send them. The
 * committed supergraph is the contract: any gateway that serves it must give the same answers.
 */
const README_ELDER = graphql(`
  query ParityElder($id: String!) {
    elderByIdNumber(idNumber: $id) {
      personKey
      name
      maskedIdNumber
      age
      area {
        name
        level
        parent {
          name
        }
      }
      latestAssessment {
        level
        levelNumber
        assessedOn
        assessor
      }
      currentInstitutionStay {
        admittedOn
        bed {
          kind
          label
        }
        institution {
          name
          rating
          bedCounts {
            kind
            capacity
            occupied
          }
        }
      }
    }
  }
`);

const README_ELDER_ACROSS_DEPARTMENTS = graphql(`
  query ParityElderAcrossDepartments($id: String!) {
    elderByIdNumber(idNumber: $id) {
      name
      age
      latestAssessment {
        level
      }
      currentInstitutionStay {
        institution {
          name
          rating
          medicalCareIntegrated
          ltciDesignation {
            designatedFrom
          }
          certifiedShare {
            ratio
          }
        }
      }
      hospitalStays {
        admittedOn
        dischargedOn
      }
      latestLtciGrade
      ltciSettlements(year: 2026) {
        month
        careForm
        fundFen
        selfPaidFen
      }
      careAssignments {
        caregiver {
          name
          role
          certificates {
            level
          }
        }
      }
    }
  }
`);

const README_ELDER_FIVE_BED = graphql(`
  query ParityElderFiveBed($id: String!) {
    elderByIdNumber(idNumber: $id) {
      currentFiveBed {
        kind
        startedOn
      }
      fiveBedJourney {
        kind
        startedOn
        endedOn
        institution {
          name
        }
        medicalInstitution {
          name
        }
        ltciCareForm
      }
    }
  }
`);

const README_INSTITUTIONS = graphql(`
  query ParityInstitutions {
    institutions(filter: { areaCode: "371083", minRating: 3 }, page: { limit: 20 }) {
      total
      items {
        code
        name
        ownership
        rating
        offersHomeVisits
        bedCounts {
          kind
          capacity
          occupied
        }
      }
    }
  }
`);

const README_LOTTERY_FUND = graphql(`
  query ParityLotteryFund {
    lotteryFundAreaReport(areaCode: "371083", raisedYear: 2025) {
      funds {
        source
        amountFen
        allocatedFen
      }
      elderCareShare {
        elderCareFen
        retainedFen
        basisPoints
        met
      }
      disbursedFen
    }
  }
`);

const README_FIVE_BED_LINKAGE = graphql(`
  query ParityFiveBedLinkage {
    fiveBedLinkage(areaCode: "371083", from: "2026-07-01", to: "2026-09-30", windowDays: 30) {
      pilot
      beds {
        kind
        capacity
        occupied
        occupiedSuppressed
        occupancyBasisPoints
      }
      transfers {
        from
        to
        count
        countSuppressed
      }
      hospitalDischarges
      hospitalDischargesWithoutNextBed
      hospitalDischargesWithoutNextBedSuppressed
      medianDaysToNextBed
      p90DaysToNextBed
    }
  }
`);

const README_INDICATOR_REPORT = graphql(`
  query ParityIndicatorReport {
    indicatorAreas(asOf: "2025-12-31") {
      area {
        name
        fiveBedPilot
      }
      indicators {
        code
        definition {
          nameZh
          nameEn
          unit
          deadline
          baseline2020
        }
        numerator
        denominator
        value
        target
        status
        breakdowns {
          key
          label
          numerator
          value
        }
      }
    }
  }
`);

const ELDERS_IN_CARE = graphql(`
  query ParityEldersInCare {
    elders(page: { limit: 500 }) {
      items {
        idNumber
        currentInstitutionStay {
          admittedOn
        }
        hospitalStays {
          admittedOn
        }
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('the committed supergraph served by Hive Gateway (%s)', (target) => {
  let hub: TestHub;
  let hive: { url: string; runtime: GatewayRuntime; server: Server };

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
    const config = readGatewayConfig();
    const runtime = createGatewayRuntime(
      hiveGatewayConfig({
        supergraphSdl: fs.readFileSync(config.supergraphFile, 'utf8'),
        subgraphUrls: Object.fromEntries(DEPARTMENT_NAMES.map((name) => [name, hub.subgraphUrl(name)])),
        signingKey: config.auth.gatewaySigningKey,
      }),
    );
    // The runtime is a request listener that answers through its own promise.
    const server = createServer((request, response) => void runtime(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hive = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, runtime, server };
  }, HUB_START_TIMEOUT_MS);

  afterAll(async () => {
    if (!hive) return;
    await new Promise((resolve) => hive.server.close(resolve));
    await hive.runtime.dispose();
  });

  /** The same request through both gateways, as the same caller. */
  async function throughBoth(query: { toString(): string }, variables: Record<string, unknown>, as: NonNullable<As>) {
    const body = JSON.stringify({ query: query.toString(), variables });
    const post = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.tokenFor(as)}` },
        body,
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    };
    return { apollo: await post(hub.gatewayUrl), hive: await post(hive.url) };
  }

  async function anElderInCare(): Promise<string> {
    const elders = expectData(await hub.query(ELDERS_IN_CARE, {})).elders.items;
    const elder = elders.find((one) => one.currentInstitutionStay && one.hospitalStays?.length);
    expect(elder).toBeDefined();
    return elder!.idNumber;
  }

  it.each([
    ['an elder with assessment, stay and area', README_ELDER, 'civil-affairs-system', '"admittedOn"'],
    ['one elder across departments', README_ELDER_ACROSS_DEPARTMENTS, 'civil-affairs-system', '"dischargedOn"'],
    ['one elder’s five-bed journey', README_ELDER_FIVE_BED, 'health-system', '"MEDICAL_BED"'],
  ] as const)('gives the same answer for %s', async (_, query, as, expected) => {
    const { apollo, hive } = await throughBoth(query, { id: await anElderInCare() }, as);
    expect(apollo.errors).toBeUndefined();
    // The elder's records from more than one department are in the answer compared.
    expect(JSON.stringify(apollo.data)).toContain(expected);
    expect(hive).toEqual(apollo);
  });

  it.each([
    ['the institutions of 乳山市 rated three stars or more', README_INSTITUTIONS, 'civil-affairs-system'],
    ['a district’s lottery fund against the 55% rule', README_LOTTERY_FUND, 'analyst'],
    ['a district’s five-bed linkage for a quarter', README_FIVE_BED_LINKAGE, 'analyst'],
    ['the indicator report for the city and every district', README_INDICATOR_REPORT, 'analyst'],
  ] as const)('gives the same answer for %s', async (_, query, as) => {
    const { apollo, hive } = await throughBoth(query, {}, as);
    expect(apollo.errors).toBeUndefined();
    expect(apollo.data).toBeTruthy();
    expect(hive).toEqual(apollo);
  });

  it('gives the same refusal to a caller the departments refuse', async () => {
    const { apollo, hive } = await throughBoth(README_ELDER, { id: await anElderInCare() }, 'analyst');
    expect(apollo.errors?.length).toBeGreaterThan(0);
    expect(hive.data).toEqual(apollo.data);
    const codes = (result: { errors?: unknown[] }) =>
      (result.errors as Array<{ extensions?: { code?: string } }>).map((error) => error.extensions?.code).sort();
    expect(codes(hive)).toEqual(codes(apollo));
  });
});
