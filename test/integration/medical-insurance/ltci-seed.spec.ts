import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { DATABASE_TARGETS, startTestHub, type TestHub } from '../../support/test-hub';

const ELDERS = 600;

interface SeededSettlement {
  month: string;
  days: number;
  careForm: string;
  payee: string;
  homeCareService: string | null;
  chargedFen: number;
  amountFen: number;
  fundFen: number;
  selfPaidFen: number;
  overCapFen: number;
  institution: { code: string } | null;
  medicalInstitution: { code: string } | null;
  elder: {
    latestLtciGrade: string | null;
    ltciEnrolment: { status: string } | null;
    latestAssessment: { levelNumber: number } | null;
  };
}

describe.each(DATABASE_TARGETS)('medical insurance seeded from the shared world (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: ELDERS });
  });
  afterAll(() => hub?.stop());

  it('enrols most of the city’s elders, about 30 % of them employees and the rest residents', async () => {
    const result = await hub.query(
      `{ area(code: "371000") { ltciFigures { enrolments { scheme count } activeEmployeeEnrolments activeResidentEnrolments designatedInstitutions designatedMedicalInstitutions } } }`,
      undefined,
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.area.ltciFigures;
    const enrolled = figures.enrolments.reduce((sum: number, e: { count: number }) => sum + e.count, 0);
    const employees = figures.enrolments
      .filter((e: { scheme: string }) => e.scheme === 'EMPLOYEE')
      .reduce((sum: number, e: { count: number }) => sum + e.count, 0);
    expect(enrolled / ELDERS).toBeGreaterThan(0.85);
    expect(enrolled / ELDERS).toBeLessThan(0.95);
    expect(employees / enrolled).toBeGreaterThan(0.22);
    expect(employees / enrolled).toBeLessThan(0.38);
    expect(figures.activeResidentEnrolments).toBeGreaterThan(figures.activeEmployeeEnrolments);
    expect(figures.designatedInstitutions).toBeGreaterThan(0);
    expect(figures.designatedMedicalInstitutions).toBeGreaterThan(0);
  });

  it('designates a share of civil affairs’ institutions, each one civil affairs knows by its code', async () => {
    const result = await hub.query(
      `{ ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false }, page: { limit: 100 }) { total items { providerCode institution { code name } } } }`,
      undefined,
      'developer',
    );
    expect(result.errors).toBeUndefined();
    const { total, items } = result.data!.ltciDesignations;
    expect(total).toBeGreaterThan(3);
    expect(total).toBeLessThan(20); // of the 20 institutions of a small city
    for (const item of items)
      expect(item.institution).toMatchObject({ code: item.providerCode, name: expect.any(String) });
  });

  it('settles the last twelve months only for qualifying, active, enrolled elders at designated providers, with exact shares', async () => {
    const designations = await hub.query(
      `{ ltciDesignations(filter: { inForceOnly: false }, page: { limit: 1000 }) { items { providerCode } } }`,
      undefined,
      'medical-insurance-system',
    );
    const designated = new Set(
      designations.data!.ltciDesignations.items.map((d: { providerCode: string }) => d.providerCode),
    );
    const result = await hub.query(
      `{ ltciSettlements(page: { limit: 1000 }) { total items {
           month days careForm payee homeCareService chargedFen amountFen fundFen selfPaidFen overCapFen
           institution { code } medicalInstitution { code }
           elder { latestLtciGrade ltciEnrolment { status } latestAssessment { levelNumber } }
         } } }`,
      undefined,
      'medical-insurance-system',
    );
    expect(result.errors).toBeUndefined();
    const { total, items } = result.data!.ltciSettlements as { total: number; items: SeededSettlement[] };
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
