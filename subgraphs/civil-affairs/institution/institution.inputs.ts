import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkNotFuture, checkPhone, checkText } from '../../shared/validation/checks';
import { InstitutionOwnership } from './institution-ownership.enum';

/** The features and compliance flags an institution may have; the same in registration and update. */
@InputType()
abstract class InstitutionFeatures {
  @Field(() => Int, { nullable: true, description: 'Star rating 1–5; null while unrated.' })
  rating?: number | null;

  @Field({ nullable: true, description: 'Smart elder-care home (智慧养老院).' })
  smartHome?: boolean;

  @Field({ nullable: true, description: 'Offers home visits (居家上门服务).' })
  offersHomeVisits?: boolean;

  @Field({
    nullable: true,
    description: 'Provides centralised care to extreme-poverty persons (特困人员供养服务机构, e.g. a rural 敬老院).',
  })
  extremePovertySupport?: boolean;

  @Field({ nullable: true, description: 'Part of a chain brand.' })
  chainOperated?: boolean;

  @Field({ nullable: true, description: 'Meets GB 38600 safety standard.' })
  meetsSafetyStandard?: boolean;

  @Field({ nullable: true, description: 'Meets the service-quality standard.' })
  meetsServiceQualityStandard?: boolean;

  @Field({ nullable: true, description: 'Smart fire monitoring.' })
  smartFireMonitoring?: boolean;

  @Field({ nullable: true, description: 'Smart gas monitoring.' })
  smartGasMonitoring?: boolean;

  @Field({ nullable: true, description: '"Internet + bright kitchen" monitoring.' })
  brightKitchen?: boolean;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Public telephone.' })
  phone?: string | null;

  protected checkFeatures(): void {
    checkIntegerRange('rating', this.rating, 1, 5);
    checkText('address', this.address, 128);
    checkPhone('phone', this.phone);
  }
}

@InputType({ description: 'A newly filed elder-care institution.' })
export class RegisterInstitutionInput extends InstitutionFeatures implements SelfValidating {
  @Field(() => ID, { description: 'Unified social credit code (18 characters).' })
  code: string;

  @Field({ description: 'Registered name.' })
  name: string;

  @Field(() => ID, { description: 'Where it operates: district, town/street or village/community code.' })
  areaCode: string;

  @Field(() => InstitutionOwnership, { description: 'Ownership.' })
  ownership: InstitutionOwnership;

  @Field(() => LocalDate, { description: 'Opening (filing) date.' })
  openedOn: string;

  validate(): void {
    checkText('name', this.name, 128);
    checkNotFuture('openedOn', this.openedOn);
    this.checkFeatures();
  }
}

@InputType({ description: 'Changes to an institution; omitted fields stay as they are.' })
export class UpdateInstitutionInput extends InstitutionFeatures implements SelfValidating {
  @Field({ nullable: true, description: 'Registered name.' })
  name?: string;

  @Field(() => InstitutionOwnership, { nullable: true, description: 'Ownership.' })
  ownership?: InstitutionOwnership;

  @Field(() => LocalDate, { nullable: true, description: 'Closing date; refused while residents are staying.' })
  closedOn?: string | null;

  validate(): void {
    checkText('name', this.name, 128);
    checkNotFuture('closedOn', this.closedOn);
    this.checkFeatures();
  }
}

@InputType({ description: 'Filters for the institutions list; all given filters must hold.' })
export class InstitutionFilter implements SelfValidating {
  @Field(() => ID, { nullable: true, description: 'Area at any level.' })
  areaCode?: string;

  @Field(() => InstitutionOwnership, { nullable: true, description: 'Ownership.' })
  ownership?: InstitutionOwnership;

  @Field(() => Int, { nullable: true, description: 'Rated at least this many stars.' })
  minRating?: number;

  @Field({ defaultValue: false, description: 'Include closed institutions.' })
  includeClosed: boolean;

  validate(): void {
    checkIntegerRange('filter.minRating', this.minRating, 1, 5);
  }
}
