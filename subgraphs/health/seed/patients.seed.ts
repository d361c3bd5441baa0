import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import type { SyntheticPerson } from '../../shared/seed/synthetic-world';
import { HomeSickbedCloseReason } from '../home-sickbed/home-sickbed-close-reason.enum';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalDischargeDestination } from '../hospital-stay/hospital-discharge-destination.enum';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitutionKind } from '../medical-institution/medical-institution-kind.enum';
import type { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import type { HealthSeedContext } from './seed-context';

/**
 * How frailty drives health-bed use (synthetic, tuned to the shares at 5,000 elders: about
 * 1.5% in hospital today, a few dozen in hospice, about 1.3% with an open home sickbed).
 */
const CHANCE = {
  inHospital: (frailty: number) => 0.004 + 0.16 * frailty ** 3,
  inHospice: (frailty: number) => (frailty > 0.8 ? 0.25 : 0.0005),
  homeSickbed: (frailty: number) => 0.003 + 0.08 * frailty ** 2,
  pastHospitalStay: (frailty: number) => 0.08 + 0.5 * frailty ** 2,
  pastHomeSickbed: (frailty: number) => 0.01 + 0.05 * frailty ** 2,
};

/** Seeded history looks back about two years. */
const HISTORY_DAYS = 730;

/** Beds of one kind at one institution, with today's free count kept as stays are seeded, so no stock is exceeded. */
interface BedPool {
  institution: MedicalInstitution;
  free: number;
}

/**
 * Hospital stays, home sickbeds and hospice stays of the synthetic elders (same person keys as
 * civil affairs): current ones fill beds of institutions in the elder's district (elsewhere when
 * full) without exceeding any stock; past ones are short stays before them.
 */
export class PatientSeeder {
  private readonly hospitalBeds = new Map<string, BedPool[]>();
  private readonly hospiceBeds = new Map<string, BedPool[]>();
  private readonly sickbedProviders = new Map<string, MedicalInstitution[]>();
  private readonly allSickbedProviders: MedicalInstitution[];

  constructor(
    private readonly context: HealthSeedContext,
    institutions: MedicalInstitution[],
  ) {
    for (const institution of institutions) {
      if (institution.medicalBeds > 0)
        push(this.hospitalBeds, institution.districtCode, { institution, free: institution.medicalBeds });
      if (institution.hospiceBeds > 0)
        push(this.hospiceBeds, institution.districtCode, { institution, free: institution.hospiceBeds });
      if (institution.kind !== MedicalInstitutionKind.VILLAGE_CLINIC)
        push(this.sickbedProviders, institution.districtCode, institution);
    }
    this.allSickbedProviders = institutions.filter(
      (institution) => institution.kind !== MedicalInstitutionKind.VILLAGE_CLINIC,
    );
  }

  async seedFor(persons: SyntheticPerson[]): Promise<void> {
    const { today } = this.context;
    const hospitalStays: Partial<HospitalStay>[] = [];
    const hospiceStays: Partial<HospiceStay>[] = [];
    const sickbeds: Partial<HomeSickbed>[] = [];
    for (const person of persons) {
      const random = this.context.random('patient', person.index);
      let hospitalCursor = today;
      let inBed = false;
      let fromHospitalToHospice = false;

      if (random.chance(CHANCE.inHospice(person.frailty))) {
        const pool = this.freeBed(this.hospiceBeds, person.districtCode, random);
        if (pool) {
          const admittedOn = addDays(today, -random.int(0, 60));
          hospiceStays.push({
            personKey: person.personKey,
            medicalInstitutionCode: pool.institution.code,
            admittedOn,
            dischargedOn: null,
            dischargeReason: null,
          });
          hospitalCursor = admittedOn;
          // Most come straight from a hospital bed (医疗床位 → 安宁疗护床位).
          fromHospitalToHospice = random.chance(0.6);
          inBed = true;
        }
      }
      if (!inBed && random.chance(CHANCE.inHospital(person.frailty))) {
        const pool = this.freeBed(this.hospitalBeds, person.districtCode, random);
        if (pool) {
          const admittedOn = addDays(today, -random.int(0, 30));
          hospitalStays.push({
            personKey: person.personKey,
            medicalInstitutionCode: pool.institution.code,
            admittedOn,
            dischargedOn: null,
            dischargeDestination: null,
          });
          hospitalCursor = admittedOn;
          inBed = true;
        }
      }
      const past = this.pastHospitalStays(person, random, hospitalCursor, fromHospitalToHospice);
      hospitalStays.push(...past);
      // Discharged to a home sickbed (五床联动: 医疗床位 → 家庭病床): the sickbed opens within a week and closes before the next admission.
      const followUps = past.flatMap((stay, i) => {
        if (stay.dischargeDestination !== HospitalDischargeDestination.HOME_SICKBED) return [];
        const openedOn = addDays(stay.dischargedOn!, random.int(0, 7));
        const closedOn = addDays(openedOn, random.int(14, 90));
        const next = i === 0 ? hospitalCursor : past[i - 1].admittedOn!;
        return closedOn < next && closedOn < today ? [this.sickbed(person, random, openedOn, closedOn)] : [];
      });

      const openSickbed = !inBed && random.chance(CHANCE.homeSickbed(person.frailty));
      let sickbedCursor = today;
      if (openSickbed) {
        const openedOn = addDays(today, -random.int(1, 300));
        sickbeds.push(this.sickbed(person, random, openedOn, null));
        sickbedCursor = openedOn;
      }
      sickbeds.push(...followUps.filter((sickbed) => sickbed.closedOn! < sickbedCursor));
      if (!followUps.length && random.chance(CHANCE.pastHomeSickbed(person.frailty))) {
        const closedOn = addDays(sickbedCursor, -random.int(1, 300));
        const openedOn = addDays(closedOn, -random.int(30, 180));
        if (openedOn >= addDays(today, -HISTORY_DAYS)) sickbeds.push(this.sickbed(person, random, openedOn, closedOn));
      }
    }
    await insertRows(this.context.manager, HospitalStay, hospitalStays);
    await insertRows(this.context.manager, HospiceStay, hospiceStays);
    await insertRows(this.context.manager, HomeSickbed, sickbeds);
  }

  /** Short past stays, each ending before the next began (the latest on the day of a hospice admission when transferred), none older than the history window. */
  private pastHospitalStays(
    person: SyntheticPerson,
    random: Random,
    before: string,
    toHospice: boolean,
  ): Partial<HospitalStay>[] {
    const stays: Partial<HospitalStay>[] = [];
    let cursor = before;
    for (
      let n = 0;
      (n === 0 && toHospice) || (n < 3 && random.chance(n === 0 ? CHANCE.pastHospitalStay(person.frailty) : 0.3));
      n++
    ) {
      const transfer = n === 0 && toHospice;
      const dischargedOn = transfer ? cursor : addDays(cursor, -random.int(20, 300));
      const admittedOn = addDays(dischargedOn, -random.int(3, 21));
      if (admittedOn < addDays(this.context.today, -HISTORY_DAYS)) break;
      const pools = this.hospitalBeds.get(person.districtCode) ?? [...this.hospitalBeds.values()][0];
      const institution = random.weighted(
        pools.map((pool) => [pool.institution, pool.institution.medicalBeds] as const),
      );
      const destination = transfer
        ? HospitalDischargeDestination.HOSPICE
        : random.weighted([
            [HospitalDischargeDestination.HOME, 60],
            [HospitalDischargeDestination.HOME_SICKBED, 10],
            [HospitalDischargeDestination.ELDER_CARE_INSTITUTION, 10],
            [HospitalDischargeDestination.FAMILY_BED, 5],
            [HospitalDischargeDestination.OTHER_HOSPITAL, 10],
            [HospitalDischargeDestination.OTHER, 5],
          ]);
      stays.push({
        personKey: person.personKey,
        medicalInstitutionCode: institution.code,
        admittedOn,
        dischargedOn,
        dischargeDestination: destination,
      });
      cursor = admittedOn;
    }
    return stays;
  }

  private sickbed(
    person: SyntheticPerson,
    random: Random,
    openedOn: string,
    closedOn: string | null,
  ): Partial<HomeSickbed> {
    const providers = this.sickbedProviders.get(person.districtCode) ?? this.allSickbedProviders;
    const lastDay = closedOn ?? this.context.today;
    const days = Math.round((Date.parse(lastDay) - Date.parse(openedOn)) / 86_400_000);
    const visitCount = Math.floor(days / 7) + (days >= 1 ? 1 : 0);
    return {
      personKey: person.personKey,
      medicalInstitutionCode: random.pick(providers).code,
      districtCode: person.districtCode,
      townCode: person.townCode,
      openedOn,
      closedOn,
      closeReason: closedOn
        ? random.weighted([
            [HomeSickbedCloseReason.RECOVERED, 60],
            [HomeSickbedCloseReason.HOSPITAL, 25],
            [HomeSickbedCloseReason.ELDER_CARE_INSTITUTION, 10],
            [HomeSickbedCloseReason.OTHER, 5],
          ])
        : null,
      visitCount,
      lastVisitedOn: visitCount ? addDays(openedOn, Math.min(days, (visitCount - 1) * 7)) : null,
    };
  }

  /** A bed free today, in the elder's district if possible, weighted by free beds; taken from the pool. */
  private freeBed(pools: Map<string, BedPool[]>, districtCode: string, random: Random): BedPool | null {
    const withFree = (list: BedPool[] | undefined) => (list ?? []).filter((pool) => pool.free > 0);
    let candidates = random.chance(0.85) ? withFree(pools.get(districtCode)) : [];
    if (!candidates.length) candidates = [...pools.values()].flatMap(withFree);
    if (!candidates.length) return null;
    const pool = random.weighted(candidates.map((candidate) => [candidate, candidate.free] as const));
    pool.free -= 1;
    return pool;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
