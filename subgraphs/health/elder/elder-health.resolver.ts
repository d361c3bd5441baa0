import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { currentOf, HealthBed } from './health-bed.union';
import { Elder } from './elder.stub';

/** The health section of an elder's record: the three health beds of the five-bed journey. */
@Authorized(can('patientRecords'))
@Resolver(() => Elder)
export class ElderHealthResolver {
  @FieldResolver(() => [HospitalStay], {
    nullable: true,
    description: 'Every hospital stay in a medical bed (住院), newest first.',
  })
  hospitalStays(@Root() elder: Elder, @Ctx() { loaders }: HealthContext): Promise<HospitalStay[]> {
    return loaders.hospitalStaysByPerson.load(elder.personKey);
  }

  @FieldResolver(() => [HomeSickbed], { nullable: true, description: 'Every home sickbed (家庭病床), newest first.' })
  homeSickbeds(@Root() elder: Elder, @Ctx() { loaders }: HealthContext): Promise<HomeSickbed[]> {
    return loaders.homeSickbedsByPerson.load(elder.personKey);
  }

  @FieldResolver(() => [HospiceStay], { nullable: true, description: 'Every hospice stay (安宁疗护), newest first.' })
  hospiceStays(@Root() elder: Elder, @Ctx() { loaders }: HealthContext): Promise<HospiceStay[]> {
    return loaders.hospiceStaysByPerson.load(elder.personKey);
  }

  @FieldResolver(() => HealthBed, {
    nullable: true,
    description:
      'The health bed the elder is in today — an open hospital stay, home sickbed or hospice stay — or null; if several are open, the latest entered.',
  })
  async currentHealthBed(@Root() elder: Elder, @Ctx() { loaders }: HealthContext): Promise<typeof HealthBed | null> {
    const [hospital, hospice, sickbed] = await Promise.all([
      loaders.currentHospitalStayByPerson.load(elder.personKey),
      loaders.currentHospiceStayByPerson.load(elder.personKey),
      loaders.currentHomeSickbedByPerson.load(elder.personKey),
    ]);
    return currentOf(hospital, hospice, sickbed);
  }
}
