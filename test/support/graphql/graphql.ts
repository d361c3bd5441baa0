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

/** Beds of one kind to add to an institution. */
export type AddBedsInput = {
  /** Date they enter service. */
  inServiceFrom: string;
  /** Credit code of the institution. */
  institutionCode: string | number;
  /** Kind of the new beds. */
  kind: BedKind;
  /** Labels of the new beds, unique within the institution; at most 500. */
  labels: Array<string>;
};

/** An admission of an elder to a hospice bed (安宁疗护). */
export type AdmitToHospiceInput = {
  /** Admission date; not in the future, not while the elder has another hospice stay. */
  admittedOn: string;
  /** Resident ID number (居民身份证号码) of the elder; stored only as the person key. Give this (needs the personal-data scope) or `personKey`. */
  idNumber?: string | null | undefined;
  /** Credit code of the hospice provider, which must have a free hospice bed from the admission on. */
  medicalInstitutionCode: string | number;
  /** Person key of the elder. Give this or `idNumber`. */
  personKey?: string | number | null | undefined;
};

/** An admission of an elder to a medical bed (入院). */
export type AdmitToHospitalInput = {
  /** Admission date; not in the future, not while the elder has another hospital stay. */
  admittedOn: string;
  /** Resident ID number (居民身份证号码) of the elder; stored only as the person key. Give this (needs the personal-data scope) or `personKey`. */
  idNumber?: string | null | undefined;
  /** Credit code of the medical institution, which must be registered and have a free medical bed from the admission on. */
  medicalInstitutionCode: string | number;
  /** Person key of the elder. Give this or `idNumber`. */
  personKey?: string | number | null | undefined;
  /** The stay’s identifier in the sending system (e.g. the hospital’s 住院号); required in a bulk load. Refused if it already names a recorded stay. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** An admission of a registered elder to a free bed. */
export type AdmitToInstitutionInput = {
  /** Admission date; not in the future. */
  admittedOn: string;
  /** The bed, which must be in service and free from the admission date. */
  bedId: string | number;
  /** Person key of the elder. */
  personKey: string | number;
};

/** Level of an age-friendly community designation (示范性老年友好型社区). */
export type AgeFriendlyLevel =
  /** 市级示范性老年友好型社区, designated by Weihai. */
  | 'CITY'
  /** 全国示范性老年友好型社区, designated by the National Health Commission. */
  | 'NATIONAL'
  /** 省级示范性老年友好型社区, designated by Shandong province. */
  | 'PROVINCIAL';

/** An allocation from a fund; refused if it exceeds the fund’s unallocated balance. */
export type AllocateLotteryFundInput = {
  /** Date of the allocation decision; not before the year the fund was raised, not in the future. */
  allocatedOn: string;
  /** Amount, in whole fen (分), more than 0 and at most the fund’s unallocated balance. */
  amountFen: number;
  /** Area where it is spent: the fund’s area (the default) or a district, town or village inside it. */
  areaCode?: string | number | null | undefined;
  /** Category: elder care counts toward the 55% share. */
  category: LotteryFundCategory;
  /** The fund to allocate from. */
  fundId: string | number;
  /** What the allocation is for. */
  note?: string | null | undefined;
  /** Programme funded. */
  programme: LotteryFundProgramme;
  /** The allocation’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded allocation. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** Kind of allowance paid by civil affairs. */
export type AllowanceKind =
  /** 经济困难老年人补贴 subsidy for elders in economic hardship (特困, 低保, 低保边缘, 经济困难), by ability level. */
  | 'ECONOMIC_HARDSHIP_SUBSIDY'
  /** 高龄津贴 old-age allowance, by age bracket. */
  | 'OLD_AGE_ALLOWANCE';

/** An application of a registered elder to the wait-list of a public institution; the priority tier is taken from the elder’s record. */
export type ApplyToWaitlistInput = {
  /** Date of the application; not in the future. */
  appliedOn: string;
  /** Credit code of a public or publicly built, privately run institution. */
  institutionCode: string | number;
  /** Person key of the elder. */
  personKey: string | number;
};

/** Administrative level of an area. */
export type AreaLevel =
  /** 市 the city of Weihai */
  | 'CITY'
  /** 社区 residents’ community (under a street or town) */
  | 'COMMUNITY'
  /** 区/市 district, county-level city or development zone */
  | 'DISTRICT'
  /** 街道 street (urban sub-district) */
  | 'STREET'
  /** 镇 town (rural) */
  | 'TOWN'
  /** 村 village (under a town) */
  | 'VILLAGE';

/** Why an ability assessment was made. */
export type AssessmentReason =
  /** Assessment for admission to an institution (入住评估). */
  | 'ADMISSION'
  /** Re-assessment after a change in health or ability. */
  | 'CONDITION_CHANGE'
  /** First assessment on entering the registry or a service. */
  | 'INITIAL'
  /** Regular re-assessment (at least yearly for those receiving services). */
  | 'PERIODIC'
  /** Asked for by the elder or their family. */
  | 'REQUESTED';

/** A caregiver assigned to serve a registered elder. */
export type AssignCaregiverInput = {
  /** Where the care is given. */
  careType: CareType;
  /** Person key of the caregiver (their record is kept by human resources). */
  caregiverKey: string | number;
  /** Credit code of the institution giving the care: required for institutional care (where the elder stays); for a family bed, its operator (taken from the bed when omitted); omitted for an independent home caregiver. */
  institutionCode?: string | number | null | undefined;
  /** Person key of the elder. */
  personKey: string | number;
  /** First day of the assignment; not in the future. */
  startedOn: string;
};

/** Which audit entries to list; all given filters must hold. */
export type AuditFilter = {
  /** Entries of this caller (token `sub`). */
  callerId?: string | null | undefined;
  /** From this instant on: an ISO 8601 date and time with its zone (2026-11-01T08:30:00Z), or a date alone for the start of that day in China Standard Time (2026-11-01). */
  from?: string | null | undefined;
  /** Entries concerning this person. */
  personKey?: string | number | null | undefined;
  /** Before this instant; written as `from`. */
  to?: string | null | undefined;
};

/** Whether an audited operation read person-level data, wrote records, or answered a retried write (same idempotency key) with the first write’s result without writing. */
export type AuditKind =
  | 'READ'
  | 'REPLAY'
  | 'WRITE';

/** Kind of bed in an elder-care institution. */
export type BedKind =
  /** 认知障碍照护床位 cognitive-impairment care bed (counted as nursing-type in indicator 3). */
  | 'COGNITIVE_CARE'
  /** 普通床位 general bed. */
  | 'GENERAL'
  /** 护理型床位 nursing-type bed (indicator 3: ≥60% by 2025). */
  | 'NURSING';

/** How a bulk load treats its valid items when some are refused. */
export type BulkMode =
  /** One refused item writes none: the load is written whole or not at all. */
  | 'ALL_OR_NOTHING'
  /** Each item stands alone: the valid items are written, the refused ones are reported and skipped. */
  | 'PER_ITEM';

/** What a bulk load did with one item. */
export type BulkOutcome =
  /** A new record was written. */
  | 'CREATED'
  /** A valid item of an ALL_OR_NOTHING load that was not written because another item was refused. */
  | 'NOT_WRITTEN'
  /** The item was refused (see code, field and message): nothing written for it. */
  | 'REFUSED'
  /** The record it matched already held the item: nothing written. */
  | 'UNCHANGED'
  /** The record it matched (by source reference or natural key) was changed to the item. */
  | 'UPDATED';

/** Where a caregiver serves an elder. */
export type CareType =
  /** 家庭养老床位 at the elder’s family bed, by a caregiver of its operating institution. */
  | 'FAMILY_BED'
  /** 居家上门 home visits, by an institution’s caregiver or an independent one. */
  | 'HOME'
  /** 机构照护 in the institution where the elder stays. */
  | 'INSTITUTIONAL';

/** Qualification a certificate attests: care work, or the licence of an institution’s medical, rehabilitation or fire-safety staff. */
export type CaregiverCertificateKind =
  /** 养老护理员职业技能等级证书: elder-caregiver skill level, 五级 (lowest) to 一级 (highest). */
  | 'ELDER_CAREGIVER_SKILL'
  /** 消防设施操作员职业技能等级证书: 五级 (lowest) to 一级 (highest) (fire-safety staff of an institution). */
  | 'FIRE_FACILITY_OPERATOR'
  /** 健康照护师/长期照护师 certificate: 初级, 中级, 高级. */
  | 'LONG_TERM_CARER'
  /** 护士执业证书: a registered nurse’s licence (medical staff of an institution). */
  | 'NURSE_LICENCE'
  /** 医师执业证书: 执业助理医师 or 执业医师 (medical staff of an institution). */
  | 'PHYSICIAN_LICENCE'
  /** 康复医学治疗技术 qualification: 士, 师 or 主管治疗师 (rehabilitation therapists of an institution). */
  | 'REHABILITATION_THERAPY'
  /** 社会工作者职业资格: 助理社会工作师, 社会工作师, 高级社会工作师. */
  | 'SOCIAL_WORKER';

/** Level of a caregiver’s certificate; each level belongs to one kind. */
export type CaregiverCertificateLevel =
  /** 执业助理医师 licensed assistant physician. */
  | 'ASSISTANT_PHYSICIAN'
  /** 助理社会工作师 assistant social worker. */
  | 'ASSISTANT_SOCIAL_WORKER'
  /** 一级/高级技师 — the highest elder-caregiver skill level. */
  | 'ELDER_CAREGIVER_LEVEL_1'
  /** 二级/技师. */
  | 'ELDER_CAREGIVER_LEVEL_2'
  /** 三级/高级工. */
  | 'ELDER_CAREGIVER_LEVEL_3'
  /** 四级/中级工. */
  | 'ELDER_CAREGIVER_LEVEL_4'
  /** 五级/初级工 — the lowest elder-caregiver skill level. */
  | 'ELDER_CAREGIVER_LEVEL_5'
  /** 消防设施操作员 一级/高级技师 — the highest level. */
  | 'FIRE_FACILITY_OPERATOR_LEVEL_1'
  /** 消防设施操作员 二级/技师. */
  | 'FIRE_FACILITY_OPERATOR_LEVEL_2'
  /** 消防设施操作员 三级/高级工. */
  | 'FIRE_FACILITY_OPERATOR_LEVEL_3'
  /** 消防设施操作员 四级/中级工. */
  | 'FIRE_FACILITY_OPERATOR_LEVEL_4'
  /** 消防设施操作员 五级/初级工 — the lowest level. */
  | 'FIRE_FACILITY_OPERATOR_LEVEL_5'
  /** 健康照护师/长期照护师 中级 (intermediate). */
  | 'LONG_TERM_CARER_INTERMEDIATE'
  /** 健康照护师/长期照护师 初级 (junior). */
  | 'LONG_TERM_CARER_JUNIOR'
  /** 健康照护师/长期照护师 高级 (senior). */
  | 'LONG_TERM_CARER_SENIOR'
  /** 执业护士 registered nurse. */
  | 'NURSE'
  /** 执业医师 licensed physician. */
  | 'PHYSICIAN'
  /** 康复医学治疗技术师 rehabilitation therapist. */
  | 'REHABILITATION_THERAPIST'
  /** 康复医学治疗技术主管治疗师 (intermediate). */
  | 'REHABILITATION_THERAPIST_INTERMEDIATE'
  /** 康复医学治疗技术士 rehabilitation therapy technician. */
  | 'REHABILITATION_THERAPY_TECHNICIAN'
  /** 高级社会工作师 senior social worker. */
  | 'SENIOR_SOCIAL_WORKER'
  /** 社会工作师 social worker. */
  | 'SOCIAL_WORKER';

/** Role of a worker in elder care. */
export type CaregiverRole =
  /** 养老护理员 elder caregiver (care staff). */
  | 'ELDER_CAREGIVER'
  /** 从事消防管理服务的人员: fire-safety staff of an elder-care institution (certified by a 消防设施操作员 certificate; 专栏4). Needs an employer. */
  | 'FIRE_SAFETY_OPERATOR'
  /** 健康照护师/长期照护师 long-term carer (care staff; measure 20: ≥20% of care staff in LTCI-designated institutions by end-2026). */
  | 'LONG_TERM_CARER'
  /** 从事医疗护理服务的人员: a physician or nurse of an elder-care institution (certified by a 执业医师/执业助理医师 or 护士 licence; the plan’s 专栏4). Needs an employer. */
  | 'MEDICAL_STAFF'
  /** 从事康复治疗服务的人员: a rehabilitation therapist of an elder-care institution (certified by a 康复医学治疗技术 qualification; 专栏4). Needs an employer. */
  | 'REHABILITATION_THERAPIST'
  /** 社会工作者 social worker in elder care (indicator 4: ≥1 per 1,000 elders). */
  | 'SOCIAL_WORKER';

/** Kind of subsidy decided by human resources for an elder-care worker. */
export type CaregiverSubsidyKind =
  /** 一次性入职奖补 (持证养老护理员): one-time hiring award for a certified caregiver employed by an institution; once per person. */
  | 'CERTIFIED_CAREGIVER_HIRING_AWARD'
  /** 一次性入职奖补 (高校毕业生): one-time hiring award for a recent graduate employed by an elder-care institution; once per person. */
  | 'GRADUATE_HIRING_AWARD'
  /** 见习补贴: for a recent graduate’s internship at an institution; once per person. */
  | 'INTERNSHIP_SUBSIDY'
  /** 稳岗补贴: for a caregiver employed by the same institution at least a year; once per person and year. */
  | 'JOB_STABILISATION_SUBSIDY'
  /** 培训补贴: for a completed training, by the programme’s kind; once per enrolment. */
  | 'TRAINING_SUBSIDY';

/** Where a subsidy stands. */
export type CaregiverSubsidyStatus =
  /** Decided by human resources (审核通过), not yet paid. */
  | 'DECIDED'
  /** Paid by finance; the payment reference names finance’s disbursement. */
  | 'PAID';

/** Kind of training programme for elder-care workers. */
export type CaregiverTrainingKind =
  /** 入职培训 induction training for newly employed caregivers. */
  | 'INDUCTION'
  /** 长期照护师培训 training of long-term carers. */
  | 'LONG_TERM_CARER'
  /** 技能提升培训 skills training towards a higher skill level. */
  | 'SKILLS';

/** A change of an enrolment’s status: suspended, resumed (ACTIVE) or ended. */
export type ChangeLtciEnrolmentStatusInput = {
  /** Date it takes effect; not in the future, not before the current status took effect. */
  effectiveOn: string;
  /** Person key of the insured. */
  personKey: string | number;
  /** The new status; different from the current one. */
  status: LtciEnrolmentStatus;
};

/** What a write did to a record (变更类型). */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATED'
  /** The record was removed; it can no longer be read. */
  | 'DELETED'
  /** The record was changed; read it again for its fields now. */
  | 'UPDATED';

/** The closing of a family elder-care bed. */
export type CloseFamilyBedInput = {
  /** Closing date; not before the opening, not in the future. */
  closedOn: string;
  /** The family bed to close. */
  familyBedId: string | number;
  /** Why it is closed. */
  reason: FamilyBedCloseReason;
};

/** The closing (撤床) of a home sickbed. */
export type CloseHomeSickbedInput = {
  /** Closing date; not before the opening or the latest visit, not in the future. */
  closedOn: string;
  /** The home sickbed to close. */
  homeSickbedId: string | number;
  /** Why it is closed. */
  reason: HomeSickbedCloseReason;
};

/** The closing of an inside clinic. */
export type CloseInsideClinicInput = {
  /** The clinic to close. */
  clinicId: string | number;
  /** Closing date; not before the filing, not in the future. */
  closedOn: string;
};

/** The completion (结业) of an enrolment. */
export type CompleteCaregiverTrainingInput = {
  /** Date of completion; not in the future, not before the enrolment or the programme’s first day. */
  completedOn: string;
  /** The enrolment. */
  enrolmentId: string | number;
};

/** A service a medical institution provides to an elder-care institution under a cooperation agreement (医养签约服务). */
export type CooperationService =
  /** Emergency green channel (急救绿色通道). */
  | 'EMERGENCY_GREEN_CHANNEL'
  /** Health checks and chronic-disease management (健康管理). */
  | 'HEALTH_MANAGEMENT'
  /** Hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Appointments and two-way referral (预约就诊、双向转诊). */
  | 'REFERRAL'
  /** Regular rounds by doctors in the institution (定期巡诊). */
  | 'REGULAR_ROUNDS'
  /** Rehabilitation nursing (康复护理). */
  | 'REHABILITATION'
  /** Traditional Chinese medicine services (中医药服务). */
  | 'TCM';

/** A correction of the number enrolled in a recorded school, major and year. */
export type CorrectElderCareMajorEnrolmentInput = {
  /** Students enrolled, 0 to 10000. */
  enrolled: number;
  /** The record. */
  id: string | number;
};

/** A subsidy to decide for a registered caregiver; eligibility and amount come from the records and the rate table. */
export type DecideCaregiverSubsidyInput = {
  /** Date of the decision; eligibility is checked on it. Not in the future. */
  decidedOn: string;
  /** Kind of subsidy. */
  kind: CaregiverSubsidyKind;
  /** Person key of the caregiver. */
  personKey: string | number;
  /** For a training subsidy (only): the caregiver’s completed enrolment it is for. */
  trainingEnrolmentId?: string | number | null | undefined;
};

/** A community or village designated as a demonstration age-friendly community. */
export type DesignateAgeFriendlyCommunityInput = {
  /** Code of the community (社区) or village (村). */
  areaCode: string | number;
  /** Year of the designation, from 2020 to this year. */
  designatedYear: number;
  /** Level of the designation. */
  level: AgeFriendlyLevel;
  /** Name as designated. */
  name: string;
};

/** A provider to designate for LTCI from a date. */
export type DesignateLtciProviderInput = {
  /** First day designated; not before 2016-01-01; may be in the future. */
  designatedFrom: string;
  /** Last day designated, if the agreement is for a fixed term; not before the first day. */
  designatedUntil?: string | null | undefined;
  /** District where the provider operates (6-digit code). */
  districtCode: string | number;
  /** Unified social credit code of the provider (checked). */
  providerCode: string | number;
  /** Elder-care institution or medical institution. */
  providerKind: LtciProviderKind;
  /** Level in the rate table: ELDER_CARE for elder-care institutions, MEDICAL_* for medical institutions. */
  providerLevel: LtciProviderLevel;
  /** Town or street within that district (9-digit code), if known. */
  townCode?: string | number | null | undefined;
};

/** A payment from an allocation; refused if it exceeds the allocation’s remainder or the decision was already paid. */
export type DisburseLotteryFundInput = {
  /** The allocation to pay from. */
  allocationId: string | number;
  /** Amount, in whole fen (分), more than 0 and at most the allocation’s remainder. */
  amountFen: number;
  /** Department whose decision this pays. */
  decidingDepartment: LotteryFundDecidingDepartment;
  /** That department’s reference of the decision, e.g. HR’s subsidy decision number; each is paid once. */
  decisionReference: string;
  /** Date paid; in or after the fund’s spending year and not before the allocation, not in the future. */
  paidOn: string;
  /** What is paid for (up to 200 characters); name no person here. */
  purpose: string;
  /** For an operating award only, and required there: the institution’s star rating (1–5) the award was decided on. */
  ratingBasis?: number | null | undefined;
  /** Who is paid; the allocation’s programme limits the kinds (e.g. hiring awards go to caregivers). */
  recipient: LotteryFundRecipientInput;
  /** The payment’s identifier in the sending system. Refused if it already names a recorded disbursement. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** The end of a hospice stay. */
export type DischargeFromHospiceInput = {
  /** Date the stay ended; not before admission, not in the future. */
  dischargedOn: string;
  /** The hospice stay to end. */
  hospiceStayId: string | number;
  /** How it ended. */
  reason: HospiceDischargeReason;
};

/** A discharge from hospital (出院). */
export type DischargeFromHospitalInput = {
  /** Where the patient went (出院去向). */
  destination: HospitalDischargeDestination;
  /** Discharge date; not before admission, not in the future. */
  dischargedOn: string;
  /** The hospital stay to end. */
  hospitalStayId: string | number;
};

/** The end of a stay. */
export type DischargeFromInstitutionInput = {
  /** Discharge date; not before admission, not in the future. */
  dischargedOn: string;
  /** Where the resident went. */
  reason: DischargeReason;
  /** The stay to end. */
  stayId: string | number;
};

/** Why a resident left an institutional bed. */
export type DischargeReason =
  /** Died. */
  | 'DECEASED'
  /** Returned home (possibly to a family elder-care bed or home sickbed). */
  | 'HOME'
  /** Moved to hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Admitted to hospital (医疗床位). */
  | 'HOSPITAL'
  /** Any other reason. */
  | 'OTHER'
  /** Moved to another elder-care institution. */
  | 'OTHER_INSTITUTION';

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

/** Kind of school enrolling students in an elder-care major (养老服务相关专业). */
export type ElderCareSchoolKind =
  /** 中职: secondary vocational school (中等职业学校, including health schools 卫生学校). */
  | 'SECONDARY_VOCATIONAL'
  /** 技工院校: technician college or school, under human resources. */
  | 'TECHNICIAN_COLLEGE'
  /** 本科高校: undergraduate university or college. */
  | 'UNDERGRADUATE'
  /** 高职/职业院校: higher vocational college (专科 and vocational undergraduate). */
  | 'VOCATIONAL_COLLEGE';

/** The end of a care assignment. */
export type EndCareAssignmentInput = {
  /** The assignment to end. */
  assignmentId: string | number;
  /** Last day of the assignment; not before its start, not in the future. */
  endedOn: string;
};

/** The early end of a cooperation agreement. */
export type EndCooperationAgreementInput = {
  /** The agreement to end. */
  agreementId: string | number;
  /** Last day in force; not before it began, not after its term, not in the future. */
  endedOn: string;
};

/** A registered caregiver enrolled in a programme. */
export type EnrolCaregiverInTrainingInput = {
  /** Date of enrolment; not in the future, not after the programme’s last day. */
  enrolledOn: string;
  /** Person key of the caregiver. */
  personKey: string | number;
  /** The programme. */
  programmeId: string | number;
};

/** A person to insure for long-term care. The ID number is turned into the person key and not stored. */
export type EnrolInLtciInput = {
  /** District of the insurance registration (6-digit code, e.g. 371083 乳山市). */
  districtCode: string | number;
  /** Resident ID number (validated; 15-digit numbers accepted). Needs the personal-data scope. */
  idNumber: string;
  /** Scheme. */
  scheme: LtciScheme;
  /** Date insured from; not in the future, not before 2016-01-01. */
  since: string;
  /** The enrolment’s identifier in the sending system (e.g. the LTCI system’s 参保登记号). Refused if it already names another person’s enrolment, or the person’s enrolment carries another. */
  sourceRef?: SourceRefInput | null | undefined;
  /** Town or street within that district (9-digit code), if known. */
  townCode?: string | number | null | undefined;
};

/** Filters for the facilities list; all given filters must hold. */
export type FacilityFilter = {
  /** Area at any level. */
  areaCode?: string | number | null | undefined;
  /** Include closed facilities. */
  includeClosed?: boolean;
  /** Kind of facility. */
  kind?: FacilityKind | null | undefined;
};

/** Kind of community elder-care facility (社区养老服务设施). */
export type FacilityKind =
  /** 日间照料中心 day-care centre of a community or village. */
  | 'DAY_CARE'
  /** 老年大学 university for the elderly, counted per district (indicator 13: every district). */
  | 'ELDERLY_UNIVERSITY'
  /** 嵌入式小型养老机构 small institution embedded in a community (measure 2: ≥20 by end-2027). */
  | 'EMBEDDED_SMALL_INSTITUTION'
  /** 助餐点 meal point (community canteen), rated 1–5 stars. */
  | 'MEAL_POINT'
  /** 康复辅具租赁点 rehabilitation-aid rental point (measure 7: 90 by end-2027). */
  | 'REHAB_AID_RENTAL_POINT'
  /** 农村幸福院 rural mutual-aid happiness home. */
  | 'RURAL_HAPPINESS_HOME'
  /** 街道综合养老服务中心 comprehensive centre of a street (indicator 6: every street by 2025). */
  | 'STREET_CENTRE'
  /** 镇区域性综合养老服务中心 regional centre of a town (indicator 7: ≥90% of towns by 2025). */
  | 'TOWN_REGIONAL_CENTRE';

/** Why a family elder-care bed was closed. */
export type FamilyBedCloseReason =
  /** Died. */
  | 'DECEASED'
  /** Moved to hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Admitted to hospital (医疗床位). */
  | 'HOSPITAL'
  /** Moved into an elder-care institution (养老床位). */
  | 'INSTITUTION'
  /** The elder or family no longer wants the service. */
  | 'NO_LONGER_NEEDED'
  /** Served by another institution from now on (a new family bed is opened). */
  | 'OPERATOR_CHANGED'
  /** Any other reason. */
  | 'OTHER';

/** Filters for the family-bed list; all given filters must hold. */
export type FamilyBedFilter = {
  /** Service area at any level: district, town/street or village/community code. */
  areaCode?: string | number | null | undefined;
  /** Include closed family beds. */
  includeClosed?: boolean;
  /** Credit code of the operating institution. */
  operatorCode?: string | number | null | undefined;
};

/** The filing (备案) of a medical facility inside an elder-care institution. */
export type FileInsideClinicInput = {
  /** Date of filing; not in the future. */
  filedOn: string;
  /** Filing number (备案编号); unique. */
  filingNumber: string;
  /** Credit code of the elder-care institution, which must have no clinic operating on or after the filing date. */
  institutionCode: string | number;
  /** Form of the facility. */
  kind: InsideClinicKind;
  /** Name as filed. */
  name: string;
};

/** One of the five beds of the five-bed linkage pilot (五床联动). */
export type FiveBedKind =
  /** 养老床位: a bed in an elder-care institution (civil affairs: institution stays). */
  | 'ELDER_CARE_BED'
  /** 家庭养老床位: a family elder-care bed at the elder’s home, served by an institution (civil affairs). */
  | 'FAMILY_ELDER_CARE_BED'
  /** 家庭病床: a home sickbed opened by a medical institution (health). */
  | 'HOME_SICKBED'
  /** 安宁疗护床位: a hospice bed (health: hospice stays). */
  | 'HOSPICE_BED'
  /** 医疗床位: a hospital bed (health: hospital stays). */
  | 'MEDICAL_BED';

/** A kind of bed in a medical institution’s stock. */
export type HealthBedKind =
  /** Hospice bed (安宁疗护床位), for hospice stays. */
  | 'HOSPICE'
  /** Medical bed (医疗床位), for hospital stays. */
  | 'MEDICAL';

/** Why a home sickbed (家庭病床) was closed (撤床). */
export type HomeSickbedCloseReason =
  /** Died. */
  | 'DECEASED'
  /** Moved into an elder-care institution (养老床位). */
  | 'ELDER_CARE_INSTITUTION'
  /** Moved to hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Admitted to hospital (医疗床位). */
  | 'HOSPITAL'
  /** Any other reason. */
  | 'OTHER'
  /** Treatment goals reached; no further care at home needed. */
  | 'RECOVERED';

/** How a hospice stay (安宁疗护) ended. */
export type HospiceDischargeReason =
  /** The patient died (the usual end of hospice care). */
  | 'DECEASED'
  /** Went home, by the patient’s or family’s wish. */
  | 'HOME'
  /** Returned to curative treatment in a medical bed. */
  | 'HOSPITAL'
  /** Any other reason. */
  | 'OTHER';

/** Where a patient went on discharge from a medical bed (出院去向). */
export type HospitalDischargeDestination =
  /** Died in hospital. */
  | 'DECEASED'
  /** An elder-care institution bed (养老床位). */
  | 'ELDER_CARE_INSTITUTION'
  /** Home, to a family elder-care bed (家庭养老床位). */
  | 'FAMILY_BED'
  /** Home, without a bed service. */
  | 'HOME'
  /** Home, to a home sickbed (家庭病床). */
  | 'HOME_SICKBED'
  /** Hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Any other destination. */
  | 'OTHER'
  /** Transferred to another hospital (转院). */
  | 'OTHER_HOSPITAL';

/** Ability assessments to load from a civil-affairs system: each records a new assessment or brings the one with its source reference up to date. */
export type ImportAbilityAssessmentsInput = {
  /** The assessments, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<RecordAbilityAssessmentInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Caregivers’ certificates to load from a human-resources system: each records a certificate or brings the one with its source reference or certificate number up to date. */
export type ImportCaregiverCertificatesInput = {
  /** The certificates, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<RecordCaregiverCertificateInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Caregivers to load from a human-resources system: each registers a caregiver or brings the one with its source reference or ID number up to date. */
export type ImportCaregiversInput = {
  /** The caregivers, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<RegisterCaregiverInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Elders to load from a civil-affairs system: each registers a new elder or brings the elder with its ID number (or source reference) up to date. */
export type ImportEldersInput = {
  /** The elders, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<RegisterElderInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Home sickbeds to load from a health system: each, named by its source reference, opens a home sickbed or finds the one with that reference unchanged. */
export type ImportHomeSickbedsInput = {
  /** The home sickbeds, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<OpenHomeSickbedInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Hospital admissions to load from a health system: each, named by its source reference, admits an elder or finds the stay with that reference unchanged. */
export type ImportHospitalStaysInput = {
  /** The admissions, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<AdmitToHospitalInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Lottery-fund allocations to load from a finance system: each allocates from a fund or brings the allocation with its source reference up to date; together they may not exceed a fund’s unallocated balance. */
export type ImportLotteryFundAllocationsInput = {
  /** The allocations, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<AllocateLotteryFundInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Lottery-fund disbursements to load from a finance system: each pays a decision once; together they may not exceed an allocation’s remainder. */
export type ImportLotteryFundDisbursementsInput = {
  /** The disbursements, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<DisburseLotteryFundInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** LTCI disability assessments to load from the medical-insurance system: each records an assessment or brings the one it matches (by source reference, else by person and date) up to date. */
export type ImportLtciAssessmentsInput = {
  /** The assessments, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<RecordLtciAssessmentInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** LTCI enrolments to load from the medical-insurance system: each insures a person, re-opens their ended enrolment or matches it (by source reference, else by person). */
export type ImportLtciEnrolmentsInput = {
  /** The enrolments, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<EnrolInLtciInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** Monthly LTCI settlements to load from the medical-insurance system: each settles a person-provider-month, or matches the settlement of it (by source reference, else by person, provider and month). */
export type ImportLtciSettlementsInput = {
  /** The settlements, 1 to 10,000 per load, each as its single mutation takes it. */
  items: Array<SettleLtciMonthInput>;
  /** PER_ITEM writes the valid items and reports the refused; ALL_OR_NOTHING writes none if any is refused. */
  mode: BulkMode;
};

/** What kind of record stands behind a figure. */
export type IndicatorRecordKind =
  /** A district, town or street. */
  | 'AREA'
  /** An elder of the registry (person-level: civil affairs’ own casework only). */
  | 'ELDER'
  /** A community elder-care facility. */
  | 'FACILITY'
  /** An elder-care institution (养老机构). */
  | 'INSTITUTION'
  /** A medical institution (医疗机构). */
  | 'MEDICAL_INSTITUTION'
  /** A new residential development and its supporting elder-care facility (配建). */
  | 'RESIDENTIAL_DEVELOPMENT';

/** Where an indicator stands on the day it is evaluated as of. */
export type IndicatorStatus =
  /** The target is citywide; a district’s value is reported as its contribution. */
  | 'CITY_TARGET_ONLY'
  /** The value reaches the target (达标), whether or not the deadline has come. */
  | 'MET'
  /** Every department answered, but the records give nothing to measure: a denominator of zero (e.g. no institution or no bed in the district) or nothing recorded (e.g. no fund raised, no enrolment year before). */
  | 'NOT_APPLICABLE'
  /** The deadline has come (the day is the deadline or later; a target “by the end of 2025” is due on 2025-12-31), or there is none, and the value falls short. */
  | 'NOT_MET'
  /** The value falls short but the deadline is still strictly ahead of the day. */
  | 'NOT_YET_DUE'
  /** A department whose records the formula reads did not answer (it was down or refused): an outage, not a reading of the records. */
  | 'NO_DATA';

/** The unit of a value and its target. */
export type IndicatorUnit =
  /** Beds (张). */
  | 'BEDS'
  /** Communities (处). */
  | 'COMMUNITIES'
  /** Facilities or service points (个). */
  | 'FACILITIES'
  /** Institutions (家). */
  | 'INSTITUTIONS'
  /** Percent (%). */
  | 'PERCENT'
  /** Persons (人/名). */
  | 'PERSONS'
  /** Persons per 10,000 elders aged 60 or over (人/万名老年人). */
  | 'PER_TEN_THOUSAND_ELDERS'
  /** Persons per 1,000 elders aged 60 or over (人/千名老年人). */
  | 'PER_THOUSAND_ELDERS';

/** Form of a medical facility inside an elder-care institution (内设医疗机构). */
export type InsideClinicKind =
  /** Clinic (诊所). */
  | 'CLINIC'
  /** Infirmary (医务室). */
  | 'INFIRMARY'
  /** Nursing station (护理站). */
  | 'NURSING_STATION'
  /** Outpatient department (门诊部). */
  | 'OUTPATIENT_DEPARTMENT';

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

/** Category of a lottery-fund allocation. */
export type LotteryFundCategory =
  /** 养老服务 elder-care services: counts toward the 55% elder-care share. */
  | 'ELDER_CARE'
  /** 其他社会福利 other social-welfare purposes (children, persons with disabilities, social assistance, …). */
  | 'OTHER_WELFARE';

/** Department that decided the payment. */
export type LotteryFundDecidingDepartment =
  /** 民政局 civil affairs (institution awards, allowances, meal assistance). */
  | 'CIVIL_AFFAIRS'
  /** 财政局 finance itself. */
  | 'FINANCE'
  /** 卫生健康委 health. */
  | 'HEALTH'
  /** 人社局 human resources and social security (hiring awards, training subsidies). */
  | 'HUMAN_RESOURCES'
  /** 医保局 medical insurance. */
  | 'MEDICAL_INSURANCE';

/** Status of a lottery-fund disbursement. */
export type LotteryFundDisbursementStatus =
  /** 已拨付 paid: counts against the allocation. */
  | 'PAID'
  /** 已冲销 reversed with a reason: no longer counts, and its amount is back in the allocation’s remainder. */
  | 'REVERSED';

/** Programme (项目) a lottery-fund allocation funds. */
export type LotteryFundProgramme =
  /** 老年人补贴 allowances to elders (paid to an elder or a programme). */
  | 'ALLOWANCE'
  /** 连锁化品牌化奖补 award for chain and brand operation (paid to an institution). */
  | 'CHAIN_BRAND_AWARD'
  /** 建设补贴 construction subsidy for an institution or facility (paid to an institution or a programme). */
  | 'CONSTRUCTION_SUBSIDY'
  /** 一次性入职奖补 one-time hiring award for a caregiver, decided by human resources (paid to a caregiver). */
  | 'HIRING_AWARD'
  /** 助餐服务 meal assistance (paid to an elder, an institution or a programme). */
  | 'MEAL_ASSISTANCE'
  /** 护理型床位奖补 award for nursing-type beds (paid to an institution). */
  | 'NURSING_BED_AWARD'
  /** 运营奖补 operating award tied to the institution’s star rating (等级评定; paid to an institution, with the rating it was decided on). */
  | 'OPERATING_AWARD'
  /** 其他 any other programme (any recipient). */
  | 'OTHER'
  /** 康复辅具租赁点 rehabilitation-aid rental points (paid to an institution or a programme). */
  | 'REHAB_AID_POINT';

/** Who is paid: exactly one of the four. */
export type LotteryFundRecipientInput = {
  /** Person key of a caregiver (human resources’ record). */
  caregiverPersonKey?: string | number | null | undefined;
  /** Person key of an elder (civil affairs’ registry). */
  elderPersonKey?: string | number | null | undefined;
  /** Credit code of an elder-care institution. */
  institutionCode?: string | number | null | undefined;
  /** Name of a programme or organisation paid (e.g. 乳山市老年助餐服务项目). */
  programme?: string | null | undefined;
};

/** Kind of recipient a lottery-fund disbursement paid. */
export type LotteryFundRecipientKind =
  /** 养老护理员 a caregiver, by person key (human resources’ record). */
  | 'CAREGIVER'
  /** 老年人 an elder, by person key (civil affairs’ registry). */
  | 'ELDER'
  /** 养老机构 an elder-care institution, by its credit code (civil affairs’ record). */
  | 'INSTITUTION'
  /** 项目 a programme or organisation named in free text. */
  | 'PROGRAMME';

/** Source of a fund finance allocates. */
export type LotteryFundSource =
  /** 其他财政预算资金 another budget source allocated beside the lottery fund. */
  | 'OTHER_BUDGET'
  /** 福彩公益金 the welfare-lottery public-welfare fund retained by the city or a district (留成); the 55% elder-care rule applies to it. */
  | 'WELFARE_LOTTERY';

/** Form of long-term care paid for (护理形式). */
export type LtciCareForm =
  /** 居家护理: care at home by a designated provider; daily-life care paid to the person or the provider, medical care only to the provider. */
  | 'HOME'
  /** 机构护理: care while living in a designated institution; paid to the institution. */
  | 'INSTITUTIONAL'
  /** 医疗专护: specialist medical nursing in a designated hospital; paid to the hospital. */
  | 'SPECIALIST_MEDICAL';

/** Disability grade (失能等级) under the national LTCI assessment standard 医保办发〔2021〕37号, 0 to 5. */
export type LtciDisabilityGrade =
  /** 0 基本正常: basically normal. */
  | 'BASICALLY_NORMAL'
  /** 1 轻度失能: mild disability. */
  | 'MILD_DISABILITY'
  /** 2 中度失能: moderate disability. */
  | 'MODERATE_DISABILITY'
  /** 3 重度失能Ⅰ级: severe disability, grade I. */
  | 'SEVERE_DISABILITY_I'
  /** 4 重度失能Ⅱ级: severe disability, grade II. */
  | 'SEVERE_DISABILITY_II'
  /** 5 重度失能Ⅲ级: severe disability, grade III (the most severe). */
  | 'SEVERE_DISABILITY_III';

/** Status of an LTCI enrolment. */
export type LtciEnrolmentStatus =
  /** 参保缴费: insured; benefits can be settled. */
  | 'ACTIVE'
  /** 终止: no longer insured (moved away, died, switched scheme by a new enrolment). */
  | 'ENDED'
  /** 暂停: contributions interrupted; no benefits until resumed. */
  | 'SUSPENDED';

/** Content of home care (居家护理服务内容). */
export type LtciHomeCareService =
  /** 生活照料: daily-life care; paid to the insured person or to the provider. */
  | 'DAILY_LIFE'
  /** 医疗护理: medical care; paid only to the provider. */
  | 'MEDICAL';

/** Who the LTCI fund pays (支付对象). */
export type LtciPayee =
  /** 参保人: the insured person (only for daily-life home care). */
  | 'INSURED_PERSON'
  /** 定点机构: the designated provider. */
  | 'PROVIDER';

/** Kind of LTCI-designated provider (定点护理服务机构). */
export type LtciProviderKind =
  /** 养老机构: an elder-care institution registered with civil affairs (`Institution`). */
  | 'ELDER_CARE_INSTITUTION'
  /** 医疗机构: a medical institution registered with the health commission (`MedicalInstitution`). */
  | 'MEDICAL_INSTITUTION';

/** Level of a designated provider in the LTCI rate table. */
export type LtciProviderLevel =
  /** 养老机构: elder-care institution (any star rating). */
  | 'ELDER_CARE'
  /** 一级及以下医疗机构: first-level hospitals, nursing homes (护理院), township and community health centres. */
  | 'MEDICAL_PRIMARY'
  /** 二级医疗机构: second-level hospital. */
  | 'MEDICAL_SECONDARY'
  /** 三级医疗机构: third-level hospital. */
  | 'MEDICAL_TERTIARY';

/** Scheme under which a person is insured for long-term care. */
export type LtciScheme =
  /** 职工长期护理保险: employees’ scheme, with the employees’ basic medical insurance. */
  | 'EMPLOYEE'
  /** 城乡居民长期护理保险: urban-rural residents’ scheme (measure 16: full coverage by end-2025). */
  | 'URBAN_RURAL_RESIDENT';

/** The admission of a waiting applicant. */
export type MarkWaitlistAdmittedInput = {
  /** Date of admission; not before the application, not in the future. */
  admittedOn: string;
  /** The wait-list entry. */
  entryId: string | number;
  /** The elder’s stay in the same institution, if already recorded. */
  stayId?: string | number | null | undefined;
};

/** Kind of medical institution (医疗机构类别). */
export type MedicalInstitutionKind =
  /** Community health service centre (社区卫生服务中心). */
  | 'COMMUNITY_HEALTH_CENTRE'
  /** General hospital (综合医院). */
  | 'GENERAL_HOSPITAL'
  /** Nursing home (护理院), a medical institution for long-term nursing. */
  | 'NURSING_HOME'
  /** Traditional Chinese medicine hospital (中医医院). */
  | 'TCM_HOSPITAL'
  /** Township health centre (镇卫生院). */
  | 'TOWNSHIP_HEALTH_CENTRE'
  /** Village clinic (村卫生室). */
  | 'VILLAGE_CLINIC';

/** A new training programme for elder-care workers. */
export type OpenCaregiverTrainingProgrammeInput = {
  /** District served; omitted for a citywide programme. */
  districtCode?: string | number | null | undefined;
  /** Last day; not before the first. */
  endsOn: string;
  /** Kind of training. */
  kind: CaregiverTrainingKind;
  /** Name of the programme. */
  name: string;
  /** Organiser. */
  organiser: string;
  /** First day; its year is the programme year. */
  startsOn: string;
};

/** A family elder-care bed to open at a registered elder’s home. */
export type OpenFamilyBedInput = {
  /** Opening date; not in the future. */
  openedOn: string;
  /** Credit code of the operating institution, which must be open. */
  operatorCode: string | number;
  /** Person key of the elder, who must have no family bed open on or after the opening date. */
  personKey: string | number;
};

/** A home sickbed to open (建床) at an elder’s home. */
export type OpenHomeSickbedInput = {
  /** Where the elder lives: a district, town/street or village/community code (kept to the town level). */
  areaCode: string | number;
  /** Resident ID number (居民身份证号码) of the elder; stored only as the person key. Give this (needs the personal-data scope) or `personKey`. */
  idNumber?: string | null | undefined;
  /** Credit code of the medical institution that opens it and visits; must be registered. */
  medicalInstitutionCode: string | number;
  /** Opening date; not in the future, not while the elder has another home sickbed. */
  openedOn: string;
  /** Person key of the elder. Give this or `idNumber`. */
  personKey?: string | number | null | undefined;
  /** The home sickbed’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded home sickbed. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** Which slice of a long list to return. */
export type PageInput = {
  /** Start after this row: the `endCursor` of the previous page. Every page of the list then costs about what the first does, however deep, and rows added or removed meanwhile neither repeat nor skip rows. */
  after?: string | null | undefined;
  /** Rows to return; at most the server’s maximum page size (1,000 by default). */
  limit?: number;
  /** Rows to skip from the start of the ordered list (or after `after`). Deep offsets cost the database a scan of every row skipped: page through a long list with `after`. */
  offset?: number;
};

/** An ability assessment to record. */
export type RecordAbilityAssessmentInput = {
  /** Date of the assessment; not in the future. */
  assessedOn: string;
  /** Assessing organisation. */
  assessor: string;
  /** Resulting level. */
  level: AbilityLevel;
  /** Person key of the elder. */
  personKey: string | number;
  /** Why it was made. */
  reason: AssessmentReason;
  /** The assessment’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded assessment. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** One month of an allowance paid to one elder; the amount is computed from the rate table. */
export type RecordAllowancePaymentInput = {
  /** Kind of allowance. */
  kind: AllowanceKind;
  /** Month paid for, YYYY-MM; not after the current month. */
  month: string;
  /** Date paid; not before the month’s first day, not in the future. */
  paidOn: string;
  /** Person key of the elder. */
  personKey: string | number;
};

/** One month of an allowance paid to a list of elders, all or none. */
export type RecordAllowancePaymentsInput = {
  /** Kind of allowance. */
  kind: AllowanceKind;
  /** Month paid for, YYYY-MM; not after the current month. */
  month: string;
  /** Date paid; not before the month’s first day, not in the future. */
  paidOn: string;
  /** Person keys of the elders, each once; at most 1000. */
  personKeys: Array<string | number>;
};

/** A certificate a registered worker holds; its kind follows from the level and must attest the worker’s role (a care certificate for caregivers and social workers, the licence of their trade for an institution’s medical, rehabilitation and fire-safety staff). */
export type RecordCaregiverCertificateInput = {
  /** Certificate number (证书编号): letters, digits and hyphens, unique. */
  certificateNumber: string;
  /** Last day of validity, after the date of issue; omitted if it does not expire. */
  expiresOn?: string | null | undefined;
  /** Date of issue; not in the future. */
  issuedOn: string;
  /** Issuing or evaluating body. */
  issuer: string;
  /** Level attested. */
  level: CaregiverCertificateLevel;
  /** Person key of the caregiver. */
  personKey: string | number;
  /** The certificate’s identifier in the sending system. Refused if it already names another recorded certificate. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** Finance’s payment of a decided subsidy. */
export type RecordCaregiverSubsidyPaymentInput = {
  /** Date paid; not in the future, not before the decision. */
  paidOn: string;
  /** Finance’s disbursement reference: 4 to 64 letters, digits, hyphens, underscores or slashes. */
  paymentReference: string;
  /** The subsidy paid. */
  subsidyId: string | number;
};

/** A school’s enrolment in one elder-care major in one year. */
export type RecordElderCareMajorEnrolmentInput = {
  /** District where the school stands (6-digit Weihai district code). */
  districtCode: string | number;
  /** Students enrolled, 0 to 10000. */
  enrolled: number;
  /** Enrolment year; from 2015, not in the future. */
  enrolmentYear: number;
  /** Major (专业), e.g. 智慧健康养老服务与管理; half-width brackets are stored full-width. */
  major: string;
  /** Unified social credit code of the school (checked). */
  schoolCode: string | number;
  /** Kind of school. */
  schoolKind: ElderCareSchoolKind;
  /** Name of the school. */
  schoolName: string;
};

/** The handover of a development’s supporting elder-care facility to civil affairs (移交), or a correction of the one recorded. */
export type RecordFacilityHandoverInput = {
  /** True to correct a handover already recorded (a clerk’s mistake in its area or date); without it a second handover is refused. */
  correction?: boolean;
  /** Floor area of the facility handed over, whole m² (1 to 100,000). */
  facilityAreaM2: number;
  /** Date of the handover: before or after the delivery of the housing, but not in the future. */
  handedOverOn: string;
  /** Record number of the residential development. */
  id: string | number;
};

/** A visit made to a home sickbed (上门查床). */
export type RecordHomeSickbedVisitInput = {
  /** The home sickbed visited, which must be open. */
  homeSickbedId: string | number;
  /** Date of the visit; not before the opening, not in the future. */
  visitedOn: string;
};

/** A retained fund to record: one per source, level and year raised. */
export type RecordLotteryFundInput = {
  /** Amount retained, in whole fen (分), more than 0. */
  amountFen: number;
  /** Level that retains it: 371000 for the city, or a district code. */
  areaCode: string | number;
  /** Reference of the document that set the amount (文号). */
  documentReference?: string | null | undefined;
  /** Year raised; not after the current year. It is spent the year after. */
  raisedYear: number;
  /** Source; the welfare-lottery fund unless told otherwise. */
  source?: LotteryFundSource;
};

/** A disability assessment of an enrolled person. */
export type RecordLtciAssessmentInput = {
  /** Date of the assessment; not in the future; one assessment per person and day. */
  assessedOn: string;
  /** Assessing organisation (评估机构), at most 128 characters. */
  assessingOrganisation: string;
  /** Grade concluded. */
  grade: LtciDisabilityGrade;
  /** Person key of the person assessed, who must be enrolled in LTCI. */
  personKey: string | number;
  /** The assessment’s identifier in the sending system. Refused if it already names a recorded assessment. */
  sourceRef?: SourceRefInput | null | undefined;
  /** Last day the conclusion holds; after the assessment date. Defaults to the configured validity (24 months by default). */
  validUntil?: string | null | undefined;
};

/** A caring visit to record. */
export type RecordVisitInput = {
  /** What the visitor found. */
  findings?: string | null | undefined;
  /** Whether the findings need follow-up. */
  followUpNeeded?: boolean;
  /** How the visit was made. */
  method: VisitMethod;
  /** Person key of the elder visited. */
  personKey: string | number;
  /** Date of the visit; not in the future, not after the elder’s death. */
  visitedOn: string;
  /** Name of the visitor. */
  visitorName: string;
  /** Organisation the visitor came from. */
  visitorOrganisation: string;
};

/** A new caregiver. Sex and birth date are taken from the ID number; the district defaults to the employer’s. */
export type RegisterCaregiverInput = {
  /** District where the caregiver works: defaults to the employer’s district (from its credit code); required without an employer. */
  districtCode?: string | number | null | undefined;
  /** First day of the employment (or of independent work); not in the future, not before the 16th birthday. */
  employedFrom: string;
  /** Credit code of the employing elder-care institution; omitted for a caregiver without one. Required for an institution’s medical, rehabilitation and fire-safety staff (MEDICAL_STAFF, REHABILITATION_THERAPIST, FIRE_SAFETY_OPERATOR). */
  employerCode?: string | number | null | undefined;
  /** Year of graduation from a college or vocational school, if any. */
  graduationYear?: number | null | undefined;
  /** Resident ID number, 18 characters (a 15-digit number is converted). Needs the personal-data scope. */
  idNumber: string;
  /** Full name. */
  name: string;
  /** Contact phone. */
  phone?: string | null | undefined;
  /** Role in elder care. */
  role: CaregiverRole;
  /** The caregiver’s identifier in the sending system. Refused if it already names another registered caregiver. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** A new elder for the registry. Sex and birth date are taken from the ID number. */
export type RegisterElderInput = {
  /** Home address. */
  address?: string | null | undefined;
  /** Service area: the most specific known code (village/community, town/street or district). */
  areaCode: string | number;
  /** Economic status. */
  economicStatus: EconomicStatus;
  /** Resident ID number, 18 characters (a 15-digit number is converted). Needs the personal-data scope. */
  idNumber: string;
  /** Living situation. */
  livingSituation: LivingSituation;
  /** Full name. */
  name: string;
  /** Contact phone. */
  phone?: string | null | undefined;
  /** The elder’s identifier in the sending system (e.g. 金民工程). Refused if it already names another elder, or if this elder carries another. */
  sourceRef?: SourceRefInput | null | undefined;
  /** Member of a family-planning special family (计划生育特殊家庭). */
  specialFamilyPlanningFamily?: boolean;
  /** Extreme-poverty elders only: wishes centralised care (有集中供养意愿). */
  wantsCentralisedCare?: boolean;
};

/** A community elder-care facility to register. */
export type RegisterFacilityInput = {
  /** Where it stands: district, town/street or village/community code. A street centre must be in a street, a town regional centre in a town. */
  areaCode: string | number;
  /** Floor area in whole square metres. */
  floorAreaSqm: number;
  /** Kind of facility; cannot change later. */
  kind: FacilityKind;
  /** Name as signposted. */
  name: string;
  /** Opening date; not in the future. */
  openedOn: string;
  /** Operator (运营主体). */
  operatorName: string;
  /** Star rating 1–5: required for meal points, refused for every other kind. */
  starRating?: number | null | undefined;
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
  /** Provides centralised care to extreme-poverty persons (特困人员供养服务机构, e.g. a rural 敬老院). */
  extremePovertySupport?: boolean | null | undefined;
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

/** A medical institution to register (医疗机构执业登记). */
export type RegisterMedicalInstitutionInput = {
  /** Where it stands: a district or town/street code. */
  areaCode: string | number;
  /** Unified social credit code (18 characters), checked by its check character. */
  code: string | number;
  /** Hospice beds in stock, 0–10,000; more than 0 only for a hospice provider. */
  hospiceBeds?: number;
  /** Provides hospice care (安宁疗护). */
  hospiceProvider?: boolean;
  /** Offers Internet+nursing services (互联网+护理服务). */
  internetNursing?: boolean;
  /** Publicly owned (公立). */
  isPublic: boolean;
  /** Kind of institution. */
  kind: MedicalInstitutionKind;
  /** Grade 1–3 (一级–三级); null if ungraded (always for village clinics). */
  level?: number | null | undefined;
  /** Medical beds in stock (hospice beds excluded), 0–10,000. */
  medicalBeds?: number;
  /** Registered name. */
  name: string;
};

/** A new residential development to enter in the register, with its supporting facility if already handed over. */
export type RegisterResidentialDevelopmentInput = {
  /** Where it stands: a town/street or village/community code (a whole district is refused). */
  areaCode: string | number;
  /** Date the housing was delivered (住宅交付日期); not in the future. */
  deliveredOn: string;
  /** Developer (开发建设单位). */
  developer: string;
  /** Floor area of the facility handed over, whole m² (1 to 100,000); give it with facilityHandedOverOn, or neither. */
  facilityAreaM2?: number | null | undefined;
  /** Date the facility was handed over to civil affairs, before or after the delivery but not in the future; give it with facilityAreaM2, or neither. */
  facilityHandedOverOn?: string | null | undefined;
  /** Households (户数), 1 to 100,000. */
  households: number;
  /** Project name (项目名称); unique in its district. */
  name: string;
};

/** Filters for the residential-development register; all given filters must hold. */
export type ResidentialDevelopmentFilter = {
  /** Area at any level: district, town/street or village/community code (the city lists all). */
  areaCode?: string | number | null | undefined;
  /** True: only developments whose facility meets the standard today (handed over, ≥20 m² per 100 households and ≥350 m²); false: only the others. */
  compliant?: boolean | null | undefined;
  /** Delivered on or after this day. */
  deliveredFrom?: string | null | undefined;
  /** Delivered on or before this day. */
  deliveredTo?: string | null | undefined;
};

/** The reversal (冲销) of a mistaken disbursement: it stays on record, marked reversed, and its amount returns to the allocation. */
export type ReverseLotteryFundDisbursementInput = {
  /** The disbursement to reverse. */
  disbursementId: string | number;
  /** Why it is reversed (up to 200 characters). */
  reason: string;
  /** Date of the reversal; not before the payment, not in the future. */
  reversedOn: string;
};

/** A month of one person’s LTCI care by one designated provider, to settle by the rate table. */
export type SettleLtciMonthInput = {
  /** Form of care. */
  careForm: LtciCareForm;
  /** Eligible care charges for the month, in fen; 0 to 100000000. */
  chargedFen: number;
  /** Days of care in the month; at most the days the person was insured and assessed and the provider designated, and the month’s days less those settled with other providers. */
  days: number;
  /** For home care only: daily-life or medical care. */
  homeCareService?: LtciHomeCareService | null | undefined;
  /** Month of care, YYYY-MM; a month is settled after it ends. */
  month: string;
  /** Who the fund pays: the provider, or (daily-life home care only) the insured person. */
  payee: LtciPayee;
  /** Person key of the insured, who must be enrolled (ACTIVE) and hold a valid qualifying assessment in the month. */
  personKey: string | number;
  /** Unified social credit code of the provider, which must be designated in the month. */
  providerCode: string | number;
  /** Kind of provider. */
  providerKind: LtciProviderKind;
  /** The settlement’s identifier in the sending system. Refused if it already names a settlement. */
  sourceRef?: SourceRefInput | null | undefined;
};

/** Sex as encoded in the ID number (17th digit: odd male, even female). */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A cooperation agreement signed between a medical institution and an elder-care institution. */
export type SignCooperationAgreementInput = {
  /** Credit code of the elder-care institution (as registered with civil affairs). */
  institutionCode: string | number;
  /** Credit code of the medical institution, which must be registered with the health commission. */
  medicalInstitutionCode: string | number;
  /** Services undertaken: at least one, each once. */
  services: Array<CooperationService>;
  /** First day in force. */
  validFrom: string;
  /** Last day in force; not before the first; omit for no fixed term. */
  validTo?: string | null | undefined;
};

/** A department system’s own identifier of a record (来源系统编号). */
export type SourceRefInput = {
  /** The record’s identifier in that system: 1 to 128 characters, no spaces. */
  ref: string;
  /** The source system, as the department names it: 1 to 32 letters, digits or . _ - (e.g. jinmin, his-weihai-1). */
  source: string;
};

/** The end of a provider’s designation in force (取消定点). */
export type UndesignateLtciProviderInput = {
  /** Last day designated; not before its first day, and not before the end of a month already settled with it. */
  designatedUntil: string;
  /** Unified social credit code of the provider. */
  providerCode: string | number;
  /** Elder-care institution or medical institution. */
  providerKind: LtciProviderKind;
};

/** Corrections to an elder’s record; omitted fields stay as they are. The ID number cannot change. */
export type UpdateElderInput = {
  /** Home address. */
  address?: string | null | undefined;
  /** New service area code. */
  areaCode?: string | number | null | undefined;
  /** Date of death, once certified. */
  deceasedOn?: string | null | undefined;
  /** Economic status. */
  economicStatus?: EconomicStatus | null | undefined;
  /** Living situation. */
  livingSituation?: LivingSituation | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Contact phone. */
  phone?: string | null | undefined;
  /** Member of a family-planning special family. */
  specialFamilyPlanningFamily?: boolean | null | undefined;
  /** Extreme-poverty elders only: wishes centralised care. */
  wantsCentralisedCare?: boolean | null | undefined;
};

/** Changes to a facility, or its closure; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** Closing date, not before the opening date and not in the future; null reopens it. */
  closedOn?: string | null | undefined;
  /** Floor area in whole square metres. */
  floorAreaSqm?: number | null | undefined;
  /** Name as signposted. */
  name?: string | null | undefined;
  /** Operator (运营主体). */
  operatorName?: string | null | undefined;
  /** New star rating 1–5 (meal points only). */
  starRating?: number | null | undefined;
};

/** Changes to a medical institution’s registration; omitted fields stay as they are. */
export type UpdateMedicalInstitutionInput = {
  /** Hospice beds in stock; not below the beds occupied today. */
  hospiceBeds?: number | null | undefined;
  /** Provides hospice care. */
  hospiceProvider?: boolean | null | undefined;
  /** Offers Internet+nursing services. */
  internetNursing?: boolean | null | undefined;
  /** Publicly owned. */
  isPublic?: boolean | null | undefined;
  /** Grade 1–3; null to record it as ungraded. */
  level?: number | null | undefined;
  /** Medical beds in stock; not below the beds occupied today. */
  medicalBeds?: number | null | undefined;
  /** Registered name. */
  name?: string | null | undefined;
};

/** How a caring visit (探访关爱) was made. */
export type VisitMethod =
  /** 上门探访 in person at the elder’s home. */
  | 'HOME_VISIT'
  /** 电话探访 by telephone. */
  | 'PHONE'
  /** 视频探访 by video call. */
  | 'VIDEO';

/** State of an application on the admission wait-list of a public institution (入住评估轮候). */
export type WaitlistStatus =
  /** 已入住 admitted to the institution. */
  | 'ADMITTED'
  /** 轮候中 waiting for a place. */
  | 'WAITING'
  /** 已撤回 withdrawn by the elder or their family, or cancelled. */
  | 'WITHDRAWN';

/** The withdrawal of a waiting application. */
export type WithdrawFromWaitlistInput = {
  /** The wait-list entry. */
  entryId: string | number;
  /** Date of the withdrawal; not before the application, not in the future. */
  withdrawnOn: string;
};

export type BulkImportAssessmentsMutationVariables = Exact<{
  input: ImportAbilityAssessmentsInput;
}>;


export type BulkImportAssessmentsMutation = { importAbilityAssessments: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null }> } };

export type BulkAssessmentBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkAssessmentBySourceRefQuery = { abilityAssessmentBySourceRef: { id: string, personKey: string, level: AbilityLevel, sourceRef: { source: string, ref: string } | null } | null };

export type BulkImportEldersMutationVariables = Exact<{
  input: ImportEldersInput;
}>;


export type BulkImportEldersMutation = { importElders: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkElderBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkElderBySourceRefQuery = { elderBySourceRef: { personKey: string, name: string, phone: string | null, sourceRef: { source: string, ref: string } | null } | null };

export type BulkCivilAffairsChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BulkCivilAffairsChangesQuery = { civilAffairsChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation }> } };

export type BulkImportLotteryFundAllocationsMutationVariables = Exact<{
  input: ImportLotteryFundAllocationsInput;
}>;


export type BulkImportLotteryFundAllocationsMutation = { importLotteryFundAllocations: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkImportLotteryFundDisbursementsMutationVariables = Exact<{
  input: ImportLotteryFundDisbursementsInput;
}>;


export type BulkImportLotteryFundDisbursementsMutation = { importLotteryFundDisbursements: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkLotteryFundAllocationBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkLotteryFundAllocationBySourceRefQuery = { lotteryFundAllocationBySourceRef: { id: string, amountFen: number, sourceRef: { source: string, ref: string } | null } | null };

export type BulkLotteryFundDisbursementBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkLotteryFundDisbursementBySourceRefQuery = { lotteryFundDisbursementBySourceRef: { id: string, amountFen: number, decisionReference: string, sourceRef: { source: string, ref: string } | null } | null };

export type BulkLotteryFundBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkLotteryFundBalanceQuery = { lotteryFund: { allocatedFen: number, unallocatedFen: number } | null };

export type BulkLotteryFundAllocationRemainderQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkLotteryFundAllocationRemainderQuery = { lotteryFundAllocation: { disbursedFen: number, remainderFen: number } | null };

export type BulkAllocateLotteryFundWithRefMutationVariables = Exact<{
  input: AllocateLotteryFundInput;
}>;


export type BulkAllocateLotteryFundWithRefMutation = { allocateLotteryFund: { id: string } };

export type BulkReverseLotteryFundDisbursementMutationVariables = Exact<{
  input: ReverseLotteryFundDisbursementInput;
}>;


export type BulkReverseLotteryFundDisbursementMutation = { reverseLotteryFundDisbursement: { id: string } };

export type BulkFinanceChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BulkFinanceChangesQuery = { financeChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation }> } };

export type BulkImportHospitalStaysMutationVariables = Exact<{
  input: ImportHospitalStaysInput;
}>;


export type BulkImportHospitalStaysMutation = { importHospitalStays: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkImportHomeSickbedsMutationVariables = Exact<{
  input: ImportHomeSickbedsInput;
}>;


export type BulkImportHomeSickbedsMutation = { importHomeSickbeds: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkHospitalStayBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkHospitalStayBySourceRefQuery = { hospitalStayBySourceRef: { id: string, personKey: string, admittedOn: string, sourceRef: { source: string, ref: string } | null } | null };

export type BulkHomeSickbedBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkHomeSickbedBySourceRefQuery = { homeSickbedBySourceRef: { id: string, personKey: string, openedOn: string, sourceRef: { source: string, ref: string } | null } | null };

export type BulkHealthChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BulkHealthChangesQuery = { healthChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation }> } };

export type BulkAdmitToHospitalWithRefMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type BulkAdmitToHospitalWithRefMutation = { admitToHospital: { id: string } };

export type BulkOpenHomeSickbedWithRefMutationVariables = Exact<{
  input: OpenHomeSickbedInput;
}>;


export type BulkOpenHomeSickbedWithRefMutation = { openHomeSickbed: { id: string } };

export type BulkImportCaregiversMutationVariables = Exact<{
  input: ImportCaregiversInput;
}>;


export type BulkImportCaregiversMutation = { importCaregivers: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkImportCaregiverCertificatesMutationVariables = Exact<{
  input: ImportCaregiverCertificatesInput;
}>;


export type BulkImportCaregiverCertificatesMutation = { importCaregiverCertificates: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkCaregiverBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkCaregiverBySourceRefQuery = { caregiverBySourceRef: { personKey: string, name: string, role: CaregiverRole, sourceRef: { source: string, ref: string } | null } | null };

export type BulkCaregiverCertificateBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkCaregiverCertificateBySourceRefQuery = { caregiverCertificateBySourceRef: { id: string, personKey: string, level: CaregiverCertificateLevel, certificateNumber: string, sourceRef: { source: string, ref: string } | null } | null };

export type BulkRegisterCaregiverWithRefMutationVariables = Exact<{
  input: RegisterCaregiverInput;
}>;


export type BulkRegisterCaregiverWithRefMutation = { registerCaregiver: { personKey: string } };

export type BulkHumanResourcesChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BulkHumanResourcesChangesQuery = { humanResourcesChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation }> } };

export type BulkImportLtciEnrolmentsMutationVariables = Exact<{
  input: ImportLtciEnrolmentsInput;
}>;


export type BulkImportLtciEnrolmentsMutation = { importLtciEnrolments: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkImportLtciAssessmentsMutationVariables = Exact<{
  input: ImportLtciAssessmentsInput;
}>;


export type BulkImportLtciAssessmentsMutation = { importLtciAssessments: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkImportLtciSettlementsMutationVariables = Exact<{
  input: ImportLtciSettlementsInput;
}>;


export type BulkImportLtciSettlementsMutation = { importLtciSettlements: { created: number, updated: number, unchanged: number, refused: number, notWritten: number, items: Array<{ index: number, outcome: BulkOutcome, id: string | null, code: string | null, field: string | null, message: string | null }> } };

export type BulkLtciEnrolmentBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkLtciEnrolmentBySourceRefQuery = { ltciEnrolmentBySourceRef: { id: string, personKey: string, scheme: LtciScheme, status: LtciEnrolmentStatus, since: string, sourceRef: { source: string, ref: string } | null } | null };

export type BulkLtciAssessmentBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkLtciAssessmentBySourceRefQuery = { ltciAssessmentBySourceRef: { id: string, personKey: string, grade: LtciDisabilityGrade, sourceRef: { source: string, ref: string } | null } | null };

export type BulkLtciSettlementBySourceRefQueryVariables = Exact<{
  source: string;
  ref: string;
}>;


export type BulkLtciSettlementBySourceRefQuery = { ltciSettlementBySourceRef: { id: string, personKey: string, month: string, days: number, fundFen: number, sourceRef: { source: string, ref: string } | null } | null };

export type BulkMedicalInsuranceChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BulkMedicalInsuranceChangesQuery = { medicalInsuranceChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation }> } };

export type BulkEnrolInLtciWithRefMutationVariables = Exact<{
  input: EnrolInLtciInput;
}>;


export type BulkEnrolInLtciWithRefMutation = { enrolInLtci: { id: string } };

export type BulkRecordLtciAssessmentWithRefMutationVariables = Exact<{
  input: RecordLtciAssessmentInput;
}>;


export type BulkRecordLtciAssessmentWithRefMutation = { recordLtciAssessment: { id: string } };

export type BulkSettleLtciMonthWithRefMutationVariables = Exact<{
  input: SettleLtciMonthInput;
}>;


export type BulkSettleLtciMonthWithRefMutation = { settleLtciMonth: { id: string } };

export type ChangeFeedCivilAffairsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedCivilAffairsQuery = { civilAffairsChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation, changedAt: string }> } };

export type ChangeFeedHealthQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedHealthQuery = { healthChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation, changedAt: string }> } };

export type ChangeFeedMedicalInsuranceQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedMedicalInsuranceQuery = { medicalInsuranceChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation, changedAt: string }> } };

export type ChangeFeedHumanResourcesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedHumanResourcesQuery = { humanResourcesChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation, changedAt: string }> } };

export type ChangeFeedFinanceQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedFinanceQuery = { financeChanges: { endCursor: string | null, hasNextPage: boolean, items: Array<{ entityType: string, recordId: string, operation: ChangeOperation, changedAt: string }> } };

export type ChangeFeedUpdateElderMutationVariables = Exact<{
  personKey: string | number;
  input: UpdateElderInput;
}>;


export type ChangeFeedUpdateElderMutation = { updateElder: { personKey: string } };

export type ChangeFeedUpdateMedicalInstitutionMutationVariables = Exact<{
  code: string | number;
  input: UpdateMedicalInstitutionInput;
}>;


export type ChangeFeedUpdateMedicalInstitutionMutation = { updateMedicalInstitution: { code: string } };

export type ChangeFeedSuspendEnrolmentMutationVariables = Exact<{
  input: ChangeLtciEnrolmentStatusInput;
}>;


export type ChangeFeedSuspendEnrolmentMutation = { changeLtciEnrolmentStatus: { id: string } };

export type ChangeFeedAllocateMutationVariables = Exact<{
  input: AllocateLotteryFundInput;
}>;


export type ChangeFeedAllocateMutation = { allocateLotteryFund: { id: string } };

export type ChangeFeedRegisterElderMutationVariables = Exact<{
  input: RegisterElderInput;
}>;


export type ChangeFeedRegisterElderMutation = { registerElder: { personKey: string } };

export type ChangeFeedAuditTrailQueryVariables = Exact<{
  personKey: string | number;
}>;


export type ChangeFeedAuditTrailQuery = { civilAffairsAuditTrail: { items: Array<{ kind: AuditKind, operation: string, fields: Array<string> }> } };

export type AgeFriendlyDesignateMutationVariables = Exact<{
  input: DesignateAgeFriendlyCommunityInput;
}>;


export type AgeFriendlyDesignateMutation = { designateAgeFriendlyCommunity: { level: AgeFriendlyLevel, designatedYear: number, name: string, communityCode: string, townCode: string, districtCode: string, area: { name: string, level: AreaLevel }, district: { name: string } } };

export type AgeFriendlyInAreaQueryVariables = Exact<{
  code: string | number;
  level?: AgeFriendlyLevel | null | undefined;
}>;


export type AgeFriendlyInAreaQuery = { area: { ageFriendlyCommunities: Array<{ id: string, name: string, level: AgeFriendlyLevel, designatedYear: number }> } | null };

export type AllowancePayMutationVariables = Exact<{
  input: RecordAllowancePaymentInput;
}>;


export type AllowancePayMutation = { recordAllowancePayment: { kind: AllowanceKind, month: string, amountFen: number, paidOn: string, elder: { name: string } } };

export type AllowancePayManyMutationVariables = Exact<{
  input: RecordAllowancePaymentsInput;
}>;


export type AllowancePayManyMutation = { recordAllowancePayments: Array<{ month: string, amountFen: number, elder: { name: string } }> };

export type AllowancesOfElderQueryVariables = Exact<{
  key: string | number;
  year?: number | null | undefined;
}>;


export type AllowancesOfElderQuery = { elder: { allowances: Array<{ kind: AllowanceKind, month: string, amountFen: number, paidOn: string }> } | null };

export type CivilAffairsAreaOnDateInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type CivilAffairsAreaOnDateInstitutionQuery = { institution: { extremePovertySupport: boolean } | null };

export type EldersWithRelationsQueryVariables = Exact<{
  limit: number;
}>;


export type EldersWithRelationsQuery = { elders: { items: Array<{ personKey: string, name: string, age: number, area: { name: string, parent: { name: string } | null }, district: { name: string }, latestAssessment: { level: AbilityLevel, assessedOn: string } | null, assessments: Array<{ level: AbilityLevel }>, currentInstitutionStay: { admittedOn: string, bed: { kind: BedKind, label: string }, institution: { name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> } } | null }> } };

export type CareAssignMutationVariables = Exact<{
  input: AssignCaregiverInput;
}>;


export type CareAssignMutation = { assignCaregiver: { id: string, careType: CareType, institutionCode: string | null } };

export type CareEndAssignmentMutationVariables = Exact<{
  input: EndCareAssignmentInput;
}>;


export type CareEndAssignmentMutation = { endCareAssignment: { endedOn: string | null } };

export type CareCurrentCountOfInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type CareCurrentCountOfInstitutionQuery = { institution: { currentCareAssignmentCount: number } | null };

export type CareAssignmentsOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type CareAssignmentsOfElderQuery = { elder: { careAssignments: Array<{ careType: CareType, startedOn: string, endedOn: string | null, caregiver: { personKey: string } | null }> } | null };

export type CareAssignmentsOfResidentQueryVariables = Exact<{
  key: string | number;
}>;


export type CareAssignmentsOfResidentQuery = { elder: { careAssignments: Array<{ careType: CareType, startedOn: string, endedOn: string | null, caregiver: { __typename: 'Caregiver', personKey: string } | null, institution: { name: string } | null }> } | null };

export type CareCurrentAssignmentsOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type CareCurrentAssignmentsOfElderQuery = { elder: { careAssignments: Array<{ id: string }> } | null };

export type CareSeededEldersWithAssignmentsQueryVariables = Exact<{
  limit: number;
}>;


export type CareSeededEldersWithAssignmentsQuery = { elders: { items: Array<{ currentInstitutionStay: { institutionCode: string } | null, careAssignments: Array<{ careType: CareType, institutionCode: string | null, caregiver: { personKey: string } | null, institution: { currentCareAssignmentCount: number } | null }> }> } };

export type CommunityServicesEldersQueryVariables = Exact<{
  limit: number;
  from: string;
  to: string;
  year: number;
}>;


export type CommunityServicesEldersQuery = { elders: { items: Array<{ personKey: string, age: number, livingSituation: LivingSituation, specialFamilyPlanningFamily: boolean, economicStatus: EconomicStatus, lastVisitedOn: string | null, latestAssessment: { level: AbilityLevel } | null, visits: Array<{ visitedOn: string, specialDifficulty: boolean }>, allowances: Array<{ kind: AllowanceKind, month: string, amountFen: number }> }> } };

export type CommunityServicesAreasQueryVariables = Exact<{
  level: AreaLevel;
}>;


export type CommunityServicesAreasQuery = { areas: Array<{ code: string, facilities: Array<{ starRating: number | null }>, facilityCounts: Array<{ kind: FacilityKind, count: number }>, ageFriendlyCommunities: Array<{ level: AgeFriendlyLevel }> }> };

export type CommunityServicesFacilityCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityServicesFacilityCountsQuery = { districts: Array<{ facilityCounts: Array<{ kind: FacilityKind, count: number }> }>, streets: Array<{ facilityCounts: Array<{ kind: FacilityKind, count: number }> }>, towns: Array<{ facilityCounts: Array<{ kind: FacilityKind, count: number }> }>, city: { facilityCounts: Array<{ kind: FacilityKind, count: number }>, facilities: Array<{ starRating: number | null }> } | null };

export type ElderProfileRegisterElderMutationVariables = Exact<{
  elder: RegisterElderInput;
}>;


export type ElderProfileRegisterElderMutation = { registerElder: { personKey: string, sex: Sex, birthDate: string } };

export type ElderProfileRegisterInstitutionMutationVariables = Exact<{
  home: RegisterInstitutionInput;
}>;


export type ElderProfileRegisterInstitutionMutation = { registerInstitution: { code: string } };

export type ElderProfileByIdNumberQueryVariables = Exact<{
  id: string;
}>;


export type ElderProfileByIdNumberQuery = { elderByIdNumber: { name: string, maskedIdNumber: string, area: { code: string, name: string, level: AreaLevel, parent: { name: string } | null }, district: { name: string, fiveBedPilot: boolean }, latestAssessment: { level: AbilityLevel, levelNumber: number, assessedOn: string } | null, currentInstitutionStay: { admittedOn: string, bed: { kind: BedKind, label: string }, institution: { name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> } } | null } | null };

export type ElderProfileRegistryTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ElderProfileRegistryTotalsQuery = { elders: { total: number }, institutions: { total: number } };

export type FacilityUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateFacilityInput;
}>;


export type FacilityUpdateMutation = { updateFacility: { id: string, name: string, starRating: number | null, closedOn: string | null } };

export type FacilitiesOfAreaQueryVariables = Exact<{
  code: string | number;
  kind?: FacilityKind | null | undefined;
}>;


export type FacilitiesOfAreaQuery = { area: { facilities: Array<{ id: string, name: string, kind: FacilityKind, districtCode: string, townCode: string | null }>, facilityCounts: Array<{ kind: FacilityKind, count: number }> } | null };

export type FacilityListQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
}>;


export type FacilityListQuery = { communityFacilities: { total: number, items: Array<{ id: string, name: string, kind: FacilityKind, starRating: number | null, closedOn: string | null, districtCode: string, district: { name: string } }> } };

export type FacilityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityByIdQuery = { communityFacility: { name: string, starRating: number | null, closedOn: string | null } | null };

export type FamilyBedOpenMutationVariables = Exact<{
  input: OpenFamilyBedInput;
}>;


export type FamilyBedOpenMutation = { openFamilyBed: { id: string, openedOn: string } };

export type FamilyBedCloseMutationVariables = Exact<{
  input: CloseFamilyBedInput;
}>;


export type FamilyBedCloseMutation = { closeFamilyBed: { closedOn: string | null, closeReason: FamilyBedCloseReason | null } };

export type FamilyBedCountQueryVariables = Exact<{
  area?: string | number | null | undefined;
}>;


export type FamilyBedCountQuery = { currentFamilyBedCount: number };

export type FamilyBedsListedQueryVariables = Exact<{
  filter: FamilyBedFilter;
}>;


export type FamilyBedsListedQuery = { familyBeds: { total: number, items: Array<{ id: string, personKey: string, closedOn: string | null, elder: { name: string } }> } };

export type FamilyBedProfileQueryVariables = Exact<{
  key: string | number;
  operator: string | number;
}>;


export type FamilyBedProfileQuery = { elder: { currentFamilyBed: { openedOn: string, districtCode: string, townCode: string | null, communityCode: string | null, operator: { name: string } } | null, familyBeds: Array<{ openedOn: string }> } | null, institution: { operatedFamilyBeds: Array<{ openedOn: string, elder: { name: string } }> } | null };

export type FamilyBedHistoryQueryVariables = Exact<{
  key: string | number;
}>;


export type FamilyBedHistoryQuery = { elder: { currentFamilyBed: { openedOn: string } | null, familyBeds: Array<{ openedOn: string, closedOn: string | null, closeReason: FamilyBedCloseReason | null, operator: { name: string } }> } | null };

export type FamilyBedsSeededQueryVariables = Exact<{
  limit: number;
}>;


export type FamilyBedsSeededQuery = { currentFamilyBedCount: number, familyBeds: { total: number, items: Array<{ districtCode: string, elder: { districtCode: string, currentInstitutionStay: { id: string } | null, currentFamilyBed: { id: string } | null }, operator: { operatedFamilyBeds: Array<{ id: string }> } }> } };

export type FamilyBedsSeededEldersQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyBedsSeededEldersQuery = { elders: { total: number } };

export type PagingEldersByOffsetQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type PagingEldersByOffsetQuery = { elders: { endCursor: string | null, hasNextPage: boolean, items: Array<{ personKey: string }> } };

export type PagingEldersAfterQueryVariables = Exact<{
  after?: string | null | undefined;
  limit: number;
}>;


export type PagingEldersAfterQuery = { elders: { endCursor: string | null, hasNextPage: boolean, items: Array<{ personKey: string }> } };

export type PagingEldersWithTotalQueryVariables = Exact<{
  after?: string | null | undefined;
  limit: number;
}>;


export type PagingEldersWithTotalQuery = { elders: { total: number, hasNextPage: boolean, items: Array<{ personKey: string }> } };

export type ResidentialDevelopmentHandoverMutationVariables = Exact<{
  input: RecordFacilityHandoverInput;
}>;


export type ResidentialDevelopmentHandoverMutation = { recordFacilityHandover: { id: string, facilityAreaM2: number | null, facilityHandedOverOn: string | null, requiredFacilityAreaM2: number, compliant: boolean } };

export type ResidentialDevelopmentByIdQueryVariables = Exact<{
  id: string | number;
  day?: string | null | undefined;
}>;


export type ResidentialDevelopmentByIdQuery = { residentialDevelopment: { id: string, name: string, households: number, facilityAreaM2: number | null, facilityHandedOverOn: string | null, requiredFacilityAreaM2: number, compliant: boolean, compliantOnDay: boolean } | null };

export type ResidentialDevelopmentListQueryVariables = Exact<{
  filter?: ResidentialDevelopmentFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ResidentialDevelopmentListQuery = { residentialDevelopments: { total: number, offset: number, limit: number, items: Array<{ id: string, name: string, compliant: boolean, deliveredOn: string, districtCode: string, townCode: string, communityCode: string | null }> } };

export type ResidentialDevelopmentAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentialDevelopmentAuditTrailQuery = { civilAffairsAuditTrail: { items: Array<{ operation: string, kind: AuditKind, recordIds: Array<string>, fields: Array<string> }> } };

export type ResidentialDevelopmentsSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentialDevelopmentsSeededQuery = { streets: Array<{ code: string }>, all: { total: number, items: Array<{ townCode: string, households: number, deliveredOn: string, facilityAreaM2: number | null, facilityHandedOverOn: string | null, requiredFacilityAreaM2: number, compliant: boolean }> }, compliant: { total: number } };

export type RunsAloneElderProfileQueryVariables = Exact<{
  key: string | number;
}>;


export type RunsAloneElderProfileQuery = { elder: { name: string, currentInstitutionStay: { admittedOn: string, institution: { name: string } } | null, familyBeds: Array<{ openedOn: string, closedOn: string | null }> } | null };

export type VisitsOfElderQueryVariables = Exact<{
  key: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VisitsOfElderQuery = { elder: { lastVisitedOn: string | null, visits: Array<{ visitedOn: string, method: VisitMethod, visitorName: string }> } | null };

export type WaitlistOfInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type WaitlistOfInstitutionQuery = { institutionWaitlist: Array<{ position: number | null, priorityTier: number, appliedOn: string, elder: { name: string } }> };

export type WaitlistViaInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type WaitlistViaInstitutionQuery = { institution: { waitlist: Array<{ position: number | null, priorityTier: number, appliedOn: string, elder: { name: string } }> } | null };

export type WaitlistEntriesOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type WaitlistEntriesOfElderQuery = { elder: { waitlistEntries: Array<{ id: string, status: WaitlistStatus, position: number | null, priorityTier: number, statusChangedOn: string, institution: { name: string } }> } | null };

export type WaitlistWithdrawMutationVariables = Exact<{
  input: WithdrawFromWaitlistInput;
}>;


export type WaitlistWithdrawMutation = { withdrawFromWaitlist: { status: WaitlistStatus, statusChangedOn: string, position: number | null } };

export type WaitlistMarkAdmittedMutationVariables = Exact<{
  input: MarkWaitlistAdmittedInput;
}>;


export type WaitlistMarkAdmittedMutation = { markWaitlistAdmitted: { status: WaitlistStatus, statusChangedOn: string, stayId: string | null, position: number | null } };

export type WaitlistsOfSeededInstitutionsQueryVariables = Exact<{
  limit: number;
}>;


export type WaitlistsOfSeededInstitutionsQuery = { institutions: { items: Array<{ ownership: InstitutionOwnership, waitlist: Array<{ position: number | null, priorityTier: number, appliedOn: string, elder: { name: string, waitlistEntries: Array<{ status: WaitlistStatus, position: number | null }> } }> }> } };

export type DeprecatedUnitNamesQueryVariables = Exact<{
  today: string;
}>;


export type DeprecatedUnitNamesQuery = { ltciRateTable: Array<{ employeeFundRatioBp: number, employeeFundRatioBasisPoints: number, residentFundRatioBp: number, residentFundRatioBasisPoints: number }>, area: { ltciFigures: { residentActiveShareBp: number | null, residentActiveShareBasisPoints: number | null } | null } | null, institutions: { items: Array<{ certifiedShare: { targetPercent: number, targetBasisPoints: number } | null }> }, fiveBedLinkage: { beds: Array<{ occupancyRate: number | null, occupancyBasisPoints: number | null }> | null } };

export type AreaOnDateLotteryFundYearFiguresQueryVariables = Exact<{
  year: number;
}>;


export type AreaOnDateLotteryFundYearFiguresQuery = { lotteryFundFigures: Array<{ areaCode: string, elderCareAllocatedFen: number, elderCareShare: { met: boolean | null } }> };

export type LotteryFundRecordMutationVariables = Exact<{
  input: RecordLotteryFundInput;
}>;


export type LotteryFundRecordMutation = { recordLotteryFund: { id: string, source: LotteryFundSource, areaCode: string, raisedYear: number, spendingYear: number, amountFen: number } };

export type LotteryFundAllocateMutationVariables = Exact<{
  input: AllocateLotteryFundInput;
}>;


export type LotteryFundAllocateMutation = { allocateLotteryFund: { id: string, category: LotteryFundCategory, programme: LotteryFundProgramme, areaCode: string, amountFen: number, remainderFen: number } };

export type LotteryFundDisburseMutationVariables = Exact<{
  input: DisburseLotteryFundInput;
}>;


export type LotteryFundDisburseMutation = { disburseLotteryFund: { id: string, amountFen: number, status: LotteryFundDisbursementStatus, recipientKind: LotteryFundRecipientKind } };

export type LotteryFundReverseDisbursementMutationVariables = Exact<{
  input: ReverseLotteryFundDisbursementInput;
}>;


export type LotteryFundReverseDisbursementMutation = { reverseLotteryFundDisbursement: { id: string, status: LotteryFundDisbursementStatus, reversedOn: string | null, reversalReason: string | null } };

export type LotteryFundByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type LotteryFundByIdQuery = { lotteryFund: { amountFen: number, allocatedFen: number, elderCareAllocatedFen: number, unallocatedFen: number, disbursedFen: number, elderCareShare: { elderCareFen: number, retainedFen: number, basisPoints: number | null, requiredBasisPoints: number, met: boolean | null }, allocations: Array<{ amountFen: number }> } | null };

export type LotteryFundAllocationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type LotteryFundAllocationByIdQuery = { lotteryFundAllocation: { amountFen: number, disbursedFen: number, remainderFen: number, disbursements: Array<{ amountFen: number, status: LotteryFundDisbursementStatus }> } | null };

export type LotteryFundsOfLevelAndYearQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundsOfLevelAndYearQuery = { lotteryFunds: Array<{ amountFen: number }> };

export type LotteryFundAreaReportInFullQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundAreaReportInFullQuery = { lotteryFundAreaReport: { raisedYear: number, spendingYear: number, disbursedFen: number, area: { name: string }, funds: Array<{ source: LotteryFundSource, amountFen: number, allocatedFen: number, unallocatedFen: number }>, elderCareShare: { elderCareFen: number, retainedFen: number, basisPoints: number | null, requiredBasisPoints: number, met: boolean | null } | null, disbursements: { total: number, items: Array<{ amountFen: number, recipientKind: LotteryFundRecipientKind, programmeRecipient: string | null, decisionReference: string, institution: { name: string, rating: number | null } | null, elder: { name: string } | null }> } } };

export type LotteryFundFiguresOfAreaAndYearQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundFiguresOfAreaAndYearQuery = { area: { name: string, lotteryFundFigures: Array<{ areaCode: string, raisedYear: number, spendingYear: number, retainedFen: number, allocatedFen: number, elderCareAllocatedFen: number, unallocatedFen: number, disbursedFen: number, elderCareShare: { basisPoints: number | null, met: boolean | null } }> | null } | null, lotteryFundFigures: Array<{ areaCode: string, retainedFen: number, elderCareShare: { basisPoints: number | null, met: boolean | null } }> };

export type LotteryFundPaymentsToInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type LotteryFundPaymentsToInstitutionQuery = { institution: { name: string, lotteryFundPayments: Array<{ amountFen: number }> | null, all: Array<{ status: LotteryFundDisbursementStatus }> | null } | null };

export type LotteryFundPaymentsToElderQueryVariables = Exact<{
  key: string | number;
}>;


export type LotteryFundPaymentsToElderQuery = { elder: { name: string, lotteryFundPayments: Array<{ amountFen: number, purpose: string }> | null } | null };

export type LotteryFundPaymentsToCaregiversQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundPaymentsToCaregiversQuery = { lotteryFundDisbursements: { items: Array<{ caregiver: { personKey: string, lotteryFundPayments: Array<{ amountFen: number }> | null } | null }> } };

export type LotteryFundRecipientNamesQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundRecipientNamesQuery = { lotteryFundAreaReport: { disbursements: { items: Array<{ amountFen: number, institution: { name: string } | null, elder: { name: string } | null, caregiver: { name: string } | null }> } } };

export type LotteryFundReportAggregatesQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundReportAggregatesQuery = { lotteryFundAreaReport: { disbursedFen: number, funds: Array<{ amountFen: number, allocations: Array<{ programme: LotteryFundProgramme, amountFen: number, remainderFen: number }> }>, elderCareShare: { met: boolean | null } | null } };

export type LotteryFundReportDisbursementsQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundReportDisbursementsQuery = { lotteryFundAreaReport: { disbursements: { items: Array<{ amountFen: number, purpose: string, institution: { name: string } | null }> } } };

export type LotteryFundDisbursementTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type LotteryFundDisbursementTotalQuery = { lotteryFundDisbursements: { total: number } };

export type LotteryFundPaidPersonKeysQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundPaidPersonKeysQuery = { lotteryFundDisbursements: { items: Array<{ personKey: string | null }> } };

export type LotteryFundReportElderKeysQueryVariables = Exact<{
  area: string | number;
  year: number;
}>;


export type LotteryFundReportElderKeysQuery = { lotteryFundAreaReport: { disbursements: { items: Array<{ elder: { personKey: string } | null }> } } };

export type LotteryFundFinanceAuditTrailQueryVariables = Exact<{
  key: string | number;
}>;


export type LotteryFundFinanceAuditTrailQuery = { financeAuditTrail: { items: Array<{ callerId: string, operation: string, kind: AuditKind, fields: Array<string> }> }, financeAuditVerification: { valid: boolean } };

export type SeededLotteryFundFiguresQueryVariables = Exact<{
  year: number;
}>;


export type SeededLotteryFundFiguresQuery = { lotteryFundFigures: Array<{ areaCode: string, spendingYear: number, retainedFen: number, allocatedFen: number, disbursedFen: number, elderCareShare: { basisPoints: number | null, met: boolean | null } }> };

export type SeededLotteryFundRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededLotteryFundRecipientsQuery = { institutions: { total: number, items: Array<{ institution: { code: string, name: string } | null }> }, elders: { total: number, items: Array<{ elder: { personKey: string, name: string } | null }> }, caregivers: { total: number, items: Array<{ decidingDepartment: LotteryFundDecidingDepartment, caregiver: { personKey: string } | null }> } };

export type SeededLotteryFundDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededLotteryFundDecisionsQuery = { lotteryFundDisbursements: { total: number, items: Array<{ decidingDepartment: LotteryFundDecidingDepartment, decisionReference: string, status: LotteryFundDisbursementStatus }> } };

export type SeededLotteryFundsWithPageQueryVariables = Exact<{
  year: number;
  limit: number;
}>;


export type SeededLotteryFundsWithPageQuery = { lotteryFunds: Array<{ amountFen: number, allocatedFen: number, unallocatedFen: number, disbursedFen: number, elderCareShare: { met: boolean | null }, allocations: Array<{ amountFen: number, disbursedFen: number, remainderFen: number, fund: { areaCode: string } }> }>, lotteryFundDisbursements: { items: Array<{ amountFen: number, personKey: string | null, allocation: { programme: LotteryFundProgramme, remainderFen: number } }> } };

export type FiveBedCloseFamilyBedMutationVariables = Exact<{
  input: CloseFamilyBedInput;
}>;


export type FiveBedCloseFamilyBedMutation = { closeFamilyBed: { id: string } };

export type FiveBedDischargeFromInstitutionMutationVariables = Exact<{
  input: DischargeFromInstitutionInput;
}>;


export type FiveBedDischargeFromInstitutionMutation = { dischargeFromInstitution: { id: string } };

export type FiveBedSettleLtciMonthMutationVariables = Exact<{
  input: SettleLtciMonthInput;
}>;


export type FiveBedSettleLtciMonthMutation = { settleLtciMonth: { id: string } };

export type FiveBedLinkageOfAreaQueryVariables = Exact<{
  area: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  window?: number | null | undefined;
}>;


export type FiveBedLinkageOfAreaQuery = { fiveBedLinkage: { areaCode: string, from: string, to: string, windowDays: number, pilot: boolean, hospitalDischarges: number | null, hospitalDischargesWithNextBed: number | null, hospitalDischargesWithoutNextBed: number | null, medianDaysToNextBed: number | null, p90DaysToNextBed: number | null, area: { name: string } | null, beds: Array<{ kind: FiveBedKind, capacity: number | null, occupied: number | null, occupancyBasisPoints: number | null }> | null, transfers: Array<{ from: FiveBedKind, to: FiveBedKind, count: number | null }> | null } };

export type FiveBedLinkageDefaultPeriodQueryVariables = Exact<{ [key: string]: never; }>;


export type FiveBedLinkageDefaultPeriodQuery = { fiveBedLinkage: { from: string, to: string, windowDays: number, pilot: boolean } };

export type FiveBedJourneyOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type FiveBedJourneyOfElderQuery = { elder: { fiveBedJourney: Array<{ kind: FiveBedKind, startedOn: string, endedOn: string | null, facilityCode: string, ltciCareForm: LtciCareForm | null, institution: { name: string } | null, medicalInstitution: { code: string, name: string } | null }> | null, currentFiveBed: { kind: FiveBedKind, startedOn: string, facilityCode: string } | null } | null };

export type FiveBedCurrentOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type FiveBedCurrentOfElderQuery = { elder: { currentFiveBed: { kind: FiveBedKind, startedOn: string } | null } | null };

export type FiveBedJourneyAuditTrailQueryVariables = Exact<{
  key: string | number;
}>;


export type FiveBedJourneyAuditTrailQuery = { jointMeetingAuditTrail: { items: Array<{ operation: string, fields: Array<string> }> } };

export type ParityElderQueryVariables = Exact<{
  id: string;
}>;


export type ParityElderQuery = { elderByIdNumber: { personKey: string, name: string, maskedIdNumber: string, age: number, area: { name: string, level: AreaLevel, parent: { name: string } | null }, latestAssessment: { level: AbilityLevel, levelNumber: number, assessedOn: string, assessor: string } | null, currentInstitutionStay: { admittedOn: string, bed: { kind: BedKind, label: string }, institution: { name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> } } | null } | null };

export type ParityElderAcrossDepartmentsQueryVariables = Exact<{
  id: string;
}>;


export type ParityElderAcrossDepartmentsQuery = { elderByIdNumber: { name: string, age: number, latestLtciGrade: LtciDisabilityGrade | null, latestAssessment: { level: AbilityLevel } | null, currentInstitutionStay: { institution: { name: string, rating: number | null, medicalCareIntegrated: boolean | null, ltciDesignation: { designatedFrom: string } | null, certifiedShare: { ratio: number | null } | null } } | null, hospitalStays: Array<{ admittedOn: string, dischargedOn: string | null }> | null, ltciSettlements: Array<{ month: string, careForm: LtciCareForm, fundFen: number, selfPaidFen: number }> | null, careAssignments: Array<{ caregiver: { name: string, role: CaregiverRole, certificates: Array<{ level: CaregiverCertificateLevel }> } | null }> } | null };

export type ParityElderFiveBedQueryVariables = Exact<{
  id: string;
}>;


export type ParityElderFiveBedQuery = { elderByIdNumber: { currentFiveBed: { kind: FiveBedKind, startedOn: string } | null, fiveBedJourney: Array<{ kind: FiveBedKind, startedOn: string, endedOn: string | null, ltciCareForm: LtciCareForm | null, institution: { name: string } | null, medicalInstitution: { name: string } | null }> | null } | null };

export type ParityInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParityInstitutionsQuery = { institutions: { total: number, items: Array<{ code: string, name: string, ownership: InstitutionOwnership, rating: number | null, offersHomeVisits: boolean, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> }> } };

export type ParityLotteryFundQueryVariables = Exact<{ [key: string]: never; }>;


export type ParityLotteryFundQuery = { lotteryFundAreaReport: { disbursedFen: number, funds: Array<{ source: LotteryFundSource, amountFen: number, allocatedFen: number }>, elderCareShare: { elderCareFen: number, retainedFen: number, basisPoints: number | null, met: boolean | null } | null } };

export type ParityFiveBedLinkageQueryVariables = Exact<{ [key: string]: never; }>;


export type ParityFiveBedLinkageQuery = { fiveBedLinkage: { pilot: boolean, hospitalDischarges: number | null, hospitalDischargesWithoutNextBed: number | null, hospitalDischargesWithoutNextBedSuppressed: boolean | null, medianDaysToNextBed: number | null, p90DaysToNextBed: number | null, beds: Array<{ kind: FiveBedKind, capacity: number | null, occupied: number | null, occupiedSuppressed: boolean, occupancyBasisPoints: number | null }> | null, transfers: Array<{ from: FiveBedKind, to: FiveBedKind, count: number | null, countSuppressed: boolean }> | null } };

export type ParityIndicatorReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ParityIndicatorReportQuery = { indicatorAreas: Array<{ area: { name: string, fiveBedPilot: boolean }, indicators: Array<{ code: string, numerator: number | null, denominator: number | null, value: number | null, target: number | null, status: IndicatorStatus, definition: { nameZh: string, nameEn: string, unit: IndicatorUnit, deadline: string | null, baseline2020: number | null }, breakdowns: Array<{ key: string, label: string, numerator: number | null, value: number | null }> }> | null }> };

export type ParityEldersInCareQueryVariables = Exact<{ [key: string]: never; }>;


export type ParityEldersInCareQuery = { elders: { items: Array<{ idNumber: string, currentInstitutionStay: { admittedOn: string } | null, hospitalStays: Array<{ admittedOn: string }> | null }> } };

export type HealthAccessRegisterMedicalInstitutionMutationVariables = Exact<{
  input: RegisterMedicalInstitutionInput;
}>;


export type HealthAccessRegisterMedicalInstitutionMutation = { registerMedicalInstitution: { code: string } };

export type HealthAccessAdmitToHospitalMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type HealthAccessAdmitToHospitalMutation = { admitToHospital: { id: string } };

export type HealthAccessMedicalInstitutionTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthAccessMedicalInstitutionTotalQuery = { medicalInstitutions: { total: number } };

export type HealthAccessPatientRecordsQueryVariables = Exact<{
  personKey: string | number;
}>;


export type HealthAccessPatientRecordsQuery = { elder: { personKey: string, hospitalStays: Array<{ admittedOn: string }> | null, homeSickbeds: Array<{ openedOn: string }> | null, hospiceStays: Array<{ admittedOn: string }> | null, currentHealthBed:
      | { __typename: 'HomeSickbed' }
      | { __typename: 'HospiceStay' }
      | { __typename: 'HospitalStay' }
     | null } | null };

export type HealthAccessHospitalStaysQueryVariables = Exact<{
  personKey: string | number;
}>;


export type HealthAccessHospitalStaysQuery = { elder: { personKey: string, hospitalStays: Array<{ admittedOn: string }> | null } | null };

export type HealthAccessSharedRecordsQueryVariables = Exact<{
  code: string | number;
}>;


export type HealthAccessSharedRecordsQuery = { medicalInstitutions: { items: Array<{ name: string, bedCounts: Array<{ kind: HealthBedKind, occupied: number }> }> }, institution: { medicalCareIntegrated: boolean | null, cooperationAgreements: Array<{ services: Array<CooperationService> }> | null } | null };

export type HealthAccessAreaFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthAccessAreaFiguresQuery = { areas: Array<{ code: string, hospiceProviderCount: number | null, internetNursingCoverage: { shareBasisPoints: number | null } | null, healthBedCounts: Array<{ kind: HealthBedKind, capacity: number, occupied: number }> | null }>, medicalInstitutions: { total: number } };

export type HealthAccessAuditTrailQueryVariables = Exact<{
  personKey: string | number;
}>;


export type HealthAccessAuditTrailQuery = { healthAuditTrail: { items: Array<{ callerId: string, kind: AuditKind, fields: Array<string> }> }, healthAuditVerification: { valid: boolean } };

export type HealthAccessAuditEntriesOfQueryVariables = Exact<{
  callerId: string;
  from: string;
}>;


export type HealthAccessAuditEntriesOfQuery = { healthAuditTrail: { items: Array<{ kind: AuditKind }> } };

export type HealthAccessAuditTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthAccessAuditTotalQuery = { healthAuditTrail: { total: number } };

export type AreaOnDateHealthUpdateMedicalInstitutionMutationVariables = Exact<{
  code: string | number;
  input: UpdateMedicalInstitutionInput;
}>;


export type AreaOnDateHealthUpdateMedicalInstitutionMutation = { updateMedicalInstitution: { code: string } };

export type HealthBedsAdmitToHospitalMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type HealthBedsAdmitToHospitalMutation = { admitToHospital: { id: string, personKey: string, admittedOn: string, dischargedOn: string | null, medicalInstitution: { name: string } } };

export type HealthBedsDischargeFromHospitalMutationVariables = Exact<{
  input: DischargeFromHospitalInput;
}>;


export type HealthBedsDischargeFromHospitalMutation = { dischargeFromHospital: { dischargedOn: string | null, dischargeDestination: HospitalDischargeDestination | null } };

export type HealthBedsAdmitToHospiceMutationVariables = Exact<{
  input: AdmitToHospiceInput;
}>;


export type HealthBedsAdmitToHospiceMutation = { admitToHospice: { id: string, admittedOn: string } };

export type HealthBedsDischargeFromHospiceMutationVariables = Exact<{
  input: DischargeFromHospiceInput;
}>;


export type HealthBedsDischargeFromHospiceMutation = { dischargeFromHospice: { dischargedOn: string | null, dischargeReason: HospiceDischargeReason | null } };

export type HealthBedsOpenHomeSickbedMutationVariables = Exact<{
  input: OpenHomeSickbedInput;
}>;


export type HealthBedsOpenHomeSickbedMutation = { openHomeSickbed: { id: string, districtCode: string, townCode: string | null, visitCount: number } };

export type HealthBedsRecordHomeSickbedVisitMutationVariables = Exact<{
  input: RecordHomeSickbedVisitInput;
}>;


export type HealthBedsRecordHomeSickbedVisitMutation = { recordHomeSickbedVisit: { visitCount: number, lastVisitedOn: string | null } };

export type HealthBedsCloseHomeSickbedMutationVariables = Exact<{
  input: CloseHomeSickbedInput;
}>;


export type HealthBedsCloseHomeSickbedMutation = { closeHomeSickbed: { closedOn: string | null, closeReason: HomeSickbedCloseReason | null } };

export type HealthBedsBedCountsQueryVariables = Exact<{
  code: string | number;
}>;


export type HealthBedsBedCountsQuery = { medicalInstitution: { bedCounts: Array<{ kind: HealthBedKind, capacity: number, occupied: number }> } | null };

export type HealthBedsJourneyQueryVariables = Exact<{
  id: string;
}>;


export type HealthBedsJourneyQuery = { elderByIdNumber: { name: string, age: number, area: { name: string }, hospitalStays: Array<{ admittedOn: string, dischargedOn: string | null, dischargeDestination: HospitalDischargeDestination | null, medicalInstitution: { name: string, level: number | null } }> | null, homeSickbeds: Array<{ openedOn: string, closedOn: string | null, closeReason: HomeSickbedCloseReason | null, visitCount: number, medicalInstitution: { name: string } }> | null, hospiceStays: Array<{ admittedOn: string, dischargedOn: string | null, dischargeReason: HospiceDischargeReason | null, medicalInstitution: { name: string } }> | null, currentHealthBed:
      | { __typename: 'HomeSickbed', openedOn: string }
      | { __typename: 'HospiceStay', admittedOn: string }
      | { __typename: 'HospitalStay', admittedOn: string }
     | null } | null };

export type MedicalCareIntegrationSignMutationVariables = Exact<{
  input: SignCooperationAgreementInput;
}>;


export type MedicalCareIntegrationSignMutation = { signCooperationAgreement: { id: string, validFrom: string, validTo: string | null, inForce: boolean, ended: boolean, services: Array<CooperationService>, medicalInstitution: { name: string } } };

export type MedicalCareIntegrationEndMutationVariables = Exact<{
  input: EndCooperationAgreementInput;
}>;


export type MedicalCareIntegrationEndMutation = { endCooperationAgreement: { endedOn: string | null, inForce: boolean, ended: boolean } };

export type MedicalCareIntegrationFileClinicMutationVariables = Exact<{
  input: FileInsideClinicInput;
}>;


export type MedicalCareIntegrationFileClinicMutation = { fileInsideClinic: { id: string, name: string, kind: InsideClinicKind, filedOn: string } };

export type MedicalCareIntegrationCloseClinicMutationVariables = Exact<{
  input: CloseInsideClinicInput;
}>;


export type MedicalCareIntegrationCloseClinicMutation = { closeInsideClinic: { closedOn: string | null } };

export type MedicalCareIntegrationInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type MedicalCareIntegrationInstitutionQuery = { institution: { name: string, rating: number | null, medicalCareIntegrated: boolean | null, cooperationAgreements: Array<{ validFrom: string, services: Array<CooperationService>, inForce: boolean, medicalInstitution: { name: string, kind: MedicalInstitutionKind } }> | null, insideClinic: { name: string, kind: InsideClinicKind, filingNumber: string } | null } | null };

export type MedicalCareIntegrationAgreementsWithEndedQueryVariables = Exact<{
  code: string | number;
}>;


export type MedicalCareIntegrationAgreementsWithEndedQuery = { institution: { medicalCareIntegrated: boolean | null, cooperationAgreements: Array<{ id: string }> | null, all: Array<{ endedOn: string | null }> | null } | null };

export type MedicalInstitutionRegisterMutationVariables = Exact<{
  input: RegisterMedicalInstitutionInput;
}>;


export type MedicalInstitutionRegisterMutation = { registerMedicalInstitution: { code: string, name: string, districtCode: string, townCode: string | null, level: number | null, hospiceProvider: boolean, internetNursing: boolean } };

export type MedicalInstitutionUpdateMutationVariables = Exact<{
  code: string | number;
  input: UpdateMedicalInstitutionInput;
}>;


export type MedicalInstitutionUpdateMutation = { updateMedicalInstitution: { medicalBeds: number, internetNursing: boolean } };

export type MedicalInstitutionsInAreaQueryVariables = Exact<{
  area: string | number;
}>;


export type MedicalInstitutionsInAreaQuery = { medicalInstitutions: { total: number, items: Array<{ name: string, level: number | null, district: { code: string }, town: { code: string } | null }> } };

export type MedicalInstitutionTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type MedicalInstitutionTotalQuery = { medicalInstitutions: { total: number } };

export type MedicalInstitutionsFilteredQueryVariables = Exact<{
  area: string | number;
}>;


export type MedicalInstitutionsFilteredQuery = { medicalInstitutions: { items: Array<{ name: string }> }, hospice: { items: Array<{ name: string }> } };

export type MedicalInstitutionAreaFiguresQueryVariables = Exact<{
  town: string | number;
}>;


export type MedicalInstitutionAreaFiguresQuery = { areas: Array<{ code: string, name: string, hospiceProviderCount: number | null, openHomeSickbedCount: number | null, internetNursingCoverage: { eligible: number, offering: number, shareBasisPoints: number | null, targetBasisPoints: number, met: boolean | null } | null, healthBedCounts: Array<{ kind: HealthBedKind, capacity: number, occupied: number }> | null }>, town: { code: string, hospiceProviderCount: number | null, healthBedCounts: Array<{ kind: HealthBedKind, capacity: number, occupied: number }> | null } | null, city: { hospiceProviderCount: number | null, internetNursingCoverage: { eligible: number, offering: number, shareBasisPoints: number | null, targetBasisPoints: number, met: boolean | null } | null } | null };

export type MedicalInstitutionCityCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type MedicalInstitutionCityCoverageQuery = { area: { internetNursingCoverage: { eligible: number, offering: number, shareBasisPoints: number | null, targetBasisPoints: number, met: boolean | null } | null } | null };

export type MedicalInstitutionBedStockQueryVariables = Exact<{
  code: string | number;
}>;


export type MedicalInstitutionBedStockQuery = { medicalInstitution: { medicalBeds: number } | null };

export type SeededHealthEldersWithHealthBedsQueryVariables = Exact<{
  limit: number;
}>;


export type SeededHealthEldersWithHealthBedsQuery = { elders: { items: Array<{ personKey: string, districtCode: string, hospitalStays: Array<{ admittedOn: string, dischargedOn: string | null, dischargeDestination: HospitalDischargeDestination | null, medicalInstitution: { code: string, name: string } }> | null, homeSickbeds: Array<{ openedOn: string, closedOn: string | null, visitCount: number, medicalInstitution: { name: string } }> | null, hospiceStays: Array<{ admittedOn: string, dischargedOn: string | null, medicalInstitution: { name: string, hospiceProvider: boolean } }> | null, currentHealthBed:
        | { __typename: 'HomeSickbed', openedOn: string }
        | { __typename: 'HospiceStay', admittedOn: string }
        | { __typename: 'HospitalStay', admittedOn: string }
       | null }> } };

export type SeededHealthMedicalInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededHealthMedicalInstitutionsQuery = { medicalInstitutions: { total: number, items: Array<{ code: string, bedCounts: Array<{ kind: HealthBedKind, capacity: number, occupied: number }> }> }, areas: Array<{ code: string, hospiceProviderCount: number | null, internetNursingCoverage: { eligible: number, offering: number } | null }> };

export type SeededHealthIntegratedInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededHealthIntegratedInstitutionsQuery = { institutions: { total: number, items: Array<{ code: string, rating: number | null, medicalCareIntegrated: boolean | null, cooperationAgreements: Array<{ inForce: boolean, medicalInstitution: { code: string } }> | null, insideClinic: { filedOn: string } | null }> } };

export type WorkforceAreaOnDateDesignatedStaffQueryVariables = Exact<{
  asOf: string;
}>;


export type WorkforceAreaOnDateDesignatedStaffQuery = { indicatorAreas: Array<{ areaCode: string, asOf: string, indicators: Array<{ numerator: number | null, denominator: number | null }> | null }> };

export type WorkforceAreaOnDateTrainingGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkforceAreaOnDateTrainingGoalsQuery = { caregiverTrainingGoals: Array<{ from: string, yearFrom: string, caregiversTrained: number, caregiversTrainedInGoalYear: number, socialWorkersTrained: number, socialWorkersTrainedInGoalYear: number }> };

export type CaregiverRegisterMutationVariables = Exact<{
  input: RegisterCaregiverInput;
}>;


export type CaregiverRegisterMutation = { registerCaregiver: { personKey: string, name: string, sex: Sex, birthDate: string, role: CaregiverRole, districtCode: string, employerCode: string | null } };

export type CaregiverProfileQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverProfileQuery = { caregiver: { name: string, sex: Sex, birthDate: string, role: CaregiverRole, districtCode: string, certified: boolean, employer: { code: string } | null, certificates: Array<{ id: string }> } | null };

export type CaregiverByIdNumberQueryVariables = Exact<{
  id: string;
}>;


export type CaregiverByIdNumberQuery = { caregiverByIdNumber: { sex: Sex, districtCode: string, graduationYear: number | null, employer: { code: string } | null } | null };

export type CaregiverMaskedIdentityQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverMaskedIdentityQuery = { caregiver: { name: string, idNumber: string, phone: string | null } | null };

export type CaregiverCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CaregiverCountQuery = { caregivers: { total: number } };

export type CaregiverCertifyMutationVariables = Exact<{
  input: RecordCaregiverCertificateInput;
}>;


export type CaregiverCertifyMutation = { recordCaregiverCertificate: { id: string, kind: CaregiverCertificateKind, level: CaregiverCertificateLevel, levelRank: number, validToday: boolean } };

export type CaregiverCertificateNumbersQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverCertificateNumbersQuery = { caregiver: { certified: boolean, certificates: Array<{ certificateNumber: string }> } | null };

export type CaregiverInstitutionShareQueryVariables = Exact<{
  code: string | number;
}>;


export type CaregiverInstitutionShareQuery = { institution: { name: string, certifiedShare: { numerator: number, denominator: number, ratio: number | null, targetBasisPoints: number, deadline: string, targetMet: boolean | null } | null, longTermCarerShare: { numerator: number, denominator: number, targetBasisPoints: number } | null } | null };

export type CaregiverAssignToElderMutationVariables = Exact<{
  input: AssignCaregiverInput;
}>;


export type CaregiverAssignToElderMutation = { assignCaregiver: { id: string } };

export type CaregiverElderServedQueryVariables = Exact<{
  key: string | number;
  home: string | number;
}>;


export type CaregiverElderServedQuery = { elder: { name: string, careAssignments: Array<{ careType: CareType, caregiver: { name: string, role: CaregiverRole, certified: boolean, certificates: Array<{ level: CaregiverCertificateLevel }>, employer: { name: string, certifiedShare: { numerator: number, denominator: number } | null } | null } | null }> } | null, institution: { name: string, certifiedShare: { numerator: number, denominator: number, ratio: number | null, targetMet: boolean | null } | null } | null };

export type CaregiverOfElderCertificatesQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverOfElderCertificatesQuery = { elder: { careAssignments: Array<{ caregiver: { certified: boolean, certificates: Array<{ level: CaregiverCertificateLevel, issuedOn: string }> } | null }> } | null };

export type CaregiverOpenProgrammeMutationVariables = Exact<{
  input: OpenCaregiverTrainingProgrammeInput;
}>;


export type CaregiverOpenProgrammeMutation = { openCaregiverTrainingProgramme: { id: string, year: number, kind: CaregiverTrainingKind } };

export type CaregiverEnrolMutationVariables = Exact<{
  input: EnrolCaregiverInTrainingInput;
}>;


export type CaregiverEnrolMutation = { enrolCaregiverInTraining: { id: string, districtCode: string, enrolledOn: string, completedOn: string | null, programme: { name: string } } };

export type CaregiverCompleteTrainingMutationVariables = Exact<{
  input: CompleteCaregiverTrainingInput;
}>;


export type CaregiverCompleteTrainingMutation = { completeCaregiverTraining: { id: string, completedOn: string | null } };

export type CaregiverTrainingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaregiverTrainingCountsQuery = { caregiverTrainingProgrammes: Array<{ id: string, enrolmentCount: number, completionCount: number }>, area: { caregiverTraineesCompleted: number | null } | null };

export type CaregiverOwnEnrolmentsQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverOwnEnrolmentsQuery = { caregiver: { trainingEnrolments: Array<{ completedOn: string | null, programme: { kind: CaregiverTrainingKind } }> } | null };

export type CaregiverDecideSubsidyMutationVariables = Exact<{
  input: DecideCaregiverSubsidyInput;
}>;


export type CaregiverDecideSubsidyMutation = { decideCaregiverSubsidy: { id: string, decisionReference: string, kind: CaregiverSubsidyKind, occasion: string, amountFen: number, status: CaregiverSubsidyStatus, paymentReference: string | null, employerCode: string | null, districtCode: string } };

export type CaregiverPaySubsidyMutationVariables = Exact<{
  input: RecordCaregiverSubsidyPaymentInput;
}>;


export type CaregiverPaySubsidyMutation = { recordCaregiverSubsidyPayment: { status: CaregiverSubsidyStatus, paymentReference: string | null, paidOn: string | null } };

export type CaregiverSubsidiesOfQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverSubsidiesOfQuery = { caregiver: { subsidies: Array<{ kind: CaregiverSubsidyKind, status: CaregiverSubsidyStatus }> } | null };

export type CaregiverPaidSubsidiesOfQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverPaidSubsidiesOfQuery = { caregiverSubsidies: { items: Array<{ id: string, paymentReference: string | null, amountFen: number }> } };

export type CaregiverAnalystFiguresQueryVariables = Exact<{
  code: string | number;
}>;


export type CaregiverAnalystFiguresQuery = { institution: { certifiedShare: { numerator: number, denominator: number } | null } | null, area: { certifiedCaregiverCount: number | null, socialWorkerCount: number | null } | null };

export type CaregiverAreaCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaregiverAreaCountsQuery = { area: { certifiedCaregiverCount: number | null, socialWorkerCount: number | null } | null };

export type CaregiverNameQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverNameQuery = { caregiver: { name: string } | null };

export type CaregiverNamesOfInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type CaregiverNamesOfInstitutionQuery = { institution: { caregivers: Array<{ name: string }> | null } | null };

export type CaregiverSubsidyTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type CaregiverSubsidyTotalQuery = { caregiverSubsidies: { total: number } };

export type CaregiverEnrolmentIdsQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverEnrolmentIdsQuery = { caregiver: { trainingEnrolments: Array<{ id: string }> } | null };

export type CaregiverCardQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverCardQuery = { caregiver: { name: string, certificates: Array<{ level: CaregiverCertificateLevel }> } | null };

export type CaregiverAuditTrailQueryVariables = Exact<{
  key: string | number;
}>;


export type CaregiverAuditTrailQuery = { humanResourcesAuditTrail: { items: Array<{ callerId: string, kind: AuditKind, operation: string, fields: Array<string> }> } };

export type MajorEnrolmentRecordMutationVariables = Exact<{
  input: RecordElderCareMajorEnrolmentInput;
}>;


export type MajorEnrolmentRecordMutation = { recordElderCareMajorEnrolment: { id: string, schoolCode: string, schoolName: string, schoolKind: ElderCareSchoolKind, major: string, enrolmentYear: number, enrolled: number, districtCode: string } };

export type MajorEnrolmentCorrectMutationVariables = Exact<{
  input: CorrectElderCareMajorEnrolmentInput;
}>;


export type MajorEnrolmentCorrectMutation = { correctElderCareMajorEnrolment: { id: string, enrolled: number } };

export type MajorEnrolmentListQueryVariables = Exact<{
  year?: number | null | undefined;
  areaCode?: string | number | null | undefined;
}>;


export type MajorEnrolmentListQuery = { elderCareMajorEnrolments: Array<{ schoolCode: string, schoolName: string, major: string, enrolmentYear: number, enrolled: number, districtCode: string }> };

export type SeededWorkforceAssignedCaregiversQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededWorkforceAssignedCaregiversQuery = { elders: { items: Array<{ personKey: string, careAssignments: Array<{ caregiver: { personKey: string, name: string, role: CaregiverRole, certified: boolean, certificates: Array<{ kind: CaregiverCertificateKind, level: CaregiverCertificateLevel, validToday: boolean }>, employer: { code: string } | null } | null, institution: { code: string } | null }> }> } };

export type SeededWorkforceInstitutionSharesQueryVariables = Exact<{
  limit: number;
}>;


export type SeededWorkforceInstitutionSharesQuery = { institutions: { items: Array<{ code: string, districtCode: string, certifiedShare: { numerator: number, denominator: number, ratio: number | null, targetBasisPoints: number, targetMet: boolean | null } | null, longTermCarerShare: { numerator: number, denominator: number } | null, caregivers: Array<{ role: CaregiverRole, certified: boolean }> | null }> } };

export type SeededWorkforceAreaCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededWorkforceAreaCountsQuery = { areas: Array<{ code: string, certifiedCaregiverCount: number | null, socialWorkerCount: number | null, caregiverTraineesCompleted: number | null }>, area: { certifiedCaregiverCount: number | null, socialWorkerCount: number | null, caregiverTraineesCompleted: number | null } | null };

export type SeededWorkforceTrainingGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededWorkforceTrainingGoalsQuery = { caregiverTrainingGoals: Array<{ from: string, yearFrom: string, deadline: string, caregiverTarget: number, caregiversTrained: number, caregiversTrainedInGoalYear: number, socialWorkerTarget: number, socialWorkersTrained: number, socialWorkersTrainedInGoalYear: number, met: boolean }> };

export type SeededWorkforceTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededWorkforceTargetsQuery = { indicatorAreas: Array<{ indicators: Array<{ code: string, numerator: number | null, denominator: number | null, value: number | null, status: IndicatorStatus }> | null }> };

export type SeededWorkforceSubsidiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededWorkforceSubsidiesQuery = { caregiverSubsidies: { total: number, items: Array<{ kind: CaregiverSubsidyKind, status: CaregiverSubsidyStatus, amountFen: number, paymentReference: string | null, paidOn: string | null }> } };

export type IndicatorsDatasetDesignateAgeFriendlyCommunityMutationVariables = Exact<{
  input: DesignateAgeFriendlyCommunityInput;
}>;


export type IndicatorsDatasetDesignateAgeFriendlyCommunityMutation = { designateAgeFriendlyCommunity: { id: string } };

export type FigureTalliesI09QueryVariables = Exact<{
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type FigureTalliesI09Query = { indicatorAreas: Array<{ areaCode: string, indicators: Array<{ numerator: number | null, denominator: number | null }> | null }> };

export type FigureTalliesCorrectMutationVariables = Exact<{
  personKey: string | number;
  input: UpdateElderInput;
}>;


export type FigureTalliesCorrectMutation = { updateElder: { personKey: string } };

export type FigureTalliesImportEldersMutationVariables = Exact<{
  input: ImportEldersInput;
}>;


export type FigureTalliesImportEldersMutation = { importElders: { created: number } };

export type IndicatorSeriesOfAreasQueryVariables = Exact<{
  from: string;
  to?: string | null | undefined;
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type IndicatorSeriesOfAreasQuery = { indicatorSeries: Array<{ areaCode: string, asOf: string, indicators: Array<{ code: string, numerator: number | null, denominator: number | null, value: number | null, status: IndicatorStatus }> | null }> };

export type IndicatorSeriesOneDayQueryVariables = Exact<{
  asOf: string;
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type IndicatorSeriesOneDayQuery = { indicatorAreas: Array<{ areaCode: string, asOf: string, indicators: Array<{ code: string, numerator: number | null, denominator: number | null, value: number | null, status: IndicatorStatus }> | null }> };

export type IndicatorsReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type IndicatorsReportQuery = { indicatorAreas: Array<{ areaCode: string, asOf: string, area: { name: string, fiveBedPilot: boolean }, indicators: Array<{ code: string, numerator: number | null, numeratorSuppressed: boolean, denominator: number | null, denominatorSuppressed: boolean, value: number | null, valueSuppressed: boolean, target: number | null, status: IndicatorStatus, breakdowns: Array<{ key: string, numerator: number | null, numeratorSuppressed: boolean, denominator: number | null, value: number | null, valueSuppressed: boolean }> }> | null }> };

export type IndicatorsRecordsBehindFiguresQueryVariables = Exact<{
  asOf: string;
  areas?: Array<string | number> | string | number | null | undefined;
  codes?: Array<string | number> | string | number | null | undefined;
  counted?: boolean | null | undefined;
}>;


export type IndicatorsRecordsBehindFiguresQuery = { indicatorAreas: Array<{ indicators: Array<{ code: string, records: { total: number, items: Array<{ kind: IndicatorRecordKind, code: string, name: string | null, counted: boolean | null, value: number | null }> } }> | null }> };

export type IndicatorsCaseworkEldersQueryVariables = Exact<{
  asOf: string;
  area: string | number;
}>;


export type IndicatorsCaseworkEldersQuery = { indicatorAreas: Array<{ indicators: Array<{ records: { total: number, items: Array<{ kind: IndicatorRecordKind, code: string, counted: boolean | null }> } }> | null }> };

export type IndicatorsOneIndicatorTodayQueryVariables = Exact<{
  area: string | number;
  code: string | number;
}>;


export type IndicatorsOneIndicatorTodayQuery = { indicatorAreas: Array<{ indicators: Array<{ code: string }> | null }> };

export type InsuredElderTalliesM16QueryVariables = Exact<{
  asOf?: string | null | undefined;
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type InsuredElderTalliesM16Query = { indicatorAreas: Array<{ indicators: Array<{ numerator: number | null }> | null }> };

export type ReusedAnswersM16QueryVariables = Exact<{
  areaCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type ReusedAnswersM16Query = { indicatorAreas: Array<{ areaCode: string, indicators: Array<{ numerator: number | null, denominator: number | null }> | null }> };

export type ReusedAnswersHealthTrailQueryVariables = Exact<{
  personKey: string | number;
}>;


export type ReusedAnswersHealthTrailQuery = { healthAuditTrail: { total: number } };

export type ReusedAnswersStaysQueryVariables = Exact<{
  personKey: string | number;
}>;


export type ReusedAnswersStaysQuery = { elder: { personKey: string, hospitalStays: Array<{ admittedOn: string }> | null } | null };

export type LtciSeedCityFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciSeedCityFiguresQuery = { area: { ltciFigures: { activeEmployeeEnrolments: number, activeResidentEnrolments: number, designatedInstitutions: number, designatedMedicalInstitutions: number, enrolments: Array<{ scheme: LtciScheme, count: number }> } | null } | null };

export type LtciSeedDesignatedInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciSeedDesignatedInstitutionsQuery = { ltciDesignations: { total: number, items: Array<{ providerCode: string, institution: { code: string, name: string } | null }> }, institutions: { total: number } };

export type LtciSeedAllDesignationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciSeedAllDesignationsQuery = { ltciDesignations: { items: Array<{ providerCode: string }> } };

export type LtciSeedSettlementsQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciSeedSettlementsQuery = { ltciSettlements: { total: number, items: Array<{ month: string, days: number, careForm: LtciCareForm, payee: LtciPayee, homeCareService: LtciHomeCareService | null, chargedFen: number, amountFen: number, fundFen: number, selfPaidFen: number, overCapFen: number, institution: { code: string } | null, medicalInstitution: { code: string } | null, elder: { latestLtciGrade: LtciDisabilityGrade | null, ltciEnrolment: { status: LtciEnrolmentStatus } | null, latestAssessment: { levelNumber: number } | null } }> } };

export type LtciEnrolMutationVariables = Exact<{
  input: EnrolInLtciInput;
}>;


export type LtciEnrolMutation = { enrolInLtci: { personKey: string, scheme: LtciScheme, since: string, status: LtciEnrolmentStatus, statusSince: string, districtCode: string, townCode: string | null } };

export type LtciChangeStatusMutationVariables = Exact<{
  input: ChangeLtciEnrolmentStatusInput;
}>;


export type LtciChangeStatusMutation = { changeLtciEnrolmentStatus: { status: LtciEnrolmentStatus, statusSince: string } };

export type LtciAssessMutationVariables = Exact<{
  input: RecordLtciAssessmentInput;
}>;


export type LtciAssessMutation = { recordLtciAssessment: { grade: LtciDisabilityGrade, gradeNumber: number, assessedOn: string, validUntil: string, assessingOrganisation: string, qualifiesForBenefits: boolean } };

export type LtciDesignateMutationVariables = Exact<{
  input: DesignateLtciProviderInput;
}>;


export type LtciDesignateMutation = { designateLtciProvider: { id: string, providerKind: LtciProviderKind, providerCode: string, providerLevel: LtciProviderLevel, designatedFrom: string, designatedUntil: string | null, inForce: boolean } };

export type LtciUndesignateMutationVariables = Exact<{
  input: UndesignateLtciProviderInput;
}>;


export type LtciUndesignateMutation = { undesignateLtciProvider: { providerCode: string, designatedFrom: string, designatedUntil: string | null, inForce: boolean } };

export type LtciSettleMonthMutationVariables = Exact<{
  input: SettleLtciMonthInput;
}>;


export type LtciSettleMonthMutation = { settleLtciMonth: { month: string, careForm: LtciCareForm, homeCareService: LtciHomeCareService | null, payee: LtciPayee, scheme: LtciScheme, providerLevel: LtciProviderLevel, days: number, dailyCapFen: number, fundRatioBasisPoints: number, chargedFen: number, amountFen: number, fundFen: number, selfPaidFen: number, overCapFen: number } };

export type LtciSettlementIdsOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type LtciSettlementIdsOfElderQuery = { elder: { ltciSettlements: Array<{ id: string }> | null } | null };

export type LtciEnrolmentOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type LtciEnrolmentOfElderQuery = { elder: { ltciEnrolment: { scheme: LtciScheme } | null } | null };

export type LtciGradesOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type LtciGradesOfElderQuery = { elder: { latestLtciGrade: LtciDisabilityGrade | null, ltciAssessments: Array<{ assessedOn: string }> | null } | null };

export type LtciDesignationsOfProviderQueryVariables = Exact<{
  code: string | number;
}>;


export type LtciDesignationsOfProviderQuery = { ltciDesignations: { total: number, items: Array<{ providerCode: string, designatedFrom: string, designatedUntil: string | null }> } };

export type LtciDesignationOfInstitutionQueryVariables = Exact<{
  code: string | number;
}>;


export type LtciDesignationOfInstitutionQuery = { institution: { ltciDesignation: { designatedUntil: string | null, inForce: boolean } | null } | null };

export type LtciElderAcrossDepartmentsQueryVariables = Exact<{
  id: string;
  year: number;
  home: string | number;
}>;


export type LtciElderAcrossDepartmentsQuery = { elderByIdNumber: { name: string, age: number, latestLtciGrade: LtciDisabilityGrade | null, area: { name: string }, ltciEnrolment: { scheme: LtciScheme, status: LtciEnrolmentStatus, since: string } | null, ltciSettlements: Array<{ month: string, careForm: LtciCareForm, days: number, fundFen: number, institution: { name: string, rating: number | null } | null, medicalInstitution: { code: string } | null }> | null } | null, institution: { name: string, rating: number | null, ltciDesignation: { providerLevel: LtciProviderLevel, designatedFrom: string, inForce: boolean } | null } | null };

export type LtciAreaFiguresQueryVariables = Exact<{
  district: string | number;
  town: string | number;
}>;


export type LtciAreaFiguresQuery = { district: { name: string, ltciFigures: { activeEmployeeEnrolments: number, activeResidentEnrolments: number, residentActiveShareBasisPoints: number | null, designatedInstitutions: number, designatedMedicalInstitutions: number, enrolments: Array<{ scheme: LtciScheme, status: LtciEnrolmentStatus, count: number }> } | null } | null, city: { ltciFigures: { activeEmployeeEnrolments: number, activeResidentEnrolments: number, designatedInstitutions: number, designatedMedicalInstitutions: number } | null } | null, town: { ltciFigures: { activeResidentEnrolments: number, designatedInstitutions: number } | null } | null };

export type LtciSharedWithDepartmentsQueryVariables = Exact<{
  key: string | number;
}>;


export type LtciSharedWithDepartmentsQuery = { elder: { latestLtciGrade: LtciDisabilityGrade | null, ltciEnrolment: { scheme: LtciScheme } | null, ltciSettlements: Array<{ id: string }> | null } | null };

export type LtciSettlementTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciSettlementTotalQuery = { ltciSettlements: { total: number } };

export type LtciPublishedQueryVariables = Exact<{ [key: string]: never; }>;


export type LtciPublishedQuery = { ltciQualifyingGrades: Array<LtciDisabilityGrade>, ltciDesignations: { total: number }, ltciRateTable: Array<{ careForm: LtciCareForm, providerLevel: LtciProviderLevel, dailyCapFen: number }>, area: { ltciFigures: { designatedInstitutions: number } | null } | null };

export type RegisterElderThenHangUpMutationVariables = Exact<{
  input: RegisterElderInput;
}>;


export type RegisterElderThenHangUpMutation = { registerElder: { personKey: string } };

export type ElderAfterHangUpQueryVariables = Exact<{
  idNumber: string;
}>;


export type ElderAfterHangUpQuery = { elderByIdNumber: { personKey: string } | null };

export type ResilienceElderAcrossDepartmentsQueryVariables = Exact<{
  key: string | number;
}>;


export type ResilienceElderAcrossDepartmentsQuery = { elder: { name: string, hospitalStays: Array<{ admittedOn: string }> | null, ltciSettlements: Array<{ month: string }> | null, lotteryFundPayments: Array<{ amountFen: number }> | null, careAssignments: Array<{ careType: CareType, caregiver: { role: CaregiverRole } | null }> } | null };

export type ResilienceAreaAcrossDepartmentsQueryVariables = Exact<{
  code: string | number;
}>;


export type ResilienceAreaAcrossDepartmentsQuery = { area: { name: string, hospiceProviderCount: number | null, certifiedCaregiverCount: number | null, ltciFigures: { activeResidentEnrolments: number } | null, lotteryFundFigures: Array<{ raisedYear: number }> | null } | null };

export type ResilienceEldersWithCaregiversQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceEldersWithCaregiversQuery = { elders: { items: Array<{ personKey: string, careAssignments: Array<{ id: string }> }> } };

export type AreaNameDuringDrainQueryVariables = Exact<{
  code: string | number;
}>;


export type AreaNameDuringDrainQuery = { area: { name: string } | null };

export type IdempotencyAllocateMutationVariables = Exact<{
  input: AllocateLotteryFundInput;
}>;


export type IdempotencyAllocateMutation = { allocateLotteryFund: { id: string, amountFen: number, fund: { allocatedFen: number } } };

export type IdempotencyHomeSickbedVisitMutationVariables = Exact<{
  input: RecordHomeSickbedVisitInput;
}>;


export type IdempotencyHomeSickbedVisitMutation = { recordHomeSickbedVisit: { id: string, visitCount: number, lastVisitedOn: string | null } };

export type IdempotencyFundAllocatedQueryVariables = Exact<{
  id: string | number;
}>;


export type IdempotencyFundAllocatedQuery = { lotteryFund: { allocatedFen: number, allocations: Array<{ id: string }> } | null };

export type AccessRegisterElderMutationVariables = Exact<{
  elder: RegisterElderInput;
}>;


export type AccessRegisterElderMutation = { registerElder: { personKey: string } };

export type AccessElderByIdNumberQueryVariables = Exact<{
  idNumber: string;
}>;


export type AccessElderByIdNumberQuery = { elderByIdNumber: { personKey: string } | null };

export type AccessElderTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessElderTotalQuery = { elders: { total: number } };

export type AccessElderAsCivilAffairsQueryVariables = Exact<{
  personKey: string | number;
}>;


export type AccessElderAsCivilAffairsQuery = { elder: { name: string, economicStatus: EconomicStatus, assessments: Array<{ level: AbilityLevel }>, allowances: Array<{ amountFen: number }>, visits: Array<{ visitedOn: string }>, waitlistEntries: Array<{ status: WaitlistStatus }> } | null };

export type AccessElderAsHealthQueryVariables = Exact<{
  personKey: string | number;
}>;


export type AccessElderAsHealthQuery = { elder: { personKey: string, age: number, economicStatus: EconomicStatus, latestAssessment: { level: AbilityLevel } | null, currentInstitutionStay: { admittedOn: string } | null } | null };

export type AccessInstitutionsAsFinanceQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessInstitutionsAsFinanceQuery = { institutions: { items: Array<{ name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number }> }> } };

export type AccessElderAllowancesAsFinanceQueryVariables = Exact<{
  personKey: string | number;
}>;


export type AccessElderAllowancesAsFinanceQuery = { elder: { age: number, allowances: Array<{ kind: AllowanceKind }> } | null };

export type AccessAggregatesAsAnalystQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAggregatesAsAnalystQuery = { currentFamilyBedCount: number, areas: Array<{ code: string, facilityCounts: Array<{ kind: FacilityKind, count: number }> }>, institutions: { total: number, items: Array<{ currentCareAssignmentCount: number, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> }> } };

export type AccessAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditTrailQuery = { civilAffairsAuditTrail: { total: number }, civilAffairsAuditVerification: { valid: boolean } };

export type AuditTamperVerifyCivilAffairsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditTamperVerifyCivilAffairsQuery = { civilAffairsAuditVerification: { valid: boolean, checked: number, brokenAt: number | null, problem: string | null, keyedFrom: number | null, checkpoints: number } };

export type AuditTrailOfCivilAffairsQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type AuditTrailOfCivilAffairsQuery = { civilAffairsAuditTrail: { total: number, items: Array<{ sequence: number, kind: AuditKind, operation: string, callerId: string, callerRole: string, callerDepartment: string | null, personKeys: Array<string>, fields: Array<string>, recordIds: Array<string> }> } };

export type AuditVerifyCivilAffairsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVerifyCivilAffairsQuery = { civilAffairsAuditVerification: { valid: boolean, checked: number, brokenAt: number | null, problem: string | null } };

export type AuditElderReadByHealthQueryVariables = Exact<{
  personKey: string | number;
}>;


export type AuditElderReadByHealthQuery = { elder: { name: string, latestAssessment: { level: AbilityLevel } | null } | null };

export type AuditDistrictsReadByAnalystQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditDistrictsReadByAnalystQuery = { areas: Array<{ code: string }> };

export type AuditElderNamesQueryVariables = Exact<{
  limit: number;
}>;


export type AuditElderNamesQuery = { elders: { items: Array<{ name: string }> } };

export type AuditRegisterElderMutationVariables = Exact<{
  elder: RegisterElderInput;
}>;


export type AuditRegisterElderMutation = { registerElder: { personKey: string } };

export type ClientErrorsDisbursementsOfAllocationQueryVariables = Exact<{
  allocationId: string | number;
}>;


export type ClientErrorsDisbursementsOfAllocationQuery = { lotteryFundDisbursements: { total: number } };

export type CompositionCityLinkageQueryVariables = Exact<{ [key: string]: never; }>;


export type CompositionCityLinkageQuery = { fiveBedLinkage: { from: string, to: string, windowDays: number, hospitalDischarges: number | null, beds: Array<{ kind: FiveBedKind, capacity: number | null }> | null } };

export type LimitsElderTotalQueryVariables = Exact<{
  limit: number;
}>;


export type LimitsElderTotalQuery = { elders: { total: number } };

export type LimitsOnePageWithListsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsOnePageWithListsQuery = { elders: { items: Array<{ personKey: string, name: string, hospitalStays: Array<{ admittedOn: string, dischargedOn: string | null }> | null, ltciSettlements: Array<{ month: string, amountFen: number }> | null, assessments: Array<{ level: AbilityLevel, assessedOn: string }> }> } };

export type OracleMaskedElderQueryVariables = Exact<{
  personKey: string | number;
}>;


export type OracleMaskedElderQuery = { elder: { idNumber: string, maskedIdNumber: string, birthDate: string, sex: Sex, districtCode: string } | null };

export type OracleElderByIdNumberQueryVariables = Exact<{
  idNumber: string;
}>;


export type OracleElderByIdNumberQuery = { elderByIdNumber: { personKey: string } | null };

export type OracleMaskedCaregiverQueryVariables = Exact<{
  personKey: string | number;
}>;


export type OracleMaskedCaregiverQuery = { caregiver: { idNumber: string, birthDate: string, sex: Sex, districtCode: string } | null };

export type OracleCaregiverByIdNumberQueryVariables = Exact<{
  idNumber: string;
}>;


export type OracleCaregiverByIdNumberQuery = { caregiverByIdNumber: { personKey: string } | null };

export type OracleRegisterElderMutationVariables = Exact<{
  input: RegisterElderInput;
}>;


export type OracleRegisterElderMutation = { registerElder: { personKey: string } };

export type OracleAdmitToHospitalMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type OracleAdmitToHospitalMutation = { admitToHospital: { id: string } };

export type MaskingElderProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskingElderProfilesQuery = { elders: { items: Array<{ personKey: string, idNumber: string, maskedIdNumber: string, name: string, phone: string | null }> } };

export type MutationSelectionAdmitReadingNameMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type MutationSelectionAdmitReadingNameMutation = { admitToHospital: { id: string, elder: { name: string } } };

export type MutationSelectionStaysOfElderQueryVariables = Exact<{
  key: string | number;
}>;


export type MutationSelectionStaysOfElderQuery = { elder: { hospitalStays: Array<{ id: string }> | null } | null };

export type SmallCellsLinkageQueryVariables = Exact<{
  area: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SmallCellsLinkageQuery = { fiveBedLinkage: { hospitalDischarges: number | null, hospitalDischargesSuppressed: boolean | null, hospitalDischargesWithNextBed: number | null, hospitalDischargesWithNextBedSuppressed: boolean | null, hospitalDischargesWithoutNextBed: number | null, hospitalDischargesWithoutNextBedSuppressed: boolean | null, medianDaysToNextBed: number | null, medianDaysToNextBedSuppressed: boolean | null, p90DaysToNextBed: number | null, p90DaysToNextBedSuppressed: boolean | null, beds: Array<{ kind: FiveBedKind, capacity: number | null, capacitySuppressed: boolean, occupied: number | null, occupiedSuppressed: boolean, occupancyBasisPoints: number | null, occupancyBasisPointsSuppressed: boolean }> | null, transfers: Array<{ from: FiveBedKind, to: FiveBedKind, count: number | null, countSuppressed: boolean }> | null } };

export type SmallCellsFamilyBedsIndicatorQueryVariables = Exact<{
  area: string | number;
}>;


export type SmallCellsFamilyBedsIndicatorQuery = { indicatorAreas: Array<{ indicators: Array<{ numerator: number | null, numeratorSuppressed: boolean, value: number | null, valueSuppressed: boolean, status: IndicatorStatus }> | null }> };

export type TokensElderTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensElderTotalQuery = { elders: { total: number } };

export type UnauthenticatedFirstElderQueryVariables = Exact<{ [key: string]: never; }>;


export type UnauthenticatedFirstElderQuery = { elders: { items: Array<{ personKey: string }> } };

export type UnauthenticatedFirstCaregiverQueryVariables = Exact<{ [key: string]: never; }>;


export type UnauthenticatedFirstCaregiverQuery = { caregivers: { items: Array<{ personKey: string }> } };

export type UnauthenticatedElderTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type UnauthenticatedElderTotalQuery = { elders: { total: number } };

export type BuilderRegisterFacilityMutationVariables = Exact<{
  input: RegisterFacilityInput;
}>;


export type BuilderRegisterFacilityMutation = { registerFacility: { id: string, kind: FacilityKind, name: string, starRating: number | null, closedOn: string | null, districtCode: string, townCode: string | null, communityCode: string | null, area: { name: string, level: AreaLevel } } };

export type BuilderRecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type BuilderRecordVisitMutation = { recordVisit: { id: string, visitedOn: string, method: VisitMethod, specialDifficulty: boolean, followUpNeeded: boolean, findings: string | null, elder: { name: string } } };

export type BuilderApplyToWaitlistMutationVariables = Exact<{
  input: ApplyToWaitlistInput;
}>;


export type BuilderApplyToWaitlistMutation = { applyToWaitlist: { id: string, priorityTier: number, status: WaitlistStatus } };

export type BuilderRegisterResidentialDevelopmentMutationVariables = Exact<{
  input: RegisterResidentialDevelopmentInput;
}>;


export type BuilderRegisterResidentialDevelopmentMutation = { registerResidentialDevelopment: { id: string, name: string, developer: string, districtCode: string, townCode: string, communityCode: string | null, households: number, deliveredOn: string, facilityAreaM2: number | null, facilityHandedOverOn: string | null, requiredFacilityAreaM2: number, compliant: boolean, area: { name: string, level: AreaLevel }, district: { name: string } } };

export type BuilderRegisterElderMutationVariables = Exact<{
  input: RegisterElderInput;
}>;


export type BuilderRegisterElderMutation = { registerElder: { personKey: string } };

export type BuilderRegisterInstitutionMutationVariables = Exact<{
  input: RegisterInstitutionInput;
}>;


export type BuilderRegisterInstitutionMutation = { registerInstitution: { code: string } };

export type BuilderAreaChildrenQueryVariables = Exact<{
  code: string | number;
}>;


export type BuilderAreaChildrenQuery = { area: { children: Array<{ code: string, name: string, level: AreaLevel }> } | null };

export type BuilderRecordAbilityAssessmentMutationVariables = Exact<{
  input: RecordAbilityAssessmentInput;
}>;


export type BuilderRecordAbilityAssessmentMutation = { recordAbilityAssessment: { id: string } };

export type BuilderAddBedsMutationVariables = Exact<{
  input: AddBedsInput;
}>;


export type BuilderAddBedsMutation = { addBeds: Array<{ id: string }> };

export type BuilderAdmitToInstitutionMutationVariables = Exact<{
  input: AdmitToInstitutionInput;
}>;


export type BuilderAdmitToInstitutionMutation = { admitToInstitution: { id: string } };

export type BuilderOpenFamilyBedMutationVariables = Exact<{
  input: OpenFamilyBedInput;
}>;


export type BuilderOpenFamilyBedMutation = { openFamilyBed: { id: string } };

export type BuilderRecordElderDeathMutationVariables = Exact<{
  personKey: string | number;
  deceasedOn: string;
}>;


export type BuilderRecordElderDeathMutation = { updateElder: { deceasedOn: string | null } };

export type BuilderRecordLotteryFundMutationVariables = Exact<{
  input: RecordLotteryFundInput;
}>;


export type BuilderRecordLotteryFundMutation = { recordLotteryFund: { id: string, areaCode: string, raisedYear: number, spendingYear: number, amountFen: number } };

export type BuilderAllocateLotteryFundMutationVariables = Exact<{
  input: AllocateLotteryFundInput;
}>;


export type BuilderAllocateLotteryFundMutation = { allocateLotteryFund: { id: string } };

export type BuilderDisburseLotteryFundMutationVariables = Exact<{
  input: DisburseLotteryFundInput;
}>;


export type BuilderDisburseLotteryFundMutation = { disburseLotteryFund: { id: string } };

export type BuilderRegisterMedicalInstitutionMutationVariables = Exact<{
  input: RegisterMedicalInstitutionInput;
}>;


export type BuilderRegisterMedicalInstitutionMutation = { registerMedicalInstitution: { code: string } };

export type BuilderAdmitToHospitalMutationVariables = Exact<{
  input: AdmitToHospitalInput;
}>;


export type BuilderAdmitToHospitalMutation = { admitToHospital: { id: string } };

export type BuilderDischargeFromHospitalMutationVariables = Exact<{
  input: DischargeFromHospitalInput;
}>;


export type BuilderDischargeFromHospitalMutation = { dischargeFromHospital: { id: string } };

export type BuilderAdmitToHospiceMutationVariables = Exact<{
  input: AdmitToHospiceInput;
}>;


export type BuilderAdmitToHospiceMutation = { admitToHospice: { id: string } };

export type BuilderDischargeFromHospiceMutationVariables = Exact<{
  input: DischargeFromHospiceInput;
}>;


export type BuilderDischargeFromHospiceMutation = { dischargeFromHospice: { id: string } };

export type BuilderOpenHomeSickbedMutationVariables = Exact<{
  input: OpenHomeSickbedInput;
}>;


export type BuilderOpenHomeSickbedMutation = { openHomeSickbed: { id: string } };

export type BuilderRecordHomeSickbedVisitMutationVariables = Exact<{
  input: RecordHomeSickbedVisitInput;
}>;


export type BuilderRecordHomeSickbedVisitMutation = { recordHomeSickbedVisit: { visitCount: number } };

export type BuilderCloseHomeSickbedMutationVariables = Exact<{
  input: CloseHomeSickbedInput;
}>;


export type BuilderCloseHomeSickbedMutation = { closeHomeSickbed: { id: string } };

export type BuilderSignCooperationAgreementMutationVariables = Exact<{
  input: SignCooperationAgreementInput;
}>;


export type BuilderSignCooperationAgreementMutation = { signCooperationAgreement: { id: string } };

export type BuilderEndCooperationAgreementMutationVariables = Exact<{
  input: EndCooperationAgreementInput;
}>;


export type BuilderEndCooperationAgreementMutation = { endCooperationAgreement: { id: string } };

export type BuilderFileInsideClinicMutationVariables = Exact<{
  input: FileInsideClinicInput;
}>;


export type BuilderFileInsideClinicMutation = { fileInsideClinic: { id: string } };

export type BuilderCloseInsideClinicMutationVariables = Exact<{
  input: CloseInsideClinicInput;
}>;


export type BuilderCloseInsideClinicMutation = { closeInsideClinic: { id: string } };

export type BuilderRegisterCaregiverMutationVariables = Exact<{
  input: RegisterCaregiverInput;
}>;


export type BuilderRegisterCaregiverMutation = { registerCaregiver: { personKey: string } };

export type BuilderRecordCaregiverCertificateMutationVariables = Exact<{
  input: RecordCaregiverCertificateInput;
}>;


export type BuilderRecordCaregiverCertificateMutation = { recordCaregiverCertificate: { id: string } };

export type BuilderOpenCaregiverTrainingProgrammeMutationVariables = Exact<{
  input: OpenCaregiverTrainingProgrammeInput;
}>;


export type BuilderOpenCaregiverTrainingProgrammeMutation = { openCaregiverTrainingProgramme: { id: string } };

export type BuilderEnrolCaregiverInTrainingMutationVariables = Exact<{
  input: EnrolCaregiverInTrainingInput;
}>;


export type BuilderEnrolCaregiverInTrainingMutation = { enrolCaregiverInTraining: { id: string } };

export type BuilderCompleteCaregiverTrainingMutationVariables = Exact<{
  input: CompleteCaregiverTrainingInput;
}>;


export type BuilderCompleteCaregiverTrainingMutation = { completeCaregiverTraining: { id: string } };

export type BuilderRecordElderCareMajorEnrolmentMutationVariables = Exact<{
  input: RecordElderCareMajorEnrolmentInput;
}>;


export type BuilderRecordElderCareMajorEnrolmentMutation = { recordElderCareMajorEnrolment: { id: string } };

export type BuilderEnrolInLtciMutationVariables = Exact<{
  input: EnrolInLtciInput;
}>;


export type BuilderEnrolInLtciMutation = { enrolInLtci: { personKey: string } };

export type BuilderChangeLtciEnrolmentStatusMutationVariables = Exact<{
  input: ChangeLtciEnrolmentStatusInput;
}>;


export type BuilderChangeLtciEnrolmentStatusMutation = { changeLtciEnrolmentStatus: { status: LtciEnrolmentStatus } };

export type BuilderRecordLtciAssessmentMutationVariables = Exact<{
  input: RecordLtciAssessmentInput;
}>;


export type BuilderRecordLtciAssessmentMutation = { recordLtciAssessment: { grade: LtciDisabilityGrade } };

export type BuilderDesignateLtciProviderMutationVariables = Exact<{
  input: DesignateLtciProviderInput;
}>;


export type BuilderDesignateLtciProviderMutation = { designateLtciProvider: { id: string, providerCode: string } };

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

export const BulkImportAssessmentsDocument = new TypedDocumentString(`
    mutation BulkImportAssessments($input: ImportAbilityAssessmentsInput!) {
  importAbilityAssessments(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportAssessmentsMutation, BulkImportAssessmentsMutationVariables>;
export const BulkAssessmentBySourceRefDocument = new TypedDocumentString(`
    query BulkAssessmentBySourceRef($source: String!, $ref: String!) {
  abilityAssessmentBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    level
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkAssessmentBySourceRefQuery, BulkAssessmentBySourceRefQueryVariables>;
export const BulkImportEldersDocument = new TypedDocumentString(`
    mutation BulkImportElders($input: ImportEldersInput!) {
  importElders(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportEldersMutation, BulkImportEldersMutationVariables>;
export const BulkElderBySourceRefDocument = new TypedDocumentString(`
    query BulkElderBySourceRef($source: String!, $ref: String!) {
  elderBySourceRef(source: $source, ref: $ref) {
    personKey
    name
    phone
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkElderBySourceRefQuery, BulkElderBySourceRefQueryVariables>;
export const BulkCivilAffairsChangesDocument = new TypedDocumentString(`
    query BulkCivilAffairsChanges($after: String) {
  civilAffairsChanges(after: $after, first: 1000) {
    items {
      entityType
      recordId
      operation
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BulkCivilAffairsChangesQuery, BulkCivilAffairsChangesQueryVariables>;
export const BulkImportLotteryFundAllocationsDocument = new TypedDocumentString(`
    mutation BulkImportLotteryFundAllocations($input: ImportLotteryFundAllocationsInput!) {
  importLotteryFundAllocations(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportLotteryFundAllocationsMutation, BulkImportLotteryFundAllocationsMutationVariables>;
export const BulkImportLotteryFundDisbursementsDocument = new TypedDocumentString(`
    mutation BulkImportLotteryFundDisbursements($input: ImportLotteryFundDisbursementsInput!) {
  importLotteryFundDisbursements(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportLotteryFundDisbursementsMutation, BulkImportLotteryFundDisbursementsMutationVariables>;
export const BulkLotteryFundAllocationBySourceRefDocument = new TypedDocumentString(`
    query BulkLotteryFundAllocationBySourceRef($source: String!, $ref: String!) {
  lotteryFundAllocationBySourceRef(source: $source, ref: $ref) {
    id
    amountFen
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLotteryFundAllocationBySourceRefQuery, BulkLotteryFundAllocationBySourceRefQueryVariables>;
export const BulkLotteryFundDisbursementBySourceRefDocument = new TypedDocumentString(`
    query BulkLotteryFundDisbursementBySourceRef($source: String!, $ref: String!) {
  lotteryFundDisbursementBySourceRef(source: $source, ref: $ref) {
    id
    amountFen
    decisionReference
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLotteryFundDisbursementBySourceRefQuery, BulkLotteryFundDisbursementBySourceRefQueryVariables>;
export const BulkLotteryFundBalanceDocument = new TypedDocumentString(`
    query BulkLotteryFundBalance($id: ID!) {
  lotteryFund(id: $id) {
    allocatedFen
    unallocatedFen
  }
}
    `) as unknown as TypedDocumentString<BulkLotteryFundBalanceQuery, BulkLotteryFundBalanceQueryVariables>;
export const BulkLotteryFundAllocationRemainderDocument = new TypedDocumentString(`
    query BulkLotteryFundAllocationRemainder($id: ID!) {
  lotteryFundAllocation(id: $id) {
    disbursedFen
    remainderFen
  }
}
    `) as unknown as TypedDocumentString<BulkLotteryFundAllocationRemainderQuery, BulkLotteryFundAllocationRemainderQueryVariables>;
export const BulkAllocateLotteryFundWithRefDocument = new TypedDocumentString(`
    mutation BulkAllocateLotteryFundWithRef($input: AllocateLotteryFundInput!) {
  allocateLotteryFund(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkAllocateLotteryFundWithRefMutation, BulkAllocateLotteryFundWithRefMutationVariables>;
export const BulkReverseLotteryFundDisbursementDocument = new TypedDocumentString(`
    mutation BulkReverseLotteryFundDisbursement($input: ReverseLotteryFundDisbursementInput!) {
  reverseLotteryFundDisbursement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkReverseLotteryFundDisbursementMutation, BulkReverseLotteryFundDisbursementMutationVariables>;
export const BulkFinanceChangesDocument = new TypedDocumentString(`
    query BulkFinanceChanges($after: String) {
  financeChanges(after: $after, first: 1000) {
    items {
      entityType
      recordId
      operation
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BulkFinanceChangesQuery, BulkFinanceChangesQueryVariables>;
export const BulkImportHospitalStaysDocument = new TypedDocumentString(`
    mutation BulkImportHospitalStays($input: ImportHospitalStaysInput!) {
  importHospitalStays(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportHospitalStaysMutation, BulkImportHospitalStaysMutationVariables>;
export const BulkImportHomeSickbedsDocument = new TypedDocumentString(`
    mutation BulkImportHomeSickbeds($input: ImportHomeSickbedsInput!) {
  importHomeSickbeds(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportHomeSickbedsMutation, BulkImportHomeSickbedsMutationVariables>;
export const BulkHospitalStayBySourceRefDocument = new TypedDocumentString(`
    query BulkHospitalStayBySourceRef($source: String!, $ref: String!) {
  hospitalStayBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    admittedOn
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkHospitalStayBySourceRefQuery, BulkHospitalStayBySourceRefQueryVariables>;
export const BulkHomeSickbedBySourceRefDocument = new TypedDocumentString(`
    query BulkHomeSickbedBySourceRef($source: String!, $ref: String!) {
  homeSickbedBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    openedOn
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkHomeSickbedBySourceRefQuery, BulkHomeSickbedBySourceRefQueryVariables>;
export const BulkHealthChangesDocument = new TypedDocumentString(`
    query BulkHealthChanges($after: String) {
  healthChanges(after: $after, first: 1000) {
    items {
      entityType
      recordId
      operation
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BulkHealthChangesQuery, BulkHealthChangesQueryVariables>;
export const BulkAdmitToHospitalWithRefDocument = new TypedDocumentString(`
    mutation BulkAdmitToHospitalWithRef($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkAdmitToHospitalWithRefMutation, BulkAdmitToHospitalWithRefMutationVariables>;
export const BulkOpenHomeSickbedWithRefDocument = new TypedDocumentString(`
    mutation BulkOpenHomeSickbedWithRef($input: OpenHomeSickbedInput!) {
  openHomeSickbed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkOpenHomeSickbedWithRefMutation, BulkOpenHomeSickbedWithRefMutationVariables>;
export const BulkImportCaregiversDocument = new TypedDocumentString(`
    mutation BulkImportCaregivers($input: ImportCaregiversInput!) {
  importCaregivers(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportCaregiversMutation, BulkImportCaregiversMutationVariables>;
export const BulkImportCaregiverCertificatesDocument = new TypedDocumentString(`
    mutation BulkImportCaregiverCertificates($input: ImportCaregiverCertificatesInput!) {
  importCaregiverCertificates(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportCaregiverCertificatesMutation, BulkImportCaregiverCertificatesMutationVariables>;
export const BulkCaregiverBySourceRefDocument = new TypedDocumentString(`
    query BulkCaregiverBySourceRef($source: String!, $ref: String!) {
  caregiverBySourceRef(source: $source, ref: $ref) {
    personKey
    name
    role
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCaregiverBySourceRefQuery, BulkCaregiverBySourceRefQueryVariables>;
export const BulkCaregiverCertificateBySourceRefDocument = new TypedDocumentString(`
    query BulkCaregiverCertificateBySourceRef($source: String!, $ref: String!) {
  caregiverCertificateBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    level
    certificateNumber
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCaregiverCertificateBySourceRefQuery, BulkCaregiverCertificateBySourceRefQueryVariables>;
export const BulkRegisterCaregiverWithRefDocument = new TypedDocumentString(`
    mutation BulkRegisterCaregiverWithRef($input: RegisterCaregiverInput!) {
  registerCaregiver(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<BulkRegisterCaregiverWithRefMutation, BulkRegisterCaregiverWithRefMutationVariables>;
export const BulkHumanResourcesChangesDocument = new TypedDocumentString(`
    query BulkHumanResourcesChanges($after: String) {
  humanResourcesChanges(after: $after, first: 1000) {
    items {
      entityType
      recordId
      operation
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BulkHumanResourcesChangesQuery, BulkHumanResourcesChangesQueryVariables>;
export const BulkImportLtciEnrolmentsDocument = new TypedDocumentString(`
    mutation BulkImportLtciEnrolments($input: ImportLtciEnrolmentsInput!) {
  importLtciEnrolments(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportLtciEnrolmentsMutation, BulkImportLtciEnrolmentsMutationVariables>;
export const BulkImportLtciAssessmentsDocument = new TypedDocumentString(`
    mutation BulkImportLtciAssessments($input: ImportLtciAssessmentsInput!) {
  importLtciAssessments(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportLtciAssessmentsMutation, BulkImportLtciAssessmentsMutationVariables>;
export const BulkImportLtciSettlementsDocument = new TypedDocumentString(`
    mutation BulkImportLtciSettlements($input: ImportLtciSettlementsInput!) {
  importLtciSettlements(input: $input) {
    created
    updated
    unchanged
    refused
    notWritten
    items {
      index
      outcome
      id
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BulkImportLtciSettlementsMutation, BulkImportLtciSettlementsMutationVariables>;
export const BulkLtciEnrolmentBySourceRefDocument = new TypedDocumentString(`
    query BulkLtciEnrolmentBySourceRef($source: String!, $ref: String!) {
  ltciEnrolmentBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    scheme
    status
    since
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLtciEnrolmentBySourceRefQuery, BulkLtciEnrolmentBySourceRefQueryVariables>;
export const BulkLtciAssessmentBySourceRefDocument = new TypedDocumentString(`
    query BulkLtciAssessmentBySourceRef($source: String!, $ref: String!) {
  ltciAssessmentBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    grade
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLtciAssessmentBySourceRefQuery, BulkLtciAssessmentBySourceRefQueryVariables>;
export const BulkLtciSettlementBySourceRefDocument = new TypedDocumentString(`
    query BulkLtciSettlementBySourceRef($source: String!, $ref: String!) {
  ltciSettlementBySourceRef(source: $source, ref: $ref) {
    id
    personKey
    month
    days
    fundFen
    sourceRef {
      source
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLtciSettlementBySourceRefQuery, BulkLtciSettlementBySourceRefQueryVariables>;
export const BulkMedicalInsuranceChangesDocument = new TypedDocumentString(`
    query BulkMedicalInsuranceChanges($after: String) {
  medicalInsuranceChanges(after: $after, first: 1000) {
    items {
      entityType
      recordId
      operation
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BulkMedicalInsuranceChangesQuery, BulkMedicalInsuranceChangesQueryVariables>;
export const BulkEnrolInLtciWithRefDocument = new TypedDocumentString(`
    mutation BulkEnrolInLtciWithRef($input: EnrolInLtciInput!) {
  enrolInLtci(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkEnrolInLtciWithRefMutation, BulkEnrolInLtciWithRefMutationVariables>;
export const BulkRecordLtciAssessmentWithRefDocument = new TypedDocumentString(`
    mutation BulkRecordLtciAssessmentWithRef($input: RecordLtciAssessmentInput!) {
  recordLtciAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkRecordLtciAssessmentWithRefMutation, BulkRecordLtciAssessmentWithRefMutationVariables>;
export const BulkSettleLtciMonthWithRefDocument = new TypedDocumentString(`
    mutation BulkSettleLtciMonthWithRef($input: SettleLtciMonthInput!) {
  settleLtciMonth(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BulkSettleLtciMonthWithRefMutation, BulkSettleLtciMonthWithRefMutationVariables>;
export const ChangeFeedCivilAffairsDocument = new TypedDocumentString(`
    query ChangeFeedCivilAffairs($after: String, $first: Int) {
  civilAffairsChanges(after: $after, first: $first) {
    items {
      entityType
      recordId
      operation
      changedAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedCivilAffairsQuery, ChangeFeedCivilAffairsQueryVariables>;
export const ChangeFeedHealthDocument = new TypedDocumentString(`
    query ChangeFeedHealth($after: String, $first: Int) {
  healthChanges(after: $after, first: $first) {
    items {
      entityType
      recordId
      operation
      changedAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedHealthQuery, ChangeFeedHealthQueryVariables>;
export const ChangeFeedMedicalInsuranceDocument = new TypedDocumentString(`
    query ChangeFeedMedicalInsurance($after: String, $first: Int) {
  medicalInsuranceChanges(after: $after, first: $first) {
    items {
      entityType
      recordId
      operation
      changedAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedMedicalInsuranceQuery, ChangeFeedMedicalInsuranceQueryVariables>;
export const ChangeFeedHumanResourcesDocument = new TypedDocumentString(`
    query ChangeFeedHumanResources($after: String, $first: Int) {
  humanResourcesChanges(after: $after, first: $first) {
    items {
      entityType
      recordId
      operation
      changedAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedHumanResourcesQuery, ChangeFeedHumanResourcesQueryVariables>;
export const ChangeFeedFinanceDocument = new TypedDocumentString(`
    query ChangeFeedFinance($after: String, $first: Int) {
  financeChanges(after: $after, first: $first) {
    items {
      entityType
      recordId
      operation
      changedAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedFinanceQuery, ChangeFeedFinanceQueryVariables>;
export const ChangeFeedUpdateElderDocument = new TypedDocumentString(`
    mutation ChangeFeedUpdateElder($personKey: ID!, $input: UpdateElderInput!) {
  updateElder(personKey: $personKey, input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedUpdateElderMutation, ChangeFeedUpdateElderMutationVariables>;
export const ChangeFeedUpdateMedicalInstitutionDocument = new TypedDocumentString(`
    mutation ChangeFeedUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {
  updateMedicalInstitution(code: $code, input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedUpdateMedicalInstitutionMutation, ChangeFeedUpdateMedicalInstitutionMutationVariables>;
export const ChangeFeedSuspendEnrolmentDocument = new TypedDocumentString(`
    mutation ChangeFeedSuspendEnrolment($input: ChangeLtciEnrolmentStatusInput!) {
  changeLtciEnrolmentStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedSuspendEnrolmentMutation, ChangeFeedSuspendEnrolmentMutationVariables>;
export const ChangeFeedAllocateDocument = new TypedDocumentString(`
    mutation ChangeFeedAllocate($input: AllocateLotteryFundInput!) {
  allocateLotteryFund(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedAllocateMutation, ChangeFeedAllocateMutationVariables>;
export const ChangeFeedRegisterElderDocument = new TypedDocumentString(`
    mutation ChangeFeedRegisterElder($input: RegisterElderInput!) {
  registerElder(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedRegisterElderMutation, ChangeFeedRegisterElderMutationVariables>;
export const ChangeFeedAuditTrailDocument = new TypedDocumentString(`
    query ChangeFeedAuditTrail($personKey: ID!) {
  civilAffairsAuditTrail(filter: {personKey: $personKey}) {
    items {
      kind
      operation
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeFeedAuditTrailQuery, ChangeFeedAuditTrailQueryVariables>;
export const AgeFriendlyDesignateDocument = new TypedDocumentString(`
    mutation AgeFriendlyDesignate($input: DesignateAgeFriendlyCommunityInput!) {
  designateAgeFriendlyCommunity(input: $input) {
    level
    designatedYear
    name
    communityCode
    townCode
    districtCode
    area {
      name
      level
    }
    district {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AgeFriendlyDesignateMutation, AgeFriendlyDesignateMutationVariables>;
export const AgeFriendlyInAreaDocument = new TypedDocumentString(`
    query AgeFriendlyInArea($code: ID!, $level: AgeFriendlyLevel) {
  area(code: $code) {
    ageFriendlyCommunities(level: $level) {
      id
      name
      level
      designatedYear
    }
  }
}
    `) as unknown as TypedDocumentString<AgeFriendlyInAreaQuery, AgeFriendlyInAreaQueryVariables>;
export const AllowancePayDocument = new TypedDocumentString(`
    mutation AllowancePay($input: RecordAllowancePaymentInput!) {
  recordAllowancePayment(input: $input) {
    kind
    month
    amountFen
    paidOn
    elder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AllowancePayMutation, AllowancePayMutationVariables>;
export const AllowancePayManyDocument = new TypedDocumentString(`
    mutation AllowancePayMany($input: RecordAllowancePaymentsInput!) {
  recordAllowancePayments(input: $input) {
    month
    amountFen
    elder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AllowancePayManyMutation, AllowancePayManyMutationVariables>;
export const AllowancesOfElderDocument = new TypedDocumentString(`
    query AllowancesOfElder($key: ID!, $year: Int) {
  elder(personKey: $key) {
    allowances(year: $year) {
      kind
      month
      amountFen
      paidOn
    }
  }
}
    `) as unknown as TypedDocumentString<AllowancesOfElderQuery, AllowancesOfElderQueryVariables>;
export const CivilAffairsAreaOnDateInstitutionDocument = new TypedDocumentString(`
    query CivilAffairsAreaOnDateInstitution($code: ID!) {
  institution(code: $code) {
    extremePovertySupport
  }
}
    `) as unknown as TypedDocumentString<CivilAffairsAreaOnDateInstitutionQuery, CivilAffairsAreaOnDateInstitutionQueryVariables>;
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
export const CareAssignDocument = new TypedDocumentString(`
    mutation CareAssign($input: AssignCaregiverInput!) {
  assignCaregiver(input: $input) {
    id
    careType
    institutionCode
  }
}
    `) as unknown as TypedDocumentString<CareAssignMutation, CareAssignMutationVariables>;
export const CareEndAssignmentDocument = new TypedDocumentString(`
    mutation CareEndAssignment($input: EndCareAssignmentInput!) {
  endCareAssignment(input: $input) {
    endedOn
  }
}
    `) as unknown as TypedDocumentString<CareEndAssignmentMutation, CareEndAssignmentMutationVariables>;
export const CareCurrentCountOfInstitutionDocument = new TypedDocumentString(`
    query CareCurrentCountOfInstitution($code: ID!) {
  institution(code: $code) {
    currentCareAssignmentCount
  }
}
    `) as unknown as TypedDocumentString<CareCurrentCountOfInstitutionQuery, CareCurrentCountOfInstitutionQueryVariables>;
export const CareAssignmentsOfElderDocument = new TypedDocumentString(`
    query CareAssignmentsOfElder($key: ID!) {
  elder(personKey: $key) {
    careAssignments {
      careType
      startedOn
      endedOn
      caregiver {
        personKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareAssignmentsOfElderQuery, CareAssignmentsOfElderQueryVariables>;
export const CareAssignmentsOfResidentDocument = new TypedDocumentString(`
    query CareAssignmentsOfResident($key: ID!) {
  elder(personKey: $key) {
    careAssignments {
      careType
      startedOn
      endedOn
      caregiver {
        __typename
        personKey
      }
      institution {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareAssignmentsOfResidentQuery, CareAssignmentsOfResidentQueryVariables>;
export const CareCurrentAssignmentsOfElderDocument = new TypedDocumentString(`
    query CareCurrentAssignmentsOfElder($key: ID!) {
  elder(personKey: $key) {
    careAssignments(currentOnly: true) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CareCurrentAssignmentsOfElderQuery, CareCurrentAssignmentsOfElderQueryVariables>;
export const CareSeededEldersWithAssignmentsDocument = new TypedDocumentString(`
    query CareSeededEldersWithAssignments($limit: Int!) {
  elders(page: {limit: $limit}) {
    items {
      currentInstitutionStay {
        institutionCode
      }
      careAssignments(currentOnly: true) {
        careType
        institutionCode
        caregiver {
          personKey
        }
        institution {
          currentCareAssignmentCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareSeededEldersWithAssignmentsQuery, CareSeededEldersWithAssignmentsQueryVariables>;
export const CommunityServicesEldersDocument = new TypedDocumentString(`
    query CommunityServicesElders($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {
  elders(page: {limit: $limit}) {
    items {
      personKey
      age
      livingSituation
      specialFamilyPlanningFamily
      economicStatus
      latestAssessment {
        level
      }
      lastVisitedOn
      visits(from: $from, to: $to) {
        visitedOn
        specialDifficulty
      }
      allowances(year: $year) {
        kind
        month
        amountFen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityServicesEldersQuery, CommunityServicesEldersQueryVariables>;
export const CommunityServicesAreasDocument = new TypedDocumentString(`
    query CommunityServicesAreas($level: AreaLevel!) {
  areas(level: $level) {
    code
    facilities(kind: MEAL_POINT) {
      starRating
    }
    facilityCounts {
      kind
      count
    }
    ageFriendlyCommunities {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityServicesAreasQuery, CommunityServicesAreasQueryVariables>;
export const CommunityServicesFacilityCountsDocument = new TypedDocumentString(`
    query CommunityServicesFacilityCounts {
  districts: areas(level: DISTRICT) {
    facilityCounts {
      kind
      count
    }
  }
  streets: areas(level: STREET) {
    facilityCounts {
      kind
      count
    }
  }
  towns: areas(level: TOWN) {
    facilityCounts {
      kind
      count
    }
  }
  city: area(code: "371000") {
    facilityCounts {
      kind
      count
    }
    facilities(kind: MEAL_POINT) {
      starRating
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityServicesFacilityCountsQuery, CommunityServicesFacilityCountsQueryVariables>;
export const ElderProfileRegisterElderDocument = new TypedDocumentString(`
    mutation ElderProfileRegisterElder($elder: RegisterElderInput!) {
  registerElder(input: $elder) {
    personKey
    sex
    birthDate
  }
}
    `) as unknown as TypedDocumentString<ElderProfileRegisterElderMutation, ElderProfileRegisterElderMutationVariables>;
export const ElderProfileRegisterInstitutionDocument = new TypedDocumentString(`
    mutation ElderProfileRegisterInstitution($home: RegisterInstitutionInput!) {
  registerInstitution(input: $home) {
    code
  }
}
    `) as unknown as TypedDocumentString<ElderProfileRegisterInstitutionMutation, ElderProfileRegisterInstitutionMutationVariables>;
export const ElderProfileByIdNumberDocument = new TypedDocumentString(`
    query ElderProfileByIdNumber($id: String!) {
  elderByIdNumber(idNumber: $id) {
    name
    maskedIdNumber
    area {
      code
      name
      level
      parent {
        name
      }
    }
    district {
      name
      fiveBedPilot
    }
    latestAssessment {
      level
      levelNumber
      assessedOn
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
    `) as unknown as TypedDocumentString<ElderProfileByIdNumberQuery, ElderProfileByIdNumberQueryVariables>;
export const ElderProfileRegistryTotalsDocument = new TypedDocumentString(`
    query ElderProfileRegistryTotals {
  elders(page: {limit: 10}) {
    total
  }
  institutions {
    total
  }
}
    `) as unknown as TypedDocumentString<ElderProfileRegistryTotalsQuery, ElderProfileRegistryTotalsQueryVariables>;
export const FacilityUpdateDocument = new TypedDocumentString(`
    mutation FacilityUpdate($id: ID!, $input: UpdateFacilityInput!) {
  updateFacility(id: $id, input: $input) {
    id
    name
    starRating
    closedOn
  }
}
    `) as unknown as TypedDocumentString<FacilityUpdateMutation, FacilityUpdateMutationVariables>;
export const FacilitiesOfAreaDocument = new TypedDocumentString(`
    query FacilitiesOfArea($code: ID!, $kind: FacilityKind) {
  area(code: $code) {
    facilities(kind: $kind) {
      id
      name
      kind
      districtCode
      townCode
    }
    facilityCounts {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<FacilitiesOfAreaQuery, FacilitiesOfAreaQueryVariables>;
export const FacilityListDocument = new TypedDocumentString(`
    query FacilityList($filter: FacilityFilter) {
  communityFacilities(filter: $filter, page: {limit: 1000}) {
    total
    items {
      id
      name
      kind
      starRating
      closedOn
      districtCode
      district {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityListQuery, FacilityListQueryVariables>;
export const FacilityByIdDocument = new TypedDocumentString(`
    query FacilityById($id: ID!) {
  communityFacility(id: $id) {
    name
    starRating
    closedOn
  }
}
    `) as unknown as TypedDocumentString<FacilityByIdQuery, FacilityByIdQueryVariables>;
export const FamilyBedOpenDocument = new TypedDocumentString(`
    mutation FamilyBedOpen($input: OpenFamilyBedInput!) {
  openFamilyBed(input: $input) {
    id
    openedOn
  }
}
    `) as unknown as TypedDocumentString<FamilyBedOpenMutation, FamilyBedOpenMutationVariables>;
export const FamilyBedCloseDocument = new TypedDocumentString(`
    mutation FamilyBedClose($input: CloseFamilyBedInput!) {
  closeFamilyBed(input: $input) {
    closedOn
    closeReason
  }
}
    `) as unknown as TypedDocumentString<FamilyBedCloseMutation, FamilyBedCloseMutationVariables>;
export const FamilyBedCountDocument = new TypedDocumentString(`
    query FamilyBedCount($area: ID) {
  currentFamilyBedCount(areaCode: $area)
}
    `) as unknown as TypedDocumentString<FamilyBedCountQuery, FamilyBedCountQueryVariables>;
export const FamilyBedsListedDocument = new TypedDocumentString(`
    query FamilyBedsListed($filter: FamilyBedFilter!) {
  familyBeds(filter: $filter, page: {limit: 1000}) {
    total
    items {
      id
      personKey
      closedOn
      elder {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyBedsListedQuery, FamilyBedsListedQueryVariables>;
export const FamilyBedProfileDocument = new TypedDocumentString(`
    query FamilyBedProfile($key: ID!, $operator: ID!) {
  elder(personKey: $key) {
    currentFamilyBed {
      openedOn
      districtCode
      townCode
      communityCode
      operator {
        name
      }
    }
    familyBeds {
      openedOn
    }
  }
  institution(code: $operator) {
    operatedFamilyBeds {
      openedOn
      elder {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyBedProfileQuery, FamilyBedProfileQueryVariables>;
export const FamilyBedHistoryDocument = new TypedDocumentString(`
    query FamilyBedHistory($key: ID!) {
  elder(personKey: $key) {
    currentFamilyBed {
      openedOn
    }
    familyBeds {
      openedOn
      closedOn
      closeReason
      operator {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyBedHistoryQuery, FamilyBedHistoryQueryVariables>;
export const FamilyBedsSeededDocument = new TypedDocumentString(`
    query FamilyBedsSeeded($limit: Int!) {
  currentFamilyBedCount
  familyBeds(page: {limit: $limit}) {
    total
    items {
      districtCode
      elder {
        districtCode
        currentInstitutionStay {
          id
        }
        currentFamilyBed {
          id
        }
      }
      operator {
        operatedFamilyBeds {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyBedsSeededQuery, FamilyBedsSeededQueryVariables>;
export const FamilyBedsSeededEldersDocument = new TypedDocumentString(`
    query FamilyBedsSeededElders {
  elders(filter: {includeDeceased: true}, page: {limit: 1}) {
    total
  }
}
    `) as unknown as TypedDocumentString<FamilyBedsSeededEldersQuery, FamilyBedsSeededEldersQueryVariables>;
export const PagingEldersByOffsetDocument = new TypedDocumentString(`
    query PagingEldersByOffset($offset: Int!, $limit: Int!) {
  elders(page: {offset: $offset, limit: $limit}) {
    items {
      personKey
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<PagingEldersByOffsetQuery, PagingEldersByOffsetQueryVariables>;
export const PagingEldersAfterDocument = new TypedDocumentString(`
    query PagingEldersAfter($after: String, $limit: Int!) {
  elders(page: {after: $after, limit: $limit}) {
    items {
      personKey
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<PagingEldersAfterQuery, PagingEldersAfterQueryVariables>;
export const PagingEldersWithTotalDocument = new TypedDocumentString(`
    query PagingEldersWithTotal($after: String, $limit: Int!) {
  elders(page: {after: $after, limit: $limit}) {
    total
    items {
      personKey
    }
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<PagingEldersWithTotalQuery, PagingEldersWithTotalQueryVariables>;
export const ResidentialDevelopmentHandoverDocument = new TypedDocumentString(`
    mutation ResidentialDevelopmentHandover($input: RecordFacilityHandoverInput!) {
  recordFacilityHandover(input: $input) {
    id
    facilityAreaM2
    facilityHandedOverOn
    requiredFacilityAreaM2
    compliant
  }
}
    `) as unknown as TypedDocumentString<ResidentialDevelopmentHandoverMutation, ResidentialDevelopmentHandoverMutationVariables>;
export const ResidentialDevelopmentByIdDocument = new TypedDocumentString(`
    query ResidentialDevelopmentById($id: ID!, $day: LocalDate) {
  residentialDevelopment(id: $id) {
    id
    name
    households
    facilityAreaM2
    facilityHandedOverOn
    requiredFacilityAreaM2
    compliant
    compliantOnDay: compliant(asOf: $day)
  }
}
    `) as unknown as TypedDocumentString<ResidentialDevelopmentByIdQuery, ResidentialDevelopmentByIdQueryVariables>;
export const ResidentialDevelopmentListDocument = new TypedDocumentString(`
    query ResidentialDevelopmentList($filter: ResidentialDevelopmentFilter, $page: PageInput) {
  residentialDevelopments(filter: $filter, page: $page) {
    total
    offset
    limit
    items {
      id
      name
      compliant
      deliveredOn
      districtCode
      townCode
      communityCode
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentialDevelopmentListQuery, ResidentialDevelopmentListQueryVariables>;
export const ResidentialDevelopmentAuditTrailDocument = new TypedDocumentString(`
    query ResidentialDevelopmentAuditTrail {
  civilAffairsAuditTrail(
    filter: {callerId: "civil-affairs-system"}
    page: {limit: 1000}
  ) {
    items {
      operation
      kind
      recordIds
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentialDevelopmentAuditTrailQuery, ResidentialDevelopmentAuditTrailQueryVariables>;
export const ResidentialDevelopmentsSeededDocument = new TypedDocumentString(`
    query ResidentialDevelopmentsSeeded {
  streets: areas(level: STREET) {
    code
  }
  all: residentialDevelopments(page: {limit: 1000}) {
    total
    items {
      townCode
      households
      deliveredOn
      facilityAreaM2
      facilityHandedOverOn
      requiredFacilityAreaM2
      compliant
    }
  }
  compliant: residentialDevelopments(filter: {compliant: true}) {
    total
  }
}
    `) as unknown as TypedDocumentString<ResidentialDevelopmentsSeededQuery, ResidentialDevelopmentsSeededQueryVariables>;
export const RunsAloneElderProfileDocument = new TypedDocumentString(`
    query RunsAloneElderProfile($key: ID!) {
  elder(personKey: $key) {
    name
    currentInstitutionStay {
      admittedOn
      institution {
        name
      }
    }
    familyBeds {
      openedOn
      closedOn
    }
  }
}
    `) as unknown as TypedDocumentString<RunsAloneElderProfileQuery, RunsAloneElderProfileQueryVariables>;
export const VisitsOfElderDocument = new TypedDocumentString(`
    query VisitsOfElder($key: ID!, $from: LocalDate, $to: LocalDate) {
  elder(personKey: $key) {
    lastVisitedOn
    visits(from: $from, to: $to) {
      visitedOn
      method
      visitorName
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsOfElderQuery, VisitsOfElderQueryVariables>;
export const WaitlistOfInstitutionDocument = new TypedDocumentString(`
    query WaitlistOfInstitution($code: ID!) {
  institutionWaitlist(institutionCode: $code) {
    position
    priorityTier
    appliedOn
    elder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistOfInstitutionQuery, WaitlistOfInstitutionQueryVariables>;
export const WaitlistViaInstitutionDocument = new TypedDocumentString(`
    query WaitlistViaInstitution($code: ID!) {
  institution(code: $code) {
    waitlist {
      position
      priorityTier
      appliedOn
      elder {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistViaInstitutionQuery, WaitlistViaInstitutionQueryVariables>;
export const WaitlistEntriesOfElderDocument = new TypedDocumentString(`
    query WaitlistEntriesOfElder($key: ID!) {
  elder(personKey: $key) {
    waitlistEntries {
      id
      status
      position
      priorityTier
      statusChangedOn
      institution {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistEntriesOfElderQuery, WaitlistEntriesOfElderQueryVariables>;
export const WaitlistWithdrawDocument = new TypedDocumentString(`
    mutation WaitlistWithdraw($input: WithdrawFromWaitlistInput!) {
  withdrawFromWaitlist(input: $input) {
    status
    statusChangedOn
    position
  }
}
    `) as unknown as TypedDocumentString<WaitlistWithdrawMutation, WaitlistWithdrawMutationVariables>;
export const WaitlistMarkAdmittedDocument = new TypedDocumentString(`
    mutation WaitlistMarkAdmitted($input: MarkWaitlistAdmittedInput!) {
  markWaitlistAdmitted(input: $input) {
    status
    statusChangedOn
    stayId
    position
  }
}
    `) as unknown as TypedDocumentString<WaitlistMarkAdmittedMutation, WaitlistMarkAdmittedMutationVariables>;
export const WaitlistsOfSeededInstitutionsDocument = new TypedDocumentString(`
    query WaitlistsOfSeededInstitutions($limit: Int!) {
  institutions(page: {limit: $limit}) {
    items {
      ownership
      waitlist {
        position
        priorityTier
        appliedOn
        elder {
          name
          waitlistEntries {
            status
            position
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistsOfSeededInstitutionsQuery, WaitlistsOfSeededInstitutionsQueryVariables>;
export const DeprecatedUnitNamesDocument = new TypedDocumentString(`
    query DeprecatedUnitNames($today: LocalDate!) {
  ltciRateTable {
    employeeFundRatioBp
    employeeFundRatioBasisPoints
    residentFundRatioBp
    residentFundRatioBasisPoints
  }
  area(code: "371083") {
    ltciFigures {
      residentActiveShareBp
      residentActiveShareBasisPoints
    }
  }
  institutions(page: {limit: 20}) {
    items {
      certifiedShare {
        targetPercent
        targetBasisPoints
      }
    }
  }
  fiveBedLinkage(
    areaCode: "371083"
    from: "2026-01-01"
    to: $today
    windowDays: 30
  ) {
    beds {
      occupancyRate
      occupancyBasisPoints
    }
  }
}
    `) as unknown as TypedDocumentString<DeprecatedUnitNamesQuery, DeprecatedUnitNamesQueryVariables>;
export const AreaOnDateLotteryFundYearFiguresDocument = new TypedDocumentString(`
    query AreaOnDateLotteryFundYearFigures($year: Int!) {
  lotteryFundFigures(raisedYear: $year) {
    areaCode
    elderCareAllocatedFen
    elderCareShare {
      met
    }
  }
}
    `) as unknown as TypedDocumentString<AreaOnDateLotteryFundYearFiguresQuery, AreaOnDateLotteryFundYearFiguresQueryVariables>;
export const LotteryFundRecordDocument = new TypedDocumentString(`
    mutation LotteryFundRecord($input: RecordLotteryFundInput!) {
  recordLotteryFund(input: $input) {
    id
    source
    areaCode
    raisedYear
    spendingYear
    amountFen
  }
}
    `) as unknown as TypedDocumentString<LotteryFundRecordMutation, LotteryFundRecordMutationVariables>;
export const LotteryFundAllocateDocument = new TypedDocumentString(`
    mutation LotteryFundAllocate($input: AllocateLotteryFundInput!) {
  allocateLotteryFund(input: $input) {
    id
    category
    programme
    areaCode
    amountFen
    remainderFen
  }
}
    `) as unknown as TypedDocumentString<LotteryFundAllocateMutation, LotteryFundAllocateMutationVariables>;
export const LotteryFundDisburseDocument = new TypedDocumentString(`
    mutation LotteryFundDisburse($input: DisburseLotteryFundInput!) {
  disburseLotteryFund(input: $input) {
    id
    amountFen
    status
    recipientKind
  }
}
    `) as unknown as TypedDocumentString<LotteryFundDisburseMutation, LotteryFundDisburseMutationVariables>;
export const LotteryFundReverseDisbursementDocument = new TypedDocumentString(`
    mutation LotteryFundReverseDisbursement($input: ReverseLotteryFundDisbursementInput!) {
  reverseLotteryFundDisbursement(input: $input) {
    id
    status
    reversedOn
    reversalReason
  }
}
    `) as unknown as TypedDocumentString<LotteryFundReverseDisbursementMutation, LotteryFundReverseDisbursementMutationVariables>;
export const LotteryFundByIdDocument = new TypedDocumentString(`
    query LotteryFundById($id: ID!) {
  lotteryFund(id: $id) {
    amountFen
    allocatedFen
    elderCareAllocatedFen
    unallocatedFen
    disbursedFen
    elderCareShare {
      elderCareFen
      retainedFen
      basisPoints
      requiredBasisPoints
      met
    }
    allocations {
      amountFen
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundByIdQuery, LotteryFundByIdQueryVariables>;
export const LotteryFundAllocationByIdDocument = new TypedDocumentString(`
    query LotteryFundAllocationById($id: ID!) {
  lotteryFundAllocation(id: $id) {
    amountFen
    disbursedFen
    remainderFen
    disbursements {
      amountFen
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundAllocationByIdQuery, LotteryFundAllocationByIdQueryVariables>;
export const LotteryFundsOfLevelAndYearDocument = new TypedDocumentString(`
    query LotteryFundsOfLevelAndYear($area: ID!, $year: Int!) {
  lotteryFunds(filter: {areaCode: $area, raisedYear: $year}) {
    amountFen
  }
}
    `) as unknown as TypedDocumentString<LotteryFundsOfLevelAndYearQuery, LotteryFundsOfLevelAndYearQueryVariables>;
export const LotteryFundAreaReportInFullDocument = new TypedDocumentString(`
    query LotteryFundAreaReportInFull($area: ID!, $year: Int!) {
  lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
    area {
      name
    }
    raisedYear
    spendingYear
    funds {
      source
      amountFen
      allocatedFen
      unallocatedFen
    }
    elderCareShare {
      elderCareFen
      retainedFen
      basisPoints
      requiredBasisPoints
      met
    }
    disbursedFen
    disbursements {
      total
      items {
        amountFen
        recipientKind
        institution {
          name
          rating
        }
        elder {
          name
        }
        programmeRecipient
        decisionReference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundAreaReportInFullQuery, LotteryFundAreaReportInFullQueryVariables>;
export const LotteryFundFiguresOfAreaAndYearDocument = new TypedDocumentString(`
    query LotteryFundFiguresOfAreaAndYear($area: ID!, $year: Int!) {
  area(code: $area) {
    name
    lotteryFundFigures(fromYear: $year, toYear: $year) {
      areaCode
      raisedYear
      spendingYear
      retainedFen
      allocatedFen
      elderCareAllocatedFen
      unallocatedFen
      disbursedFen
      elderCareShare {
        basisPoints
        met
      }
    }
  }
  lotteryFundFigures(raisedYear: $year) {
    areaCode
    retainedFen
    elderCareShare {
      basisPoints
      met
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundFiguresOfAreaAndYearQuery, LotteryFundFiguresOfAreaAndYearQueryVariables>;
export const LotteryFundPaymentsToInstitutionDocument = new TypedDocumentString(`
    query LotteryFundPaymentsToInstitution($code: ID!) {
  institution(code: $code) {
    name
    lotteryFundPayments {
      amountFen
    }
    all: lotteryFundPayments(includeReversed: true) {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundPaymentsToInstitutionQuery, LotteryFundPaymentsToInstitutionQueryVariables>;
export const LotteryFundPaymentsToElderDocument = new TypedDocumentString(`
    query LotteryFundPaymentsToElder($key: ID!) {
  elder(personKey: $key) {
    name
    lotteryFundPayments {
      amountFen
      purpose
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundPaymentsToElderQuery, LotteryFundPaymentsToElderQueryVariables>;
export const LotteryFundPaymentsToCaregiversDocument = new TypedDocumentString(`
    query LotteryFundPaymentsToCaregivers($area: ID!, $year: Int!) {
  lotteryFundDisbursements(
    filter: {fundAreaCode: $area, raisedYear: $year, recipientKind: CAREGIVER}
  ) {
    items {
      caregiver {
        personKey
        lotteryFundPayments {
          amountFen
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundPaymentsToCaregiversQuery, LotteryFundPaymentsToCaregiversQueryVariables>;
export const LotteryFundRecipientNamesDocument = new TypedDocumentString(`
    query LotteryFundRecipientNames($area: ID!, $year: Int!) {
  lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
    disbursements {
      items {
        amountFen
        institution {
          name
        }
        elder {
          name
        }
        caregiver {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundRecipientNamesQuery, LotteryFundRecipientNamesQueryVariables>;
export const LotteryFundReportAggregatesDocument = new TypedDocumentString(`
    query LotteryFundReportAggregates($area: ID!, $year: Int!) {
  lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
    funds {
      amountFen
      allocations {
        programme
        amountFen
        remainderFen
      }
    }
    elderCareShare {
      met
    }
    disbursedFen
  }
}
    `) as unknown as TypedDocumentString<LotteryFundReportAggregatesQuery, LotteryFundReportAggregatesQueryVariables>;
export const LotteryFundReportDisbursementsDocument = new TypedDocumentString(`
    query LotteryFundReportDisbursements($area: ID!, $year: Int!) {
  lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
    disbursements {
      items {
        amountFen
        purpose
        institution {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundReportDisbursementsQuery, LotteryFundReportDisbursementsQueryVariables>;
export const LotteryFundDisbursementTotalDocument = new TypedDocumentString(`
    query LotteryFundDisbursementTotal {
  lotteryFundDisbursements {
    total
  }
}
    `) as unknown as TypedDocumentString<LotteryFundDisbursementTotalQuery, LotteryFundDisbursementTotalQueryVariables>;
export const LotteryFundPaidPersonKeysDocument = new TypedDocumentString(`
    query LotteryFundPaidPersonKeys($area: ID!, $year: Int!) {
  lotteryFundDisbursements(filter: {fundAreaCode: $area, raisedYear: $year}) {
    items {
      personKey
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundPaidPersonKeysQuery, LotteryFundPaidPersonKeysQueryVariables>;
export const LotteryFundReportElderKeysDocument = new TypedDocumentString(`
    query LotteryFundReportElderKeys($area: ID!, $year: Int!) {
  lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
    disbursements {
      items {
        elder {
          personKey
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotteryFundReportElderKeysQuery, LotteryFundReportElderKeysQueryVariables>;
export const LotteryFundFinanceAuditTrailDocument = new TypedDocumentString(`
    query LotteryFundFinanceAuditTrail($key: ID!) {
  financeAuditTrail(filter: {personKey: $key}) {
    items {
      callerId
      operation
      kind
      fields
    }
  }
  financeAuditVerification {
    valid
  }
}
    `) as unknown as TypedDocumentString<LotteryFundFinanceAuditTrailQuery, LotteryFundFinanceAuditTrailQueryVariables>;
export const SeededLotteryFundFiguresDocument = new TypedDocumentString(`
    query SeededLotteryFundFigures($year: Int!) {
  lotteryFundFigures(raisedYear: $year) {
    areaCode
    spendingYear
    retainedFen
    allocatedFen
    disbursedFen
    elderCareShare {
      basisPoints
      met
    }
  }
}
    `) as unknown as TypedDocumentString<SeededLotteryFundFiguresQuery, SeededLotteryFundFiguresQueryVariables>;
export const SeededLotteryFundRecipientsDocument = new TypedDocumentString(`
    query SeededLotteryFundRecipients {
  institutions: lotteryFundDisbursements(
    filter: {recipientKind: INSTITUTION}
    page: {limit: 1000}
  ) {
    total
    items {
      institution {
        code
        name
      }
    }
  }
  elders: lotteryFundDisbursements(
    filter: {recipientKind: ELDER}
    page: {limit: 1000}
  ) {
    total
    items {
      elder {
        personKey
        name
      }
    }
  }
  caregivers: lotteryFundDisbursements(
    filter: {recipientKind: CAREGIVER}
    page: {limit: 1000}
  ) {
    total
    items {
      decidingDepartment
      caregiver {
        personKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededLotteryFundRecipientsQuery, SeededLotteryFundRecipientsQueryVariables>;
export const SeededLotteryFundDecisionsDocument = new TypedDocumentString(`
    query SeededLotteryFundDecisions {
  lotteryFundDisbursements(page: {limit: 1000}) {
    total
    items {
      decidingDepartment
      decisionReference
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SeededLotteryFundDecisionsQuery, SeededLotteryFundDecisionsQueryVariables>;
export const SeededLotteryFundsWithPageDocument = new TypedDocumentString(`
    query SeededLotteryFundsWithPage($year: Int!, $limit: Int!) {
  lotteryFunds(filter: {raisedYear: $year}) {
    amountFen
    allocatedFen
    unallocatedFen
    disbursedFen
    elderCareShare {
      met
    }
    allocations {
      amountFen
      disbursedFen
      remainderFen
      fund {
        areaCode
      }
    }
  }
  lotteryFundDisbursements(filter: {raisedYear: $year}, page: {limit: $limit}) {
    items {
      amountFen
      allocation {
        programme
        remainderFen
      }
      personKey
    }
  }
}
    `) as unknown as TypedDocumentString<SeededLotteryFundsWithPageQuery, SeededLotteryFundsWithPageQueryVariables>;
export const FiveBedCloseFamilyBedDocument = new TypedDocumentString(`
    mutation FiveBedCloseFamilyBed($input: CloseFamilyBedInput!) {
  closeFamilyBed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FiveBedCloseFamilyBedMutation, FiveBedCloseFamilyBedMutationVariables>;
export const FiveBedDischargeFromInstitutionDocument = new TypedDocumentString(`
    mutation FiveBedDischargeFromInstitution($input: DischargeFromInstitutionInput!) {
  dischargeFromInstitution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FiveBedDischargeFromInstitutionMutation, FiveBedDischargeFromInstitutionMutationVariables>;
export const FiveBedSettleLtciMonthDocument = new TypedDocumentString(`
    mutation FiveBedSettleLtciMonth($input: SettleLtciMonthInput!) {
  settleLtciMonth(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FiveBedSettleLtciMonthMutation, FiveBedSettleLtciMonthMutationVariables>;
export const FiveBedLinkageOfAreaDocument = new TypedDocumentString(`
    query FiveBedLinkageOfArea($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {
  fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {
    areaCode
    from
    to
    windowDays
    pilot
    area {
      name
    }
    beds {
      kind
      capacity
      occupied
      occupancyBasisPoints
    }
    transfers {
      from
      to
      count
    }
    hospitalDischarges
    hospitalDischargesWithNextBed
    hospitalDischargesWithoutNextBed
    medianDaysToNextBed
    p90DaysToNextBed
  }
}
    `) as unknown as TypedDocumentString<FiveBedLinkageOfAreaQuery, FiveBedLinkageOfAreaQueryVariables>;
export const FiveBedLinkageDefaultPeriodDocument = new TypedDocumentString(`
    query FiveBedLinkageDefaultPeriod {
  fiveBedLinkage(areaCode: "371002") {
    from
    to
    windowDays
    pilot
  }
}
    `) as unknown as TypedDocumentString<FiveBedLinkageDefaultPeriodQuery, FiveBedLinkageDefaultPeriodQueryVariables>;
export const FiveBedJourneyOfElderDocument = new TypedDocumentString(`
    query FiveBedJourneyOfElder($key: ID!) {
  elder(personKey: $key) {
    fiveBedJourney {
      kind
      startedOn
      endedOn
      facilityCode
      institution {
        name
      }
      medicalInstitution {
        code
        name
      }
      ltciCareForm
    }
    currentFiveBed {
      kind
      startedOn
      facilityCode
    }
  }
}
    `) as unknown as TypedDocumentString<FiveBedJourneyOfElderQuery, FiveBedJourneyOfElderQueryVariables>;
export const FiveBedCurrentOfElderDocument = new TypedDocumentString(`
    query FiveBedCurrentOfElder($key: ID!) {
  elder(personKey: $key) {
    currentFiveBed {
      kind
      startedOn
    }
  }
}
    `) as unknown as TypedDocumentString<FiveBedCurrentOfElderQuery, FiveBedCurrentOfElderQueryVariables>;
export const FiveBedJourneyAuditTrailDocument = new TypedDocumentString(`
    query FiveBedJourneyAuditTrail($key: ID!) {
  jointMeetingAuditTrail(filter: {personKey: $key, callerId: "health-system"}) {
    items {
      operation
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<FiveBedJourneyAuditTrailQuery, FiveBedJourneyAuditTrailQueryVariables>;
export const ParityElderDocument = new TypedDocumentString(`
    query ParityElder($id: String!) {
  elderByIdNumber(idNumber: $id) {
    personKey
    name
    maskedIdNumber
    age
    area {
      name
      level
      parent {
        name
      }
    }
    latestAssessment {
      level
      levelNumber
      assessedOn
      assessor
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
    `) as unknown as TypedDocumentString<ParityElderQuery, ParityElderQueryVariables>;
export const ParityElderAcrossDepartmentsDocument = new TypedDocumentString(`
    query ParityElderAcrossDepartments($id: String!) {
  elderByIdNumber(idNumber: $id) {
    name
    age
    latestAssessment {
      level
    }
    currentInstitutionStay {
      institution {
        name
        rating
        medicalCareIntegrated
        ltciDesignation {
          designatedFrom
        }
        certifiedShare {
          ratio
        }
      }
    }
    hospitalStays {
      admittedOn
      dischargedOn
    }
    latestLtciGrade
    ltciSettlements(year: 2026) {
      month
      careForm
      fundFen
      selfPaidFen
    }
    careAssignments {
      caregiver {
        name
        role
        certificates {
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParityElderAcrossDepartmentsQuery, ParityElderAcrossDepartmentsQueryVariables>;
export const ParityElderFiveBedDocument = new TypedDocumentString(`
    query ParityElderFiveBed($id: String!) {
  elderByIdNumber(idNumber: $id) {
    currentFiveBed {
      kind
      startedOn
    }
    fiveBedJourney {
      kind
      startedOn
      endedOn
      institution {
        name
      }
      medicalInstitution {
        name
      }
      ltciCareForm
    }
  }
}
    `) as unknown as TypedDocumentString<ParityElderFiveBedQuery, ParityElderFiveBedQueryVariables>;
export const ParityInstitutionsDocument = new TypedDocumentString(`
    query ParityInstitutions {
  institutions(filter: {areaCode: "371083", minRating: 3}, page: {limit: 20}) {
    total
    items {
      code
      name
      ownership
      rating
      offersHomeVisits
      bedCounts {
        kind
        capacity
        occupied
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParityInstitutionsQuery, ParityInstitutionsQueryVariables>;
export const ParityLotteryFundDocument = new TypedDocumentString(`
    query ParityLotteryFund {
  lotteryFundAreaReport(areaCode: "371083", raisedYear: 2025) {
    funds {
      source
      amountFen
      allocatedFen
    }
    elderCareShare {
      elderCareFen
      retainedFen
      basisPoints
      met
    }
    disbursedFen
  }
}
    `) as unknown as TypedDocumentString<ParityLotteryFundQuery, ParityLotteryFundQueryVariables>;
export const ParityFiveBedLinkageDocument = new TypedDocumentString(`
    query ParityFiveBedLinkage {
  fiveBedLinkage(
    areaCode: "371083"
    from: "2026-07-01"
    to: "2026-09-30"
    windowDays: 30
  ) {
    pilot
    beds {
      kind
      capacity
      occupied
      occupiedSuppressed
      occupancyBasisPoints
    }
    transfers {
      from
      to
      count
      countSuppressed
    }
    hospitalDischarges
    hospitalDischargesWithoutNextBed
    hospitalDischargesWithoutNextBedSuppressed
    medianDaysToNextBed
    p90DaysToNextBed
  }
}
    `) as unknown as TypedDocumentString<ParityFiveBedLinkageQuery, ParityFiveBedLinkageQueryVariables>;
export const ParityIndicatorReportDocument = new TypedDocumentString(`
    query ParityIndicatorReport {
  indicatorAreas(asOf: "2025-12-31") {
    area {
      name
      fiveBedPilot
    }
    indicators {
      code
      definition {
        nameZh
        nameEn
        unit
        deadline
        baseline2020
      }
      numerator
      denominator
      value
      target
      status
      breakdowns {
        key
        label
        numerator
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParityIndicatorReportQuery, ParityIndicatorReportQueryVariables>;
export const ParityEldersInCareDocument = new TypedDocumentString(`
    query ParityEldersInCare {
  elders(page: {limit: 500}) {
    items {
      idNumber
      currentInstitutionStay {
        admittedOn
      }
      hospitalStays {
        admittedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParityEldersInCareQuery, ParityEldersInCareQueryVariables>;
export const HealthAccessRegisterMedicalInstitutionDocument = new TypedDocumentString(`
    mutation HealthAccessRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {
  registerMedicalInstitution(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<HealthAccessRegisterMedicalInstitutionMutation, HealthAccessRegisterMedicalInstitutionMutationVariables>;
export const HealthAccessAdmitToHospitalDocument = new TypedDocumentString(`
    mutation HealthAccessAdmitToHospital($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HealthAccessAdmitToHospitalMutation, HealthAccessAdmitToHospitalMutationVariables>;
export const HealthAccessMedicalInstitutionTotalDocument = new TypedDocumentString(`
    query HealthAccessMedicalInstitutionTotal {
  medicalInstitutions {
    total
  }
}
    `) as unknown as TypedDocumentString<HealthAccessMedicalInstitutionTotalQuery, HealthAccessMedicalInstitutionTotalQueryVariables>;
export const HealthAccessPatientRecordsDocument = new TypedDocumentString(`
    query HealthAccessPatientRecords($personKey: ID!) {
  elder(personKey: $personKey) {
    personKey
    hospitalStays {
      admittedOn
    }
    homeSickbeds {
      openedOn
    }
    hospiceStays {
      admittedOn
    }
    currentHealthBed {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAccessPatientRecordsQuery, HealthAccessPatientRecordsQueryVariables>;
export const HealthAccessHospitalStaysDocument = new TypedDocumentString(`
    query HealthAccessHospitalStays($personKey: ID!) {
  elder(personKey: $personKey) {
    personKey
    hospitalStays {
      admittedOn
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAccessHospitalStaysQuery, HealthAccessHospitalStaysQueryVariables>;
export const HealthAccessSharedRecordsDocument = new TypedDocumentString(`
    query HealthAccessSharedRecords($code: ID!) {
  medicalInstitutions(page: {limit: 3}) {
    items {
      name
      bedCounts {
        kind
        occupied
      }
    }
  }
  institution(code: $code) {
    medicalCareIntegrated
    cooperationAgreements {
      services
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAccessSharedRecordsQuery, HealthAccessSharedRecordsQueryVariables>;
export const HealthAccessAreaFiguresDocument = new TypedDocumentString(`
    query HealthAccessAreaFigures {
  areas(level: DISTRICT) {
    code
    hospiceProviderCount
    internetNursingCoverage {
      shareBasisPoints
    }
    healthBedCounts {
      kind
      capacity
      occupied
    }
  }
  medicalInstitutions {
    total
  }
}
    `) as unknown as TypedDocumentString<HealthAccessAreaFiguresQuery, HealthAccessAreaFiguresQueryVariables>;
export const HealthAccessAuditTrailDocument = new TypedDocumentString(`
    query HealthAccessAuditTrail($personKey: ID!) {
  healthAuditTrail(filter: {personKey: $personKey}) {
    items {
      callerId
      kind
      fields
    }
  }
  healthAuditVerification {
    valid
  }
}
    `) as unknown as TypedDocumentString<HealthAccessAuditTrailQuery, HealthAccessAuditTrailQueryVariables>;
export const HealthAccessAuditEntriesOfDocument = new TypedDocumentString(`
    query HealthAccessAuditEntriesOf($callerId: String!, $from: String!) {
  healthAuditTrail(filter: {callerId: $callerId, from: $from}) {
    items {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAccessAuditEntriesOfQuery, HealthAccessAuditEntriesOfQueryVariables>;
export const HealthAccessAuditTotalDocument = new TypedDocumentString(`
    query HealthAccessAuditTotal {
  healthAuditTrail {
    total
  }
}
    `) as unknown as TypedDocumentString<HealthAccessAuditTotalQuery, HealthAccessAuditTotalQueryVariables>;
export const AreaOnDateHealthUpdateMedicalInstitutionDocument = new TypedDocumentString(`
    mutation AreaOnDateHealthUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {
  updateMedicalInstitution(code: $code, input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<AreaOnDateHealthUpdateMedicalInstitutionMutation, AreaOnDateHealthUpdateMedicalInstitutionMutationVariables>;
export const HealthBedsAdmitToHospitalDocument = new TypedDocumentString(`
    mutation HealthBedsAdmitToHospital($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
    personKey
    admittedOn
    dischargedOn
    medicalInstitution {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HealthBedsAdmitToHospitalMutation, HealthBedsAdmitToHospitalMutationVariables>;
export const HealthBedsDischargeFromHospitalDocument = new TypedDocumentString(`
    mutation HealthBedsDischargeFromHospital($input: DischargeFromHospitalInput!) {
  dischargeFromHospital(input: $input) {
    dischargedOn
    dischargeDestination
  }
}
    `) as unknown as TypedDocumentString<HealthBedsDischargeFromHospitalMutation, HealthBedsDischargeFromHospitalMutationVariables>;
export const HealthBedsAdmitToHospiceDocument = new TypedDocumentString(`
    mutation HealthBedsAdmitToHospice($input: AdmitToHospiceInput!) {
  admitToHospice(input: $input) {
    id
    admittedOn
  }
}
    `) as unknown as TypedDocumentString<HealthBedsAdmitToHospiceMutation, HealthBedsAdmitToHospiceMutationVariables>;
export const HealthBedsDischargeFromHospiceDocument = new TypedDocumentString(`
    mutation HealthBedsDischargeFromHospice($input: DischargeFromHospiceInput!) {
  dischargeFromHospice(input: $input) {
    dischargedOn
    dischargeReason
  }
}
    `) as unknown as TypedDocumentString<HealthBedsDischargeFromHospiceMutation, HealthBedsDischargeFromHospiceMutationVariables>;
export const HealthBedsOpenHomeSickbedDocument = new TypedDocumentString(`
    mutation HealthBedsOpenHomeSickbed($input: OpenHomeSickbedInput!) {
  openHomeSickbed(input: $input) {
    id
    districtCode
    townCode
    visitCount
  }
}
    `) as unknown as TypedDocumentString<HealthBedsOpenHomeSickbedMutation, HealthBedsOpenHomeSickbedMutationVariables>;
export const HealthBedsRecordHomeSickbedVisitDocument = new TypedDocumentString(`
    mutation HealthBedsRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
  recordHomeSickbedVisit(input: $input) {
    visitCount
    lastVisitedOn
  }
}
    `) as unknown as TypedDocumentString<HealthBedsRecordHomeSickbedVisitMutation, HealthBedsRecordHomeSickbedVisitMutationVariables>;
export const HealthBedsCloseHomeSickbedDocument = new TypedDocumentString(`
    mutation HealthBedsCloseHomeSickbed($input: CloseHomeSickbedInput!) {
  closeHomeSickbed(input: $input) {
    closedOn
    closeReason
  }
}
    `) as unknown as TypedDocumentString<HealthBedsCloseHomeSickbedMutation, HealthBedsCloseHomeSickbedMutationVariables>;
export const HealthBedsBedCountsDocument = new TypedDocumentString(`
    query HealthBedsBedCounts($code: ID!) {
  medicalInstitution(code: $code) {
    bedCounts {
      kind
      capacity
      occupied
    }
  }
}
    `) as unknown as TypedDocumentString<HealthBedsBedCountsQuery, HealthBedsBedCountsQueryVariables>;
export const HealthBedsJourneyDocument = new TypedDocumentString(`
    query HealthBedsJourney($id: String!) {
  elderByIdNumber(idNumber: $id) {
    name
    age
    area {
      name
    }
    hospitalStays {
      admittedOn
      dischargedOn
      dischargeDestination
      medicalInstitution {
        name
        level
      }
    }
    homeSickbeds {
      openedOn
      closedOn
      closeReason
      visitCount
      medicalInstitution {
        name
      }
    }
    hospiceStays {
      admittedOn
      dischargedOn
      dischargeReason
      medicalInstitution {
        name
      }
    }
    currentHealthBed {
      __typename
      ... on HospitalStay {
        admittedOn
      }
      ... on HomeSickbed {
        openedOn
      }
      ... on HospiceStay {
        admittedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthBedsJourneyQuery, HealthBedsJourneyQueryVariables>;
export const MedicalCareIntegrationSignDocument = new TypedDocumentString(`
    mutation MedicalCareIntegrationSign($input: SignCooperationAgreementInput!) {
  signCooperationAgreement(input: $input) {
    id
    validFrom
    validTo
    inForce
    ended
    services
    medicalInstitution {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationSignMutation, MedicalCareIntegrationSignMutationVariables>;
export const MedicalCareIntegrationEndDocument = new TypedDocumentString(`
    mutation MedicalCareIntegrationEnd($input: EndCooperationAgreementInput!) {
  endCooperationAgreement(input: $input) {
    endedOn
    inForce
    ended
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationEndMutation, MedicalCareIntegrationEndMutationVariables>;
export const MedicalCareIntegrationFileClinicDocument = new TypedDocumentString(`
    mutation MedicalCareIntegrationFileClinic($input: FileInsideClinicInput!) {
  fileInsideClinic(input: $input) {
    id
    name
    kind
    filedOn
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationFileClinicMutation, MedicalCareIntegrationFileClinicMutationVariables>;
export const MedicalCareIntegrationCloseClinicDocument = new TypedDocumentString(`
    mutation MedicalCareIntegrationCloseClinic($input: CloseInsideClinicInput!) {
  closeInsideClinic(input: $input) {
    closedOn
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationCloseClinicMutation, MedicalCareIntegrationCloseClinicMutationVariables>;
export const MedicalCareIntegrationInstitutionDocument = new TypedDocumentString(`
    query MedicalCareIntegrationInstitution($code: ID!) {
  institution(code: $code) {
    name
    rating
    medicalCareIntegrated
    cooperationAgreements {
      validFrom
      services
      inForce
      medicalInstitution {
        name
        kind
      }
    }
    insideClinic {
      name
      kind
      filingNumber
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationInstitutionQuery, MedicalCareIntegrationInstitutionQueryVariables>;
export const MedicalCareIntegrationAgreementsWithEndedDocument = new TypedDocumentString(`
    query MedicalCareIntegrationAgreementsWithEnded($code: ID!) {
  institution(code: $code) {
    medicalCareIntegrated
    cooperationAgreements {
      id
    }
    all: cooperationAgreements(includeEnded: true) {
      endedOn
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalCareIntegrationAgreementsWithEndedQuery, MedicalCareIntegrationAgreementsWithEndedQueryVariables>;
export const MedicalInstitutionRegisterDocument = new TypedDocumentString(`
    mutation MedicalInstitutionRegister($input: RegisterMedicalInstitutionInput!) {
  registerMedicalInstitution(input: $input) {
    code
    name
    districtCode
    townCode
    level
    hospiceProvider
    internetNursing
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionRegisterMutation, MedicalInstitutionRegisterMutationVariables>;
export const MedicalInstitutionUpdateDocument = new TypedDocumentString(`
    mutation MedicalInstitutionUpdate($code: ID!, $input: UpdateMedicalInstitutionInput!) {
  updateMedicalInstitution(code: $code, input: $input) {
    medicalBeds
    internetNursing
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionUpdateMutation, MedicalInstitutionUpdateMutationVariables>;
export const MedicalInstitutionsInAreaDocument = new TypedDocumentString(`
    query MedicalInstitutionsInArea($area: ID!) {
  medicalInstitutions(filter: {areaCode: $area}) {
    total
    items {
      name
      level
      district {
        code
      }
      town {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionsInAreaQuery, MedicalInstitutionsInAreaQueryVariables>;
export const MedicalInstitutionTotalDocument = new TypedDocumentString(`
    query MedicalInstitutionTotal {
  medicalInstitutions {
    total
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionTotalQuery, MedicalInstitutionTotalQueryVariables>;
export const MedicalInstitutionsFilteredDocument = new TypedDocumentString(`
    query MedicalInstitutionsFiltered($area: ID!) {
  medicalInstitutions(filter: {areaCode: $area, isPublic: false}) {
    items {
      name
    }
  }
  hospice: medicalInstitutions(
    filter: {areaCode: $area, hospiceProvider: true, minLevel: 2}
  ) {
    items {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionsFilteredQuery, MedicalInstitutionsFilteredQueryVariables>;
export const MedicalInstitutionAreaFiguresDocument = new TypedDocumentString(`
    query MedicalInstitutionAreaFigures($town: ID!) {
  areas(level: DISTRICT) {
    code
    name
    hospiceProviderCount
    internetNursingCoverage {
      eligible
      offering
      shareBasisPoints
      targetBasisPoints
      met
    }
    healthBedCounts {
      kind
      capacity
      occupied
    }
    openHomeSickbedCount
  }
  town: area(code: $town) {
    code
    hospiceProviderCount
    healthBedCounts {
      kind
      capacity
      occupied
    }
  }
  city: area(code: "371000") {
    hospiceProviderCount
    internetNursingCoverage {
      eligible
      offering
      shareBasisPoints
      targetBasisPoints
      met
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionAreaFiguresQuery, MedicalInstitutionAreaFiguresQueryVariables>;
export const MedicalInstitutionCityCoverageDocument = new TypedDocumentString(`
    query MedicalInstitutionCityCoverage {
  area(code: "371000") {
    internetNursingCoverage {
      eligible
      offering
      shareBasisPoints
      targetBasisPoints
      met
    }
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionCityCoverageQuery, MedicalInstitutionCityCoverageQueryVariables>;
export const MedicalInstitutionBedStockDocument = new TypedDocumentString(`
    query MedicalInstitutionBedStock($code: ID!) {
  medicalInstitution(code: $code) {
    medicalBeds
  }
}
    `) as unknown as TypedDocumentString<MedicalInstitutionBedStockQuery, MedicalInstitutionBedStockQueryVariables>;
export const SeededHealthEldersWithHealthBedsDocument = new TypedDocumentString(`
    query SeededHealthEldersWithHealthBeds($limit: Int!) {
  elders(page: {limit: $limit}) {
    items {
      personKey
      districtCode
      hospitalStays {
        admittedOn
        dischargedOn
        dischargeDestination
        medicalInstitution {
          code
          name
        }
      }
      homeSickbeds {
        openedOn
        closedOn
        visitCount
        medicalInstitution {
          name
        }
      }
      hospiceStays {
        admittedOn
        dischargedOn
        medicalInstitution {
          name
          hospiceProvider
        }
      }
      currentHealthBed {
        __typename
        ... on HospitalStay {
          admittedOn
        }
        ... on HomeSickbed {
          openedOn
        }
        ... on HospiceStay {
          admittedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededHealthEldersWithHealthBedsQuery, SeededHealthEldersWithHealthBedsQueryVariables>;
export const SeededHealthMedicalInstitutionsDocument = new TypedDocumentString(`
    query SeededHealthMedicalInstitutions {
  medicalInstitutions(page: {limit: 1000}) {
    total
    items {
      code
      bedCounts {
        kind
        capacity
        occupied
      }
    }
  }
  areas(level: DISTRICT) {
    code
    hospiceProviderCount
    internetNursingCoverage {
      eligible
      offering
    }
  }
}
    `) as unknown as TypedDocumentString<SeededHealthMedicalInstitutionsQuery, SeededHealthMedicalInstitutionsQueryVariables>;
export const SeededHealthIntegratedInstitutionsDocument = new TypedDocumentString(`
    query SeededHealthIntegratedInstitutions {
  institutions(page: {limit: 1000}) {
    total
    items {
      code
      rating
      medicalCareIntegrated
      cooperationAgreements {
        inForce
        medicalInstitution {
          code
        }
      }
      insideClinic {
        filedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededHealthIntegratedInstitutionsQuery, SeededHealthIntegratedInstitutionsQueryVariables>;
export const WorkforceAreaOnDateDesignatedStaffDocument = new TypedDocumentString(`
    query WorkforceAreaOnDateDesignatedStaff($asOf: LocalDate!) {
  indicatorAreas(asOf: $asOf, areaCodes: ["371083", "371000"]) {
    areaCode
    asOf
    indicators(codes: ["M20-LTC"]) {
      numerator
      denominator
    }
  }
}
    `) as unknown as TypedDocumentString<WorkforceAreaOnDateDesignatedStaffQuery, WorkforceAreaOnDateDesignatedStaffQueryVariables>;
export const WorkforceAreaOnDateTrainingGoalsDocument = new TypedDocumentString(`
    query WorkforceAreaOnDateTrainingGoals {
  caregiverTrainingGoals {
    from
    yearFrom
    caregiversTrained
    caregiversTrainedInGoalYear
    socialWorkersTrained
    socialWorkersTrainedInGoalYear
  }
}
    `) as unknown as TypedDocumentString<WorkforceAreaOnDateTrainingGoalsQuery, WorkforceAreaOnDateTrainingGoalsQueryVariables>;
export const CaregiverRegisterDocument = new TypedDocumentString(`
    mutation CaregiverRegister($input: RegisterCaregiverInput!) {
  registerCaregiver(input: $input) {
    personKey
    name
    sex
    birthDate
    role
    districtCode
    employerCode
  }
}
    `) as unknown as TypedDocumentString<CaregiverRegisterMutation, CaregiverRegisterMutationVariables>;
export const CaregiverProfileDocument = new TypedDocumentString(`
    query CaregiverProfile($key: ID!) {
  caregiver(personKey: $key) {
    name
    sex
    birthDate
    role
    districtCode
    employer {
      code
    }
    certified
    certificates {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverProfileQuery, CaregiverProfileQueryVariables>;
export const CaregiverByIdNumberDocument = new TypedDocumentString(`
    query CaregiverByIdNumber($id: String!) {
  caregiverByIdNumber(idNumber: $id) {
    sex
    districtCode
    employer {
      code
    }
    graduationYear
  }
}
    `) as unknown as TypedDocumentString<CaregiverByIdNumberQuery, CaregiverByIdNumberQueryVariables>;
export const CaregiverMaskedIdentityDocument = new TypedDocumentString(`
    query CaregiverMaskedIdentity($key: ID!) {
  caregiver(personKey: $key) {
    name
    idNumber
    phone
  }
}
    `) as unknown as TypedDocumentString<CaregiverMaskedIdentityQuery, CaregiverMaskedIdentityQueryVariables>;
export const CaregiverCountDocument = new TypedDocumentString(`
    query CaregiverCount {
  caregivers(filter: {includeFormer: true}) {
    total
  }
}
    `) as unknown as TypedDocumentString<CaregiverCountQuery, CaregiverCountQueryVariables>;
export const CaregiverCertifyDocument = new TypedDocumentString(`
    mutation CaregiverCertify($input: RecordCaregiverCertificateInput!) {
  recordCaregiverCertificate(input: $input) {
    id
    kind
    level
    levelRank
    validToday
  }
}
    `) as unknown as TypedDocumentString<CaregiverCertifyMutation, CaregiverCertifyMutationVariables>;
export const CaregiverCertificateNumbersDocument = new TypedDocumentString(`
    query CaregiverCertificateNumbers($key: ID!) {
  caregiver(personKey: $key) {
    certified
    certificates {
      certificateNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverCertificateNumbersQuery, CaregiverCertificateNumbersQueryVariables>;
export const CaregiverInstitutionShareDocument = new TypedDocumentString(`
    query CaregiverInstitutionShare($code: ID!) {
  institution(code: $code) {
    name
    certifiedShare {
      numerator
      denominator
      ratio
      targetBasisPoints
      deadline
      targetMet
    }
    longTermCarerShare {
      numerator
      denominator
      targetBasisPoints
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverInstitutionShareQuery, CaregiverInstitutionShareQueryVariables>;
export const CaregiverAssignToElderDocument = new TypedDocumentString(`
    mutation CaregiverAssignToElder($input: AssignCaregiverInput!) {
  assignCaregiver(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaregiverAssignToElderMutation, CaregiverAssignToElderMutationVariables>;
export const CaregiverElderServedDocument = new TypedDocumentString(`
    query CaregiverElderServed($key: ID!, $home: ID!) {
  elder(personKey: $key) {
    name
    careAssignments {
      careType
      caregiver {
        name
        role
        certified
        certificates {
          level
        }
        employer {
          name
          certifiedShare {
            numerator
            denominator
          }
        }
      }
    }
  }
  institution(code: $home) {
    name
    certifiedShare {
      numerator
      denominator
      ratio
      targetMet
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverElderServedQuery, CaregiverElderServedQueryVariables>;
export const CaregiverOfElderCertificatesDocument = new TypedDocumentString(`
    query CaregiverOfElderCertificates($key: ID!) {
  elder(personKey: $key) {
    careAssignments {
      caregiver {
        certified
        certificates {
          level
          issuedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverOfElderCertificatesQuery, CaregiverOfElderCertificatesQueryVariables>;
export const CaregiverOpenProgrammeDocument = new TypedDocumentString(`
    mutation CaregiverOpenProgramme($input: OpenCaregiverTrainingProgrammeInput!) {
  openCaregiverTrainingProgramme(input: $input) {
    id
    year
    kind
  }
}
    `) as unknown as TypedDocumentString<CaregiverOpenProgrammeMutation, CaregiverOpenProgrammeMutationVariables>;
export const CaregiverEnrolDocument = new TypedDocumentString(`
    mutation CaregiverEnrol($input: EnrolCaregiverInTrainingInput!) {
  enrolCaregiverInTraining(input: $input) {
    id
    districtCode
    enrolledOn
    completedOn
    programme {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverEnrolMutation, CaregiverEnrolMutationVariables>;
export const CaregiverCompleteTrainingDocument = new TypedDocumentString(`
    mutation CaregiverCompleteTraining($input: CompleteCaregiverTrainingInput!) {
  completeCaregiverTraining(input: $input) {
    id
    completedOn
  }
}
    `) as unknown as TypedDocumentString<CaregiverCompleteTrainingMutation, CaregiverCompleteTrainingMutationVariables>;
export const CaregiverTrainingCountsDocument = new TypedDocumentString(`
    query CaregiverTrainingCounts {
  caregiverTrainingProgrammes(filter: {year: 2025}) {
    id
    enrolmentCount
    completionCount
  }
  area(code: "371082") {
    caregiverTraineesCompleted(year: 2025)
  }
}
    `) as unknown as TypedDocumentString<CaregiverTrainingCountsQuery, CaregiverTrainingCountsQueryVariables>;
export const CaregiverOwnEnrolmentsDocument = new TypedDocumentString(`
    query CaregiverOwnEnrolments($key: ID!) {
  caregiver(personKey: $key) {
    trainingEnrolments {
      completedOn
      programme {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverOwnEnrolmentsQuery, CaregiverOwnEnrolmentsQueryVariables>;
export const CaregiverDecideSubsidyDocument = new TypedDocumentString(`
    mutation CaregiverDecideSubsidy($input: DecideCaregiverSubsidyInput!) {
  decideCaregiverSubsidy(input: $input) {
    id
    decisionReference
    kind
    occasion
    amountFen
    status
    paymentReference
    employerCode
    districtCode
  }
}
    `) as unknown as TypedDocumentString<CaregiverDecideSubsidyMutation, CaregiverDecideSubsidyMutationVariables>;
export const CaregiverPaySubsidyDocument = new TypedDocumentString(`
    mutation CaregiverPaySubsidy($input: RecordCaregiverSubsidyPaymentInput!) {
  recordCaregiverSubsidyPayment(input: $input) {
    status
    paymentReference
    paidOn
  }
}
    `) as unknown as TypedDocumentString<CaregiverPaySubsidyMutation, CaregiverPaySubsidyMutationVariables>;
export const CaregiverSubsidiesOfDocument = new TypedDocumentString(`
    query CaregiverSubsidiesOf($key: ID!) {
  caregiver(personKey: $key) {
    subsidies {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverSubsidiesOfQuery, CaregiverSubsidiesOfQueryVariables>;
export const CaregiverPaidSubsidiesOfDocument = new TypedDocumentString(`
    query CaregiverPaidSubsidiesOf($key: ID!) {
  caregiverSubsidies(filter: {status: PAID, personKey: $key}) {
    items {
      id
      paymentReference
      amountFen
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverPaidSubsidiesOfQuery, CaregiverPaidSubsidiesOfQueryVariables>;
export const CaregiverAnalystFiguresDocument = new TypedDocumentString(`
    query CaregiverAnalystFigures($code: ID!) {
  institution(code: $code) {
    certifiedShare {
      numerator
      denominator
    }
  }
  area(code: "371082") {
    certifiedCaregiverCount
    socialWorkerCount
  }
}
    `) as unknown as TypedDocumentString<CaregiverAnalystFiguresQuery, CaregiverAnalystFiguresQueryVariables>;
export const CaregiverAreaCountsDocument = new TypedDocumentString(`
    query CaregiverAreaCounts {
  area(code: "371082") {
    certifiedCaregiverCount
    socialWorkerCount
  }
}
    `) as unknown as TypedDocumentString<CaregiverAreaCountsQuery, CaregiverAreaCountsQueryVariables>;
export const CaregiverNameDocument = new TypedDocumentString(`
    query CaregiverName($key: ID!) {
  caregiver(personKey: $key) {
    name
  }
}
    `) as unknown as TypedDocumentString<CaregiverNameQuery, CaregiverNameQueryVariables>;
export const CaregiverNamesOfInstitutionDocument = new TypedDocumentString(`
    query CaregiverNamesOfInstitution($code: ID!) {
  institution(code: $code) {
    caregivers {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverNamesOfInstitutionQuery, CaregiverNamesOfInstitutionQueryVariables>;
export const CaregiverSubsidyTotalDocument = new TypedDocumentString(`
    query CaregiverSubsidyTotal {
  caregiverSubsidies {
    total
  }
}
    `) as unknown as TypedDocumentString<CaregiverSubsidyTotalQuery, CaregiverSubsidyTotalQueryVariables>;
export const CaregiverEnrolmentIdsDocument = new TypedDocumentString(`
    query CaregiverEnrolmentIds($key: ID!) {
  caregiver(personKey: $key) {
    trainingEnrolments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverEnrolmentIdsQuery, CaregiverEnrolmentIdsQueryVariables>;
export const CaregiverCardDocument = new TypedDocumentString(`
    query CaregiverCard($key: ID!) {
  caregiver(personKey: $key) {
    name
    certificates {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverCardQuery, CaregiverCardQueryVariables>;
export const CaregiverAuditTrailDocument = new TypedDocumentString(`
    query CaregiverAuditTrail($key: ID!) {
  humanResourcesAuditTrail(filter: {personKey: $key}) {
    items {
      callerId
      kind
      operation
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<CaregiverAuditTrailQuery, CaregiverAuditTrailQueryVariables>;
export const MajorEnrolmentRecordDocument = new TypedDocumentString(`
    mutation MajorEnrolmentRecord($input: RecordElderCareMajorEnrolmentInput!) {
  recordElderCareMajorEnrolment(input: $input) {
    id
    schoolCode
    schoolName
    schoolKind
    major
    enrolmentYear
    enrolled
    districtCode
  }
}
    `) as unknown as TypedDocumentString<MajorEnrolmentRecordMutation, MajorEnrolmentRecordMutationVariables>;
export const MajorEnrolmentCorrectDocument = new TypedDocumentString(`
    mutation MajorEnrolmentCorrect($input: CorrectElderCareMajorEnrolmentInput!) {
  correctElderCareMajorEnrolment(input: $input) {
    id
    enrolled
  }
}
    `) as unknown as TypedDocumentString<MajorEnrolmentCorrectMutation, MajorEnrolmentCorrectMutationVariables>;
export const MajorEnrolmentListDocument = new TypedDocumentString(`
    query MajorEnrolmentList($year: Int, $areaCode: ID) {
  elderCareMajorEnrolments(year: $year, areaCode: $areaCode) {
    schoolCode
    schoolName
    major
    enrolmentYear
    enrolled
    districtCode
  }
}
    `) as unknown as TypedDocumentString<MajorEnrolmentListQuery, MajorEnrolmentListQueryVariables>;
export const SeededWorkforceAssignedCaregiversDocument = new TypedDocumentString(`
    query SeededWorkforceAssignedCaregivers {
  elders(page: {limit: 1000}) {
    items {
      personKey
      careAssignments(currentOnly: true) {
        caregiver {
          personKey
          name
          role
          certified
          certificates {
            kind
            level
            validToday
          }
          employer {
            code
          }
        }
        institution {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceAssignedCaregiversQuery, SeededWorkforceAssignedCaregiversQueryVariables>;
export const SeededWorkforceInstitutionSharesDocument = new TypedDocumentString(`
    query SeededWorkforceInstitutionShares($limit: Int!) {
  institutions(page: {limit: $limit}) {
    items {
      code
      districtCode
      certifiedShare {
        numerator
        denominator
        ratio
        targetBasisPoints
        targetMet
      }
      longTermCarerShare {
        numerator
        denominator
      }
      caregivers {
        role
        certified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceInstitutionSharesQuery, SeededWorkforceInstitutionSharesQueryVariables>;
export const SeededWorkforceAreaCountsDocument = new TypedDocumentString(`
    query SeededWorkforceAreaCounts {
  areas(level: DISTRICT) {
    code
    certifiedCaregiverCount
    socialWorkerCount
    caregiverTraineesCompleted(year: 2024)
  }
  area(code: "371000") {
    certifiedCaregiverCount
    socialWorkerCount
    caregiverTraineesCompleted(year: 2024)
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceAreaCountsQuery, SeededWorkforceAreaCountsQueryVariables>;
export const SeededWorkforceTrainingGoalsDocument = new TypedDocumentString(`
    query SeededWorkforceTrainingGoals {
  caregiverTrainingGoals {
    from
    yearFrom
    deadline
    caregiverTarget
    caregiversTrained
    caregiversTrainedInGoalYear
    socialWorkerTarget
    socialWorkersTrained
    socialWorkersTrainedInGoalYear
    met
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceTrainingGoalsQuery, SeededWorkforceTrainingGoalsQueryVariables>;
export const SeededWorkforceTargetsDocument = new TypedDocumentString(`
    query SeededWorkforceTargets {
  indicatorAreas(asOf: "2026-06-30", areaCodes: ["371000"]) {
    indicators(codes: ["P-INDUCTION-TRAINING", "P-CERTIFIED-SPECIALISTS"]) {
      code
      numerator
      denominator
      value
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceTargetsQuery, SeededWorkforceTargetsQueryVariables>;
export const SeededWorkforceSubsidiesDocument = new TypedDocumentString(`
    query SeededWorkforceSubsidies {
  caregiverSubsidies(page: {limit: 1000}) {
    total
    items {
      kind
      status
      amountFen
      paymentReference
      paidOn
    }
  }
}
    `) as unknown as TypedDocumentString<SeededWorkforceSubsidiesQuery, SeededWorkforceSubsidiesQueryVariables>;
export const IndicatorsDatasetDesignateAgeFriendlyCommunityDocument = new TypedDocumentString(`
    mutation IndicatorsDatasetDesignateAgeFriendlyCommunity($input: DesignateAgeFriendlyCommunityInput!) {
  designateAgeFriendlyCommunity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IndicatorsDatasetDesignateAgeFriendlyCommunityMutation, IndicatorsDatasetDesignateAgeFriendlyCommunityMutationVariables>;
export const FigureTalliesI09Document = new TypedDocumentString(`
    query FigureTalliesI09($areaCodes: [ID!]) {
  indicatorAreas(areaCodes: $areaCodes) {
    areaCode
    indicators(codes: ["I09"]) {
      numerator
      denominator
    }
  }
}
    `) as unknown as TypedDocumentString<FigureTalliesI09Query, FigureTalliesI09QueryVariables>;
export const FigureTalliesCorrectDocument = new TypedDocumentString(`
    mutation FigureTalliesCorrect($personKey: ID!, $input: UpdateElderInput!) {
  updateElder(personKey: $personKey, input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<FigureTalliesCorrectMutation, FigureTalliesCorrectMutationVariables>;
export const FigureTalliesImportEldersDocument = new TypedDocumentString(`
    mutation FigureTalliesImportElders($input: ImportEldersInput!) {
  importElders(input: $input) {
    created
  }
}
    `) as unknown as TypedDocumentString<FigureTalliesImportEldersMutation, FigureTalliesImportEldersMutationVariables>;
export const IndicatorSeriesOfAreasDocument = new TypedDocumentString(`
    query IndicatorSeriesOfAreas($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!]) {
  indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {
    areaCode
    asOf
    indicators {
      code
      numerator
      denominator
      value
      status
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorSeriesOfAreasQuery, IndicatorSeriesOfAreasQueryVariables>;
export const IndicatorSeriesOneDayDocument = new TypedDocumentString(`
    query IndicatorSeriesOneDay($asOf: LocalDate!, $areaCodes: [ID!]) {
  indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
    areaCode
    asOf
    indicators {
      code
      numerator
      denominator
      value
      status
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorSeriesOneDayQuery, IndicatorSeriesOneDayQueryVariables>;
export const IndicatorsReportDocument = new TypedDocumentString(`
    query IndicatorsReport($asOf: LocalDate, $areaCodes: [ID!]) {
  indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
    areaCode
    asOf
    area {
      name
      fiveBedPilot
    }
    indicators {
      code
      numerator
      numeratorSuppressed
      denominator
      denominatorSuppressed
      value
      valueSuppressed
      target
      status
      breakdowns {
        key
        numerator
        numeratorSuppressed
        denominator
        value
        valueSuppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsReportQuery, IndicatorsReportQueryVariables>;
export const IndicatorsRecordsBehindFiguresDocument = new TypedDocumentString(`
    query IndicatorsRecordsBehindFigures($asOf: LocalDate!, $areas: [ID!], $codes: [ID!], $counted: Boolean) {
  indicatorAreas(asOf: $asOf, areaCodes: $areas) {
    indicators(codes: $codes) {
      code
      records(counted: $counted) {
        total
        items {
          kind
          code
          name
          counted
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsRecordsBehindFiguresQuery, IndicatorsRecordsBehindFiguresQueryVariables>;
export const IndicatorsCaseworkEldersDocument = new TypedDocumentString(`
    query IndicatorsCaseworkElders($asOf: LocalDate!, $area: ID!) {
  indicatorAreas(asOf: $asOf, areaCodes: [$area]) {
    indicators(codes: ["I09"]) {
      records(counted: false) {
        total
        items {
          kind
          code
          counted
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsCaseworkEldersQuery, IndicatorsCaseworkEldersQueryVariables>;
export const IndicatorsOneIndicatorTodayDocument = new TypedDocumentString(`
    query IndicatorsOneIndicatorToday($area: ID!, $code: ID!) {
  indicatorAreas(areaCodes: [$area]) {
    indicators(codes: [$code]) {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsOneIndicatorTodayQuery, IndicatorsOneIndicatorTodayQueryVariables>;
export const InsuredElderTalliesM16Document = new TypedDocumentString(`
    query InsuredElderTalliesM16($asOf: LocalDate, $areaCodes: [ID!]) {
  indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
    indicators(codes: ["M16"]) {
      numerator
    }
  }
}
    `) as unknown as TypedDocumentString<InsuredElderTalliesM16Query, InsuredElderTalliesM16QueryVariables>;
export const ReusedAnswersM16Document = new TypedDocumentString(`
    query ReusedAnswersM16($areaCodes: [ID!]) {
  indicatorAreas(areaCodes: $areaCodes) {
    areaCode
    indicators(codes: ["M16"]) {
      numerator
      denominator
    }
  }
}
    `) as unknown as TypedDocumentString<ReusedAnswersM16Query, ReusedAnswersM16QueryVariables>;
export const ReusedAnswersHealthTrailDocument = new TypedDocumentString(`
    query ReusedAnswersHealthTrail($personKey: ID!) {
  healthAuditTrail(filter: {personKey: $personKey}, page: {limit: 10}) {
    total
  }
}
    `) as unknown as TypedDocumentString<ReusedAnswersHealthTrailQuery, ReusedAnswersHealthTrailQueryVariables>;
export const ReusedAnswersStaysDocument = new TypedDocumentString(`
    query ReusedAnswersStays($personKey: ID!) {
  elder(personKey: $personKey) {
    personKey
    hospitalStays {
      admittedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ReusedAnswersStaysQuery, ReusedAnswersStaysQueryVariables>;
export const LtciSeedCityFiguresDocument = new TypedDocumentString(`
    query LtciSeedCityFigures {
  area(code: "371000") {
    ltciFigures {
      enrolments {
        scheme
        count
      }
      activeEmployeeEnrolments
      activeResidentEnrolments
      designatedInstitutions
      designatedMedicalInstitutions
    }
  }
}
    `) as unknown as TypedDocumentString<LtciSeedCityFiguresQuery, LtciSeedCityFiguresQueryVariables>;
export const LtciSeedDesignatedInstitutionsDocument = new TypedDocumentString(`
    query LtciSeedDesignatedInstitutions {
  ltciDesignations(
    filter: {providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false}
    page: {limit: 1000}
  ) {
    total
    items {
      providerCode
      institution {
        code
        name
      }
    }
  }
  institutions {
    total
  }
}
    `) as unknown as TypedDocumentString<LtciSeedDesignatedInstitutionsQuery, LtciSeedDesignatedInstitutionsQueryVariables>;
export const LtciSeedAllDesignationsDocument = new TypedDocumentString(`
    query LtciSeedAllDesignations {
  ltciDesignations(filter: {inForceOnly: false}, page: {limit: 1000}) {
    items {
      providerCode
    }
  }
}
    `) as unknown as TypedDocumentString<LtciSeedAllDesignationsQuery, LtciSeedAllDesignationsQueryVariables>;
export const LtciSeedSettlementsDocument = new TypedDocumentString(`
    query LtciSeedSettlements {
  ltciSettlements(page: {limit: 1000}) {
    total
    items {
      month
      days
      careForm
      payee
      homeCareService
      chargedFen
      amountFen
      fundFen
      selfPaidFen
      overCapFen
      institution {
        code
      }
      medicalInstitution {
        code
      }
      elder {
        latestLtciGrade
        ltciEnrolment {
          status
        }
        latestAssessment {
          levelNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LtciSeedSettlementsQuery, LtciSeedSettlementsQueryVariables>;
export const LtciEnrolDocument = new TypedDocumentString(`
    mutation LtciEnrol($input: EnrolInLtciInput!) {
  enrolInLtci(input: $input) {
    personKey
    scheme
    since
    status
    statusSince
    districtCode
    townCode
  }
}
    `) as unknown as TypedDocumentString<LtciEnrolMutation, LtciEnrolMutationVariables>;
export const LtciChangeStatusDocument = new TypedDocumentString(`
    mutation LtciChangeStatus($input: ChangeLtciEnrolmentStatusInput!) {
  changeLtciEnrolmentStatus(input: $input) {
    status
    statusSince
  }
}
    `) as unknown as TypedDocumentString<LtciChangeStatusMutation, LtciChangeStatusMutationVariables>;
export const LtciAssessDocument = new TypedDocumentString(`
    mutation LtciAssess($input: RecordLtciAssessmentInput!) {
  recordLtciAssessment(input: $input) {
    grade
    gradeNumber
    assessedOn
    validUntil
    assessingOrganisation
    qualifiesForBenefits
  }
}
    `) as unknown as TypedDocumentString<LtciAssessMutation, LtciAssessMutationVariables>;
export const LtciDesignateDocument = new TypedDocumentString(`
    mutation LtciDesignate($input: DesignateLtciProviderInput!) {
  designateLtciProvider(input: $input) {
    id
    providerKind
    providerCode
    providerLevel
    designatedFrom
    designatedUntil
    inForce
  }
}
    `) as unknown as TypedDocumentString<LtciDesignateMutation, LtciDesignateMutationVariables>;
export const LtciUndesignateDocument = new TypedDocumentString(`
    mutation LtciUndesignate($input: UndesignateLtciProviderInput!) {
  undesignateLtciProvider(input: $input) {
    providerCode
    designatedFrom
    designatedUntil
    inForce
  }
}
    `) as unknown as TypedDocumentString<LtciUndesignateMutation, LtciUndesignateMutationVariables>;
export const LtciSettleMonthDocument = new TypedDocumentString(`
    mutation LtciSettleMonth($input: SettleLtciMonthInput!) {
  settleLtciMonth(input: $input) {
    month
    careForm
    homeCareService
    payee
    scheme
    providerLevel
    days
    dailyCapFen
    fundRatioBasisPoints
    chargedFen
    amountFen
    fundFen
    selfPaidFen
    overCapFen
  }
}
    `) as unknown as TypedDocumentString<LtciSettleMonthMutation, LtciSettleMonthMutationVariables>;
export const LtciSettlementIdsOfElderDocument = new TypedDocumentString(`
    query LtciSettlementIdsOfElder($key: ID!) {
  elder(personKey: $key) {
    ltciSettlements {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LtciSettlementIdsOfElderQuery, LtciSettlementIdsOfElderQueryVariables>;
export const LtciEnrolmentOfElderDocument = new TypedDocumentString(`
    query LtciEnrolmentOfElder($key: ID!) {
  elder(personKey: $key) {
    ltciEnrolment {
      scheme
    }
  }
}
    `) as unknown as TypedDocumentString<LtciEnrolmentOfElderQuery, LtciEnrolmentOfElderQueryVariables>;
export const LtciGradesOfElderDocument = new TypedDocumentString(`
    query LtciGradesOfElder($key: ID!) {
  elder(personKey: $key) {
    latestLtciGrade
    ltciAssessments {
      assessedOn
    }
  }
}
    `) as unknown as TypedDocumentString<LtciGradesOfElderQuery, LtciGradesOfElderQueryVariables>;
export const LtciDesignationsOfProviderDocument = new TypedDocumentString(`
    query LtciDesignationsOfProvider($code: ID!) {
  ltciDesignations(filter: {providerCode: $code, inForceOnly: false}) {
    total
    items {
      providerCode
      designatedFrom
      designatedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<LtciDesignationsOfProviderQuery, LtciDesignationsOfProviderQueryVariables>;
export const LtciDesignationOfInstitutionDocument = new TypedDocumentString(`
    query LtciDesignationOfInstitution($code: ID!) {
  institution(code: $code) {
    ltciDesignation {
      designatedUntil
      inForce
    }
  }
}
    `) as unknown as TypedDocumentString<LtciDesignationOfInstitutionQuery, LtciDesignationOfInstitutionQueryVariables>;
export const LtciElderAcrossDepartmentsDocument = new TypedDocumentString(`
    query LtciElderAcrossDepartments($id: String!, $year: Int!, $home: ID!) {
  elderByIdNumber(idNumber: $id) {
    name
    age
    area {
      name
    }
    ltciEnrolment {
      scheme
      status
      since
    }
    latestLtciGrade
    ltciSettlements(year: $year) {
      month
      careForm
      days
      fundFen
      institution {
        name
        rating
      }
      medicalInstitution {
        code
      }
    }
  }
  institution(code: $home) {
    name
    rating
    ltciDesignation {
      providerLevel
      designatedFrom
      inForce
    }
  }
}
    `) as unknown as TypedDocumentString<LtciElderAcrossDepartmentsQuery, LtciElderAcrossDepartmentsQueryVariables>;
export const LtciAreaFiguresDocument = new TypedDocumentString(`
    query LtciAreaFigures($district: ID!, $town: ID!) {
  district: area(code: $district) {
    name
    ltciFigures {
      enrolments {
        scheme
        status
        count
      }
      activeEmployeeEnrolments
      activeResidentEnrolments
      residentActiveShareBasisPoints
      designatedInstitutions
      designatedMedicalInstitutions
    }
  }
  city: area(code: "371000") {
    ltciFigures {
      activeEmployeeEnrolments
      activeResidentEnrolments
      designatedInstitutions
      designatedMedicalInstitutions
    }
  }
  town: area(code: $town) {
    ltciFigures {
      activeResidentEnrolments
      designatedInstitutions
    }
  }
}
    `) as unknown as TypedDocumentString<LtciAreaFiguresQuery, LtciAreaFiguresQueryVariables>;
export const LtciSharedWithDepartmentsDocument = new TypedDocumentString(`
    query LtciSharedWithDepartments($key: ID!) {
  elder(personKey: $key) {
    ltciEnrolment {
      scheme
    }
    latestLtciGrade
    ltciSettlements {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LtciSharedWithDepartmentsQuery, LtciSharedWithDepartmentsQueryVariables>;
export const LtciSettlementTotalDocument = new TypedDocumentString(`
    query LtciSettlementTotal {
  ltciSettlements {
    total
  }
}
    `) as unknown as TypedDocumentString<LtciSettlementTotalQuery, LtciSettlementTotalQueryVariables>;
export const LtciPublishedDocument = new TypedDocumentString(`
    query LtciPublished {
  ltciDesignations {
    total
  }
  ltciQualifyingGrades
  ltciRateTable {
    careForm
    providerLevel
    dailyCapFen
  }
  area(code: "371083") {
    ltciFigures {
      designatedInstitutions
    }
  }
}
    `) as unknown as TypedDocumentString<LtciPublishedQuery, LtciPublishedQueryVariables>;
export const RegisterElderThenHangUpDocument = new TypedDocumentString(`
    mutation RegisterElderThenHangUp($input: RegisterElderInput!) {
  registerElder(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<RegisterElderThenHangUpMutation, RegisterElderThenHangUpMutationVariables>;
export const ElderAfterHangUpDocument = new TypedDocumentString(`
    query ElderAfterHangUp($idNumber: String!) {
  elderByIdNumber(idNumber: $idNumber) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<ElderAfterHangUpQuery, ElderAfterHangUpQueryVariables>;
export const ResilienceElderAcrossDepartmentsDocument = new TypedDocumentString(`
    query ResilienceElderAcrossDepartments($key: ID!) {
  elder(personKey: $key) {
    name
    hospitalStays {
      admittedOn
    }
    ltciSettlements {
      month
    }
    lotteryFundPayments {
      amountFen
    }
    careAssignments {
      careType
      caregiver {
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceElderAcrossDepartmentsQuery, ResilienceElderAcrossDepartmentsQueryVariables>;
export const ResilienceAreaAcrossDepartmentsDocument = new TypedDocumentString(`
    query ResilienceAreaAcrossDepartments($code: ID!) {
  area(code: $code) {
    name
    hospiceProviderCount
    ltciFigures {
      activeResidentEnrolments
    }
    certifiedCaregiverCount
    lotteryFundFigures {
      raisedYear
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceAreaAcrossDepartmentsQuery, ResilienceAreaAcrossDepartmentsQueryVariables>;
export const ResilienceEldersWithCaregiversDocument = new TypedDocumentString(`
    query ResilienceEldersWithCaregivers {
  elders(page: {limit: 200}) {
    items {
      personKey
      careAssignments {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceEldersWithCaregiversQuery, ResilienceEldersWithCaregiversQueryVariables>;
export const AreaNameDuringDrainDocument = new TypedDocumentString(`
    query AreaNameDuringDrain($code: ID!) {
  area(code: $code) {
    name
  }
}
    `) as unknown as TypedDocumentString<AreaNameDuringDrainQuery, AreaNameDuringDrainQueryVariables>;
export const IdempotencyAllocateDocument = new TypedDocumentString(`
    mutation IdempotencyAllocate($input: AllocateLotteryFundInput!) {
  allocateLotteryFund(input: $input) {
    id
    amountFen
    fund {
      allocatedFen
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyAllocateMutation, IdempotencyAllocateMutationVariables>;
export const IdempotencyHomeSickbedVisitDocument = new TypedDocumentString(`
    mutation IdempotencyHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
  recordHomeSickbedVisit(input: $input) {
    id
    visitCount
    lastVisitedOn
  }
}
    `) as unknown as TypedDocumentString<IdempotencyHomeSickbedVisitMutation, IdempotencyHomeSickbedVisitMutationVariables>;
export const IdempotencyFundAllocatedDocument = new TypedDocumentString(`
    query IdempotencyFundAllocated($id: ID!) {
  lotteryFund(id: $id) {
    allocatedFen
    allocations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyFundAllocatedQuery, IdempotencyFundAllocatedQueryVariables>;
export const AccessRegisterElderDocument = new TypedDocumentString(`
    mutation AccessRegisterElder($elder: RegisterElderInput!) {
  registerElder(input: $elder) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<AccessRegisterElderMutation, AccessRegisterElderMutationVariables>;
export const AccessElderByIdNumberDocument = new TypedDocumentString(`
    query AccessElderByIdNumber($idNumber: String!) {
  elderByIdNumber(idNumber: $idNumber) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<AccessElderByIdNumberQuery, AccessElderByIdNumberQueryVariables>;
export const AccessElderTotalDocument = new TypedDocumentString(`
    query AccessElderTotal {
  elders(filter: {includeDeceased: true}) {
    total
  }
}
    `) as unknown as TypedDocumentString<AccessElderTotalQuery, AccessElderTotalQueryVariables>;
export const AccessElderAsCivilAffairsDocument = new TypedDocumentString(`
    query AccessElderAsCivilAffairs($personKey: ID!) {
  elder(personKey: $personKey) {
    name
    economicStatus
    assessments {
      level
    }
    allowances(year: 2026) {
      amountFen
    }
    visits {
      visitedOn
    }
    waitlistEntries {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccessElderAsCivilAffairsQuery, AccessElderAsCivilAffairsQueryVariables>;
export const AccessElderAsHealthDocument = new TypedDocumentString(`
    query AccessElderAsHealth($personKey: ID!) {
  elder(personKey: $personKey) {
    personKey
    age
    economicStatus
    latestAssessment {
      level
    }
    currentInstitutionStay {
      admittedOn
    }
  }
}
    `) as unknown as TypedDocumentString<AccessElderAsHealthQuery, AccessElderAsHealthQueryVariables>;
export const AccessInstitutionsAsFinanceDocument = new TypedDocumentString(`
    query AccessInstitutionsAsFinance {
  institutions(page: {limit: 3}) {
    items {
      name
      rating
      bedCounts {
        kind
        capacity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessInstitutionsAsFinanceQuery, AccessInstitutionsAsFinanceQueryVariables>;
export const AccessElderAllowancesAsFinanceDocument = new TypedDocumentString(`
    query AccessElderAllowancesAsFinance($personKey: ID!) {
  elder(personKey: $personKey) {
    age
    allowances(year: 2026) {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AccessElderAllowancesAsFinanceQuery, AccessElderAllowancesAsFinanceQueryVariables>;
export const AccessAggregatesAsAnalystDocument = new TypedDocumentString(`
    query AccessAggregatesAsAnalyst {
  areas(level: DISTRICT) {
    code
    facilityCounts {
      kind
      count
    }
  }
  institutions(page: {limit: 5}) {
    total
    items {
      bedCounts {
        kind
        capacity
        occupied
      }
      currentCareAssignmentCount
    }
  }
  currentFamilyBedCount(areaCode: "371000")
}
    `) as unknown as TypedDocumentString<AccessAggregatesAsAnalystQuery, AccessAggregatesAsAnalystQueryVariables>;
export const AccessAuditTrailDocument = new TypedDocumentString(`
    query AccessAuditTrail {
  civilAffairsAuditTrail(page: {limit: 1}) {
    total
  }
  civilAffairsAuditVerification {
    valid
  }
}
    `) as unknown as TypedDocumentString<AccessAuditTrailQuery, AccessAuditTrailQueryVariables>;
export const AuditTamperVerifyCivilAffairsDocument = new TypedDocumentString(`
    query AuditTamperVerifyCivilAffairs {
  civilAffairsAuditVerification {
    valid
    checked
    brokenAt
    problem
    keyedFrom
    checkpoints
  }
}
    `) as unknown as TypedDocumentString<AuditTamperVerifyCivilAffairsQuery, AuditTamperVerifyCivilAffairsQueryVariables>;
export const AuditTrailOfCivilAffairsDocument = new TypedDocumentString(`
    query AuditTrailOfCivilAffairs($filter: AuditFilter) {
  civilAffairsAuditTrail(filter: $filter, page: {limit: 50}) {
    total
    items {
      sequence
      kind
      operation
      callerId
      callerRole
      callerDepartment
      personKeys
      fields
      recordIds
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailOfCivilAffairsQuery, AuditTrailOfCivilAffairsQueryVariables>;
export const AuditVerifyCivilAffairsDocument = new TypedDocumentString(`
    query AuditVerifyCivilAffairs {
  civilAffairsAuditVerification {
    valid
    checked
    brokenAt
    problem
  }
}
    `) as unknown as TypedDocumentString<AuditVerifyCivilAffairsQuery, AuditVerifyCivilAffairsQueryVariables>;
export const AuditElderReadByHealthDocument = new TypedDocumentString(`
    query AuditElderReadByHealth($personKey: ID!) {
  elder(personKey: $personKey) {
    name
    latestAssessment {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<AuditElderReadByHealthQuery, AuditElderReadByHealthQueryVariables>;
export const AuditDistrictsReadByAnalystDocument = new TypedDocumentString(`
    query AuditDistrictsReadByAnalyst {
  areas(level: DISTRICT) {
    code
  }
}
    `) as unknown as TypedDocumentString<AuditDistrictsReadByAnalystQuery, AuditDistrictsReadByAnalystQueryVariables>;
export const AuditElderNamesDocument = new TypedDocumentString(`
    query AuditElderNames($limit: Int!) {
  elders(page: {limit: $limit}) {
    items {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditElderNamesQuery, AuditElderNamesQueryVariables>;
export const AuditRegisterElderDocument = new TypedDocumentString(`
    mutation AuditRegisterElder($elder: RegisterElderInput!) {
  registerElder(input: $elder) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<AuditRegisterElderMutation, AuditRegisterElderMutationVariables>;
export const ClientErrorsDisbursementsOfAllocationDocument = new TypedDocumentString(`
    query ClientErrorsDisbursementsOfAllocation($allocationId: ID!) {
  lotteryFundDisbursements(filter: {allocationId: $allocationId}) {
    total
  }
}
    `) as unknown as TypedDocumentString<ClientErrorsDisbursementsOfAllocationQuery, ClientErrorsDisbursementsOfAllocationQueryVariables>;
export const CompositionCityLinkageDocument = new TypedDocumentString(`
    query CompositionCityLinkage {
  fiveBedLinkage(areaCode: "371000") {
    from
    to
    windowDays
    beds {
      kind
      capacity
    }
    hospitalDischarges
  }
}
    `) as unknown as TypedDocumentString<CompositionCityLinkageQuery, CompositionCityLinkageQueryVariables>;
export const LimitsElderTotalDocument = new TypedDocumentString(`
    query LimitsElderTotal($limit: Int!) {
  elders(page: {limit: $limit}) {
    total
  }
}
    `) as unknown as TypedDocumentString<LimitsElderTotalQuery, LimitsElderTotalQueryVariables>;
export const LimitsOnePageWithListsDocument = new TypedDocumentString(`
    query LimitsOnePageWithLists {
  elders(page: {limit: 1000}) {
    items {
      personKey
      name
      hospitalStays {
        admittedOn
        dischargedOn
      }
      ltciSettlements {
        month
        amountFen
      }
      assessments {
        level
        assessedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsOnePageWithListsQuery, LimitsOnePageWithListsQueryVariables>;
export const OracleMaskedElderDocument = new TypedDocumentString(`
    query OracleMaskedElder($personKey: ID!) {
  elder(personKey: $personKey) {
    idNumber
    maskedIdNumber
    birthDate
    sex
    districtCode
  }
}
    `) as unknown as TypedDocumentString<OracleMaskedElderQuery, OracleMaskedElderQueryVariables>;
export const OracleElderByIdNumberDocument = new TypedDocumentString(`
    query OracleElderByIdNumber($idNumber: String!) {
  elderByIdNumber(idNumber: $idNumber) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<OracleElderByIdNumberQuery, OracleElderByIdNumberQueryVariables>;
export const OracleMaskedCaregiverDocument = new TypedDocumentString(`
    query OracleMaskedCaregiver($personKey: ID!) {
  caregiver(personKey: $personKey) {
    idNumber
    birthDate
    sex
    districtCode
  }
}
    `) as unknown as TypedDocumentString<OracleMaskedCaregiverQuery, OracleMaskedCaregiverQueryVariables>;
export const OracleCaregiverByIdNumberDocument = new TypedDocumentString(`
    query OracleCaregiverByIdNumber($idNumber: String!) {
  caregiverByIdNumber(idNumber: $idNumber) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<OracleCaregiverByIdNumberQuery, OracleCaregiverByIdNumberQueryVariables>;
export const OracleRegisterElderDocument = new TypedDocumentString(`
    mutation OracleRegisterElder($input: RegisterElderInput!) {
  registerElder(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<OracleRegisterElderMutation, OracleRegisterElderMutationVariables>;
export const OracleAdmitToHospitalDocument = new TypedDocumentString(`
    mutation OracleAdmitToHospital($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OracleAdmitToHospitalMutation, OracleAdmitToHospitalMutationVariables>;
export const MaskingElderProfilesDocument = new TypedDocumentString(`
    query MaskingElderProfiles {
  elders(page: {limit: 20}) {
    items {
      personKey
      idNumber
      maskedIdNumber
      name
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<MaskingElderProfilesQuery, MaskingElderProfilesQueryVariables>;
export const MutationSelectionAdmitReadingNameDocument = new TypedDocumentString(`
    mutation MutationSelectionAdmitReadingName($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
    elder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MutationSelectionAdmitReadingNameMutation, MutationSelectionAdmitReadingNameMutationVariables>;
export const MutationSelectionStaysOfElderDocument = new TypedDocumentString(`
    query MutationSelectionStaysOfElder($key: ID!) {
  elder(personKey: $key) {
    hospitalStays {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationSelectionStaysOfElderQuery, MutationSelectionStaysOfElderQueryVariables>;
export const SmallCellsLinkageDocument = new TypedDocumentString(`
    query SmallCellsLinkage($area: ID!, $from: LocalDate, $to: LocalDate) {
  fiveBedLinkage(areaCode: $area, from: $from, to: $to) {
    beds {
      kind
      capacity
      capacitySuppressed
      occupied
      occupiedSuppressed
      occupancyBasisPoints
      occupancyBasisPointsSuppressed
    }
    transfers {
      from
      to
      count
      countSuppressed
    }
    hospitalDischarges
    hospitalDischargesSuppressed
    hospitalDischargesWithNextBed
    hospitalDischargesWithNextBedSuppressed
    hospitalDischargesWithoutNextBed
    hospitalDischargesWithoutNextBedSuppressed
    medianDaysToNextBed
    medianDaysToNextBedSuppressed
    p90DaysToNextBed
    p90DaysToNextBedSuppressed
  }
}
    `) as unknown as TypedDocumentString<SmallCellsLinkageQuery, SmallCellsLinkageQueryVariables>;
export const SmallCellsFamilyBedsIndicatorDocument = new TypedDocumentString(`
    query SmallCellsFamilyBedsIndicator($area: ID!) {
  indicatorAreas(asOf: "2026-06-30", areaCodes: [$area]) {
    indicators(codes: ["I10"]) {
      numerator
      numeratorSuppressed
      value
      valueSuppressed
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SmallCellsFamilyBedsIndicatorQuery, SmallCellsFamilyBedsIndicatorQueryVariables>;
export const TokensElderTotalDocument = new TypedDocumentString(`
    query TokensElderTotal {
  elders(page: {limit: 1}) {
    total
  }
}
    `) as unknown as TypedDocumentString<TokensElderTotalQuery, TokensElderTotalQueryVariables>;
export const UnauthenticatedFirstElderDocument = new TypedDocumentString(`
    query UnauthenticatedFirstElder {
  elders(page: {limit: 1}) {
    items {
      personKey
    }
  }
}
    `) as unknown as TypedDocumentString<UnauthenticatedFirstElderQuery, UnauthenticatedFirstElderQueryVariables>;
export const UnauthenticatedFirstCaregiverDocument = new TypedDocumentString(`
    query UnauthenticatedFirstCaregiver {
  caregivers(page: {limit: 1}) {
    items {
      personKey
    }
  }
}
    `) as unknown as TypedDocumentString<UnauthenticatedFirstCaregiverQuery, UnauthenticatedFirstCaregiverQueryVariables>;
export const UnauthenticatedElderTotalDocument = new TypedDocumentString(`
    query UnauthenticatedElderTotal {
  elders(page: {limit: 1}) {
    total
  }
}
    `) as unknown as TypedDocumentString<UnauthenticatedElderTotalQuery, UnauthenticatedElderTotalQueryVariables>;
export const BuilderRegisterFacilityDocument = new TypedDocumentString(`
    mutation BuilderRegisterFacility($input: RegisterFacilityInput!) {
  registerFacility(input: $input) {
    id
    kind
    name
    starRating
    closedOn
    districtCode
    townCode
    communityCode
    area {
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterFacilityMutation, BuilderRegisterFacilityMutationVariables>;
export const BuilderRecordVisitDocument = new TypedDocumentString(`
    mutation BuilderRecordVisit($input: RecordVisitInput!) {
  recordVisit(input: $input) {
    id
    visitedOn
    method
    specialDifficulty
    followUpNeeded
    findings
    elder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordVisitMutation, BuilderRecordVisitMutationVariables>;
export const BuilderApplyToWaitlistDocument = new TypedDocumentString(`
    mutation BuilderApplyToWaitlist($input: ApplyToWaitlistInput!) {
  applyToWaitlist(input: $input) {
    id
    priorityTier
    status
  }
}
    `) as unknown as TypedDocumentString<BuilderApplyToWaitlistMutation, BuilderApplyToWaitlistMutationVariables>;
export const BuilderRegisterResidentialDevelopmentDocument = new TypedDocumentString(`
    mutation BuilderRegisterResidentialDevelopment($input: RegisterResidentialDevelopmentInput!) {
  registerResidentialDevelopment(input: $input) {
    id
    name
    developer
    districtCode
    townCode
    communityCode
    households
    deliveredOn
    facilityAreaM2
    facilityHandedOverOn
    requiredFacilityAreaM2
    compliant
    area {
      name
      level
    }
    district {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterResidentialDevelopmentMutation, BuilderRegisterResidentialDevelopmentMutationVariables>;
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
export const BuilderAreaChildrenDocument = new TypedDocumentString(`
    query BuilderAreaChildren($code: ID!) {
  area(code: $code) {
    children {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<BuilderAreaChildrenQuery, BuilderAreaChildrenQueryVariables>;
export const BuilderRecordAbilityAssessmentDocument = new TypedDocumentString(`
    mutation BuilderRecordAbilityAssessment($input: RecordAbilityAssessmentInput!) {
  recordAbilityAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordAbilityAssessmentMutation, BuilderRecordAbilityAssessmentMutationVariables>;
export const BuilderAddBedsDocument = new TypedDocumentString(`
    mutation BuilderAddBeds($input: AddBedsInput!) {
  addBeds(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderAddBedsMutation, BuilderAddBedsMutationVariables>;
export const BuilderAdmitToInstitutionDocument = new TypedDocumentString(`
    mutation BuilderAdmitToInstitution($input: AdmitToInstitutionInput!) {
  admitToInstitution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderAdmitToInstitutionMutation, BuilderAdmitToInstitutionMutationVariables>;
export const BuilderOpenFamilyBedDocument = new TypedDocumentString(`
    mutation BuilderOpenFamilyBed($input: OpenFamilyBedInput!) {
  openFamilyBed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderOpenFamilyBedMutation, BuilderOpenFamilyBedMutationVariables>;
export const BuilderRecordElderDeathDocument = new TypedDocumentString(`
    mutation BuilderRecordElderDeath($personKey: ID!, $deceasedOn: LocalDate!) {
  updateElder(personKey: $personKey, input: {deceasedOn: $deceasedOn}) {
    deceasedOn
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordElderDeathMutation, BuilderRecordElderDeathMutationVariables>;
export const BuilderRecordLotteryFundDocument = new TypedDocumentString(`
    mutation BuilderRecordLotteryFund($input: RecordLotteryFundInput!) {
  recordLotteryFund(input: $input) {
    id
    areaCode
    raisedYear
    spendingYear
    amountFen
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordLotteryFundMutation, BuilderRecordLotteryFundMutationVariables>;
export const BuilderAllocateLotteryFundDocument = new TypedDocumentString(`
    mutation BuilderAllocateLotteryFund($input: AllocateLotteryFundInput!) {
  allocateLotteryFund(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderAllocateLotteryFundMutation, BuilderAllocateLotteryFundMutationVariables>;
export const BuilderDisburseLotteryFundDocument = new TypedDocumentString(`
    mutation BuilderDisburseLotteryFund($input: DisburseLotteryFundInput!) {
  disburseLotteryFund(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderDisburseLotteryFundMutation, BuilderDisburseLotteryFundMutationVariables>;
export const BuilderRegisterMedicalInstitutionDocument = new TypedDocumentString(`
    mutation BuilderRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {
  registerMedicalInstitution(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterMedicalInstitutionMutation, BuilderRegisterMedicalInstitutionMutationVariables>;
export const BuilderAdmitToHospitalDocument = new TypedDocumentString(`
    mutation BuilderAdmitToHospital($input: AdmitToHospitalInput!) {
  admitToHospital(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderAdmitToHospitalMutation, BuilderAdmitToHospitalMutationVariables>;
export const BuilderDischargeFromHospitalDocument = new TypedDocumentString(`
    mutation BuilderDischargeFromHospital($input: DischargeFromHospitalInput!) {
  dischargeFromHospital(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderDischargeFromHospitalMutation, BuilderDischargeFromHospitalMutationVariables>;
export const BuilderAdmitToHospiceDocument = new TypedDocumentString(`
    mutation BuilderAdmitToHospice($input: AdmitToHospiceInput!) {
  admitToHospice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderAdmitToHospiceMutation, BuilderAdmitToHospiceMutationVariables>;
export const BuilderDischargeFromHospiceDocument = new TypedDocumentString(`
    mutation BuilderDischargeFromHospice($input: DischargeFromHospiceInput!) {
  dischargeFromHospice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderDischargeFromHospiceMutation, BuilderDischargeFromHospiceMutationVariables>;
export const BuilderOpenHomeSickbedDocument = new TypedDocumentString(`
    mutation BuilderOpenHomeSickbed($input: OpenHomeSickbedInput!) {
  openHomeSickbed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderOpenHomeSickbedMutation, BuilderOpenHomeSickbedMutationVariables>;
export const BuilderRecordHomeSickbedVisitDocument = new TypedDocumentString(`
    mutation BuilderRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
  recordHomeSickbedVisit(input: $input) {
    visitCount
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordHomeSickbedVisitMutation, BuilderRecordHomeSickbedVisitMutationVariables>;
export const BuilderCloseHomeSickbedDocument = new TypedDocumentString(`
    mutation BuilderCloseHomeSickbed($input: CloseHomeSickbedInput!) {
  closeHomeSickbed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderCloseHomeSickbedMutation, BuilderCloseHomeSickbedMutationVariables>;
export const BuilderSignCooperationAgreementDocument = new TypedDocumentString(`
    mutation BuilderSignCooperationAgreement($input: SignCooperationAgreementInput!) {
  signCooperationAgreement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderSignCooperationAgreementMutation, BuilderSignCooperationAgreementMutationVariables>;
export const BuilderEndCooperationAgreementDocument = new TypedDocumentString(`
    mutation BuilderEndCooperationAgreement($input: EndCooperationAgreementInput!) {
  endCooperationAgreement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderEndCooperationAgreementMutation, BuilderEndCooperationAgreementMutationVariables>;
export const BuilderFileInsideClinicDocument = new TypedDocumentString(`
    mutation BuilderFileInsideClinic($input: FileInsideClinicInput!) {
  fileInsideClinic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderFileInsideClinicMutation, BuilderFileInsideClinicMutationVariables>;
export const BuilderCloseInsideClinicDocument = new TypedDocumentString(`
    mutation BuilderCloseInsideClinic($input: CloseInsideClinicInput!) {
  closeInsideClinic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderCloseInsideClinicMutation, BuilderCloseInsideClinicMutationVariables>;
export const BuilderRegisterCaregiverDocument = new TypedDocumentString(`
    mutation BuilderRegisterCaregiver($input: RegisterCaregiverInput!) {
  registerCaregiver(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<BuilderRegisterCaregiverMutation, BuilderRegisterCaregiverMutationVariables>;
export const BuilderRecordCaregiverCertificateDocument = new TypedDocumentString(`
    mutation BuilderRecordCaregiverCertificate($input: RecordCaregiverCertificateInput!) {
  recordCaregiverCertificate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordCaregiverCertificateMutation, BuilderRecordCaregiverCertificateMutationVariables>;
export const BuilderOpenCaregiverTrainingProgrammeDocument = new TypedDocumentString(`
    mutation BuilderOpenCaregiverTrainingProgramme($input: OpenCaregiverTrainingProgrammeInput!) {
  openCaregiverTrainingProgramme(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderOpenCaregiverTrainingProgrammeMutation, BuilderOpenCaregiverTrainingProgrammeMutationVariables>;
export const BuilderEnrolCaregiverInTrainingDocument = new TypedDocumentString(`
    mutation BuilderEnrolCaregiverInTraining($input: EnrolCaregiverInTrainingInput!) {
  enrolCaregiverInTraining(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderEnrolCaregiverInTrainingMutation, BuilderEnrolCaregiverInTrainingMutationVariables>;
export const BuilderCompleteCaregiverTrainingDocument = new TypedDocumentString(`
    mutation BuilderCompleteCaregiverTraining($input: CompleteCaregiverTrainingInput!) {
  completeCaregiverTraining(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderCompleteCaregiverTrainingMutation, BuilderCompleteCaregiverTrainingMutationVariables>;
export const BuilderRecordElderCareMajorEnrolmentDocument = new TypedDocumentString(`
    mutation BuilderRecordElderCareMajorEnrolment($input: RecordElderCareMajorEnrolmentInput!) {
  recordElderCareMajorEnrolment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordElderCareMajorEnrolmentMutation, BuilderRecordElderCareMajorEnrolmentMutationVariables>;
export const BuilderEnrolInLtciDocument = new TypedDocumentString(`
    mutation BuilderEnrolInLtci($input: EnrolInLtciInput!) {
  enrolInLtci(input: $input) {
    personKey
  }
}
    `) as unknown as TypedDocumentString<BuilderEnrolInLtciMutation, BuilderEnrolInLtciMutationVariables>;
export const BuilderChangeLtciEnrolmentStatusDocument = new TypedDocumentString(`
    mutation BuilderChangeLtciEnrolmentStatus($input: ChangeLtciEnrolmentStatusInput!) {
  changeLtciEnrolmentStatus(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<BuilderChangeLtciEnrolmentStatusMutation, BuilderChangeLtciEnrolmentStatusMutationVariables>;
export const BuilderRecordLtciAssessmentDocument = new TypedDocumentString(`
    mutation BuilderRecordLtciAssessment($input: RecordLtciAssessmentInput!) {
  recordLtciAssessment(input: $input) {
    grade
  }
}
    `) as unknown as TypedDocumentString<BuilderRecordLtciAssessmentMutation, BuilderRecordLtciAssessmentMutationVariables>;
export const BuilderDesignateLtciProviderDocument = new TypedDocumentString(`
    mutation BuilderDesignateLtciProvider($input: DesignateLtciProviderInput!) {
  designateLtciProvider(input: $input) {
    id
    providerCode
  }
}
    `) as unknown as TypedDocumentString<BuilderDesignateLtciProviderMutation, BuilderDesignateLtciProviderMutationVariables>;