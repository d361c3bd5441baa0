import { aSourceSystem, assessmentsToLoad, eldersToLoad } from '../../support/builders/bulk';
import { allocationsToLoad, disbursementsToLoad } from '../../support/builders/bulk-finance';
import { caregiversToLoad, certificatesToLoad } from '../../support/builders/bulk-human-resources';
import {
  enrolmentsToLoad,
  homeSickbedsToLoad,
  hospitalStaysToLoad,
  ltciAssessmentsToLoad,
  personKeysFor,
  settlementsToLoad,
} from '../../support/builders/bulk-health-insurance';
import { admit, anElder, anInstitution, bedsOf, openFamilyBed } from '../../support/builders/civil-affairs';
import {
  aFacility,
  anApplication,
  aResidentialDevelopment,
  uniqueName,
} from '../../support/builders/civil-affairs-care';
import {
  aDecisionReference,
  aFundYearOf,
  aLotteryFund,
  anAllocationFrom,
  aPaymentFrom,
} from '../../support/builders/finance';
import {
  aFreshPatient,
  aHomeSickbed,
  aHospiceStay,
  aHospitalStay,
  aMedicalInstitution,
  anAgreement,
  anInsideClinic,
  uniqueFilingNumber,
} from '../../support/builders/health';
import {
  aCaregiver,
  aSchool,
  aTrainingProgramme,
  recordMajorEnrolment,
  uniqueCertificateNumber,
} from '../../support/builders/human-resources';
import { uniqueCreditCode, uniqueIdNumber } from '../../support/builders/identifiers';
import { anLtciDesignation, anLtciEnrolment, recordLtciAssessment } from '../../support/builders/medical-insurance';
import type { As, TestHub } from '../../support/test-hub';

/** One mutation made ready to send: its caller and its arguments, over records built for it alone. */
export interface MutationCall {
  as: NonNullable<As>;
  args: Record<string, unknown>;
}

type Prepare = (hub: TestHub) => Promise<MutationCall>;

const CA: NonNullable<As> = 'civil-affairs-system';
const HEALTH: NonNullable<As> = 'health-system';
const HR: NonNullable<As> = 'human-resources-system';
const MI: NonNullable<As> = 'medical-insurance-system';
const FINANCE: NonNullable<As> = 'finance-system';

const anElderKey = async (hub: TestHub) => (await anElder(hub).register()).personKey;
/** Old enough for the old-age allowance (80). */
const anOldElderKey = async (hub: TestHub) => (await anElder(hub).bornOn('1940-02-03').register()).personKey;
const aBed = async (hub: TestHub) => {
  const { code } = await anInstitution(hub).register();
  const [bedId] = await bedsOf(hub, code)
    .labelled(`B-${hub.unique('bed-label')}`)
    .inServiceFrom('2016-01-01')
    .add();
  return { institutionCode: code, bedId: bedId };
};
const aStay = async (hub: TestHub) => {
  const personKey = await anElderKey(hub);
  const { institutionCode, bedId } = await aBed(hub);
  return { personKey, institutionCode, ...(await admit(hub, personKey, bedId, '2025-02-01')) };
};
const aHospital = async (hub: TestHub) => (await aMedicalInstitution(hub).providingHospice(10).register()).code;
/** Funds are one per level and year, and each level has only a few test years: spread them over the city and its districts. */
const FUND_LEVELS = ['371000', '371002', '371003', '371082', '371083'];
const aFundLevel = (hub: TestHub) => FUND_LEVELS[hub.unique('idempotency-fund-level') % FUND_LEVELS.length];
export const aFund = (hub: TestHub, amountFen: number) =>
  aLotteryFund(hub).of(aFundLevel(hub)).amounting(amountFen).record();
const anAllocation = async (hub: TestHub) => {
  const fund = await aFund(hub, 10_000_000);
  return anAllocationFrom(hub, fund.id).otherWelfare().of(1_000_000).on('2025-06-01').allocate();
};
const aTrainedCaregiver = async (hub: TestHub) => {
  const { personKey } = await aCaregiver(hub).register();
  const programme = await aTrainingProgramme(hub).open();
  const { enrolmentId } = await programme.enrol(personKey);
  return { personKey, programme, enrolmentId };
};

/**
 * Every mutation of the graph, each with what it needs to succeed once. The spec fails when the
 * graph has a mutation this table lacks, so a new mutation cannot skip the idempotency check.
 */
export const EVERY_MUTATION: Record<string, Prepare> = {
  // Civil affairs
  designateAgeFriendlyCommunity: (hub) =>
    Promise.resolve({
      as: CA,
      args: {
        input: {
          areaCode: '371002011015',
          level: (['NATIONAL', 'PROVINCIAL', 'CITY'] as const)[hub.unique('age-friendly-level') % 3],
          designatedYear: 2020 + (hub.unique('age-friendly-year') % 7),
          name: uniqueName(hub, '示范社区'),
        },
      },
    }),
  recordAllowancePayment: async (hub) => ({
    as: CA,
    args: {
      input: { kind: 'OLD_AGE_ALLOWANCE', month: '2025-05', paidOn: '2025-05-20', personKey: await anOldElderKey(hub) },
    },
  }),
  recordAllowancePayments: async (hub) => ({
    as: CA,
    args: {
      input: {
        kind: 'OLD_AGE_ALLOWANCE',
        month: '2025-05',
        paidOn: '2025-05-20',
        personKeys: [await anOldElderKey(hub), await anOldElderKey(hub)],
      },
    },
  }),
  recordAbilityAssessment: async (hub) => ({
    as: CA,
    args: {
      input: {
        personKey: await anElderKey(hub),
        level: 'MILD_DISABILITY',
        assessedOn: '2025-04-01',
        reason: 'INITIAL',
        assessor: '威海市评估中心',
      },
    },
  }),
  importAbilityAssessments: async (hub) => ({
    as: CA,
    args: { input: { mode: 'PER_ITEM', items: assessmentsToLoad(await anElderKey(hub), 3, aSourceSystem(hub)) } },
  }),
  addBeds: async (hub) => ({
    as: CA,
    args: {
      input: {
        institutionCode: (await anInstitution(hub).register()).code,
        kind: 'NURSING',
        labels: ['A-1', 'A-2'],
        inServiceFrom: '2020-01-01',
      },
    },
  }),
  retireBed: async (hub) => ({ as: CA, args: { bedId: (await aBed(hub)).bedId, retiredOn: '2025-01-31' } }),
  assignCaregiver: async (hub) => {
    const { personKey, institutionCode } = await aStay(hub);
    const caregiver = await aCaregiver(hub).employedBy(institutionCode).register();
    return {
      as: CA,
      args: {
        input: {
          personKey,
          caregiverKey: caregiver.personKey,
          careType: 'INSTITUTIONAL',
          institutionCode,
          startedOn: '2025-03-01',
        },
      },
    };
  },
  endCareAssignment: async (hub) => {
    const { input } = (await EVERY_MUTATION.assignCaregiver(hub)).args as { input: Record<string, unknown> };
    const { assignCaregiver } = await hub
      .query<{ assignCaregiver: { id: string } }>(
        'mutation IdempotencyEveryAssignFirst($input: AssignCaregiverInput!) { assignCaregiver(input: $input) { id } }',
        { input },
        CA,
      )
      .then((result) => result.data!);
    return { as: CA, args: { input: { assignmentId: assignCaregiver.id, endedOn: '2025-04-01' } } };
  },
  registerElder: (hub) =>
    Promise.resolve({
      as: CA,
      args: {
        input: {
          idNumber: uniqueIdNumber(hub, { addressCode: '371002', birthDate: '1945-03-04' }),
          name: '重试老人',
          areaCode: '371002011',
          livingSituation: 'LIVING_ALONE',
          specialFamilyPlanningFamily: false,
          economicStatus: 'ORDINARY',
          wantsCentralisedCare: false,
        },
      },
    }),
  importElders: (hub) =>
    Promise.resolve({ as: CA, args: { input: { mode: 'PER_ITEM', items: eldersToLoad(hub, 3, aSourceSystem(hub)) } } }),
  updateElder: async (hub) => ({ as: CA, args: { personKey: await anElderKey(hub), input: { phone: '13800000000' } } }),
  registerFacility: (hub) =>
    Promise.resolve({
      as: CA,
      args: {
        input: {
          kind: 'DAY_CARE',
          name: uniqueName(hub, '重试日间照料中心'),
          areaCode: '371002011015',
          operatorName: '威海市颐和养老服务有限公司',
          floorAreaSqm: 600,
          openedOn: '2023-05-01',
        },
      },
    }),
  updateFacility: async (hub) => ({
    as: CA,
    args: { id: (await aFacility(hub).register()).id, input: { operatorName: '重试运营方' } },
  }),
  openFamilyBed: async (hub) => ({
    as: CA,
    args: {
      input: {
        personKey: await anElderKey(hub),
        operatorCode: (await anInstitution(hub).register()).code,
        openedOn: '2025-02-01',
      },
    },
  }),
  closeFamilyBed: async (hub) => {
    const personKey = await anElderKey(hub);
    const operatorCode = (await anInstitution(hub).register()).code;
    const { id } = await openFamilyBed(hub, { personKey, operatorCode, openedOn: '2025-02-01' });
    return { as: CA, args: { input: { familyBedId: id, closedOn: '2025-03-01', reason: 'NO_LONGER_NEEDED' } } };
  },
  registerInstitution: (hub) =>
    Promise.resolve({
      as: CA,
      args: {
        input: {
          code: uniqueCreditCode(hub, { areaCode: '371002', kind: '52' }),
          name: uniqueName(hub, '重试养老院'),
          areaCode: '371002011',
          ownership: 'PUBLIC',
          openedOn: '2015-01-01',
        },
      },
    }),
  updateInstitution: async (hub) => ({
    as: CA,
    args: { code: (await anInstitution(hub).register()).code, input: { phone: '0631-5200000' } },
  }),
  registerResidentialDevelopment: (hub) =>
    Promise.resolve({
      as: CA,
      args: {
        input: {
          name: uniqueName(hub, '重试小区'),
          developer: '威海海川房地产开发有限公司',
          areaCode: '371002011',
          households: 500,
          deliveredOn: '2024-01-10',
        },
      },
    }),
  recordFacilityHandover: async (hub) => ({
    as: CA,
    args: {
      input: {
        id: (await aResidentialDevelopment(hub).register()).id,
        facilityAreaM2: 300,
        handedOverOn: '2024-06-01',
        correction: false,
      },
    },
  }),
  admitToInstitution: async (hub) => ({
    as: CA,
    args: { input: { personKey: await anElderKey(hub), bedId: (await aBed(hub)).bedId, admittedOn: '2025-02-01' } },
  }),
  dischargeFromInstitution: async (hub) => ({
    as: CA,
    args: { input: { stayId: (await aStay(hub)).id, dischargedOn: '2025-03-01', reason: 'HOME' } },
  }),
  recordVisit: async (hub) => ({
    as: CA,
    args: {
      input: {
        personKey: await anElderKey(hub),
        visitedOn: '2025-04-02',
        visitorName: '王社工',
        visitorOrganisation: '环翠区民政局',
        method: 'HOME_VISIT',
        followUpNeeded: false,
      },
    },
  }),
  applyToWaitlist: async (hub) => ({
    as: CA,
    args: {
      input: {
        personKey: await anElderKey(hub),
        institutionCode: (await anInstitution(hub).public().register()).code,
        appliedOn: '2025-02-01',
      },
    },
  }),
  withdrawFromWaitlist: async (hub) => {
    const { code } = await anInstitution(hub).public().register();
    const { id } = await anApplication(hub)
      .of(await anElderKey(hub))
      .to(code)
      .on('2025-02-01')
      .apply();
    return { as: CA, args: { input: { entryId: id, withdrawnOn: '2025-03-01' } } };
  },
  markWaitlistAdmitted: async (hub) => {
    const { code } = await anInstitution(hub).public().register();
    const { id } = await anApplication(hub)
      .of(await anElderKey(hub))
      .to(code)
      .on('2025-02-01')
      .apply();
    return { as: CA, args: { input: { entryId: id, admittedOn: '2025-03-01' } } };
  },

  // Finance
  allocateLotteryFund: async (hub) => {
    const fund = await aFund(hub, 1_000_000);
    return {
      as: FINANCE,
      args: {
        input: {
          fundId: fund.id,
          category: 'ELDER_CARE',
          programme: 'OPERATING_AWARD',
          amountFen: 100_000,
          allocatedOn: '2025-06-01',
        },
      },
    };
  },
  disburseLotteryFund: async (hub) => ({
    as: FINANCE,
    args: {
      input: {
        allocationId: (await anAllocation(hub)).id,
        recipient: { programme: '重试项目' },
        amountFen: 1_000,
        paidOn: '2025-06-10',
        purpose: '养老服务项目',
        decidingDepartment: 'CIVIL_AFFAIRS',
        decisionReference: aDecisionReference(hub),
      },
    },
  }),
  importLotteryFundAllocations: async (hub) => ({
    as: FINANCE,
    args: {
      input: { mode: 'PER_ITEM', items: allocationsToLoad(await aFund(hub, 1_000_000), 3, 10_000, aSourceSystem(hub)) },
    },
  }),
  importLotteryFundDisbursements: async (hub) => {
    const fund = await aFund(hub, 10_000_000);
    const { id } = await anAllocationFrom(hub, fund.id)
      .otherWelfare()
      .of(1_000_000)
      .on(`${fund.raisedYear}-06-01`)
      .allocate();
    return {
      as: FINANCE,
      args: { input: { mode: 'PER_ITEM', items: disbursementsToLoad(hub, fund, id, 3, 1_000, aSourceSystem(hub)) } },
    };
  },
  reverseLotteryFundDisbursement: async (hub) => {
    const { id } = await aPaymentFrom(hub, (await anAllocation(hub)).id)
      .toProgramme('重试项目')
      .on('2025-06-10')
      .pay();
    return { as: FINANCE, args: { input: { disbursementId: id, reversedOn: '2025-06-20', reason: '重复支付' } } };
  },
  recordLotteryFund: (hub) => {
    const areaCode = aFundLevel(hub);
    return Promise.resolve({
      as: FINANCE,
      args: {
        input: {
          source: 'WELFARE_LOTTERY',
          areaCode,
          raisedYear: aFundYearOf(hub, areaCode),
          amountFen: 1_000_000,
        },
      },
    });
  },

  // Health
  signCooperationAgreement: async (hub) => ({
    as: HEALTH,
    args: {
      input: {
        medicalInstitutionCode: await aHospital(hub),
        institutionCode: (await anInstitution(hub).register()).code,
        services: ['REGULAR_ROUNDS'],
        validFrom: '2025-01-01',
      },
    },
  }),
  endCooperationAgreement: async (hub) => {
    const { code } = await anInstitution(hub).register();
    const { id } = await anAgreement(hub)
      .between(await aHospital(hub), code)
      .from('2025-01-01')
      .sign();
    return { as: HEALTH, args: { input: { agreementId: id, endedOn: '2025-06-30' } } };
  },
  openHomeSickbed: async (hub) => ({
    as: HEALTH,
    args: {
      input: {
        ...aFreshPatient(hub),
        medicalInstitutionCode: await aHospital(hub),
        areaCode: '371083',
        openedOn: '2025-03-01',
      },
    },
  }),
  importHomeSickbeds: async (hub) => ({
    as: HEALTH,
    args: {
      input: {
        mode: 'PER_ITEM',
        items: homeSickbedsToLoad(personKeysFor(hub, 2), await aHospital(hub), aSourceSystem(hub, 'his')),
      },
    },
  }),
  recordHomeSickbedVisit: async (hub) => {
    const { id } = await aHomeSickbed(hub, aFreshPatient(hub))
      .by(await aHospital(hub))
      .from('2025-03-01')
      .record();
    return { as: HEALTH, args: { input: { homeSickbedId: id, visitedOn: '2025-03-05' } } };
  },
  closeHomeSickbed: async (hub) => {
    const { id } = await aHomeSickbed(hub, aFreshPatient(hub))
      .by(await aHospital(hub))
      .from('2025-03-01')
      .record();
    return { as: HEALTH, args: { input: { homeSickbedId: id, closedOn: '2025-04-01', reason: 'RECOVERED' } } };
  },
  admitToHospice: async (hub) => ({
    as: HEALTH,
    args: { input: { ...aFreshPatient(hub), medicalInstitutionCode: await aHospital(hub), admittedOn: '2025-03-01' } },
  }),
  dischargeFromHospice: async (hub) => {
    const { id } = await aHospiceStay(hub, aFreshPatient(hub))
      .in(await aHospital(hub))
      .from('2025-03-01')
      .record();
    return { as: HEALTH, args: { input: { hospiceStayId: id, dischargedOn: '2025-03-20', reason: 'DECEASED' } } };
  },
  admitToHospital: async (hub) => ({
    as: HEALTH,
    args: { input: { ...aFreshPatient(hub), medicalInstitutionCode: await aHospital(hub), admittedOn: '2025-03-01' } },
  }),
  importHospitalStays: async (hub) => ({
    as: HEALTH,
    args: {
      input: {
        mode: 'PER_ITEM',
        items: hospitalStaysToLoad(personKeysFor(hub, 2), await aHospital(hub), aSourceSystem(hub, 'his')),
      },
    },
  }),
  dischargeFromHospital: async (hub) => {
    const { id } = await aHospitalStay(hub, aFreshPatient(hub))
      .in(await aHospital(hub))
      .from('2025-03-01')
      .record();
    return { as: HEALTH, args: { input: { hospitalStayId: id, dischargedOn: '2025-03-10', destination: 'HOME' } } };
  },
  fileInsideClinic: async (hub) => ({
    as: HEALTH,
    args: {
      input: {
        institutionCode: (await anInstitution(hub).register()).code,
        name: '重试内设医务室',
        kind: 'INFIRMARY',
        filingNumber: uniqueFilingNumber(hub),
        filedOn: '2025-01-15',
      },
    },
  }),
  closeInsideClinic: async (hub) => {
    const { id } = await anInsideClinic(hub, (await anInstitution(hub).register()).code)
      .filedOn('2025-01-15')
      .file();
    return { as: HEALTH, args: { input: { clinicId: id, closedOn: '2025-05-01' } } };
  },
  registerMedicalInstitution: (hub) =>
    Promise.resolve({
      as: HEALTH,
      args: {
        input: {
          code: uniqueCreditCode(hub, { areaCode: '371002', kind: '12' }),
          name: uniqueName(hub, '重试医院'),
          kind: 'GENERAL_HOSPITAL',
          level: 2,
          isPublic: true,
          areaCode: '371002',
          medicalBeds: 100,
          hospiceBeds: 0,
          internetNursing: false,
          hospiceProvider: false,
        },
      },
    }),
  updateMedicalInstitution: async (hub) => ({
    as: HEALTH,
    args: { code: await aHospital(hub), input: { medicalBeds: 120 } },
  }),

  // Human resources
  registerCaregiver: (hub) => Promise.resolve({ as: HR, args: { input: aCaregiver(hub).input() } }),
  importCaregivers: (hub) =>
    Promise.resolve({
      as: HR,
      args: { input: { mode: 'PER_ITEM', items: caregiversToLoad(hub, 3, aSourceSystem(hub)) } },
    }),
  importCaregiverCertificates: async (hub) => ({
    as: HR,
    args: {
      input: {
        mode: 'PER_ITEM',
        items: certificatesToLoad(hub, (await aCaregiver(hub).register()).personKey, 3, aSourceSystem(hub)),
      },
    },
  }),
  recordCaregiverCertificate: async (hub) => ({
    as: HR,
    args: {
      input: {
        personKey: (await aCaregiver(hub).register()).personKey,
        level: 'ELDER_CAREGIVER_LEVEL_5',
        certificateNumber: uniqueCertificateNumber(hub),
        issuer: '威海市人力资源和社会保障局',
        issuedOn: '2024-05-01',
      },
    },
  }),
  recordElderCareMajorEnrolment: (hub) =>
    Promise.resolve({
      as: HR,
      args: { input: { ...aSchool(hub), major: '智慧健康养老服务与管理', enrolmentYear: 2025, enrolled: 40 } },
    }),
  correctElderCareMajorEnrolment: async (hub) => {
    const { id } = await recordMajorEnrolment(hub, aSchool(hub), '智慧健康养老服务与管理', 2025, 40);
    return { as: HR, args: { input: { id, enrolled: 42 } } };
  },
  decideCaregiverSubsidy: async (hub) => {
    const { personKey, programme, enrolmentId } = await aTrainedCaregiver(hub);
    await programme.complete(enrolmentId, '2024-03-20');
    return {
      as: HR,
      args: {
        input: { personKey, kind: 'TRAINING_SUBSIDY', decidedOn: '2024-04-01', trainingEnrolmentId: enrolmentId },
      },
    };
  },
  recordCaregiverSubsidyPayment: async (hub) => {
    const { input } = (await EVERY_MUTATION.decideCaregiverSubsidy(hub)).args;
    const { decideCaregiverSubsidy } = await hub
      .query<{ decideCaregiverSubsidy: { id: string } }>(
        'mutation IdempotencyEveryDecideFirst($input: DecideCaregiverSubsidyInput!) { decideCaregiverSubsidy(input: $input) { id } }',
        { input },
        HR,
      )
      .then((result) => result.data!);
    return {
      as: HR,
      args: {
        input: {
          subsidyId: decideCaregiverSubsidy.id,
          paymentReference: `PAY-${hub.unique('pay')}`,
          paidOn: '2024-05-01',
        },
      },
    };
  },
  openCaregiverTrainingProgramme: (hub) =>
    Promise.resolve({
      as: HR,
      args: {
        input: {
          kind: 'SKILLS',
          name: uniqueName(hub, '重试培训班'),
          organiser: '威海市人力资源和社会保障局',
          startsOn: '2025-03-01',
          endsOn: '2025-03-20',
        },
      },
    }),
  enrolCaregiverInTraining: async (hub) => {
    const { personKey } = await aCaregiver(hub).register();
    const programme = await aTrainingProgramme(hub).open();
    return { as: HR, args: { input: { programmeId: programme.id, personKey, enrolledOn: '2024-03-01' } } };
  },
  completeCaregiverTraining: async (hub) => {
    const { enrolmentId } = await aTrainedCaregiver(hub);
    return { as: HR, args: { input: { enrolmentId, completedOn: '2024-03-20' } } };
  },

  // Medical insurance
  recordLtciAssessment: async (hub) => ({
    as: MI,
    args: {
      input: {
        personKey: (await anLtciEnrolment(hub).since('2023-01-01').enrol()).personKey,
        grade: 'SEVERE_DISABILITY_I',
        assessedOn: '2024-01-10',
        assessingOrganisation: '威海市失能评估中心',
      },
    },
  }),
  importLtciAssessments: async (hub) => ({
    as: MI,
    args: {
      input: {
        mode: 'PER_ITEM',
        items: ltciAssessmentsToLoad(
          (await anLtciEnrolment(hub).since('2016-01-01').enrol()).personKey,
          2,
          aSourceSystem(hub, 'ltci'),
        ),
      },
    },
  }),
  designateLtciProvider: (hub) =>
    Promise.resolve({
      as: MI,
      args: {
        input: {
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: uniqueCreditCode(hub, { areaCode: '371083', kind: '52' }),
          providerLevel: 'ELDER_CARE',
          districtCode: '371083',
          designatedFrom: '2023-01-01',
        },
      },
    }),
  undesignateLtciProvider: async (hub) => {
    const { providerCode } = await anLtciDesignation(hub).from('2023-01-01').designate();
    return {
      as: MI,
      args: { input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode, designatedUntil: '2024-12-31' } },
    };
  },
  enrolInLtci: (hub) =>
    Promise.resolve({
      as: MI,
      args: {
        input: {
          idNumber: uniqueIdNumber(hub, { addressCode: '371083', birthDate: '1944-05-06' }),
          scheme: 'EMPLOYEE',
          since: '2023-01-01',
          districtCode: '371083',
        },
      },
    }),
  importLtciEnrolments: (hub) =>
    Promise.resolve({
      as: MI,
      args: { input: { mode: 'PER_ITEM', items: enrolmentsToLoad(hub, 2, aSourceSystem(hub, 'ltci')) } },
    }),
  changeLtciEnrolmentStatus: async (hub) => ({
    as: MI,
    args: {
      input: {
        personKey: (await anLtciEnrolment(hub).since('2023-01-01').enrol()).personKey,
        status: 'SUSPENDED',
        effectiveOn: '2024-06-01',
      },
    },
  }),
  importLtciSettlements: async (hub) => {
    const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
    await recordLtciAssessment(hub, personKey, 'SEVERE_DISABILITY_I', '2016-01-01', { validUntil: '2030-12-31' });
    const { providerCode } = await anLtciDesignation(hub).from('2016-01-01').designate();
    return {
      as: MI,
      args: {
        input: { mode: 'PER_ITEM', items: settlementsToLoad([personKey], providerCode, 2, aSourceSystem(hub, 'ltci')) },
      },
    };
  },
  settleLtciMonth: async (hub) => {
    const { personKey } = await anLtciEnrolment(hub).since('2023-01-01').employee().enrol();
    await recordLtciAssessment(hub, personKey, 'SEVERE_DISABILITY_I', '2023-02-01');
    const { code } = await anInstitution(hub).inArea('371083100').openedOn('2015-06-01').register();
    await anLtciDesignation(hub).provider(code).from('2023-01-01').designate();
    return {
      as: MI,
      args: {
        input: {
          personKey,
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: code,
          month: '2024-03',
          careForm: 'INSTITUTIONAL',
          payee: 'PROVIDER',
          days: 20,
          chargedFen: 100_000,
        },
      },
    };
  },
};
