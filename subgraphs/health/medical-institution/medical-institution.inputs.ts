import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkText } from '../../shared/validation/checks';
import { MedicalInstitutionKind } from './medical-institution-kind.enum';

/** Largest bed stock one institution may declare; the city's largest hospitals have about 2,000 beds. */
const MAX_BEDS = 10_000;

@InputType({ description: 'A medical institution to register (医疗机构执业登记).' })
export class RegisterMedicalInstitutionInput implements SelfValidating {
  @Field(() => ID, { description: 'Unified social credit code (18 characters), checked by its check character.' })
  code: string;

  @Field({ description: 'Registered name.' })
  name: string;

  @Field(() => MedicalInstitutionKind, { description: 'Kind of institution.' })
  kind: MedicalInstitutionKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Grade 1–3 (一级–三级); null if ungraded (always for village clinics).',
  })
  level?: number | null;

  @Field({ description: 'Publicly owned (公立).' })
  isPublic: boolean;

  @Field(() => ID, { description: 'Where it stands: a district or town/street code.' })
  areaCode: string;

  @Field(() => Int, { defaultValue: 0, description: 'Medical beds in stock (hospice beds excluded), 0–10,000.' })
  medicalBeds: number = 0;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Hospice beds in stock, 0–10,000; more than 0 only for a hospice provider.',
  })
  hospiceBeds: number = 0;

  @Field({ defaultValue: false, description: 'Offers Internet+nursing services (互联网+护理服务).' })
  internetNursing: boolean = false;

  @Field({ defaultValue: false, description: 'Provides hospice care (安宁疗护).' })
  hospiceProvider: boolean = false;

  validate(): void {
    this.code = parseCreditCode(this.code, 'code');
    checkText('name', this.name, 128);
    checkGrade(this.kind, this.level);
    checkIntegerRange('medicalBeds', this.medicalBeds, 0, MAX_BEDS);
    checkIntegerRange('hospiceBeds', this.hospiceBeds, 0, MAX_BEDS);
    checkHospice(this.hospiceBeds, this.hospiceProvider);
  }
}

@InputType({ description: 'Changes to a medical institution’s registration; omitted fields stay as they are.' })
export class UpdateMedicalInstitutionInput implements SelfValidating {
  @Field({ nullable: true, description: 'Registered name.' })
  name?: string;

  @Field(() => Int, { nullable: true, description: 'Grade 1–3; null to record it as ungraded.' })
  level?: number | null;

  @Field({ nullable: true, description: 'Publicly owned.' })
  isPublic?: boolean;

  @Field(() => Int, { nullable: true, description: 'Medical beds in stock; not below the beds occupied today.' })
  medicalBeds?: number;

  @Field(() => Int, { nullable: true, description: 'Hospice beds in stock; not below the beds occupied today.' })
  hospiceBeds?: number;

  @Field({ nullable: true, description: 'Offers Internet+nursing services.' })
  internetNursing?: boolean;

  @Field({ nullable: true, description: 'Provides hospice care.' })
  hospiceProvider?: boolean;

  validate(): void {
    checkText('name', this.name, 128);
    checkIntegerRange('level', this.level, 1, 3);
    checkIntegerRange('medicalBeds', this.medicalBeds, 0, MAX_BEDS);
    checkIntegerRange('hospiceBeds', this.hospiceBeds, 0, MAX_BEDS);
  }
}

@InputType({ description: 'Filters for the medical-institution list; all given filters must hold.' })
export class MedicalInstitutionFilter {
  @Field(() => ID, { nullable: true, description: 'District or town/street code; the city code or none for all.' })
  areaCode?: string;

  @Field(() => MedicalInstitutionKind, { nullable: true, description: 'Only institutions of this kind.' })
  kind?: MedicalInstitutionKind;

  @Field(() => Int, { nullable: true, description: 'Only institutions graded at least this (1–3).' })
  minLevel?: number;

  @Field({ nullable: true, description: 'Only public (true) or only non-public (false) institutions.' })
  isPublic?: boolean;

  @Field({ nullable: true, description: 'Only hospice providers (true) or only others (false).' })
  hospiceProvider?: boolean;

  @Field({ nullable: true, description: 'Only those offering Internet+nursing (true) or only others (false).' })
  internetNursing?: boolean;
}

/** Village clinics are not graded; every other kind may be graded 一级–三级 or not yet. */
export function checkGrade(kind: MedicalInstitutionKind, level: number | null | undefined): void {
  checkIntegerRange('level', level, 1, 3);
  if (kind === MedicalInstitutionKind.VILLAGE_CLINIC && level != null)
    throw new BadUserInputError('level', 'a village clinic (村卫生室) is not graded: leave the level empty');
}

/** Hospice beds belong to hospice providers only. */
export function checkHospice(hospiceBeds: number, hospiceProvider: boolean): void {
  if (hospiceBeds > 0 && !hospiceProvider)
    throw new BadUserInputError('hospiceProvider', 'must be true for an institution that keeps hospice beds');
}
