import { Field, ID, InputType, Int } from 'type-graphql';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange, checkText } from '../../shared/validation/checks';
import { AgeFriendlyLevel } from './age-friendly-level.enum';

/** The demonstration programme began in 2020; an earlier year is a typing mistake. */
const FIRST_DESIGNATION_YEAR = 2020;

@InputType({ description: 'A community or village designated as a demonstration age-friendly community.' })
export class DesignateAgeFriendlyCommunityInput implements SelfValidating {
  @Field(() => ID, { description: 'Code of the community (社区) or village (村).' })
  areaCode: string;

  @Field(() => AgeFriendlyLevel, { description: 'Level of the designation.' })
  level: AgeFriendlyLevel;

  @Field(() => Int, { description: `Year of the designation, from ${FIRST_DESIGNATION_YEAR} to this year.` })
  designatedYear: number;

  @Field({ description: 'Name as designated.' })
  name: string;

  validate(): void {
    checkIntegerRange('designatedYear', this.designatedYear, FIRST_DESIGNATION_YEAR, Number(todayIso().slice(0, 4)));
    checkText('name', this.name, 128);
  }
}
