import { createUnionType } from 'type-graphql';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';

/** One of the three health beds of the five-bed journey (五床联动). */
export const HealthBed = createUnionType({
  name: 'HealthBed',
  description:
    'A bed of the five-bed journey kept by the health commission: a hospital stay (医疗床位), a home sickbed (家庭病床) or a hospice stay (安宁疗护床位).',
  // No resolveType: type-graphql's own picks the member by the value's class, synchronously; one given
  // here is wrapped in an async function, which the compiled execution cannot wait for.
  types: () => [HospitalStay, HomeSickbed, HospiceStay] as const,
});

type OpenBed = HospitalStay | HomeSickbed | HospiceStay;

/** The elder's current health bed when several are open (a home sickbed left open on admission): the latest entered; on the same day, the most acute care. */
export function currentOf(
  hospital: HospitalStay | null,
  hospice: HospiceStay | null,
  sickbed: HomeSickbed | null,
): OpenBed | null {
  const started = (bed: OpenBed) => (bed instanceof HomeSickbed ? bed.openedOn : bed.admittedOn);
  const open = [hospice, hospital, sickbed].filter((bed): bed is NonNullable<typeof bed> => bed !== null);
  return open.reduce<OpenBed | null>(
    (latest, bed) => (latest === null || started(bed) > started(latest) ? bed : latest),
    null,
  );
}
