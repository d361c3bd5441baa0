import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import { syntheticInstitutions } from '../../shared/seed/synthetic-world';
import { InsideClinicKind } from '../inside-clinic/inside-clinic-kind.enum';
import { InsideClinic } from '../inside-clinic/inside-clinic.entity';
import { MedicalInstitutionKind } from '../medical-institution/medical-institution-kind.enum';
import type { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import type { HealthSeedContext } from '../seed/seed-context';
import { CooperationService } from './cooperation-service.enum';
import { CooperationAgreement } from './cooperation-agreement.entity';

/** Shares behind indicator 8 (86% in 2020): about four in five institutions with an agreement in force, a quarter with an inside clinic, ~85% either. */
const SHARES = { agreementInForce: 0.8, insideClinic: 0.25, pastAgreement: 0.3 };

const SERVICES = Object.values(CooperationService);

/**
 * Cooperation agreements and inside clinics of the synthetic world's elder-care institutions (the
 * same credit codes civil affairs seeds), each partner a medical institution of the same district.
 */
export async function seedMedicalCareIntegration(
  context: HealthSeedContext,
  medicalInstitutions: MedicalInstitution[],
): Promise<void> {
  const partners = medicalInstitutions.filter(
    (institution) => institution.kind !== MedicalInstitutionKind.VILLAGE_CLINIC,
  );
  const agreements: Partial<CooperationAgreement>[] = [];
  const clinics: Partial<InsideClinic>[] = [];
  for (const institution of syntheticInstitutions(context.options)) {
    const random = context.random('medical-care-integration', institution.index);
    const local = partners.filter((partner) => partner.districtCode === institution.districtCode);
    const pick = () => random.pick(local.length ? local : partners);
    const earliest = [institution.openedOn, addDays(context.today, -1500)].sort()[1];
    let currentFrom: string | null = null;
    if (random.chance(SHARES.agreementInForce)) {
      currentFrom = random.dateBetween(earliest, addDays(context.today, -10));
      agreements.push({
        medicalInstitutionCode: pick().code,
        institutionCode: institution.code,
        services: services(random),
        validFrom: currentFrom,
        validTo: random.chance(0.5)
          ? null
          : random.dateBetween(addDays(context.today, 30), addDays(context.today, 1000)),
        endedOn: null,
      });
    }
    // An older agreement, expired or ended before any current one began.
    const pastEnd = addDays(currentFrom ?? context.today, -random.int(1, 200));
    const pastFrom = addDays(pastEnd, -random.int(365, 1095));
    if (random.chance(SHARES.pastAgreement) && pastFrom >= institution.openedOn) {
      const ended = random.chance(0.5);
      agreements.push({
        medicalInstitutionCode: pick().code,
        institutionCode: institution.code,
        services: services(random),
        validFrom: pastFrom,
        validTo: ended ? addDays(pastEnd, random.int(30, 400)) : pastEnd,
        endedOn: ended ? pastEnd : null,
      });
    }
    if (random.chance(SHARES.insideClinic)) {
      clinics.push({
        institutionCode: institution.code,
        name: `${institution.name}${random.pick(['医务室', '护理站', '门诊部'])}`,
        kind: random.weighted([
          [InsideClinicKind.INFIRMARY, 50],
          [InsideClinicKind.NURSING_STATION, 30],
          [InsideClinicKind.OUTPATIENT_DEPARTMENT, 12],
          [InsideClinicKind.CLINIC, 8],
        ]),
        filingNumber: `威卫医养备${institution.districtCode}${String(institution.index + 1).padStart(5, '0')}`,
        filedOn: random.dateBetween([institution.openedOn, '2018-01-01'].sort()[1], addDays(context.today, -1)),
        closedOn: null,
      });
    }
  }
  await insertRows(context.manager, CooperationAgreement, agreements);
  await insertRows(context.manager, InsideClinic, clinics);
}

function services(random: Random): CooperationService[] {
  const chosen = SERVICES.filter(() => random.chance(0.5));
  return chosen.length ? chosen : [CooperationService.REGULAR_ROUNDS, CooperationService.EMERGENCY_GREEN_CHANNEL];
}
