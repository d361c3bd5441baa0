import { In, IsNull } from 'typeorm';
import { AbilityAssessment } from '../../subgraphs/civil-affairs/assessment/ability-assessment.entity';
import { Bed } from '../../subgraphs/civil-affairs/bed/bed.entity';
import { CareAssignment } from '../../subgraphs/civil-affairs/care-assignment/care-assignment.entity';
import { Elder } from '../../subgraphs/civil-affairs/elder/elder.entity';
import { Institution } from '../../subgraphs/civil-affairs/institution/institution.entity';
import { InstitutionStay } from '../../subgraphs/civil-affairs/stay/institution-stay.entity';
import { LotteryFundDisbursement } from '../../subgraphs/finance/disbursement/lottery-fund-disbursement.entity';
import { HomeSickbed } from '../../subgraphs/health/home-sickbed/home-sickbed.entity';
import { HospitalStay } from '../../subgraphs/health/hospital-stay/hospital-stay.entity';
import { Caregiver } from '../../subgraphs/human-resources/caregiver/caregiver.entity';
import { CaregiverCertificate } from '../../subgraphs/human-resources/certificate/certificate.entity';
import { LtciAssessment } from '../../subgraphs/medical-insurance/assessment/ltci-assessment.entity';
import { LtciEnrolment } from '../../subgraphs/medical-insurance/enrolment/ltci-enrolment.entity';
import { LtciSettlement } from '../../subgraphs/medical-insurance/settlement/ltci-settlement.entity';
import type { RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';

/** One elder's whole picture: civil affairs' file, health's beds, insurance's LTCI, HR's carers, finance's payments. */
export const PERSON_360_QUERY = `query Person360($personKey: ID!) {
  elder(personKey: $personKey) {
    personKey name age
    area { name }
    latestAssessment { level assessedOn }
    currentInstitutionStay { admittedOn bed { kind label } institution { name rating } }
    careAssignments { careType startedOn endedOn caregiver { name certificates { kind level issuedOn expiresOn } } }
    hospitalStays { admittedOn dischargedOn }
    homeSickbeds { openedOn closedOn visitCount }
    ltciEnrolment { scheme since status }
    ltciAssessments { grade assessedOn validUntil }
    ltciSettlements { month careForm days amountFen fundFen }
    lotteryFundPayments { amountFen paidOn purpose }
  }
}`;

/**
 * The floor for the 360° query: the same rows read by hand from each department's database, the
 * departments in parallel as the gateway's fetches are, each department's reads as few statements
 * as its rows allow (what a single process owning every table could do at best).
 */
export function person360ByHand(subgraphs: Record<string, RunningSubgraph>) {
  const manager = (department: string) => subgraphs[department].database.dataSource.manager;
  return async (personKey: string): Promise<void> => {
    const civil = manager('civil-affairs');
    const civilRows = (async () => {
      const [, , stays, assignments] = await Promise.all([
        civil.findOneBy(Elder, { personKey }),
        civil.findOne(AbilityAssessment, { where: { personKey }, order: { assessedOn: 'DESC' } }),
        civil.findBy(InstitutionStay, { personKey, dischargedOn: IsNull() }),
        civil.findBy(CareAssignment, { personKey }),
      ]);
      if (stays.length)
        await Promise.all([
          civil.findBy(Bed, { id: In(stays.map((stay) => stay.bedId)) }),
          civil.findBy(Institution, { code: In(stays.map((stay) => stay.institutionCode)) }),
        ]);
      const carers = assignments.map((assignment) => assignment.caregiverKey);
      if (carers.length) {
        const hr = manager('human-resources');
        await Promise.all([
          hr.findBy(Caregiver, { personKey: In(carers) }),
          hr.findBy(CaregiverCertificate, { personKey: In(carers) }),
        ]);
      }
    })();
    const health = manager('health');
    const insurance = manager('medical-insurance');
    await Promise.all([
      civilRows,
      health.findBy(HospitalStay, { personKey }),
      health.findBy(HomeSickbed, { personKey }),
      insurance.findOneBy(LtciEnrolment, { personKey }),
      insurance.findBy(LtciAssessment, { personKey }),
      insurance.findBy(LtciSettlement, { personKey }),
      manager('finance').findBy(LotteryFundDisbursement, { personKey }),
    ]);
  };
}
