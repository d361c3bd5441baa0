import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkNotFuture, checkText } from '../../shared/validation/checks';
import { FacilityKind, isRated } from './facility-kind.enum';

/** Largest floor area accepted, to catch a clerk typing square centimetres or a stray digit. */
const MAX_FLOOR_AREA_SQM = 100_000;

/** A meal point must carry its star rating and no other kind may; the same rule on registration and update. */
export function checkStarRating(kind: FacilityKind, starRating: number | null | undefined): void {
  if (isRated(kind)) {
    if (starRating === null || starRating === undefined)
      throw new BadUserInputError('starRating', 'a meal point (助餐点) needs its star rating, 1 to 5');
    checkIntegerRange('starRating', starRating, 1, 5);
  } else if (starRating !== null && starRating !== undefined) {
    throw new BadUserInputError('starRating', 'only meal points (助餐点) are rated with stars');
  }
}

@InputType({ description: 'A community elder-care facility to register.' })
export class RegisterFacilityInput implements SelfValidating {
  @Field(() => FacilityKind, { description: 'Kind of facility; cannot change later.' })
  kind: FacilityKind;

  @Field({ description: 'Name as signposted.' })
  name: string;

  @Field(() => ID, {
    description:
      'Where it stands: district, town/street or village/community code. A street centre must be in a street, a town regional centre in a town.',
  })
  areaCode: string;

  @Field({ description: 'Operator (运营主体).' })
  operatorName: string;

  @Field(() => Int, { description: 'Floor area in whole square metres.' })
  floorAreaSqm: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Star rating 1–5: required for meal points, refused for every other kind.',
  })
  starRating?: number | null;

  @Field(() => LocalDate, { description: 'Opening date; not in the future.' })
  openedOn: string;

  validate(): void {
    checkText('name', this.name, 128);
    checkText('operatorName', this.operatorName, 128);
    checkIntegerRange('floorAreaSqm', this.floorAreaSqm, 1, MAX_FLOOR_AREA_SQM);
    checkStarRating(this.kind, this.starRating);
    checkNotFuture('openedOn', this.openedOn);
  }
}

@InputType({ description: 'Changes to a facility, or its closure; omitted fields stay as they are.' })
export class UpdateFacilityInput implements SelfValidating {
  @Field({ nullable: true, description: 'Name as signposted.' })
  name?: string;

  @Field({ nullable: true, description: 'Operator (运营主体).' })
  operatorName?: string;

  @Field(() => Int, { nullable: true, description: 'Floor area in whole square metres.' })
  floorAreaSqm?: number;

  @Field(() => Int, { nullable: true, description: 'New star rating 1–5 (meal points only).' })
  starRating?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Closing date, not before the opening date and not in the future; null reopens it.',
  })
  closedOn?: string | null;

  validate(): void {
    for (const field of ['name', 'operatorName', 'floorAreaSqm'] as const)
      if (this[field] === null)
        throw new BadUserInputError(field, 'must not be null; omit it to keep the current value');
    checkText('name', this.name, 128);
    checkText('operatorName', this.operatorName, 128);
    checkIntegerRange('floorAreaSqm', this.floorAreaSqm, 1, MAX_FLOOR_AREA_SQM);
    checkIntegerRange('starRating', this.starRating, 1, 5);
    checkNotFuture('closedOn', this.closedOn);
  }
}

@InputType({ description: 'Filters for the facilities list; all given filters must hold.' })
export class FacilityFilter {
  @Field(() => FacilityKind, { nullable: true, description: 'Kind of facility.' })
  kind?: FacilityKind;

  @Field(() => ID, { nullable: true, description: 'Area at any level.' })
  areaCode?: string;

  @Field({ defaultValue: false, description: 'Include closed facilities.' })
  includeClosed: boolean;
}
