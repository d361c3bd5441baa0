import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { SEEDED_ELDERS } from '../../support/hub-pool';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const CITY_LTCI_FIGURES = graphql(`
  query LtciSeedCityFigures {
    area(code: "371000") {
      ltciFigures {
        enrolments {
          scheme
          count
        }
        activeEmployeeEnrolments
        activeResidentEnrolments
        designatedInstitutions
        designatedMedicalInstitutions
      }
    }
  }
`);

const DESIGNATED_INSTITUTIONS = graphql(`
  query LtciSeedDesignatedInstitutions {
    ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false }, page: { limit: 1000 }) {
      total
      items {
        providerCode
        institution {
          code
          name
        }
      }
    }
    institutions {
      total
    }
  }
`);

const ALL_DESIGNATIONS = graphql(`
  query LtciSeedAllDesignations {
    ltciDesignations(filter: { inForceOnly: false }, page: { limit: 1000 }) {
      items {
        providerCode
      }
    }
  }
`);

const SETTLEMENTS = graphql(`
  query LtciSeedSettlements {
    ltciSettlements(page: { limit: 1000 }) {
      total
      items {
        month
        days
        careForm
        payee
        homeCareService
        chargedFen
        amountFen
        fundFen
        selfPaidFen
        overCapFen
        institution {
          code
        }
        medicalInstitution {
          code
        }
        elder {
          latestLtciGrade
          ltciEnrolment {
            status
          }
          latestAssessment {
            levelNumber
          }
        }
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('medical insurance seeded from the shared world (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('enrols most of the city’s elders, about 30 % of them employees and the rest residents', async () => {
    const { area } = expectData(await hub.query(CITY_LTCI_FIGURES, {}, 'analyst'));
    const figures = area!.ltciFigures!;
    const enrolled = figures.enrolments.reduce((sum, e) => sum + e.count, 0);
    const employees = figures.enrolments.filter((e) => e.scheme === 'EMPLOYEE').reduce((sum, e) => sum + e.count, 0);
    expect(enrolled / SEEDED_ELDERS).toBeGreaterThan(0.85);
    expect(enrolled / SEEDED_ELDERS).toBeLessThan(0.95);
    expect(employees / enrolled).toBeGreaterThan(0.22);
    expect(employees / enrolled).toBeLessThan(0.38);
    expect(figures.activeResidentEnrolments).toBeGreaterThan(figures.activeEmployeeEnrolments);
    expect(figures.designatedInstitutions).toBeGreaterThan(0);
    expect(figures.designatedMedicalInstitutions).toBeGreaterThan(0);
  });

  it('designates a share of civil affairs’ institutions, each one civil affairs knows by its code', async () => {
    const { ltciDesignations, institutions } = expectData(await hub.query(DESIGNATED_INSTITUTIONS, {}, 'developer'));
    const { total, items } = ltciDesignations;
    expect(total).toBeGreaterThan(3);
    expect(total).toBeLessThan(institutions.total); // a share, not all, of the city's institutions
    expect(items).toHaveLength(total);
    for (const { providerCode, institution } of items) {
      expect(institution?.code).toBe(providerCode);
      expect(typeof institution?.name).toBe('string');
    }
  });

  it('settles the last twelve months only for qualifying, active, enrolled elders at designated providers, with exact shares', async () => {
    const designations = expectData(await hub.query(ALL_DESIGNATIONS, {}, 'medical-insurance-system'));
    const designated = new Set(designations.ltciDesignations.items.map((d) => d.providerCode));
    const { total, items } = expectData(await hub.query(SETTLEMENTS, {}, 'medical-insurance-system')).ltciSettlements;
    expect(total).toBeGreaterThan(20);
    const thisMonth = monthOf(todayIso());
    for (const s of items) {
      expect(['SEVERE_DISABILITY_I', 'SEVERE_DISABILITY_II', 'SEVERE_DISABILITY_III']).toContain(
        s.elder.latestLtciGrade,
      );
      expect(s.elder.ltciEnrolment!.status).toBe('ACTIVE');
      expect(s.month >= addMonths(thisMonth, -12) && s.month < thisMonth).toBe(true);
      expect(s.days).toBeLessThanOrEqual(Number(lastDayOf(s.month).slice(8)));
      expect(s.fundFen + s.selfPaidFen + s.overCapFen).toBe(s.chargedFen);
      expect(designated.has((s.institution ?? s.medicalInstitution)!.code)).toBe(true);
      if (s.careForm !== 'HOME' || s.homeCareService === 'MEDICAL') expect(s.payee).toBe('PROVIDER');
      // Grades and civil affairs' ability levels come from the same frailty: a severe LTCI grade goes with at least moderate disability.
      if (s.elder.latestAssessment) expect(s.elder.latestAssessment.levelNumber).toBeGreaterThanOrEqual(2);
    }
  });
});
