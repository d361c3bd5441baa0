/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Ability level under GB/T 42195-2022 (老年人能力评估规范). */
export type AbilityLevel =
  /** 0 能力完好 ability intact. */
  | 'INTACT'
  /** 1 轻度失能 mild disability. */
  | 'MILD_DISABILITY'
  /** 2 中度失能 moderate disability. */
  | 'MODERATE_DISABILITY'
  /** 3 重度失能 severe disability. */
  | 'SEVERE_DISABILITY'
  /** 4 完全失能 total disability. */
  | 'TOTAL_DISABILITY';

/** Kind of bed in an elder-care institution. */
export type BedKind =
  /** 认知障碍照护床位 cognitive-impairment care bed (counted as nursing-type). */
  | 'COGNITIVE_CARE'
  /** 普通床位 general bed. */
  | 'GENERAL'
  /** 护理型床位 nursing-type bed (indicator 3: ≥60% by 2025). */
  | 'NURSING';

/** Economic status of an elder in the social-assistance records. */
export type EconomicStatus =
  /** 经济困难 other economic hardship recognised for the hardship allowance. */
  | 'ECONOMIC_HARDSHIP'
  /** 特困供养人员 extreme poverty. */
  | 'EXTREME_POVERTY'
  /** 低保 minimum living guarantee. */
  | 'MINIMUM_LIVING'
  /** 低保边缘 on the edge of the minimum living guarantee. */
  | 'NEAR_MINIMUM_LIVING'
  /** No assistance status. */
  | 'ORDINARY';

/** Who owns and runs an elder-care institution. */
export type InstitutionOwnership =
  /** 民办 privately owned and run. */
  | 'PRIVATE'
  /** 公办 publicly owned and run (has a wait-list with priority rules). */
  | 'PUBLIC'
  /** 公建民营 publicly built, privately run (also admits by the public wait-list). */
  | 'PUBLIC_BUILT_PRIVATE_RUN';

/** Living situation of an elder. */
export type LivingSituation =
  /** 空巢 lives only with a spouse, children away. */
  | 'EMPTY_NEST'
  /** 留守 rural elder whose children work elsewhere. */
  | 'LEFT_BEHIND'
  /** 独居 lives alone. */
  | 'LIVING_ALONE'
  /** Lives with family members. */
  | 'WITH_FAMILY';

/** A new elder for the registry. Sex and birth date are taken from the ID number. */
export type RegisterElderInput = {
  /** Home address. */
  address?: string | null | undefined;
  /** Service area: the most specific known code (village/community, town/street or district). */
  areaCode: string | number;
  /** Economic status. */
  economicStatus: EconomicStatus;
  /** Resident ID number, 18 characters (a 15-digit number is converted). */
  idNumber: string;
  /** Living situation. */
  livingSituation: LivingSituation;
  /** Full name. */
  name: string;
  /** Contact phone. */
  phone?: string | null | undefined;
  /** Member of a family-planning special family (计划生育特殊家庭). */
  specialFamilyPlanningFamily?: boolean;
  /** Extreme-poverty elders only: wishes centralised care (有集中供养意愿). */
  wantsCentralisedCare?: boolean;
};

/** A newly filed elder-care institution. */
export type RegisterInstitutionInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** Where it operates: district, town/street or village/community code. */
  areaCode: string | number;
  /** "Internet + bright kitchen" monitoring. */
  brightKitchen?: boolean | null | undefined;
  /** Part of a chain brand. */
  chainOperated?: boolean | null | undefined;
  /** Unified social credit code (18 characters). */
  code: string | number;
  /** Meets GB 38600 safety standard. */
  meetsSafetyStandard?: boolean | null | undefined;
  /** Meets the service-quality standard. */
  meetsServiceQualityStandard?: boolean | null | undefined;
  /** Registered name. */
  name: string;
  /** Offers home visits (居家上门服务). */
  offersHomeVisits?: boolean | null | undefined;
  /** Opening (filing) date. */
  openedOn: string;
  /** Ownership. */
  ownership: InstitutionOwnership;
  /** Public telephone. */
  phone?: string | null | undefined;
  /** Star rating 1–5; null while unrated. */
  rating?: number | null | undefined;
  /** Smart fire monitoring. */
  smartFireMonitoring?: boolean | null | undefined;
  /** Smart gas monitoring. */
  smartGasMonitoring?: boolean | null | undefined;
  /** Smart elder-care home (智慧养老院). */
  smartHome?: boolean | null | undefined;
};

export type EldersWithRelationsQueryVariables = Exact<{
  limit: number;
}>;


export type EldersWithRelationsQuery = { elders: { items: Array<{ personKey: string, name: string, age: number, area: { name: string, parent: { name: string } | null }, district: { name: string }, latestAssessment: { level: AbilityLevel, assessedOn: string } | null, assessments: Array<{ level: AbilityLevel }>, currentInstitutionStay: { admittedOn: string, bed: { kind: BedKind, label: string }, institution: { name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> } } | null }> } };

export type BuilderRegisterElderMutationVariables = Exact<{
  input: RegisterElderInput;
}>;


export type BuilderRegisterElderMutation = { registerElder: { personKey: string } };

export type BuilderRegisterInstitutionMutationVariables = Exact<{
  input: RegisterInstitutionInput;
}>;


export type BuilderRegisterInstitutionMutation = { registerInstitution: { code: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const EldersWithRelationsDocument = new TypedDocumentString(`
    query EldersWithRelations($limit: Int!) {
  elders(page: {limit: $limit}) {
    items {
      personKey
      name
      age
      area {
        name
        parent {
          name
        }
      }
      district {
        name
      }
      latestAssessment {
        level
        assessedOn
      }
      assessments {
        level
      }
      currentInstitutionStay {
        admittedOn
        bed {
          kind
          label
        }
        institution {
          name
          rating
          bedCounts {
            kind
            capacity
            occupied
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EldersWithRelationsQuery, EldersWithRelationsQueryVariables>;
export const BuilderRegisterElderDocument = new TypedDocumentString(`
    mutation BuilderRegisterElder($input: RegisterElderInput!) {
  registerElder(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterElderMutation, BuilderRegisterElderMutationVariables>;
export const BuilderRegisterInstitutionDocument = new TypedDocumentString(`
    mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {
  registerInstitution(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterInstitutionMutation, BuilderRegisterInstitutionMutationVariables>;