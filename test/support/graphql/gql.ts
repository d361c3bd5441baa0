/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BulkImportAssessments($input: ImportAbilityAssessmentsInput!) {\n    importAbilityAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n      }\n    }\n  }\n": typeof types.BulkImportAssessmentsDocument,
    "\n  query BulkAssessmentBySourceRef($source: String!, $ref: String!) {\n    abilityAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkAssessmentBySourceRefDocument,
    "\n  mutation BulkImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportEldersDocument,
    "\n  query BulkElderBySourceRef($source: String!, $ref: String!) {\n    elderBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      phone\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkElderBySourceRefDocument,
    "\n  query BulkCivilAffairsChanges($after: String) {\n    civilAffairsChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkCivilAffairsChangesDocument,
    "\n  mutation BulkImportLotteryFundAllocations($input: ImportLotteryFundAllocationsInput!) {\n    importLotteryFundAllocations(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportLotteryFundAllocationsDocument,
    "\n  mutation BulkImportLotteryFundDisbursements($input: ImportLotteryFundDisbursementsInput!) {\n    importLotteryFundDisbursements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportLotteryFundDisbursementsDocument,
    "\n  query BulkLotteryFundAllocationBySourceRef($source: String!, $ref: String!) {\n    lotteryFundAllocationBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkLotteryFundAllocationBySourceRefDocument,
    "\n  query BulkLotteryFundDisbursementBySourceRef($source: String!, $ref: String!) {\n    lotteryFundDisbursementBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      decisionReference\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkLotteryFundDisbursementBySourceRefDocument,
    "\n  query BulkLotteryFundBalance($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      unallocatedFen\n    }\n  }\n": typeof types.BulkLotteryFundBalanceDocument,
    "\n  query BulkLotteryFundAllocationRemainder($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      disbursedFen\n      remainderFen\n    }\n  }\n": typeof types.BulkLotteryFundAllocationRemainderDocument,
    "\n  mutation BulkAllocateLotteryFundWithRef($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkAllocateLotteryFundWithRefDocument,
    "\n  mutation BulkReverseLotteryFundDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkReverseLotteryFundDisbursementDocument,
    "\n  query BulkFinanceChanges($after: String) {\n    financeChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkFinanceChangesDocument,
    "\n  mutation BulkImportHospitalStays($input: ImportHospitalStaysInput!) {\n    importHospitalStays(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportHospitalStaysDocument,
    "\n  mutation BulkImportHomeSickbeds($input: ImportHomeSickbedsInput!) {\n    importHomeSickbeds(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportHomeSickbedsDocument,
    "\n  query BulkHospitalStayBySourceRef($source: String!, $ref: String!) {\n    hospitalStayBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      admittedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkHospitalStayBySourceRefDocument,
    "\n  query BulkHomeSickbedBySourceRef($source: String!, $ref: String!) {\n    homeSickbedBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      openedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkHomeSickbedBySourceRefDocument,
    "\n  query BulkHealthChanges($after: String) {\n    healthChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkHealthChangesDocument,
    "\n  mutation BulkAdmitToHospitalWithRef($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkAdmitToHospitalWithRefDocument,
    "\n  mutation BulkOpenHomeSickbedWithRef($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkOpenHomeSickbedWithRefDocument,
    "\n  mutation BulkImportCaregivers($input: ImportCaregiversInput!) {\n    importCaregivers(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportCaregiversDocument,
    "\n  mutation BulkImportCaregiverCertificates($input: ImportCaregiverCertificatesInput!) {\n    importCaregiverCertificates(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportCaregiverCertificatesDocument,
    "\n  query BulkCaregiverBySourceRef($source: String!, $ref: String!) {\n    caregiverBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      role\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkCaregiverBySourceRefDocument,
    "\n  query BulkCaregiverCertificateBySourceRef($source: String!, $ref: String!) {\n    caregiverCertificateBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      certificateNumber\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkCaregiverCertificateBySourceRefDocument,
    "\n  mutation BulkRegisterCaregiverWithRef($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n": typeof types.BulkRegisterCaregiverWithRefDocument,
    "\n  query BulkHumanResourcesChanges($after: String) {\n    humanResourcesChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkHumanResourcesChangesDocument,
    "\n  mutation BulkImportLtciEnrolments($input: ImportLtciEnrolmentsInput!) {\n    importLtciEnrolments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportLtciEnrolmentsDocument,
    "\n  mutation BulkImportLtciAssessments($input: ImportLtciAssessmentsInput!) {\n    importLtciAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportLtciAssessmentsDocument,
    "\n  mutation BulkImportLtciSettlements($input: ImportLtciSettlementsInput!) {\n    importLtciSettlements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BulkImportLtciSettlementsDocument,
    "\n  query BulkLtciEnrolmentBySourceRef($source: String!, $ref: String!) {\n    ltciEnrolmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      scheme\n      status\n      since\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkLtciEnrolmentBySourceRefDocument,
    "\n  query BulkLtciAssessmentBySourceRef($source: String!, $ref: String!) {\n    ltciAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      grade\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkLtciAssessmentBySourceRefDocument,
    "\n  query BulkLtciSettlementBySourceRef($source: String!, $ref: String!) {\n    ltciSettlementBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      month\n      days\n      fundFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": typeof types.BulkLtciSettlementBySourceRefDocument,
    "\n  query BulkMedicalInsuranceChanges($after: String) {\n    medicalInsuranceChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkMedicalInsuranceChangesDocument,
    "\n  mutation BulkEnrolInLtciWithRef($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkEnrolInLtciWithRefDocument,
    "\n  mutation BulkRecordLtciAssessmentWithRef($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkRecordLtciAssessmentWithRefDocument,
    "\n  mutation BulkSettleLtciMonthWithRef($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n": typeof types.BulkSettleLtciMonthWithRefDocument,
    "\n  query ChangeFeedCivilAffairs($after: String, $first: Int) {\n    civilAffairsChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeFeedCivilAffairsDocument,
    "\n  query ChangeFeedHealth($after: String, $first: Int) {\n    healthChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeFeedHealthDocument,
    "\n  query ChangeFeedMedicalInsurance($after: String, $first: Int) {\n    medicalInsuranceChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeFeedMedicalInsuranceDocument,
    "\n  query ChangeFeedHumanResources($after: String, $first: Int) {\n    humanResourcesChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeFeedHumanResourcesDocument,
    "\n  query ChangeFeedFinance($after: String, $first: Int) {\n    financeChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeFeedFinanceDocument,
    "\n  mutation ChangeFeedUpdateElder($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n": typeof types.ChangeFeedUpdateElderDocument,
    "\n  mutation ChangeFeedUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n": typeof types.ChangeFeedUpdateMedicalInstitutionDocument,
    "\n  mutation ChangeFeedSuspendEnrolment($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeFeedSuspendEnrolmentDocument,
    "\n  mutation ChangeFeedAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeFeedAllocateDocument,
    "\n  mutation ChangeFeedRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": typeof types.ChangeFeedRegisterElderDocument,
    "\n  query ChangeFeedAuditTrail($personKey: ID!) {\n    civilAffairsAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        kind\n        operation\n        fields\n      }\n    }\n  }\n": typeof types.ChangeFeedAuditTrailDocument,
    "\n  mutation AgeFriendlyDesignate($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      level\n      designatedYear\n      name\n      communityCode\n      townCode\n      districtCode\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n": typeof types.AgeFriendlyDesignateDocument,
    "\n  query AgeFriendlyInArea($code: ID!, $level: AgeFriendlyLevel) {\n    area(code: $code) {\n      ageFriendlyCommunities(level: $level) {\n        id\n        name\n        level\n        designatedYear\n      }\n    }\n  }\n": typeof types.AgeFriendlyInAreaDocument,
    "\n  mutation AllowancePay($input: RecordAllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      kind\n      month\n      amountFen\n      paidOn\n      elder {\n        name\n      }\n    }\n  }\n": typeof types.AllowancePayDocument,
    "\n  mutation AllowancePayMany($input: RecordAllowancePaymentsInput!) {\n    recordAllowancePayments(input: $input) {\n      month\n      amountFen\n      elder {\n        name\n      }\n    }\n  }\n": typeof types.AllowancePayManyDocument,
    "\n  query AllowancesOfElder($key: ID!, $year: Int) {\n    elder(personKey: $key) {\n      allowances(year: $year) {\n        kind\n        month\n        amountFen\n        paidOn\n      }\n    }\n  }\n": typeof types.AllowancesOfElderDocument,
    "\n  query CivilAffairsAreaOnDateInstitution($code: ID!) {\n    institution(code: $code) {\n      extremePovertySupport\n    }\n  }\n": typeof types.CivilAffairsAreaOnDateInstitutionDocument,
    "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area {\n          name\n          parent {\n            name\n          }\n        }\n        district {\n          name\n        }\n        latestAssessment {\n          level\n          assessedOn\n        }\n        assessments {\n          level\n        }\n        currentInstitutionStay {\n          admittedOn\n          bed {\n            kind\n            label\n          }\n          institution {\n            name\n            rating\n            bedCounts {\n              kind\n              capacity\n              occupied\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EldersWithRelationsDocument,
    "\n  mutation CareAssign($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n      careType\n      institutionCode\n    }\n  }\n": typeof types.CareAssignDocument,
    "\n  mutation CareEndAssignment($input: EndCareAssignmentInput!) {\n    endCareAssignment(input: $input) {\n      endedOn\n    }\n  }\n": typeof types.CareEndAssignmentDocument,
    "\n  query CareCurrentCountOfInstitution($code: ID!) {\n    institution(code: $code) {\n      currentCareAssignmentCount\n    }\n  }\n": typeof types.CareCurrentCountOfInstitutionDocument,
    "\n  query CareAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n": typeof types.CareAssignmentsOfElderDocument,
    "\n  query CareAssignmentsOfResident($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          __typename\n          personKey\n        }\n        institution {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CareAssignmentsOfResidentDocument,
    "\n  query CareCurrentAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments(currentOnly: true) {\n        id\n      }\n    }\n  }\n": typeof types.CareCurrentAssignmentsOfElderDocument,
    "\n  query CareSeededEldersWithAssignments($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        currentInstitutionStay {\n          institutionCode\n        }\n        careAssignments(currentOnly: true) {\n          careType\n          institutionCode\n          caregiver {\n            personKey\n          }\n          institution {\n            currentCareAssignmentCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.CareSeededEldersWithAssignmentsDocument,
    "\n  query CommunityServicesElders($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        age\n        livingSituation\n        specialFamilyPlanningFamily\n        economicStatus\n        latestAssessment {\n          level\n        }\n        lastVisitedOn\n        visits(from: $from, to: $to) {\n          visitedOn\n          specialDifficulty\n        }\n        allowances(year: $year) {\n          kind\n          month\n          amountFen\n        }\n      }\n    }\n  }\n": typeof types.CommunityServicesEldersDocument,
    "\n  query CommunityServicesAreas($level: AreaLevel!) {\n    areas(level: $level) {\n      code\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n      facilityCounts {\n        kind\n        count\n      }\n      ageFriendlyCommunities {\n        level\n      }\n    }\n  }\n": typeof types.CommunityServicesAreasDocument,
    "\n  query CommunityServicesFacilityCounts {\n    districts: areas(level: DISTRICT) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    streets: areas(level: STREET) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    towns: areas(level: TOWN) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    city: area(code: \"371000\") {\n      facilityCounts {\n        kind\n        count\n      }\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n    }\n  }\n": typeof types.CommunityServicesFacilityCountsDocument,
    "\n  mutation ElderProfileRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n      sex\n      birthDate\n    }\n  }\n": typeof types.ElderProfileRegisterElderDocument,
    "\n  mutation ElderProfileRegisterInstitution($home: RegisterInstitutionInput!) {\n    registerInstitution(input: $home) {\n      code\n    }\n  }\n": typeof types.ElderProfileRegisterInstitutionDocument,
    "\n  query ElderProfileByIdNumber($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      maskedIdNumber\n      area {\n        code\n        name\n        level\n        parent {\n          name\n        }\n      }\n      district {\n        name\n        fiveBedPilot\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n": typeof types.ElderProfileByIdNumberDocument,
    "\n  query ElderProfileRegistryTotals {\n    elders(page: { limit: 10 }) {\n      total\n    }\n    institutions {\n      total\n    }\n  }\n": typeof types.ElderProfileRegistryTotalsDocument,
    "\n  mutation FacilityUpdate($id: ID!, $input: UpdateFacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      name\n      starRating\n      closedOn\n    }\n  }\n": typeof types.FacilityUpdateDocument,
    "\n  query FacilitiesOfArea($code: ID!, $kind: FacilityKind) {\n    area(code: $code) {\n      facilities(kind: $kind) {\n        id\n        name\n        kind\n        districtCode\n        townCode\n      }\n      facilityCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.FacilitiesOfAreaDocument,
    "\n  query FacilityList($filter: FacilityFilter) {\n    communityFacilities(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        name\n        kind\n        starRating\n        closedOn\n        districtCode\n        district {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FacilityListDocument,
    "\n  query FacilityById($id: ID!) {\n    communityFacility(id: $id) {\n      name\n      starRating\n      closedOn\n    }\n  }\n": typeof types.FacilityByIdDocument,
    "\n  mutation FamilyBedOpen($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n      openedOn\n    }\n  }\n": typeof types.FamilyBedOpenDocument,
    "\n  mutation FamilyBedClose($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n": typeof types.FamilyBedCloseDocument,
    "\n  query FamilyBedCount($area: ID) {\n    currentFamilyBedCount(areaCode: $area)\n  }\n": typeof types.FamilyBedCountDocument,
    "\n  query FamilyBedsListed($filter: FamilyBedFilter!) {\n    familyBeds(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        personKey\n        closedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FamilyBedsListedDocument,
    "\n  query FamilyBedProfile($key: ID!, $operator: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n        districtCode\n        townCode\n        communityCode\n        operator {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n      }\n    }\n    institution(code: $operator) {\n      operatedFamilyBeds {\n        openedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FamilyBedProfileDocument,
    "\n  query FamilyBedHistory($key: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n      }\n      familyBeds {\n        openedOn\n        closedOn\n        closeReason\n        operator {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FamilyBedHistoryDocument,
    "\n  query FamilyBedsSeeded($limit: Int!) {\n    currentFamilyBedCount\n    familyBeds(page: { limit: $limit }) {\n      total\n      items {\n        districtCode\n        elder {\n          districtCode\n          currentInstitutionStay {\n            id\n          }\n          currentFamilyBed {\n            id\n          }\n        }\n        operator {\n          operatedFamilyBeds {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.FamilyBedsSeededDocument,
    "\n  query FamilyBedsSeededElders {\n    elders(filter: { includeDeceased: true }, page: { limit: 1 }) {\n      total\n    }\n  }\n": typeof types.FamilyBedsSeededEldersDocument,
    "\n  query PagingEldersByOffset($offset: Int!, $limit: Int!) {\n    elders(page: { offset: $offset, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PagingEldersByOffsetDocument,
    "\n  query PagingEldersAfter($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PagingEldersAfterDocument,
    "\n  query PagingEldersWithTotal($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      total\n      items {\n        personKey\n      }\n      hasNextPage\n    }\n  }\n": typeof types.PagingEldersWithTotalDocument,
    "\n  mutation ResidentialDevelopmentHandover($input: RecordFacilityHandoverInput!) {\n    recordFacilityHandover(input: $input) {\n      id\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n    }\n  }\n": typeof types.ResidentialDevelopmentHandoverDocument,
    "\n  query ResidentialDevelopmentById($id: ID!, $day: LocalDate) {\n    residentialDevelopment(id: $id) {\n      id\n      name\n      households\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      compliantOnDay: compliant(asOf: $day)\n    }\n  }\n": typeof types.ResidentialDevelopmentByIdDocument,
    "\n  query ResidentialDevelopmentList($filter: ResidentialDevelopmentFilter, $page: PageInput) {\n    residentialDevelopments(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        name\n        compliant\n        deliveredOn\n        districtCode\n        townCode\n        communityCode\n      }\n    }\n  }\n": typeof types.ResidentialDevelopmentListDocument,
    "\n  query ResidentialDevelopmentAuditTrail {\n    civilAffairsAuditTrail(filter: { callerId: \"civil-affairs-system\" }, page: { limit: 1000 }) {\n      items {\n        operation\n        kind\n        recordIds\n        fields\n      }\n    }\n  }\n": typeof types.ResidentialDevelopmentAuditTrailDocument,
    "\n  query ResidentialDevelopmentsSeeded {\n    streets: areas(level: STREET) {\n      code\n    }\n    all: residentialDevelopments(page: { limit: 1000 }) {\n      total\n      items {\n        townCode\n        households\n        deliveredOn\n        facilityAreaM2\n        facilityHandedOverOn\n        requiredFacilityAreaM2\n        compliant\n      }\n    }\n    compliant: residentialDevelopments(filter: { compliant: true }) {\n      total\n    }\n  }\n": typeof types.ResidentialDevelopmentsSeededDocument,
    "\n  query RunsAloneElderProfile($key: ID!) {\n    elder(personKey: $key) {\n      name\n      currentInstitutionStay {\n        admittedOn\n        institution {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n        closedOn\n      }\n    }\n  }\n": typeof types.RunsAloneElderProfileDocument,
    "\n  query VisitsOfElder($key: ID!, $from: LocalDate, $to: LocalDate) {\n    elder(personKey: $key) {\n      lastVisitedOn\n      visits(from: $from, to: $to) {\n        visitedOn\n        method\n        visitorName\n      }\n    }\n  }\n": typeof types.VisitsOfElderDocument,
    "\n  query WaitlistOfInstitution($code: ID!) {\n    institutionWaitlist(institutionCode: $code) {\n      position\n      priorityTier\n      appliedOn\n      elder {\n        name\n      }\n    }\n  }\n": typeof types.WaitlistOfInstitutionDocument,
    "\n  query WaitlistViaInstitution($code: ID!) {\n    institution(code: $code) {\n      waitlist {\n        position\n        priorityTier\n        appliedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": typeof types.WaitlistViaInstitutionDocument,
    "\n  query WaitlistEntriesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      waitlistEntries {\n        id\n        status\n        position\n        priorityTier\n        statusChangedOn\n        institution {\n          name\n        }\n      }\n    }\n  }\n": typeof types.WaitlistEntriesOfElderDocument,
    "\n  mutation WaitlistWithdraw($input: WithdrawFromWaitlistInput!) {\n    withdrawFromWaitlist(input: $input) {\n      status\n      statusChangedOn\n      position\n    }\n  }\n": typeof types.WaitlistWithdrawDocument,
    "\n  mutation WaitlistMarkAdmitted($input: MarkWaitlistAdmittedInput!) {\n    markWaitlistAdmitted(input: $input) {\n      status\n      statusChangedOn\n      stayId\n      position\n    }\n  }\n": typeof types.WaitlistMarkAdmittedDocument,
    "\n  query WaitlistsOfSeededInstitutions($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        ownership\n        waitlist {\n          position\n          priorityTier\n          appliedOn\n          elder {\n            name\n            waitlistEntries {\n              status\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaitlistsOfSeededInstitutionsDocument,
    "\n  query DeprecatedUnitNames($today: LocalDate!) {\n    ltciRateTable {\n      employeeFundRatioBp\n      employeeFundRatioBasisPoints\n      residentFundRatioBp\n      residentFundRatioBasisPoints\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        residentActiveShareBp\n        residentActiveShareBasisPoints\n      }\n    }\n    institutions(page: { limit: 20 }) {\n      items {\n        certifiedShare {\n          targetPercent\n          targetBasisPoints\n        }\n      }\n    }\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-01-01\", to: $today, windowDays: 30) {\n      beds {\n        occupancyRate\n        occupancyBasisPoints\n      }\n    }\n  }\n": typeof types.DeprecatedUnitNamesDocument,
    "\n  query AreaOnDateLotteryFundYearFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      elderCareAllocatedFen\n      elderCareShare {\n        met\n      }\n    }\n  }\n": typeof types.AreaOnDateLotteryFundYearFiguresDocument,
    "\n  mutation LotteryFundRecord($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      source\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n": typeof types.LotteryFundRecordDocument,
    "\n  mutation LotteryFundAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      category\n      programme\n      areaCode\n      amountFen\n      remainderFen\n    }\n  }\n": typeof types.LotteryFundAllocateDocument,
    "\n  mutation LotteryFundDisburse($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n      amountFen\n      status\n      recipientKind\n    }\n  }\n": typeof types.LotteryFundDisburseDocument,
    "\n  mutation LotteryFundReverseDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n      status\n      reversedOn\n      reversalReason\n    }\n  }\n": typeof types.LotteryFundReverseDisbursementDocument,
    "\n  query LotteryFundById($id: ID!) {\n    lotteryFund(id: $id) {\n      amountFen\n      allocatedFen\n      elderCareAllocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      allocations {\n        amountFen\n      }\n    }\n  }\n": typeof types.LotteryFundByIdDocument,
    "\n  query LotteryFundAllocationById($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      amountFen\n      disbursedFen\n      remainderFen\n      disbursements {\n        amountFen\n        status\n      }\n    }\n  }\n": typeof types.LotteryFundAllocationByIdDocument,
    "\n  query LotteryFundsOfLevelAndYear($area: ID!, $year: Int!) {\n    lotteryFunds(filter: { areaCode: $area, raisedYear: $year }) {\n      amountFen\n    }\n  }\n": typeof types.LotteryFundsOfLevelAndYearDocument,
    "\n  query LotteryFundAreaReportInFull($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      area {\n        name\n      }\n      raisedYear\n      spendingYear\n      funds {\n        source\n        amountFen\n        allocatedFen\n        unallocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      disbursedFen\n      disbursements {\n        total\n        items {\n          amountFen\n          recipientKind\n          institution {\n            name\n            rating\n          }\n          elder {\n            name\n          }\n          programmeRecipient\n          decisionReference\n        }\n      }\n    }\n  }\n": typeof types.LotteryFundAreaReportInFullDocument,
    "\n  query LotteryFundFiguresOfAreaAndYear($area: ID!, $year: Int!) {\n    area(code: $area) {\n      name\n      lotteryFundFigures(fromYear: $year, toYear: $year) {\n        areaCode\n        raisedYear\n        spendingYear\n        retainedFen\n        allocatedFen\n        elderCareAllocatedFen\n        unallocatedFen\n        disbursedFen\n        elderCareShare {\n          basisPoints\n          met\n        }\n      }\n    }\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      retainedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n": typeof types.LotteryFundFiguresOfAreaAndYearDocument,
    "\n  query LotteryFundPaymentsToInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      lotteryFundPayments {\n        amountFen\n      }\n      all: lotteryFundPayments(includeReversed: true) {\n        status\n      }\n    }\n  }\n": typeof types.LotteryFundPaymentsToInstitutionDocument,
    "\n  query LotteryFundPaymentsToElder($key: ID!) {\n    elder(personKey: $key) {\n      name\n      lotteryFundPayments {\n        amountFen\n        purpose\n      }\n    }\n  }\n": typeof types.LotteryFundPaymentsToElderDocument,
    "\n  query LotteryFundPaymentsToCaregivers($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year, recipientKind: CAREGIVER }) {\n      items {\n        caregiver {\n          personKey\n          lotteryFundPayments {\n            amountFen\n          }\n        }\n      }\n    }\n  }\n": typeof types.LotteryFundPaymentsToCaregiversDocument,
    "\n  query LotteryFundRecipientNames($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          institution {\n            name\n          }\n          elder {\n            name\n          }\n          caregiver {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LotteryFundRecipientNamesDocument,
    "\n  query LotteryFundReportAggregates($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      funds {\n        amountFen\n        allocations {\n          programme\n          amountFen\n          remainderFen\n        }\n      }\n      elderCareShare {\n        met\n      }\n      disbursedFen\n    }\n  }\n": typeof types.LotteryFundReportAggregatesDocument,
    "\n  query LotteryFundReportDisbursements($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          purpose\n          institution {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LotteryFundReportDisbursementsDocument,
    "\n  query LotteryFundDisbursementTotal {\n    lotteryFundDisbursements {\n      total\n    }\n  }\n": typeof types.LotteryFundDisbursementTotalDocument,
    "\n  query LotteryFundPaidPersonKeys($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year }) {\n      items {\n        personKey\n      }\n    }\n  }\n": typeof types.LotteryFundPaidPersonKeysDocument,
    "\n  query LotteryFundReportElderKeys($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          elder {\n            personKey\n          }\n        }\n      }\n    }\n  }\n": typeof types.LotteryFundReportElderKeysDocument,
    "\n  query LotteryFundFinanceAuditTrail($key: ID!) {\n    financeAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        operation\n        kind\n        fields\n      }\n    }\n    financeAuditVerification {\n      valid\n    }\n  }\n": typeof types.LotteryFundFinanceAuditTrailDocument,
    "\n  query SeededLotteryFundFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      spendingYear\n      retainedFen\n      allocatedFen\n      disbursedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n": typeof types.SeededLotteryFundFiguresDocument,
    "\n  query SeededLotteryFundRecipients {\n    institutions: lotteryFundDisbursements(filter: { recipientKind: INSTITUTION }, page: { limit: 1000 }) {\n      total\n      items {\n        institution {\n          code\n          name\n        }\n      }\n    }\n    elders: lotteryFundDisbursements(filter: { recipientKind: ELDER }, page: { limit: 1000 }) {\n      total\n      items {\n        elder {\n          personKey\n          name\n        }\n      }\n    }\n    caregivers: lotteryFundDisbursements(filter: { recipientKind: CAREGIVER }, page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n": typeof types.SeededLotteryFundRecipientsDocument,
    "\n  query SeededLotteryFundDecisions {\n    lotteryFundDisbursements(page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        decisionReference\n        status\n      }\n    }\n  }\n": typeof types.SeededLotteryFundDecisionsDocument,
    "\n  query SeededLotteryFundsWithPage($year: Int!, $limit: Int!) {\n    lotteryFunds(filter: { raisedYear: $year }) {\n      amountFen\n      allocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        met\n      }\n      allocations {\n        amountFen\n        disbursedFen\n        remainderFen\n        fund {\n          areaCode\n        }\n      }\n    }\n    lotteryFundDisbursements(filter: { raisedYear: $year }, page: { limit: $limit }) {\n      items {\n        amountFen\n        allocation {\n          programme\n          remainderFen\n        }\n        personKey\n      }\n    }\n  }\n": typeof types.SeededLotteryFundsWithPageDocument,
    "\n  mutation FiveBedCloseFamilyBed($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      id\n    }\n  }\n": typeof types.FiveBedCloseFamilyBedDocument,
    "\n  mutation FiveBedDischargeFromInstitution($input: DischargeFromInstitutionInput!) {\n    dischargeFromInstitution(input: $input) {\n      id\n    }\n  }\n": typeof types.FiveBedDischargeFromInstitutionDocument,
    "\n  mutation FiveBedSettleLtciMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n": typeof types.FiveBedSettleLtciMonthDocument,
    "\n  query FiveBedLinkageOfArea($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {\n      areaCode\n      from\n      to\n      windowDays\n      pilot\n      area {\n        name\n      }\n      beds {\n        kind\n        capacity\n        occupied\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n      }\n      hospitalDischarges\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithoutNextBed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n": typeof types.FiveBedLinkageOfAreaDocument,
    "\n  query FiveBedLinkageDefaultPeriod {\n    fiveBedLinkage(areaCode: \"371002\") {\n      from\n      to\n      windowDays\n      pilot\n    }\n  }\n": typeof types.FiveBedLinkageDefaultPeriodDocument,
    "\n  query FiveBedJourneyOfElder($key: ID!) {\n    elder(personKey: $key) {\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        facilityCode\n        institution {\n          name\n        }\n        medicalInstitution {\n          code\n          name\n        }\n        ltciCareForm\n      }\n      currentFiveBed {\n        kind\n        startedOn\n        facilityCode\n      }\n    }\n  }\n": typeof types.FiveBedJourneyOfElderDocument,
    "\n  query FiveBedCurrentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n    }\n  }\n": typeof types.FiveBedCurrentOfElderDocument,
    "\n  query FiveBedJourneyAuditTrail($key: ID!) {\n    jointMeetingAuditTrail(filter: { personKey: $key, callerId: \"health-system\" }) {\n      items {\n        operation\n        fields\n      }\n    }\n  }\n": typeof types.FiveBedJourneyAuditTrailDocument,
    "\n  query ParityElder($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      personKey\n      name\n      maskedIdNumber\n      age\n      area {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n        assessor\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParityElderDocument,
    "\n  query ParityElderAcrossDepartments($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        institution {\n          name\n          rating\n          medicalCareIntegrated\n          ltciDesignation {\n            designatedFrom\n          }\n          certifiedShare {\n            ratio\n          }\n        }\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n      }\n      latestLtciGrade\n      ltciSettlements(year: 2026) {\n        month\n        careForm\n        fundFen\n        selfPaidFen\n      }\n      careAssignments {\n        caregiver {\n          name\n          role\n          certificates {\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParityElderAcrossDepartmentsDocument,
    "\n  query ParityElderFiveBed($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        institution {\n          name\n        }\n        medicalInstitution {\n          name\n        }\n        ltciCareForm\n      }\n    }\n  }\n": typeof types.ParityElderFiveBedDocument,
    "\n  query ParityInstitutions {\n    institutions(filter: { areaCode: \"371083\", minRating: 3 }, page: { limit: 20 }) {\n      total\n      items {\n        code\n        name\n        ownership\n        rating\n        offersHomeVisits\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n  }\n": typeof types.ParityInstitutionsDocument,
    "\n  query ParityLotteryFund {\n    lotteryFundAreaReport(areaCode: \"371083\", raisedYear: 2025) {\n      funds {\n        source\n        amountFen\n        allocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        met\n      }\n      disbursedFen\n    }\n  }\n": typeof types.ParityLotteryFundDocument,
    "\n  query ParityFiveBedLinkage {\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-07-01\", to: \"2026-09-30\", windowDays: 30) {\n      pilot\n      beds {\n        kind\n        capacity\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n": typeof types.ParityFiveBedLinkageDocument,
    "\n  query ParityIndicatorReport {\n    indicatorAreas(asOf: \"2025-12-31\") {\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        definition {\n          nameZh\n          nameEn\n          unit\n          deadline\n          baseline2020\n        }\n        numerator\n        denominator\n        value\n        target\n        status\n        breakdowns {\n          key\n          label\n          numerator\n          value\n        }\n      }\n    }\n  }\n": typeof types.ParityIndicatorReportDocument,
    "\n  query ParityEldersInCare {\n    elders(page: { limit: 500 }) {\n      items {\n        idNumber\n        currentInstitutionStay {\n          admittedOn\n        }\n        hospitalStays {\n          admittedOn\n        }\n      }\n    }\n  }\n": typeof types.ParityEldersInCareDocument,
    "\n  mutation HealthAccessRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n": typeof types.HealthAccessRegisterMedicalInstitutionDocument,
    "\n  mutation HealthAccessAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": typeof types.HealthAccessAdmitToHospitalDocument,
    "\n  query HealthAccessMedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n": typeof types.HealthAccessMedicalInstitutionTotalDocument,
    "\n  query HealthAccessPatientRecords($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n      homeSickbeds {\n        openedOn\n      }\n      hospiceStays {\n        admittedOn\n      }\n      currentHealthBed {\n        __typename\n      }\n    }\n  }\n": typeof types.HealthAccessPatientRecordsDocument,
    "\n  query HealthAccessHospitalStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n": typeof types.HealthAccessHospitalStaysDocument,
    "\n  query HealthAccessSharedRecords($code: ID!) {\n    medicalInstitutions(page: { limit: 3 }) {\n      items {\n        name\n        bedCounts {\n          kind\n          occupied\n        }\n      }\n    }\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        services\n      }\n    }\n  }\n": typeof types.HealthAccessSharedRecordsDocument,
    "\n  query HealthAccessAreaFigures {\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        shareBasisPoints\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    medicalInstitutions {\n      total\n    }\n  }\n": typeof types.HealthAccessAreaFiguresDocument,
    "\n  query HealthAccessAuditTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        callerId\n        kind\n        fields\n      }\n    }\n    healthAuditVerification {\n      valid\n    }\n  }\n": typeof types.HealthAccessAuditTrailDocument,
    "\n  query HealthAccessAuditEntriesOf($callerId: String!, $from: String!) {\n    healthAuditTrail(filter: { callerId: $callerId, from: $from }) {\n      items {\n        kind\n      }\n    }\n  }\n": typeof types.HealthAccessAuditEntriesOfDocument,
    "\n  query HealthAccessAuditTotal {\n    healthAuditTrail {\n      total\n    }\n  }\n": typeof types.HealthAccessAuditTotalDocument,
    "\n  mutation AreaOnDateHealthUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n": typeof types.AreaOnDateHealthUpdateMedicalInstitutionDocument,
    "\n  mutation HealthBedsAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      personKey\n      admittedOn\n      dischargedOn\n      medicalInstitution {\n        name\n      }\n    }\n  }\n": typeof types.HealthBedsAdmitToHospitalDocument,
    "\n  mutation HealthBedsDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      dischargedOn\n      dischargeDestination\n    }\n  }\n": typeof types.HealthBedsDischargeFromHospitalDocument,
    "\n  mutation HealthBedsAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n      admittedOn\n    }\n  }\n": typeof types.HealthBedsAdmitToHospiceDocument,
    "\n  mutation HealthBedsDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      dischargedOn\n      dischargeReason\n    }\n  }\n": typeof types.HealthBedsDischargeFromHospiceDocument,
    "\n  mutation HealthBedsOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n      districtCode\n      townCode\n      visitCount\n    }\n  }\n": typeof types.HealthBedsOpenHomeSickbedDocument,
    "\n  mutation HealthBedsRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n      lastVisitedOn\n    }\n  }\n": typeof types.HealthBedsRecordHomeSickbedVisitDocument,
    "\n  mutation HealthBedsCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n": typeof types.HealthBedsCloseHomeSickbedDocument,
    "\n  query HealthBedsBedCounts($code: ID!) {\n    medicalInstitution(code: $code) {\n      bedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n  }\n": typeof types.HealthBedsBedCountsDocument,
    "\n  query HealthBedsJourney($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n        dischargeDestination\n        medicalInstitution {\n          name\n          level\n        }\n      }\n      homeSickbeds {\n        openedOn\n        closedOn\n        closeReason\n        visitCount\n        medicalInstitution {\n          name\n        }\n      }\n      hospiceStays {\n        admittedOn\n        dischargedOn\n        dischargeReason\n        medicalInstitution {\n          name\n        }\n      }\n      currentHealthBed {\n        __typename\n        ... on HospitalStay {\n          admittedOn\n        }\n        ... on HomeSickbed {\n          openedOn\n        }\n        ... on HospiceStay {\n          admittedOn\n        }\n      }\n    }\n  }\n": typeof types.HealthBedsJourneyDocument,
    "\n  mutation MedicalCareIntegrationSign($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n      validFrom\n      validTo\n      inForce\n      ended\n      services\n      medicalInstitution {\n        name\n      }\n    }\n  }\n": typeof types.MedicalCareIntegrationSignDocument,
    "\n  mutation MedicalCareIntegrationEnd($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      endedOn\n      inForce\n      ended\n    }\n  }\n": typeof types.MedicalCareIntegrationEndDocument,
    "\n  mutation MedicalCareIntegrationFileClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n      name\n      kind\n      filedOn\n    }\n  }\n": typeof types.MedicalCareIntegrationFileClinicDocument,
    "\n  mutation MedicalCareIntegrationCloseClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      closedOn\n    }\n  }\n": typeof types.MedicalCareIntegrationCloseClinicDocument,
    "\n  query MedicalCareIntegrationInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      rating\n      medicalCareIntegrated\n      cooperationAgreements {\n        validFrom\n        services\n        inForce\n        medicalInstitution {\n          name\n          kind\n        }\n      }\n      insideClinic {\n        name\n        kind\n        filingNumber\n      }\n    }\n  }\n": typeof types.MedicalCareIntegrationInstitutionDocument,
    "\n  query MedicalCareIntegrationAgreementsWithEnded($code: ID!) {\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        id\n      }\n      all: cooperationAgreements(includeEnded: true) {\n        endedOn\n      }\n    }\n  }\n": typeof types.MedicalCareIntegrationAgreementsWithEndedDocument,
    "\n  mutation MedicalInstitutionRegister($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n      name\n      districtCode\n      townCode\n      level\n      hospiceProvider\n      internetNursing\n    }\n  }\n": typeof types.MedicalInstitutionRegisterDocument,
    "\n  mutation MedicalInstitutionUpdate($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      medicalBeds\n      internetNursing\n    }\n  }\n": typeof types.MedicalInstitutionUpdateDocument,
    "\n  query MedicalInstitutionsInArea($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area }) {\n      total\n      items {\n        name\n        level\n        district {\n          code\n        }\n        town {\n          code\n        }\n      }\n    }\n  }\n": typeof types.MedicalInstitutionsInAreaDocument,
    "\n  query MedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n": typeof types.MedicalInstitutionTotalDocument,
    "\n  query MedicalInstitutionsFiltered($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area, isPublic: false }) {\n      items {\n        name\n      }\n    }\n    hospice: medicalInstitutions(filter: { areaCode: $area, hospiceProvider: true, minLevel: 2 }) {\n      items {\n        name\n      }\n    }\n  }\n": typeof types.MedicalInstitutionsFilteredDocument,
    "\n  query MedicalInstitutionAreaFigures($town: ID!) {\n    areas(level: DISTRICT) {\n      code\n      name\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n      openHomeSickbedCount\n    }\n    town: area(code: $town) {\n      code\n      hospiceProviderCount\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    city: area(code: \"371000\") {\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n": typeof types.MedicalInstitutionAreaFiguresDocument,
    "\n  query MedicalInstitutionCityCoverage {\n    area(code: \"371000\") {\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n": typeof types.MedicalInstitutionCityCoverageDocument,
    "\n  query MedicalInstitutionBedStock($code: ID!) {\n    medicalInstitution(code: $code) {\n      medicalBeds\n    }\n  }\n": typeof types.MedicalInstitutionBedStockDocument,
    "\n  query SeededHealthEldersWithHealthBeds($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        districtCode\n        hospitalStays {\n          admittedOn\n          dischargedOn\n          dischargeDestination\n          medicalInstitution {\n            code\n            name\n          }\n        }\n        homeSickbeds {\n          openedOn\n          closedOn\n          visitCount\n          medicalInstitution {\n            name\n          }\n        }\n        hospiceStays {\n          admittedOn\n          dischargedOn\n          medicalInstitution {\n            name\n            hospiceProvider\n          }\n        }\n        currentHealthBed {\n          __typename\n          ... on HospitalStay {\n            admittedOn\n          }\n          ... on HomeSickbed {\n            openedOn\n          }\n          ... on HospiceStay {\n            admittedOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeededHealthEldersWithHealthBedsDocument,
    "\n  query SeededHealthMedicalInstitutions {\n    medicalInstitutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n      }\n    }\n  }\n": typeof types.SeededHealthMedicalInstitutionsDocument,
    "\n  query SeededHealthIntegratedInstitutions {\n    institutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        rating\n        medicalCareIntegrated\n        cooperationAgreements {\n          inForce\n          medicalInstitution {\n            code\n          }\n        }\n        insideClinic {\n          filedOn\n        }\n      }\n    }\n  }\n": typeof types.SeededHealthIntegratedInstitutionsDocument,
    "\n  query WorkforceAreaOnDateDesignatedStaff($asOf: LocalDate!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [\"371083\", \"371000\"]) {\n      areaCode\n      asOf\n      indicators(codes: [\"M20-LTC\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": typeof types.WorkforceAreaOnDateDesignatedStaffDocument,
    "\n  query WorkforceAreaOnDateTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n    }\n  }\n": typeof types.WorkforceAreaOnDateTrainingGoalsDocument,
    "\n  mutation CaregiverRegister($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employerCode\n    }\n  }\n": typeof types.CaregiverRegisterDocument,
    "\n  query CaregiverProfile($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employer {\n        code\n      }\n      certified\n      certificates {\n        id\n      }\n    }\n  }\n": typeof types.CaregiverProfileDocument,
    "\n  query CaregiverByIdNumber($id: String!) {\n    caregiverByIdNumber(idNumber: $id) {\n      sex\n      districtCode\n      employer {\n        code\n      }\n      graduationYear\n    }\n  }\n": typeof types.CaregiverByIdNumberDocument,
    "\n  query CaregiverMaskedIdentity($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      idNumber\n      phone\n    }\n  }\n": typeof types.CaregiverMaskedIdentityDocument,
    "\n  query CaregiverCount {\n    caregivers(filter: { includeFormer: true }) {\n      total\n    }\n  }\n": typeof types.CaregiverCountDocument,
    "\n  mutation CaregiverCertify($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n      kind\n      level\n      levelRank\n      validToday\n    }\n  }\n": typeof types.CaregiverCertifyDocument,
    "\n  query CaregiverCertificateNumbers($key: ID!) {\n    caregiver(personKey: $key) {\n      certified\n      certificates {\n        certificateNumber\n      }\n    }\n  }\n": typeof types.CaregiverCertificateNumbersDocument,
    "\n  query CaregiverInstitutionShare($code: ID!) {\n    institution(code: $code) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetBasisPoints\n        deadline\n        targetMet\n      }\n      longTermCarerShare {\n        numerator\n        denominator\n        targetBasisPoints\n      }\n    }\n  }\n": typeof types.CaregiverInstitutionShareDocument,
    "\n  mutation CaregiverAssignToElder($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n    }\n  }\n": typeof types.CaregiverAssignToElderDocument,
    "\n  query CaregiverElderServed($key: ID!, $home: ID!) {\n    elder(personKey: $key) {\n      name\n      careAssignments {\n        careType\n        caregiver {\n          name\n          role\n          certified\n          certificates {\n            level\n          }\n          employer {\n            name\n            certifiedShare {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetMet\n      }\n    }\n  }\n": typeof types.CaregiverElderServedDocument,
    "\n  query CaregiverOfElderCertificates($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        caregiver {\n          certified\n          certificates {\n            level\n            issuedOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaregiverOfElderCertificatesDocument,
    "\n  mutation CaregiverOpenProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n      year\n      kind\n    }\n  }\n": typeof types.CaregiverOpenProgrammeDocument,
    "\n  mutation CaregiverEnrol($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n      districtCode\n      enrolledOn\n      completedOn\n      programme {\n        name\n      }\n    }\n  }\n": typeof types.CaregiverEnrolDocument,
    "\n  mutation CaregiverCompleteTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n      completedOn\n    }\n  }\n": typeof types.CaregiverCompleteTrainingDocument,
    "\n  query CaregiverTrainingCounts {\n    caregiverTrainingProgrammes(filter: { year: 2025 }) {\n      id\n      enrolmentCount\n      completionCount\n    }\n    area(code: \"371082\") {\n      caregiverTraineesCompleted(year: 2025)\n    }\n  }\n": typeof types.CaregiverTrainingCountsDocument,
    "\n  query CaregiverOwnEnrolments($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        completedOn\n        programme {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CaregiverOwnEnrolmentsDocument,
    "\n  mutation CaregiverDecideSubsidy($input: DecideCaregiverSubsidyInput!) {\n    decideCaregiverSubsidy(input: $input) {\n      id\n      decisionReference\n      kind\n      occasion\n      amountFen\n      status\n      paymentReference\n      employerCode\n      districtCode\n    }\n  }\n": typeof types.CaregiverDecideSubsidyDocument,
    "\n  mutation CaregiverPaySubsidy($input: RecordCaregiverSubsidyPaymentInput!) {\n    recordCaregiverSubsidyPayment(input: $input) {\n      status\n      paymentReference\n      paidOn\n    }\n  }\n": typeof types.CaregiverPaySubsidyDocument,
    "\n  query CaregiverSubsidiesOf($key: ID!) {\n    caregiver(personKey: $key) {\n      subsidies {\n        kind\n        status\n      }\n    }\n  }\n": typeof types.CaregiverSubsidiesOfDocument,
    "\n  query CaregiverPaidSubsidiesOf($key: ID!) {\n    caregiverSubsidies(filter: { status: PAID, personKey: $key }) {\n      items {\n        id\n        paymentReference\n        amountFen\n      }\n    }\n  }\n": typeof types.CaregiverPaidSubsidiesOfDocument,
    "\n  query CaregiverAnalystFigures($code: ID!) {\n    institution(code: $code) {\n      certifiedShare {\n        numerator\n        denominator\n      }\n    }\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n": typeof types.CaregiverAnalystFiguresDocument,
    "\n  query CaregiverAreaCounts {\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n": typeof types.CaregiverAreaCountsDocument,
    "\n  query CaregiverName($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n    }\n  }\n": typeof types.CaregiverNameDocument,
    "\n  query CaregiverNamesOfInstitution($code: ID!) {\n    institution(code: $code) {\n      caregivers {\n        name\n      }\n    }\n  }\n": typeof types.CaregiverNamesOfInstitutionDocument,
    "\n  query CaregiverSubsidyTotal {\n    caregiverSubsidies {\n      total\n    }\n  }\n": typeof types.CaregiverSubsidyTotalDocument,
    "\n  query CaregiverEnrolmentIds($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        id\n      }\n    }\n  }\n": typeof types.CaregiverEnrolmentIdsDocument,
    "\n  query CaregiverCard($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      certificates {\n        level\n      }\n    }\n  }\n": typeof types.CaregiverCardDocument,
    "\n  query CaregiverAuditTrail($key: ID!) {\n    humanResourcesAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        kind\n        operation\n        fields\n      }\n    }\n  }\n": typeof types.CaregiverAuditTrailDocument,
    "\n  mutation MajorEnrolmentRecord($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n      schoolCode\n      schoolName\n      schoolKind\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n": typeof types.MajorEnrolmentRecordDocument,
    "\n  mutation MajorEnrolmentCorrect($input: CorrectElderCareMajorEnrolmentInput!) {\n    correctElderCareMajorEnrolment(input: $input) {\n      id\n      enrolled\n    }\n  }\n": typeof types.MajorEnrolmentCorrectDocument,
    "\n  query MajorEnrolmentList($year: Int, $areaCode: ID) {\n    elderCareMajorEnrolments(year: $year, areaCode: $areaCode) {\n      schoolCode\n      schoolName\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n": typeof types.MajorEnrolmentListDocument,
    "\n  query SeededWorkforceAssignedCaregivers {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        careAssignments(currentOnly: true) {\n          caregiver {\n            personKey\n            name\n            role\n            certified\n            certificates {\n              kind\n              level\n              validToday\n            }\n            employer {\n              code\n            }\n          }\n          institution {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeededWorkforceAssignedCaregiversDocument,
    "\n  query SeededWorkforceInstitutionShares($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        code\n        districtCode\n        certifiedShare {\n          numerator\n          denominator\n          ratio\n          targetBasisPoints\n          targetMet\n        }\n        longTermCarerShare {\n          numerator\n          denominator\n        }\n        caregivers {\n          role\n          certified\n        }\n      }\n    }\n  }\n": typeof types.SeededWorkforceInstitutionSharesDocument,
    "\n  query SeededWorkforceAreaCounts {\n    areas(level: DISTRICT) {\n      code\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n    area(code: \"371000\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n  }\n": typeof types.SeededWorkforceAreaCountsDocument,
    "\n  query SeededWorkforceTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      deadline\n      caregiverTarget\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkerTarget\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n      met\n    }\n  }\n": typeof types.SeededWorkforceTrainingGoalsDocument,
    "\n  query SeededWorkforceTargets {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [\"371000\"]) {\n      indicators(codes: [\"P-INDUCTION-TRAINING\", \"P-CERTIFIED-SPECIALISTS\"]) {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": typeof types.SeededWorkforceTargetsDocument,
    "\n  query SeededWorkforceSubsidies {\n    caregiverSubsidies(page: { limit: 1000 }) {\n      total\n      items {\n        kind\n        status\n        amountFen\n        paymentReference\n        paidOn\n      }\n    }\n  }\n": typeof types.SeededWorkforceSubsidiesDocument,
    "\n  mutation IndicatorsDatasetDesignateAgeFriendlyCommunity($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      id\n    }\n  }\n": typeof types.IndicatorsDatasetDesignateAgeFriendlyCommunityDocument,
    "\n  query FigureTalliesI09($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"I09\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": typeof types.FigureTalliesI09Document,
    "\n  mutation FigureTalliesCorrect($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n": typeof types.FigureTalliesCorrectDocument,
    "\n  mutation FigureTalliesImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n    }\n  }\n": typeof types.FigureTalliesImportEldersDocument,
    "\n  query IndicatorSeriesOfAreas($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!]) {\n    indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": typeof types.IndicatorSeriesOfAreasDocument,
    "\n  query IndicatorSeriesOneDay($asOf: LocalDate!, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": typeof types.IndicatorSeriesOneDayDocument,
    "\n  query IndicatorsReport($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        numerator\n        numeratorSuppressed\n        denominator\n        denominatorSuppressed\n        value\n        valueSuppressed\n        target\n        status\n        breakdowns {\n          key\n          numerator\n          numeratorSuppressed\n          denominator\n          value\n          valueSuppressed\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsReportDocument,
    "\n  query IndicatorsRecordsBehindFigures($asOf: LocalDate!, $areas: [ID!], $codes: [ID!], $counted: Boolean) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areas) {\n      indicators(codes: $codes) {\n        code\n        records(counted: $counted) {\n          total\n          items {\n            kind\n            code\n            name\n            counted\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsRecordsBehindFiguresDocument,
    "\n  query IndicatorsCaseworkElders($asOf: LocalDate!, $area: ID!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [$area]) {\n      indicators(codes: [\"I09\"]) {\n        records(counted: false) {\n          total\n          items {\n            kind\n            code\n            counted\n          }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsCaseworkEldersDocument,
    "\n  query IndicatorsOneIndicatorToday($area: ID!, $code: ID!) {\n    indicatorAreas(areaCodes: [$area]) {\n      indicators(codes: [$code]) {\n        code\n      }\n    }\n  }\n": typeof types.IndicatorsOneIndicatorTodayDocument,
    "\n  query InsuredElderTalliesM16($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      indicators(codes: [\"M16\"]) {\n        numerator\n      }\n    }\n  }\n": typeof types.InsuredElderTalliesM16Document,
    "\n  query ReusedAnswersM16($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"M16\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": typeof types.ReusedAnswersM16Document,
    "\n  query ReusedAnswersHealthTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }, page: { limit: 10 }) {\n      total\n    }\n  }\n": typeof types.ReusedAnswersHealthTrailDocument,
    "\n  query ReusedAnswersStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n": typeof types.ReusedAnswersStaysDocument,
    "\n  query LtciSeedCityFigures {\n    area(code: \"371000\") {\n      ltciFigures {\n        enrolments {\n          scheme\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n  }\n": typeof types.LtciSeedCityFiguresDocument,
    "\n  query LtciSeedDesignatedInstitutions {\n    ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false }, page: { limit: 1000 }) {\n      total\n      items {\n        providerCode\n        institution {\n          code\n          name\n        }\n      }\n    }\n    institutions {\n      total\n    }\n  }\n": typeof types.LtciSeedDesignatedInstitutionsDocument,
    "\n  query LtciSeedAllDesignations {\n    ltciDesignations(filter: { inForceOnly: false }, page: { limit: 1000 }) {\n      items {\n        providerCode\n      }\n    }\n  }\n": typeof types.LtciSeedAllDesignationsDocument,
    "\n  query LtciSeedSettlements {\n    ltciSettlements(page: { limit: 1000 }) {\n      total\n      items {\n        month\n        days\n        careForm\n        payee\n        homeCareService\n        chargedFen\n        amountFen\n        fundFen\n        selfPaidFen\n        overCapFen\n        institution {\n          code\n        }\n        medicalInstitution {\n          code\n        }\n        elder {\n          latestLtciGrade\n          ltciEnrolment {\n            status\n          }\n          latestAssessment {\n            levelNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.LtciSeedSettlementsDocument,
    "\n  mutation LtciEnrol($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n      scheme\n      since\n      status\n      statusSince\n      districtCode\n      townCode\n    }\n  }\n": typeof types.LtciEnrolDocument,
    "\n  mutation LtciChangeStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n      statusSince\n    }\n  }\n": typeof types.LtciChangeStatusDocument,
    "\n  mutation LtciAssess($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n      gradeNumber\n      assessedOn\n      validUntil\n      assessingOrganisation\n      qualifiesForBenefits\n    }\n  }\n": typeof types.LtciAssessDocument,
    "\n  mutation LtciDesignate($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerKind\n      providerCode\n      providerLevel\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n": typeof types.LtciDesignateDocument,
    "\n  mutation LtciUndesignate($input: UndesignateLtciProviderInput!) {\n    undesignateLtciProvider(input: $input) {\n      providerCode\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n": typeof types.LtciUndesignateDocument,
    "\n  mutation LtciSettleMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      month\n      careForm\n      homeCareService\n      payee\n      scheme\n      providerLevel\n      days\n      dailyCapFen\n      fundRatioBasisPoints\n      chargedFen\n      amountFen\n      fundFen\n      selfPaidFen\n      overCapFen\n    }\n  }\n": typeof types.LtciSettleMonthDocument,
    "\n  query LtciSettlementIdsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciSettlements {\n        id\n      }\n    }\n  }\n": typeof types.LtciSettlementIdsOfElderDocument,
    "\n  query LtciEnrolmentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n    }\n  }\n": typeof types.LtciEnrolmentOfElderDocument,
    "\n  query LtciGradesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      latestLtciGrade\n      ltciAssessments {\n        assessedOn\n      }\n    }\n  }\n": typeof types.LtciGradesOfElderDocument,
    "\n  query LtciDesignationsOfProvider($code: ID!) {\n    ltciDesignations(filter: { providerCode: $code, inForceOnly: false }) {\n      total\n      items {\n        providerCode\n        designatedFrom\n        designatedUntil\n      }\n    }\n  }\n": typeof types.LtciDesignationsOfProviderDocument,
    "\n  query LtciDesignationOfInstitution($code: ID!) {\n    institution(code: $code) {\n      ltciDesignation {\n        designatedUntil\n        inForce\n      }\n    }\n  }\n": typeof types.LtciDesignationOfInstitutionDocument,
    "\n  query LtciElderAcrossDepartments($id: String!, $year: Int!, $home: ID!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      ltciEnrolment {\n        scheme\n        status\n        since\n      }\n      latestLtciGrade\n      ltciSettlements(year: $year) {\n        month\n        careForm\n        days\n        fundFen\n        institution {\n          name\n          rating\n        }\n        medicalInstitution {\n          code\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      rating\n      ltciDesignation {\n        providerLevel\n        designatedFrom\n        inForce\n      }\n    }\n  }\n": typeof types.LtciElderAcrossDepartmentsDocument,
    "\n  query LtciAreaFigures($district: ID!, $town: ID!) {\n    district: area(code: $district) {\n      name\n      ltciFigures {\n        enrolments {\n          scheme\n          status\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        residentActiveShareBasisPoints\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    city: area(code: \"371000\") {\n      ltciFigures {\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    town: area(code: $town) {\n      ltciFigures {\n        activeResidentEnrolments\n        designatedInstitutions\n      }\n    }\n  }\n": typeof types.LtciAreaFiguresDocument,
    "\n  query LtciSharedWithDepartments($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n      latestLtciGrade\n      ltciSettlements {\n        id\n      }\n    }\n  }\n": typeof types.LtciSharedWithDepartmentsDocument,
    "\n  query LtciSettlementTotal {\n    ltciSettlements {\n      total\n    }\n  }\n": typeof types.LtciSettlementTotalDocument,
    "\n  query LtciPublished {\n    ltciDesignations {\n      total\n    }\n    ltciQualifyingGrades\n    ltciRateTable {\n      careForm\n      providerLevel\n      dailyCapFen\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        designatedInstitutions\n      }\n    }\n  }\n": typeof types.LtciPublishedDocument,
    "\n  mutation RegisterElderThenHangUp($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": typeof types.RegisterElderThenHangUpDocument,
    "\n  query ElderAfterHangUp($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": typeof types.ElderAfterHangUpDocument,
    "\n  query ResilienceElderAcrossDepartments($key: ID!) {\n    elder(personKey: $key) {\n      name\n      hospitalStays {\n        admittedOn\n      }\n      ltciSettlements {\n        month\n      }\n      lotteryFundPayments {\n        amountFen\n      }\n      careAssignments {\n        careType\n        caregiver {\n          role\n        }\n      }\n    }\n  }\n": typeof types.ResilienceElderAcrossDepartmentsDocument,
    "\n  query ResilienceAreaAcrossDepartments($code: ID!) {\n    area(code: $code) {\n      name\n      hospiceProviderCount\n      ltciFigures {\n        activeResidentEnrolments\n      }\n      certifiedCaregiverCount\n      lotteryFundFigures {\n        raisedYear\n      }\n    }\n  }\n": typeof types.ResilienceAreaAcrossDepartmentsDocument,
    "\n  query ResilienceEldersWithCaregivers {\n    elders(page: { limit: 200 }) {\n      items {\n        personKey\n        careAssignments {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ResilienceEldersWithCaregiversDocument,
    "\n  query AreaNameDuringDrain($code: ID!) {\n    area(code: $code) {\n      name\n    }\n  }\n": typeof types.AreaNameDuringDrainDocument,
    "\n  mutation IdempotencyAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      amountFen\n      fund {\n        allocatedFen\n      }\n    }\n  }\n": typeof types.IdempotencyAllocateDocument,
    "\n  mutation IdempotencyHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      id\n      visitCount\n      lastVisitedOn\n    }\n  }\n": typeof types.IdempotencyHomeSickbedVisitDocument,
    "\n  query IdempotencyFundAllocated($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      allocations {\n        id\n      }\n    }\n  }\n": typeof types.IdempotencyFundAllocatedDocument,
    "\n  mutation AccessRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n": typeof types.AccessRegisterElderDocument,
    "\n  query AccessElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": typeof types.AccessElderByIdNumberDocument,
    "\n  query AccessElderTotal {\n    elders(filter: { includeDeceased: true }) {\n      total\n    }\n  }\n": typeof types.AccessElderTotalDocument,
    "\n  query AccessElderAsCivilAffairs($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      economicStatus\n      assessments {\n        level\n      }\n      allowances(year: 2026) {\n        amountFen\n      }\n      visits {\n        visitedOn\n      }\n      waitlistEntries {\n        status\n      }\n    }\n  }\n": typeof types.AccessElderAsCivilAffairsDocument,
    "\n  query AccessElderAsHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      age\n      economicStatus\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        admittedOn\n      }\n    }\n  }\n": typeof types.AccessElderAsHealthDocument,
    "\n  query AccessInstitutionsAsFinance {\n    institutions(page: { limit: 3 }) {\n      items {\n        name\n        rating\n        bedCounts {\n          kind\n          capacity\n        }\n      }\n    }\n  }\n": typeof types.AccessInstitutionsAsFinanceDocument,
    "\n  query AccessElderAllowancesAsFinance($personKey: ID!) {\n    elder(personKey: $personKey) {\n      age\n      allowances(year: 2026) {\n        kind\n      }\n    }\n  }\n": typeof types.AccessElderAllowancesAsFinanceDocument,
    "\n  query AccessAggregatesAsAnalyst {\n    areas(level: DISTRICT) {\n      code\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    institutions(page: { limit: 5 }) {\n      total\n      items {\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n        currentCareAssignmentCount\n      }\n    }\n    currentFamilyBedCount(areaCode: \"371000\")\n  }\n": typeof types.AccessAggregatesAsAnalystDocument,
    "\n  query AccessAuditTrail {\n    civilAffairsAuditTrail(page: { limit: 1 }) {\n      total\n    }\n    civilAffairsAuditVerification {\n      valid\n    }\n  }\n": typeof types.AccessAuditTrailDocument,
    "\n  query AuditTamperVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n      keyedFrom\n      checkpoints\n    }\n  }\n": typeof types.AuditTamperVerifyCivilAffairsDocument,
    "\n  query AuditTrailOfCivilAffairs($filter: AuditFilter) {\n    civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) {\n      total\n      items {\n        sequence\n        kind\n        operation\n        callerId\n        callerRole\n        callerDepartment\n        personKeys\n        fields\n        recordIds\n      }\n    }\n  }\n": typeof types.AuditTrailOfCivilAffairsDocument,
    "\n  query AuditVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n    }\n  }\n": typeof types.AuditVerifyCivilAffairsDocument,
    "\n  query AuditElderReadByHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      latestAssessment {\n        level\n      }\n    }\n  }\n": typeof types.AuditElderReadByHealthDocument,
    "\n  query AuditDistrictsReadByAnalyst {\n    areas(level: DISTRICT) {\n      code\n    }\n  }\n": typeof types.AuditDistrictsReadByAnalystDocument,
    "\n  query AuditElderNames($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        name\n      }\n    }\n  }\n": typeof types.AuditElderNamesDocument,
    "\n  mutation AuditRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n": typeof types.AuditRegisterElderDocument,
    "\n  query ClientErrorsDisbursementsOfAllocation($allocationId: ID!) {\n    lotteryFundDisbursements(filter: { allocationId: $allocationId }) {\n      total\n    }\n  }\n": typeof types.ClientErrorsDisbursementsOfAllocationDocument,
    "\n  query CompositionCityLinkage {\n    fiveBedLinkage(areaCode: \"371000\") {\n      from\n      to\n      windowDays\n      beds {\n        kind\n        capacity\n      }\n      hospitalDischarges\n    }\n  }\n": typeof types.CompositionCityLinkageDocument,
    "\n  query LimitsElderTotal($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      total\n    }\n  }\n": typeof types.LimitsElderTotalDocument,
    "\n  query LimitsOnePageWithLists {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        name\n        hospitalStays {\n          admittedOn\n          dischargedOn\n        }\n        ltciSettlements {\n          month\n          amountFen\n        }\n        assessments {\n          level\n          assessedOn\n        }\n      }\n    }\n  }\n": typeof types.LimitsOnePageWithListsDocument,
    "\n  query OracleMaskedElder($personKey: ID!) {\n    elder(personKey: $personKey) {\n      idNumber\n      maskedIdNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n": typeof types.OracleMaskedElderDocument,
    "\n  query OracleElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": typeof types.OracleElderByIdNumberDocument,
    "\n  query OracleMaskedCaregiver($personKey: ID!) {\n    caregiver(personKey: $personKey) {\n      idNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n": typeof types.OracleMaskedCaregiverDocument,
    "\n  query OracleCaregiverByIdNumber($idNumber: String!) {\n    caregiverByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": typeof types.OracleCaregiverByIdNumberDocument,
    "\n  mutation OracleRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": typeof types.OracleRegisterElderDocument,
    "\n  mutation OracleAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": typeof types.OracleAdmitToHospitalDocument,
    "\n  query MaskingElderProfiles {\n    elders(page: { limit: 20 }) {\n      items {\n        personKey\n        idNumber\n        maskedIdNumber\n        name\n        phone\n      }\n    }\n  }\n": typeof types.MaskingElderProfilesDocument,
    "\n  mutation MutationSelectionAdmitReadingName($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      elder {\n        name\n      }\n    }\n  }\n": typeof types.MutationSelectionAdmitReadingNameDocument,
    "\n  query MutationSelectionStaysOfElder($key: ID!) {\n    elder(personKey: $key) {\n      hospitalStays {\n        id\n      }\n    }\n  }\n": typeof types.MutationSelectionStaysOfElderDocument,
    "\n  query SmallCellsLinkage($area: ID!, $from: LocalDate, $to: LocalDate) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to) {\n      beds {\n        kind\n        capacity\n        capacitySuppressed\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n        occupancyBasisPointsSuppressed\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesSuppressed\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithNextBedSuppressed\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      medianDaysToNextBedSuppressed\n      p90DaysToNextBed\n      p90DaysToNextBedSuppressed\n    }\n  }\n": typeof types.SmallCellsLinkageDocument,
    "\n  query SmallCellsFamilyBedsIndicator($area: ID!) {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [$area]) {\n      indicators(codes: [\"I10\"]) {\n        numerator\n        numeratorSuppressed\n        value\n        valueSuppressed\n        status\n      }\n    }\n  }\n": typeof types.SmallCellsFamilyBedsIndicatorDocument,
    "\n  query TokensElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n": typeof types.TokensElderTotalDocument,
    "\n  query UnauthenticatedFirstElder {\n    elders(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n": typeof types.UnauthenticatedFirstElderDocument,
    "\n  query UnauthenticatedFirstCaregiver {\n    caregivers(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n": typeof types.UnauthenticatedFirstCaregiverDocument,
    "\n  query UnauthenticatedElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n": typeof types.UnauthenticatedElderTotalDocument,
    "\n  mutation BuilderRegisterFacility($input: RegisterFacilityInput!) {\n    registerFacility(input: $input) {\n      id\n      kind\n      name\n      starRating\n      closedOn\n      districtCode\n      townCode\n      communityCode\n      area {\n        name\n        level\n      }\n    }\n  }\n": typeof types.BuilderRegisterFacilityDocument,
    "\n  mutation BuilderRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      visitedOn\n      method\n      specialDifficulty\n      followUpNeeded\n      findings\n      elder {\n        name\n      }\n    }\n  }\n": typeof types.BuilderRecordVisitDocument,
    "\n  mutation BuilderApplyToWaitlist($input: ApplyToWaitlistInput!) {\n    applyToWaitlist(input: $input) {\n      id\n      priorityTier\n      status\n    }\n  }\n": typeof types.BuilderApplyToWaitlistDocument,
    "\n  mutation BuilderRegisterResidentialDevelopment($input: RegisterResidentialDevelopmentInput!) {\n    registerResidentialDevelopment(input: $input) {\n      id\n      name\n      developer\n      districtCode\n      townCode\n      communityCode\n      households\n      deliveredOn\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n": typeof types.BuilderRegisterResidentialDevelopmentDocument,
    "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": typeof types.BuilderRegisterElderDocument,
    "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n": typeof types.BuilderRegisterInstitutionDocument,
    "\n  query BuilderAreaChildren($code: ID!) {\n    area(code: $code) {\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.BuilderAreaChildrenDocument,
    "\n  mutation BuilderRecordAbilityAssessment($input: RecordAbilityAssessmentInput!) {\n    recordAbilityAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderRecordAbilityAssessmentDocument,
    "\n  mutation BuilderAddBeds($input: AddBedsInput!) {\n    addBeds(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderAddBedsDocument,
    "\n  mutation BuilderAdmitToInstitution($input: AdmitToInstitutionInput!) {\n    admitToInstitution(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderAdmitToInstitutionDocument,
    "\n  mutation BuilderOpenFamilyBed($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderOpenFamilyBedDocument,
    "\n  mutation BuilderRecordElderDeath($personKey: ID!, $deceasedOn: LocalDate!) {\n    updateElder(personKey: $personKey, input: { deceasedOn: $deceasedOn }) {\n      deceasedOn\n    }\n  }\n": typeof types.BuilderRecordElderDeathDocument,
    "\n  mutation BuilderRecordLotteryFund($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n": typeof types.BuilderRecordLotteryFundDocument,
    "\n  mutation BuilderAllocateLotteryFund($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderAllocateLotteryFundDocument,
    "\n  mutation BuilderDisburseLotteryFund($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderDisburseLotteryFundDocument,
    "\n  mutation BuilderRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n": typeof types.BuilderRegisterMedicalInstitutionDocument,
    "\n  mutation BuilderAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderAdmitToHospitalDocument,
    "\n  mutation BuilderDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderDischargeFromHospitalDocument,
    "\n  mutation BuilderAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderAdmitToHospiceDocument,
    "\n  mutation BuilderDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderDischargeFromHospiceDocument,
    "\n  mutation BuilderOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderOpenHomeSickbedDocument,
    "\n  mutation BuilderRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n    }\n  }\n": typeof types.BuilderRecordHomeSickbedVisitDocument,
    "\n  mutation BuilderCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderCloseHomeSickbedDocument,
    "\n  mutation BuilderSignCooperationAgreement($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderSignCooperationAgreementDocument,
    "\n  mutation BuilderEndCooperationAgreement($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderEndCooperationAgreementDocument,
    "\n  mutation BuilderFileInsideClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderFileInsideClinicDocument,
    "\n  mutation BuilderCloseInsideClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderCloseInsideClinicDocument,
    "\n  mutation BuilderRegisterCaregiver($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n": typeof types.BuilderRegisterCaregiverDocument,
    "\n  mutation BuilderRecordCaregiverCertificate($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderRecordCaregiverCertificateDocument,
    "\n  mutation BuilderOpenCaregiverTrainingProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderOpenCaregiverTrainingProgrammeDocument,
    "\n  mutation BuilderEnrolCaregiverInTraining($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderEnrolCaregiverInTrainingDocument,
    "\n  mutation BuilderCompleteCaregiverTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderCompleteCaregiverTrainingDocument,
    "\n  mutation BuilderRecordElderCareMajorEnrolment($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n    }\n  }\n": typeof types.BuilderRecordElderCareMajorEnrolmentDocument,
    "\n  mutation BuilderEnrolInLtci($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n    }\n  }\n": typeof types.BuilderEnrolInLtciDocument,
    "\n  mutation BuilderChangeLtciEnrolmentStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n    }\n  }\n": typeof types.BuilderChangeLtciEnrolmentStatusDocument,
    "\n  mutation BuilderRecordLtciAssessment($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n    }\n  }\n": typeof types.BuilderRecordLtciAssessmentDocument,
    "\n  mutation BuilderDesignateLtciProvider($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerCode\n    }\n  }\n": typeof types.BuilderDesignateLtciProviderDocument,
};
const documents: Documents = {
    "\n  mutation BulkImportAssessments($input: ImportAbilityAssessmentsInput!) {\n    importAbilityAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n      }\n    }\n  }\n": types.BulkImportAssessmentsDocument,
    "\n  query BulkAssessmentBySourceRef($source: String!, $ref: String!) {\n    abilityAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkAssessmentBySourceRefDocument,
    "\n  mutation BulkImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportEldersDocument,
    "\n  query BulkElderBySourceRef($source: String!, $ref: String!) {\n    elderBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      phone\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkElderBySourceRefDocument,
    "\n  query BulkCivilAffairsChanges($after: String) {\n    civilAffairsChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.BulkCivilAffairsChangesDocument,
    "\n  mutation BulkImportLotteryFundAllocations($input: ImportLotteryFundAllocationsInput!) {\n    importLotteryFundAllocations(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportLotteryFundAllocationsDocument,
    "\n  mutation BulkImportLotteryFundDisbursements($input: ImportLotteryFundDisbursementsInput!) {\n    importLotteryFundDisbursements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportLotteryFundDisbursementsDocument,
    "\n  query BulkLotteryFundAllocationBySourceRef($source: String!, $ref: String!) {\n    lotteryFundAllocationBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkLotteryFundAllocationBySourceRefDocument,
    "\n  query BulkLotteryFundDisbursementBySourceRef($source: String!, $ref: String!) {\n    lotteryFundDisbursementBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      decisionReference\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkLotteryFundDisbursementBySourceRefDocument,
    "\n  query BulkLotteryFundBalance($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      unallocatedFen\n    }\n  }\n": types.BulkLotteryFundBalanceDocument,
    "\n  query BulkLotteryFundAllocationRemainder($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      disbursedFen\n      remainderFen\n    }\n  }\n": types.BulkLotteryFundAllocationRemainderDocument,
    "\n  mutation BulkAllocateLotteryFundWithRef($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": types.BulkAllocateLotteryFundWithRefDocument,
    "\n  mutation BulkReverseLotteryFundDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n    }\n  }\n": types.BulkReverseLotteryFundDisbursementDocument,
    "\n  query BulkFinanceChanges($after: String) {\n    financeChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.BulkFinanceChangesDocument,
    "\n  mutation BulkImportHospitalStays($input: ImportHospitalStaysInput!) {\n    importHospitalStays(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportHospitalStaysDocument,
    "\n  mutation BulkImportHomeSickbeds($input: ImportHomeSickbedsInput!) {\n    importHomeSickbeds(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportHomeSickbedsDocument,
    "\n  query BulkHospitalStayBySourceRef($source: String!, $ref: String!) {\n    hospitalStayBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      admittedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkHospitalStayBySourceRefDocument,
    "\n  query BulkHomeSickbedBySourceRef($source: String!, $ref: String!) {\n    homeSickbedBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      openedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkHomeSickbedBySourceRefDocument,
    "\n  query BulkHealthChanges($after: String) {\n    healthChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.BulkHealthChangesDocument,
    "\n  mutation BulkAdmitToHospitalWithRef($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": types.BulkAdmitToHospitalWithRefDocument,
    "\n  mutation BulkOpenHomeSickbedWithRef($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n": types.BulkOpenHomeSickbedWithRefDocument,
    "\n  mutation BulkImportCaregivers($input: ImportCaregiversInput!) {\n    importCaregivers(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportCaregiversDocument,
    "\n  mutation BulkImportCaregiverCertificates($input: ImportCaregiverCertificatesInput!) {\n    importCaregiverCertificates(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportCaregiverCertificatesDocument,
    "\n  query BulkCaregiverBySourceRef($source: String!, $ref: String!) {\n    caregiverBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      role\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkCaregiverBySourceRefDocument,
    "\n  query BulkCaregiverCertificateBySourceRef($source: String!, $ref: String!) {\n    caregiverCertificateBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      certificateNumber\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkCaregiverCertificateBySourceRefDocument,
    "\n  mutation BulkRegisterCaregiverWithRef($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n": types.BulkRegisterCaregiverWithRefDocument,
    "\n  query BulkHumanResourcesChanges($after: String) {\n    humanResourcesChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.BulkHumanResourcesChangesDocument,
    "\n  mutation BulkImportLtciEnrolments($input: ImportLtciEnrolmentsInput!) {\n    importLtciEnrolments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportLtciEnrolmentsDocument,
    "\n  mutation BulkImportLtciAssessments($input: ImportLtciAssessmentsInput!) {\n    importLtciAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportLtciAssessmentsDocument,
    "\n  mutation BulkImportLtciSettlements($input: ImportLtciSettlementsInput!) {\n    importLtciSettlements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BulkImportLtciSettlementsDocument,
    "\n  query BulkLtciEnrolmentBySourceRef($source: String!, $ref: String!) {\n    ltciEnrolmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      scheme\n      status\n      since\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkLtciEnrolmentBySourceRefDocument,
    "\n  query BulkLtciAssessmentBySourceRef($source: String!, $ref: String!) {\n    ltciAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      grade\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkLtciAssessmentBySourceRefDocument,
    "\n  query BulkLtciSettlementBySourceRef($source: String!, $ref: String!) {\n    ltciSettlementBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      month\n      days\n      fundFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n": types.BulkLtciSettlementBySourceRefDocument,
    "\n  query BulkMedicalInsuranceChanges($after: String) {\n    medicalInsuranceChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.BulkMedicalInsuranceChangesDocument,
    "\n  mutation BulkEnrolInLtciWithRef($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      id\n    }\n  }\n": types.BulkEnrolInLtciWithRefDocument,
    "\n  mutation BulkRecordLtciAssessmentWithRef($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      id\n    }\n  }\n": types.BulkRecordLtciAssessmentWithRefDocument,
    "\n  mutation BulkSettleLtciMonthWithRef($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n": types.BulkSettleLtciMonthWithRefDocument,
    "\n  query ChangeFeedCivilAffairs($after: String, $first: Int) {\n    civilAffairsChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeFeedCivilAffairsDocument,
    "\n  query ChangeFeedHealth($after: String, $first: Int) {\n    healthChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeFeedHealthDocument,
    "\n  query ChangeFeedMedicalInsurance($after: String, $first: Int) {\n    medicalInsuranceChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeFeedMedicalInsuranceDocument,
    "\n  query ChangeFeedHumanResources($after: String, $first: Int) {\n    humanResourcesChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeFeedHumanResourcesDocument,
    "\n  query ChangeFeedFinance($after: String, $first: Int) {\n    financeChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeFeedFinanceDocument,
    "\n  mutation ChangeFeedUpdateElder($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n": types.ChangeFeedUpdateElderDocument,
    "\n  mutation ChangeFeedUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n": types.ChangeFeedUpdateMedicalInstitutionDocument,
    "\n  mutation ChangeFeedSuspendEnrolment($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      id\n    }\n  }\n": types.ChangeFeedSuspendEnrolmentDocument,
    "\n  mutation ChangeFeedAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": types.ChangeFeedAllocateDocument,
    "\n  mutation ChangeFeedRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": types.ChangeFeedRegisterElderDocument,
    "\n  query ChangeFeedAuditTrail($personKey: ID!) {\n    civilAffairsAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        kind\n        operation\n        fields\n      }\n    }\n  }\n": types.ChangeFeedAuditTrailDocument,
    "\n  mutation AgeFriendlyDesignate($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      level\n      designatedYear\n      name\n      communityCode\n      townCode\n      districtCode\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n": types.AgeFriendlyDesignateDocument,
    "\n  query AgeFriendlyInArea($code: ID!, $level: AgeFriendlyLevel) {\n    area(code: $code) {\n      ageFriendlyCommunities(level: $level) {\n        id\n        name\n        level\n        designatedYear\n      }\n    }\n  }\n": types.AgeFriendlyInAreaDocument,
    "\n  mutation AllowancePay($input: RecordAllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      kind\n      month\n      amountFen\n      paidOn\n      elder {\n        name\n      }\n    }\n  }\n": types.AllowancePayDocument,
    "\n  mutation AllowancePayMany($input: RecordAllowancePaymentsInput!) {\n    recordAllowancePayments(input: $input) {\n      month\n      amountFen\n      elder {\n        name\n      }\n    }\n  }\n": types.AllowancePayManyDocument,
    "\n  query AllowancesOfElder($key: ID!, $year: Int) {\n    elder(personKey: $key) {\n      allowances(year: $year) {\n        kind\n        month\n        amountFen\n        paidOn\n      }\n    }\n  }\n": types.AllowancesOfElderDocument,
    "\n  query CivilAffairsAreaOnDateInstitution($code: ID!) {\n    institution(code: $code) {\n      extremePovertySupport\n    }\n  }\n": types.CivilAffairsAreaOnDateInstitutionDocument,
    "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area {\n          name\n          parent {\n            name\n          }\n        }\n        district {\n          name\n        }\n        latestAssessment {\n          level\n          assessedOn\n        }\n        assessments {\n          level\n        }\n        currentInstitutionStay {\n          admittedOn\n          bed {\n            kind\n            label\n          }\n          institution {\n            name\n            rating\n            bedCounts {\n              kind\n              capacity\n              occupied\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EldersWithRelationsDocument,
    "\n  mutation CareAssign($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n      careType\n      institutionCode\n    }\n  }\n": types.CareAssignDocument,
    "\n  mutation CareEndAssignment($input: EndCareAssignmentInput!) {\n    endCareAssignment(input: $input) {\n      endedOn\n    }\n  }\n": types.CareEndAssignmentDocument,
    "\n  query CareCurrentCountOfInstitution($code: ID!) {\n    institution(code: $code) {\n      currentCareAssignmentCount\n    }\n  }\n": types.CareCurrentCountOfInstitutionDocument,
    "\n  query CareAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n": types.CareAssignmentsOfElderDocument,
    "\n  query CareAssignmentsOfResident($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          __typename\n          personKey\n        }\n        institution {\n          name\n        }\n      }\n    }\n  }\n": types.CareAssignmentsOfResidentDocument,
    "\n  query CareCurrentAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments(currentOnly: true) {\n        id\n      }\n    }\n  }\n": types.CareCurrentAssignmentsOfElderDocument,
    "\n  query CareSeededEldersWithAssignments($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        currentInstitutionStay {\n          institutionCode\n        }\n        careAssignments(currentOnly: true) {\n          careType\n          institutionCode\n          caregiver {\n            personKey\n          }\n          institution {\n            currentCareAssignmentCount\n          }\n        }\n      }\n    }\n  }\n": types.CareSeededEldersWithAssignmentsDocument,
    "\n  query CommunityServicesElders($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        age\n        livingSituation\n        specialFamilyPlanningFamily\n        economicStatus\n        latestAssessment {\n          level\n        }\n        lastVisitedOn\n        visits(from: $from, to: $to) {\n          visitedOn\n          specialDifficulty\n        }\n        allowances(year: $year) {\n          kind\n          month\n          amountFen\n        }\n      }\n    }\n  }\n": types.CommunityServicesEldersDocument,
    "\n  query CommunityServicesAreas($level: AreaLevel!) {\n    areas(level: $level) {\n      code\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n      facilityCounts {\n        kind\n        count\n      }\n      ageFriendlyCommunities {\n        level\n      }\n    }\n  }\n": types.CommunityServicesAreasDocument,
    "\n  query CommunityServicesFacilityCounts {\n    districts: areas(level: DISTRICT) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    streets: areas(level: STREET) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    towns: areas(level: TOWN) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    city: area(code: \"371000\") {\n      facilityCounts {\n        kind\n        count\n      }\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n    }\n  }\n": types.CommunityServicesFacilityCountsDocument,
    "\n  mutation ElderProfileRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n      sex\n      birthDate\n    }\n  }\n": types.ElderProfileRegisterElderDocument,
    "\n  mutation ElderProfileRegisterInstitution($home: RegisterInstitutionInput!) {\n    registerInstitution(input: $home) {\n      code\n    }\n  }\n": types.ElderProfileRegisterInstitutionDocument,
    "\n  query ElderProfileByIdNumber($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      maskedIdNumber\n      area {\n        code\n        name\n        level\n        parent {\n          name\n        }\n      }\n      district {\n        name\n        fiveBedPilot\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n": types.ElderProfileByIdNumberDocument,
    "\n  query ElderProfileRegistryTotals {\n    elders(page: { limit: 10 }) {\n      total\n    }\n    institutions {\n      total\n    }\n  }\n": types.ElderProfileRegistryTotalsDocument,
    "\n  mutation FacilityUpdate($id: ID!, $input: UpdateFacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      name\n      starRating\n      closedOn\n    }\n  }\n": types.FacilityUpdateDocument,
    "\n  query FacilitiesOfArea($code: ID!, $kind: FacilityKind) {\n    area(code: $code) {\n      facilities(kind: $kind) {\n        id\n        name\n        kind\n        districtCode\n        townCode\n      }\n      facilityCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.FacilitiesOfAreaDocument,
    "\n  query FacilityList($filter: FacilityFilter) {\n    communityFacilities(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        name\n        kind\n        starRating\n        closedOn\n        districtCode\n        district {\n          name\n        }\n      }\n    }\n  }\n": types.FacilityListDocument,
    "\n  query FacilityById($id: ID!) {\n    communityFacility(id: $id) {\n      name\n      starRating\n      closedOn\n    }\n  }\n": types.FacilityByIdDocument,
    "\n  mutation FamilyBedOpen($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n      openedOn\n    }\n  }\n": types.FamilyBedOpenDocument,
    "\n  mutation FamilyBedClose($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n": types.FamilyBedCloseDocument,
    "\n  query FamilyBedCount($area: ID) {\n    currentFamilyBedCount(areaCode: $area)\n  }\n": types.FamilyBedCountDocument,
    "\n  query FamilyBedsListed($filter: FamilyBedFilter!) {\n    familyBeds(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        personKey\n        closedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": types.FamilyBedsListedDocument,
    "\n  query FamilyBedProfile($key: ID!, $operator: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n        districtCode\n        townCode\n        communityCode\n        operator {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n      }\n    }\n    institution(code: $operator) {\n      operatedFamilyBeds {\n        openedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": types.FamilyBedProfileDocument,
    "\n  query FamilyBedHistory($key: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n      }\n      familyBeds {\n        openedOn\n        closedOn\n        closeReason\n        operator {\n          name\n        }\n      }\n    }\n  }\n": types.FamilyBedHistoryDocument,
    "\n  query FamilyBedsSeeded($limit: Int!) {\n    currentFamilyBedCount\n    familyBeds(page: { limit: $limit }) {\n      total\n      items {\n        districtCode\n        elder {\n          districtCode\n          currentInstitutionStay {\n            id\n          }\n          currentFamilyBed {\n            id\n          }\n        }\n        operator {\n          operatedFamilyBeds {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.FamilyBedsSeededDocument,
    "\n  query FamilyBedsSeededElders {\n    elders(filter: { includeDeceased: true }, page: { limit: 1 }) {\n      total\n    }\n  }\n": types.FamilyBedsSeededEldersDocument,
    "\n  query PagingEldersByOffset($offset: Int!, $limit: Int!) {\n    elders(page: { offset: $offset, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PagingEldersByOffsetDocument,
    "\n  query PagingEldersAfter($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PagingEldersAfterDocument,
    "\n  query PagingEldersWithTotal($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      total\n      items {\n        personKey\n      }\n      hasNextPage\n    }\n  }\n": types.PagingEldersWithTotalDocument,
    "\n  mutation ResidentialDevelopmentHandover($input: RecordFacilityHandoverInput!) {\n    recordFacilityHandover(input: $input) {\n      id\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n    }\n  }\n": types.ResidentialDevelopmentHandoverDocument,
    "\n  query ResidentialDevelopmentById($id: ID!, $day: LocalDate) {\n    residentialDevelopment(id: $id) {\n      id\n      name\n      households\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      compliantOnDay: compliant(asOf: $day)\n    }\n  }\n": types.ResidentialDevelopmentByIdDocument,
    "\n  query ResidentialDevelopmentList($filter: ResidentialDevelopmentFilter, $page: PageInput) {\n    residentialDevelopments(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        name\n        compliant\n        deliveredOn\n        districtCode\n        townCode\n        communityCode\n      }\n    }\n  }\n": types.ResidentialDevelopmentListDocument,
    "\n  query ResidentialDevelopmentAuditTrail {\n    civilAffairsAuditTrail(filter: { callerId: \"civil-affairs-system\" }, page: { limit: 1000 }) {\n      items {\n        operation\n        kind\n        recordIds\n        fields\n      }\n    }\n  }\n": types.ResidentialDevelopmentAuditTrailDocument,
    "\n  query ResidentialDevelopmentsSeeded {\n    streets: areas(level: STREET) {\n      code\n    }\n    all: residentialDevelopments(page: { limit: 1000 }) {\n      total\n      items {\n        townCode\n        households\n        deliveredOn\n        facilityAreaM2\n        facilityHandedOverOn\n        requiredFacilityAreaM2\n        compliant\n      }\n    }\n    compliant: residentialDevelopments(filter: { compliant: true }) {\n      total\n    }\n  }\n": types.ResidentialDevelopmentsSeededDocument,
    "\n  query RunsAloneElderProfile($key: ID!) {\n    elder(personKey: $key) {\n      name\n      currentInstitutionStay {\n        admittedOn\n        institution {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n        closedOn\n      }\n    }\n  }\n": types.RunsAloneElderProfileDocument,
    "\n  query VisitsOfElder($key: ID!, $from: LocalDate, $to: LocalDate) {\n    elder(personKey: $key) {\n      lastVisitedOn\n      visits(from: $from, to: $to) {\n        visitedOn\n        method\n        visitorName\n      }\n    }\n  }\n": types.VisitsOfElderDocument,
    "\n  query WaitlistOfInstitution($code: ID!) {\n    institutionWaitlist(institutionCode: $code) {\n      position\n      priorityTier\n      appliedOn\n      elder {\n        name\n      }\n    }\n  }\n": types.WaitlistOfInstitutionDocument,
    "\n  query WaitlistViaInstitution($code: ID!) {\n    institution(code: $code) {\n      waitlist {\n        position\n        priorityTier\n        appliedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n": types.WaitlistViaInstitutionDocument,
    "\n  query WaitlistEntriesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      waitlistEntries {\n        id\n        status\n        position\n        priorityTier\n        statusChangedOn\n        institution {\n          name\n        }\n      }\n    }\n  }\n": types.WaitlistEntriesOfElderDocument,
    "\n  mutation WaitlistWithdraw($input: WithdrawFromWaitlistInput!) {\n    withdrawFromWaitlist(input: $input) {\n      status\n      statusChangedOn\n      position\n    }\n  }\n": types.WaitlistWithdrawDocument,
    "\n  mutation WaitlistMarkAdmitted($input: MarkWaitlistAdmittedInput!) {\n    markWaitlistAdmitted(input: $input) {\n      status\n      statusChangedOn\n      stayId\n      position\n    }\n  }\n": types.WaitlistMarkAdmittedDocument,
    "\n  query WaitlistsOfSeededInstitutions($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        ownership\n        waitlist {\n          position\n          priorityTier\n          appliedOn\n          elder {\n            name\n            waitlistEntries {\n              status\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WaitlistsOfSeededInstitutionsDocument,
    "\n  query DeprecatedUnitNames($today: LocalDate!) {\n    ltciRateTable {\n      employeeFundRatioBp\n      employeeFundRatioBasisPoints\n      residentFundRatioBp\n      residentFundRatioBasisPoints\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        residentActiveShareBp\n        residentActiveShareBasisPoints\n      }\n    }\n    institutions(page: { limit: 20 }) {\n      items {\n        certifiedShare {\n          targetPercent\n          targetBasisPoints\n        }\n      }\n    }\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-01-01\", to: $today, windowDays: 30) {\n      beds {\n        occupancyRate\n        occupancyBasisPoints\n      }\n    }\n  }\n": types.DeprecatedUnitNamesDocument,
    "\n  query AreaOnDateLotteryFundYearFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      elderCareAllocatedFen\n      elderCareShare {\n        met\n      }\n    }\n  }\n": types.AreaOnDateLotteryFundYearFiguresDocument,
    "\n  mutation LotteryFundRecord($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      source\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n": types.LotteryFundRecordDocument,
    "\n  mutation LotteryFundAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      category\n      programme\n      areaCode\n      amountFen\n      remainderFen\n    }\n  }\n": types.LotteryFundAllocateDocument,
    "\n  mutation LotteryFundDisburse($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n      amountFen\n      status\n      recipientKind\n    }\n  }\n": types.LotteryFundDisburseDocument,
    "\n  mutation LotteryFundReverseDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n      status\n      reversedOn\n      reversalReason\n    }\n  }\n": types.LotteryFundReverseDisbursementDocument,
    "\n  query LotteryFundById($id: ID!) {\n    lotteryFund(id: $id) {\n      amountFen\n      allocatedFen\n      elderCareAllocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      allocations {\n        amountFen\n      }\n    }\n  }\n": types.LotteryFundByIdDocument,
    "\n  query LotteryFundAllocationById($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      amountFen\n      disbursedFen\n      remainderFen\n      disbursements {\n        amountFen\n        status\n      }\n    }\n  }\n": types.LotteryFundAllocationByIdDocument,
    "\n  query LotteryFundsOfLevelAndYear($area: ID!, $year: Int!) {\n    lotteryFunds(filter: { areaCode: $area, raisedYear: $year }) {\n      amountFen\n    }\n  }\n": types.LotteryFundsOfLevelAndYearDocument,
    "\n  query LotteryFundAreaReportInFull($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      area {\n        name\n      }\n      raisedYear\n      spendingYear\n      funds {\n        source\n        amountFen\n        allocatedFen\n        unallocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      disbursedFen\n      disbursements {\n        total\n        items {\n          amountFen\n          recipientKind\n          institution {\n            name\n            rating\n          }\n          elder {\n            name\n          }\n          programmeRecipient\n          decisionReference\n        }\n      }\n    }\n  }\n": types.LotteryFundAreaReportInFullDocument,
    "\n  query LotteryFundFiguresOfAreaAndYear($area: ID!, $year: Int!) {\n    area(code: $area) {\n      name\n      lotteryFundFigures(fromYear: $year, toYear: $year) {\n        areaCode\n        raisedYear\n        spendingYear\n        retainedFen\n        allocatedFen\n        elderCareAllocatedFen\n        unallocatedFen\n        disbursedFen\n        elderCareShare {\n          basisPoints\n          met\n        }\n      }\n    }\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      retainedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n": types.LotteryFundFiguresOfAreaAndYearDocument,
    "\n  query LotteryFundPaymentsToInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      lotteryFundPayments {\n        amountFen\n      }\n      all: lotteryFundPayments(includeReversed: true) {\n        status\n      }\n    }\n  }\n": types.LotteryFundPaymentsToInstitutionDocument,
    "\n  query LotteryFundPaymentsToElder($key: ID!) {\n    elder(personKey: $key) {\n      name\n      lotteryFundPayments {\n        amountFen\n        purpose\n      }\n    }\n  }\n": types.LotteryFundPaymentsToElderDocument,
    "\n  query LotteryFundPaymentsToCaregivers($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year, recipientKind: CAREGIVER }) {\n      items {\n        caregiver {\n          personKey\n          lotteryFundPayments {\n            amountFen\n          }\n        }\n      }\n    }\n  }\n": types.LotteryFundPaymentsToCaregiversDocument,
    "\n  query LotteryFundRecipientNames($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          institution {\n            name\n          }\n          elder {\n            name\n          }\n          caregiver {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LotteryFundRecipientNamesDocument,
    "\n  query LotteryFundReportAggregates($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      funds {\n        amountFen\n        allocations {\n          programme\n          amountFen\n          remainderFen\n        }\n      }\n      elderCareShare {\n        met\n      }\n      disbursedFen\n    }\n  }\n": types.LotteryFundReportAggregatesDocument,
    "\n  query LotteryFundReportDisbursements($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          purpose\n          institution {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LotteryFundReportDisbursementsDocument,
    "\n  query LotteryFundDisbursementTotal {\n    lotteryFundDisbursements {\n      total\n    }\n  }\n": types.LotteryFundDisbursementTotalDocument,
    "\n  query LotteryFundPaidPersonKeys($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year }) {\n      items {\n        personKey\n      }\n    }\n  }\n": types.LotteryFundPaidPersonKeysDocument,
    "\n  query LotteryFundReportElderKeys($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          elder {\n            personKey\n          }\n        }\n      }\n    }\n  }\n": types.LotteryFundReportElderKeysDocument,
    "\n  query LotteryFundFinanceAuditTrail($key: ID!) {\n    financeAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        operation\n        kind\n        fields\n      }\n    }\n    financeAuditVerification {\n      valid\n    }\n  }\n": types.LotteryFundFinanceAuditTrailDocument,
    "\n  query SeededLotteryFundFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      spendingYear\n      retainedFen\n      allocatedFen\n      disbursedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n": types.SeededLotteryFundFiguresDocument,
    "\n  query SeededLotteryFundRecipients {\n    institutions: lotteryFundDisbursements(filter: { recipientKind: INSTITUTION }, page: { limit: 1000 }) {\n      total\n      items {\n        institution {\n          code\n          name\n        }\n      }\n    }\n    elders: lotteryFundDisbursements(filter: { recipientKind: ELDER }, page: { limit: 1000 }) {\n      total\n      items {\n        elder {\n          personKey\n          name\n        }\n      }\n    }\n    caregivers: lotteryFundDisbursements(filter: { recipientKind: CAREGIVER }, page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n": types.SeededLotteryFundRecipientsDocument,
    "\n  query SeededLotteryFundDecisions {\n    lotteryFundDisbursements(page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        decisionReference\n        status\n      }\n    }\n  }\n": types.SeededLotteryFundDecisionsDocument,
    "\n  query SeededLotteryFundsWithPage($year: Int!, $limit: Int!) {\n    lotteryFunds(filter: { raisedYear: $year }) {\n      amountFen\n      allocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        met\n      }\n      allocations {\n        amountFen\n        disbursedFen\n        remainderFen\n        fund {\n          areaCode\n        }\n      }\n    }\n    lotteryFundDisbursements(filter: { raisedYear: $year }, page: { limit: $limit }) {\n      items {\n        amountFen\n        allocation {\n          programme\n          remainderFen\n        }\n        personKey\n      }\n    }\n  }\n": types.SeededLotteryFundsWithPageDocument,
    "\n  mutation FiveBedCloseFamilyBed($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      id\n    }\n  }\n": types.FiveBedCloseFamilyBedDocument,
    "\n  mutation FiveBedDischargeFromInstitution($input: DischargeFromInstitutionInput!) {\n    dischargeFromInstitution(input: $input) {\n      id\n    }\n  }\n": types.FiveBedDischargeFromInstitutionDocument,
    "\n  mutation FiveBedSettleLtciMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n": types.FiveBedSettleLtciMonthDocument,
    "\n  query FiveBedLinkageOfArea($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {\n      areaCode\n      from\n      to\n      windowDays\n      pilot\n      area {\n        name\n      }\n      beds {\n        kind\n        capacity\n        occupied\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n      }\n      hospitalDischarges\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithoutNextBed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n": types.FiveBedLinkageOfAreaDocument,
    "\n  query FiveBedLinkageDefaultPeriod {\n    fiveBedLinkage(areaCode: \"371002\") {\n      from\n      to\n      windowDays\n      pilot\n    }\n  }\n": types.FiveBedLinkageDefaultPeriodDocument,
    "\n  query FiveBedJourneyOfElder($key: ID!) {\n    elder(personKey: $key) {\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        facilityCode\n        institution {\n          name\n        }\n        medicalInstitution {\n          code\n          name\n        }\n        ltciCareForm\n      }\n      currentFiveBed {\n        kind\n        startedOn\n        facilityCode\n      }\n    }\n  }\n": types.FiveBedJourneyOfElderDocument,
    "\n  query FiveBedCurrentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n    }\n  }\n": types.FiveBedCurrentOfElderDocument,
    "\n  query FiveBedJourneyAuditTrail($key: ID!) {\n    jointMeetingAuditTrail(filter: { personKey: $key, callerId: \"health-system\" }) {\n      items {\n        operation\n        fields\n      }\n    }\n  }\n": types.FiveBedJourneyAuditTrailDocument,
    "\n  query ParityElder($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      personKey\n      name\n      maskedIdNumber\n      age\n      area {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n        assessor\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n": types.ParityElderDocument,
    "\n  query ParityElderAcrossDepartments($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        institution {\n          name\n          rating\n          medicalCareIntegrated\n          ltciDesignation {\n            designatedFrom\n          }\n          certifiedShare {\n            ratio\n          }\n        }\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n      }\n      latestLtciGrade\n      ltciSettlements(year: 2026) {\n        month\n        careForm\n        fundFen\n        selfPaidFen\n      }\n      careAssignments {\n        caregiver {\n          name\n          role\n          certificates {\n            level\n          }\n        }\n      }\n    }\n  }\n": types.ParityElderAcrossDepartmentsDocument,
    "\n  query ParityElderFiveBed($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        institution {\n          name\n        }\n        medicalInstitution {\n          name\n        }\n        ltciCareForm\n      }\n    }\n  }\n": types.ParityElderFiveBedDocument,
    "\n  query ParityInstitutions {\n    institutions(filter: { areaCode: \"371083\", minRating: 3 }, page: { limit: 20 }) {\n      total\n      items {\n        code\n        name\n        ownership\n        rating\n        offersHomeVisits\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n  }\n": types.ParityInstitutionsDocument,
    "\n  query ParityLotteryFund {\n    lotteryFundAreaReport(areaCode: \"371083\", raisedYear: 2025) {\n      funds {\n        source\n        amountFen\n        allocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        met\n      }\n      disbursedFen\n    }\n  }\n": types.ParityLotteryFundDocument,
    "\n  query ParityFiveBedLinkage {\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-07-01\", to: \"2026-09-30\", windowDays: 30) {\n      pilot\n      beds {\n        kind\n        capacity\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n": types.ParityFiveBedLinkageDocument,
    "\n  query ParityIndicatorReport {\n    indicatorAreas(asOf: \"2025-12-31\") {\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        definition {\n          nameZh\n          nameEn\n          unit\n          deadline\n          baseline2020\n        }\n        numerator\n        denominator\n        value\n        target\n        status\n        breakdowns {\n          key\n          label\n          numerator\n          value\n        }\n      }\n    }\n  }\n": types.ParityIndicatorReportDocument,
    "\n  query ParityEldersInCare {\n    elders(page: { limit: 500 }) {\n      items {\n        idNumber\n        currentInstitutionStay {\n          admittedOn\n        }\n        hospitalStays {\n          admittedOn\n        }\n      }\n    }\n  }\n": types.ParityEldersInCareDocument,
    "\n  mutation HealthAccessRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n": types.HealthAccessRegisterMedicalInstitutionDocument,
    "\n  mutation HealthAccessAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": types.HealthAccessAdmitToHospitalDocument,
    "\n  query HealthAccessMedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n": types.HealthAccessMedicalInstitutionTotalDocument,
    "\n  query HealthAccessPatientRecords($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n      homeSickbeds {\n        openedOn\n      }\n      hospiceStays {\n        admittedOn\n      }\n      currentHealthBed {\n        __typename\n      }\n    }\n  }\n": types.HealthAccessPatientRecordsDocument,
    "\n  query HealthAccessHospitalStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n": types.HealthAccessHospitalStaysDocument,
    "\n  query HealthAccessSharedRecords($code: ID!) {\n    medicalInstitutions(page: { limit: 3 }) {\n      items {\n        name\n        bedCounts {\n          kind\n          occupied\n        }\n      }\n    }\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        services\n      }\n    }\n  }\n": types.HealthAccessSharedRecordsDocument,
    "\n  query HealthAccessAreaFigures {\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        shareBasisPoints\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    medicalInstitutions {\n      total\n    }\n  }\n": types.HealthAccessAreaFiguresDocument,
    "\n  query HealthAccessAuditTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        callerId\n        kind\n        fields\n      }\n    }\n    healthAuditVerification {\n      valid\n    }\n  }\n": types.HealthAccessAuditTrailDocument,
    "\n  query HealthAccessAuditEntriesOf($callerId: String!, $from: String!) {\n    healthAuditTrail(filter: { callerId: $callerId, from: $from }) {\n      items {\n        kind\n      }\n    }\n  }\n": types.HealthAccessAuditEntriesOfDocument,
    "\n  query HealthAccessAuditTotal {\n    healthAuditTrail {\n      total\n    }\n  }\n": types.HealthAccessAuditTotalDocument,
    "\n  mutation AreaOnDateHealthUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n": types.AreaOnDateHealthUpdateMedicalInstitutionDocument,
    "\n  mutation HealthBedsAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      personKey\n      admittedOn\n      dischargedOn\n      medicalInstitution {\n        name\n      }\n    }\n  }\n": types.HealthBedsAdmitToHospitalDocument,
    "\n  mutation HealthBedsDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      dischargedOn\n      dischargeDestination\n    }\n  }\n": types.HealthBedsDischargeFromHospitalDocument,
    "\n  mutation HealthBedsAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n      admittedOn\n    }\n  }\n": types.HealthBedsAdmitToHospiceDocument,
    "\n  mutation HealthBedsDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      dischargedOn\n      dischargeReason\n    }\n  }\n": types.HealthBedsDischargeFromHospiceDocument,
    "\n  mutation HealthBedsOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n      districtCode\n      townCode\n      visitCount\n    }\n  }\n": types.HealthBedsOpenHomeSickbedDocument,
    "\n  mutation HealthBedsRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n      lastVisitedOn\n    }\n  }\n": types.HealthBedsRecordHomeSickbedVisitDocument,
    "\n  mutation HealthBedsCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n": types.HealthBedsCloseHomeSickbedDocument,
    "\n  query HealthBedsBedCounts($code: ID!) {\n    medicalInstitution(code: $code) {\n      bedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n  }\n": types.HealthBedsBedCountsDocument,
    "\n  query HealthBedsJourney($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n        dischargeDestination\n        medicalInstitution {\n          name\n          level\n        }\n      }\n      homeSickbeds {\n        openedOn\n        closedOn\n        closeReason\n        visitCount\n        medicalInstitution {\n          name\n        }\n      }\n      hospiceStays {\n        admittedOn\n        dischargedOn\n        dischargeReason\n        medicalInstitution {\n          name\n        }\n      }\n      currentHealthBed {\n        __typename\n        ... on HospitalStay {\n          admittedOn\n        }\n        ... on HomeSickbed {\n          openedOn\n        }\n        ... on HospiceStay {\n          admittedOn\n        }\n      }\n    }\n  }\n": types.HealthBedsJourneyDocument,
    "\n  mutation MedicalCareIntegrationSign($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n      validFrom\n      validTo\n      inForce\n      ended\n      services\n      medicalInstitution {\n        name\n      }\n    }\n  }\n": types.MedicalCareIntegrationSignDocument,
    "\n  mutation MedicalCareIntegrationEnd($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      endedOn\n      inForce\n      ended\n    }\n  }\n": types.MedicalCareIntegrationEndDocument,
    "\n  mutation MedicalCareIntegrationFileClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n      name\n      kind\n      filedOn\n    }\n  }\n": types.MedicalCareIntegrationFileClinicDocument,
    "\n  mutation MedicalCareIntegrationCloseClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      closedOn\n    }\n  }\n": types.MedicalCareIntegrationCloseClinicDocument,
    "\n  query MedicalCareIntegrationInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      rating\n      medicalCareIntegrated\n      cooperationAgreements {\n        validFrom\n        services\n        inForce\n        medicalInstitution {\n          name\n          kind\n        }\n      }\n      insideClinic {\n        name\n        kind\n        filingNumber\n      }\n    }\n  }\n": types.MedicalCareIntegrationInstitutionDocument,
    "\n  query MedicalCareIntegrationAgreementsWithEnded($code: ID!) {\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        id\n      }\n      all: cooperationAgreements(includeEnded: true) {\n        endedOn\n      }\n    }\n  }\n": types.MedicalCareIntegrationAgreementsWithEndedDocument,
    "\n  mutation MedicalInstitutionRegister($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n      name\n      districtCode\n      townCode\n      level\n      hospiceProvider\n      internetNursing\n    }\n  }\n": types.MedicalInstitutionRegisterDocument,
    "\n  mutation MedicalInstitutionUpdate($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      medicalBeds\n      internetNursing\n    }\n  }\n": types.MedicalInstitutionUpdateDocument,
    "\n  query MedicalInstitutionsInArea($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area }) {\n      total\n      items {\n        name\n        level\n        district {\n          code\n        }\n        town {\n          code\n        }\n      }\n    }\n  }\n": types.MedicalInstitutionsInAreaDocument,
    "\n  query MedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n": types.MedicalInstitutionTotalDocument,
    "\n  query MedicalInstitutionsFiltered($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area, isPublic: false }) {\n      items {\n        name\n      }\n    }\n    hospice: medicalInstitutions(filter: { areaCode: $area, hospiceProvider: true, minLevel: 2 }) {\n      items {\n        name\n      }\n    }\n  }\n": types.MedicalInstitutionsFilteredDocument,
    "\n  query MedicalInstitutionAreaFigures($town: ID!) {\n    areas(level: DISTRICT) {\n      code\n      name\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n      openHomeSickbedCount\n    }\n    town: area(code: $town) {\n      code\n      hospiceProviderCount\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    city: area(code: \"371000\") {\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n": types.MedicalInstitutionAreaFiguresDocument,
    "\n  query MedicalInstitutionCityCoverage {\n    area(code: \"371000\") {\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n": types.MedicalInstitutionCityCoverageDocument,
    "\n  query MedicalInstitutionBedStock($code: ID!) {\n    medicalInstitution(code: $code) {\n      medicalBeds\n    }\n  }\n": types.MedicalInstitutionBedStockDocument,
    "\n  query SeededHealthEldersWithHealthBeds($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        districtCode\n        hospitalStays {\n          admittedOn\n          dischargedOn\n          dischargeDestination\n          medicalInstitution {\n            code\n            name\n          }\n        }\n        homeSickbeds {\n          openedOn\n          closedOn\n          visitCount\n          medicalInstitution {\n            name\n          }\n        }\n        hospiceStays {\n          admittedOn\n          dischargedOn\n          medicalInstitution {\n            name\n            hospiceProvider\n          }\n        }\n        currentHealthBed {\n          __typename\n          ... on HospitalStay {\n            admittedOn\n          }\n          ... on HomeSickbed {\n            openedOn\n          }\n          ... on HospiceStay {\n            admittedOn\n          }\n        }\n      }\n    }\n  }\n": types.SeededHealthEldersWithHealthBedsDocument,
    "\n  query SeededHealthMedicalInstitutions {\n    medicalInstitutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n      }\n    }\n  }\n": types.SeededHealthMedicalInstitutionsDocument,
    "\n  query SeededHealthIntegratedInstitutions {\n    institutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        rating\n        medicalCareIntegrated\n        cooperationAgreements {\n          inForce\n          medicalInstitution {\n            code\n          }\n        }\n        insideClinic {\n          filedOn\n        }\n      }\n    }\n  }\n": types.SeededHealthIntegratedInstitutionsDocument,
    "\n  query WorkforceAreaOnDateDesignatedStaff($asOf: LocalDate!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [\"371083\", \"371000\"]) {\n      areaCode\n      asOf\n      indicators(codes: [\"M20-LTC\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": types.WorkforceAreaOnDateDesignatedStaffDocument,
    "\n  query WorkforceAreaOnDateTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n    }\n  }\n": types.WorkforceAreaOnDateTrainingGoalsDocument,
    "\n  mutation CaregiverRegister($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employerCode\n    }\n  }\n": types.CaregiverRegisterDocument,
    "\n  query CaregiverProfile($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employer {\n        code\n      }\n      certified\n      certificates {\n        id\n      }\n    }\n  }\n": types.CaregiverProfileDocument,
    "\n  query CaregiverByIdNumber($id: String!) {\n    caregiverByIdNumber(idNumber: $id) {\n      sex\n      districtCode\n      employer {\n        code\n      }\n      graduationYear\n    }\n  }\n": types.CaregiverByIdNumberDocument,
    "\n  query CaregiverMaskedIdentity($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      idNumber\n      phone\n    }\n  }\n": types.CaregiverMaskedIdentityDocument,
    "\n  query CaregiverCount {\n    caregivers(filter: { includeFormer: true }) {\n      total\n    }\n  }\n": types.CaregiverCountDocument,
    "\n  mutation CaregiverCertify($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n      kind\n      level\n      levelRank\n      validToday\n    }\n  }\n": types.CaregiverCertifyDocument,
    "\n  query CaregiverCertificateNumbers($key: ID!) {\n    caregiver(personKey: $key) {\n      certified\n      certificates {\n        certificateNumber\n      }\n    }\n  }\n": types.CaregiverCertificateNumbersDocument,
    "\n  query CaregiverInstitutionShare($code: ID!) {\n    institution(code: $code) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetBasisPoints\n        deadline\n        targetMet\n      }\n      longTermCarerShare {\n        numerator\n        denominator\n        targetBasisPoints\n      }\n    }\n  }\n": types.CaregiverInstitutionShareDocument,
    "\n  mutation CaregiverAssignToElder($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n    }\n  }\n": types.CaregiverAssignToElderDocument,
    "\n  query CaregiverElderServed($key: ID!, $home: ID!) {\n    elder(personKey: $key) {\n      name\n      careAssignments {\n        careType\n        caregiver {\n          name\n          role\n          certified\n          certificates {\n            level\n          }\n          employer {\n            name\n            certifiedShare {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetMet\n      }\n    }\n  }\n": types.CaregiverElderServedDocument,
    "\n  query CaregiverOfElderCertificates($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        caregiver {\n          certified\n          certificates {\n            level\n            issuedOn\n          }\n        }\n      }\n    }\n  }\n": types.CaregiverOfElderCertificatesDocument,
    "\n  mutation CaregiverOpenProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n      year\n      kind\n    }\n  }\n": types.CaregiverOpenProgrammeDocument,
    "\n  mutation CaregiverEnrol($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n      districtCode\n      enrolledOn\n      completedOn\n      programme {\n        name\n      }\n    }\n  }\n": types.CaregiverEnrolDocument,
    "\n  mutation CaregiverCompleteTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n      completedOn\n    }\n  }\n": types.CaregiverCompleteTrainingDocument,
    "\n  query CaregiverTrainingCounts {\n    caregiverTrainingProgrammes(filter: { year: 2025 }) {\n      id\n      enrolmentCount\n      completionCount\n    }\n    area(code: \"371082\") {\n      caregiverTraineesCompleted(year: 2025)\n    }\n  }\n": types.CaregiverTrainingCountsDocument,
    "\n  query CaregiverOwnEnrolments($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        completedOn\n        programme {\n          kind\n        }\n      }\n    }\n  }\n": types.CaregiverOwnEnrolmentsDocument,
    "\n  mutation CaregiverDecideSubsidy($input: DecideCaregiverSubsidyInput!) {\n    decideCaregiverSubsidy(input: $input) {\n      id\n      decisionReference\n      kind\n      occasion\n      amountFen\n      status\n      paymentReference\n      employerCode\n      districtCode\n    }\n  }\n": types.CaregiverDecideSubsidyDocument,
    "\n  mutation CaregiverPaySubsidy($input: RecordCaregiverSubsidyPaymentInput!) {\n    recordCaregiverSubsidyPayment(input: $input) {\n      status\n      paymentReference\n      paidOn\n    }\n  }\n": types.CaregiverPaySubsidyDocument,
    "\n  query CaregiverSubsidiesOf($key: ID!) {\n    caregiver(personKey: $key) {\n      subsidies {\n        kind\n        status\n      }\n    }\n  }\n": types.CaregiverSubsidiesOfDocument,
    "\n  query CaregiverPaidSubsidiesOf($key: ID!) {\n    caregiverSubsidies(filter: { status: PAID, personKey: $key }) {\n      items {\n        id\n        paymentReference\n        amountFen\n      }\n    }\n  }\n": types.CaregiverPaidSubsidiesOfDocument,
    "\n  query CaregiverAnalystFigures($code: ID!) {\n    institution(code: $code) {\n      certifiedShare {\n        numerator\n        denominator\n      }\n    }\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n": types.CaregiverAnalystFiguresDocument,
    "\n  query CaregiverAreaCounts {\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n": types.CaregiverAreaCountsDocument,
    "\n  query CaregiverName($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n    }\n  }\n": types.CaregiverNameDocument,
    "\n  query CaregiverNamesOfInstitution($code: ID!) {\n    institution(code: $code) {\n      caregivers {\n        name\n      }\n    }\n  }\n": types.CaregiverNamesOfInstitutionDocument,
    "\n  query CaregiverSubsidyTotal {\n    caregiverSubsidies {\n      total\n    }\n  }\n": types.CaregiverSubsidyTotalDocument,
    "\n  query CaregiverEnrolmentIds($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        id\n      }\n    }\n  }\n": types.CaregiverEnrolmentIdsDocument,
    "\n  query CaregiverCard($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      certificates {\n        level\n      }\n    }\n  }\n": types.CaregiverCardDocument,
    "\n  query CaregiverAuditTrail($key: ID!) {\n    humanResourcesAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        kind\n        operation\n        fields\n      }\n    }\n  }\n": types.CaregiverAuditTrailDocument,
    "\n  mutation MajorEnrolmentRecord($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n      schoolCode\n      schoolName\n      schoolKind\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n": types.MajorEnrolmentRecordDocument,
    "\n  mutation MajorEnrolmentCorrect($input: CorrectElderCareMajorEnrolmentInput!) {\n    correctElderCareMajorEnrolment(input: $input) {\n      id\n      enrolled\n    }\n  }\n": types.MajorEnrolmentCorrectDocument,
    "\n  query MajorEnrolmentList($year: Int, $areaCode: ID) {\n    elderCareMajorEnrolments(year: $year, areaCode: $areaCode) {\n      schoolCode\n      schoolName\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n": types.MajorEnrolmentListDocument,
    "\n  query SeededWorkforceAssignedCaregivers {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        careAssignments(currentOnly: true) {\n          caregiver {\n            personKey\n            name\n            role\n            certified\n            certificates {\n              kind\n              level\n              validToday\n            }\n            employer {\n              code\n            }\n          }\n          institution {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.SeededWorkforceAssignedCaregiversDocument,
    "\n  query SeededWorkforceInstitutionShares($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        code\n        districtCode\n        certifiedShare {\n          numerator\n          denominator\n          ratio\n          targetBasisPoints\n          targetMet\n        }\n        longTermCarerShare {\n          numerator\n          denominator\n        }\n        caregivers {\n          role\n          certified\n        }\n      }\n    }\n  }\n": types.SeededWorkforceInstitutionSharesDocument,
    "\n  query SeededWorkforceAreaCounts {\n    areas(level: DISTRICT) {\n      code\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n    area(code: \"371000\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n  }\n": types.SeededWorkforceAreaCountsDocument,
    "\n  query SeededWorkforceTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      deadline\n      caregiverTarget\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkerTarget\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n      met\n    }\n  }\n": types.SeededWorkforceTrainingGoalsDocument,
    "\n  query SeededWorkforceTargets {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [\"371000\"]) {\n      indicators(codes: [\"P-INDUCTION-TRAINING\", \"P-CERTIFIED-SPECIALISTS\"]) {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": types.SeededWorkforceTargetsDocument,
    "\n  query SeededWorkforceSubsidies {\n    caregiverSubsidies(page: { limit: 1000 }) {\n      total\n      items {\n        kind\n        status\n        amountFen\n        paymentReference\n        paidOn\n      }\n    }\n  }\n": types.SeededWorkforceSubsidiesDocument,
    "\n  mutation IndicatorsDatasetDesignateAgeFriendlyCommunity($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      id\n    }\n  }\n": types.IndicatorsDatasetDesignateAgeFriendlyCommunityDocument,
    "\n  query FigureTalliesI09($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"I09\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": types.FigureTalliesI09Document,
    "\n  mutation FigureTalliesCorrect($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n": types.FigureTalliesCorrectDocument,
    "\n  mutation FigureTalliesImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n    }\n  }\n": types.FigureTalliesImportEldersDocument,
    "\n  query IndicatorSeriesOfAreas($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!]) {\n    indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": types.IndicatorSeriesOfAreasDocument,
    "\n  query IndicatorSeriesOneDay($asOf: LocalDate!, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n": types.IndicatorSeriesOneDayDocument,
    "\n  query IndicatorsReport($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        numerator\n        numeratorSuppressed\n        denominator\n        denominatorSuppressed\n        value\n        valueSuppressed\n        target\n        status\n        breakdowns {\n          key\n          numerator\n          numeratorSuppressed\n          denominator\n          value\n          valueSuppressed\n        }\n      }\n    }\n  }\n": types.IndicatorsReportDocument,
    "\n  query IndicatorsRecordsBehindFigures($asOf: LocalDate!, $areas: [ID!], $codes: [ID!], $counted: Boolean) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areas) {\n      indicators(codes: $codes) {\n        code\n        records(counted: $counted) {\n          total\n          items {\n            kind\n            code\n            name\n            counted\n            value\n          }\n        }\n      }\n    }\n  }\n": types.IndicatorsRecordsBehindFiguresDocument,
    "\n  query IndicatorsCaseworkElders($asOf: LocalDate!, $area: ID!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [$area]) {\n      indicators(codes: [\"I09\"]) {\n        records(counted: false) {\n          total\n          items {\n            kind\n            code\n            counted\n          }\n        }\n      }\n    }\n  }\n": types.IndicatorsCaseworkEldersDocument,
    "\n  query IndicatorsOneIndicatorToday($area: ID!, $code: ID!) {\n    indicatorAreas(areaCodes: [$area]) {\n      indicators(codes: [$code]) {\n        code\n      }\n    }\n  }\n": types.IndicatorsOneIndicatorTodayDocument,
    "\n  query InsuredElderTalliesM16($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      indicators(codes: [\"M16\"]) {\n        numerator\n      }\n    }\n  }\n": types.InsuredElderTalliesM16Document,
    "\n  query ReusedAnswersM16($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"M16\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n": types.ReusedAnswersM16Document,
    "\n  query ReusedAnswersHealthTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }, page: { limit: 10 }) {\n      total\n    }\n  }\n": types.ReusedAnswersHealthTrailDocument,
    "\n  query ReusedAnswersStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n": types.ReusedAnswersStaysDocument,
    "\n  query LtciSeedCityFigures {\n    area(code: \"371000\") {\n      ltciFigures {\n        enrolments {\n          scheme\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n  }\n": types.LtciSeedCityFiguresDocument,
    "\n  query LtciSeedDesignatedInstitutions {\n    ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false }, page: { limit: 1000 }) {\n      total\n      items {\n        providerCode\n        institution {\n          code\n          name\n        }\n      }\n    }\n    institutions {\n      total\n    }\n  }\n": types.LtciSeedDesignatedInstitutionsDocument,
    "\n  query LtciSeedAllDesignations {\n    ltciDesignations(filter: { inForceOnly: false }, page: { limit: 1000 }) {\n      items {\n        providerCode\n      }\n    }\n  }\n": types.LtciSeedAllDesignationsDocument,
    "\n  query LtciSeedSettlements {\n    ltciSettlements(page: { limit: 1000 }) {\n      total\n      items {\n        month\n        days\n        careForm\n        payee\n        homeCareService\n        chargedFen\n        amountFen\n        fundFen\n        selfPaidFen\n        overCapFen\n        institution {\n          code\n        }\n        medicalInstitution {\n          code\n        }\n        elder {\n          latestLtciGrade\n          ltciEnrolment {\n            status\n          }\n          latestAssessment {\n            levelNumber\n          }\n        }\n      }\n    }\n  }\n": types.LtciSeedSettlementsDocument,
    "\n  mutation LtciEnrol($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n      scheme\n      since\n      status\n      statusSince\n      districtCode\n      townCode\n    }\n  }\n": types.LtciEnrolDocument,
    "\n  mutation LtciChangeStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n      statusSince\n    }\n  }\n": types.LtciChangeStatusDocument,
    "\n  mutation LtciAssess($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n      gradeNumber\n      assessedOn\n      validUntil\n      assessingOrganisation\n      qualifiesForBenefits\n    }\n  }\n": types.LtciAssessDocument,
    "\n  mutation LtciDesignate($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerKind\n      providerCode\n      providerLevel\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n": types.LtciDesignateDocument,
    "\n  mutation LtciUndesignate($input: UndesignateLtciProviderInput!) {\n    undesignateLtciProvider(input: $input) {\n      providerCode\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n": types.LtciUndesignateDocument,
    "\n  mutation LtciSettleMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      month\n      careForm\n      homeCareService\n      payee\n      scheme\n      providerLevel\n      days\n      dailyCapFen\n      fundRatioBasisPoints\n      chargedFen\n      amountFen\n      fundFen\n      selfPaidFen\n      overCapFen\n    }\n  }\n": types.LtciSettleMonthDocument,
    "\n  query LtciSettlementIdsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciSettlements {\n        id\n      }\n    }\n  }\n": types.LtciSettlementIdsOfElderDocument,
    "\n  query LtciEnrolmentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n    }\n  }\n": types.LtciEnrolmentOfElderDocument,
    "\n  query LtciGradesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      latestLtciGrade\n      ltciAssessments {\n        assessedOn\n      }\n    }\n  }\n": types.LtciGradesOfElderDocument,
    "\n  query LtciDesignationsOfProvider($code: ID!) {\n    ltciDesignations(filter: { providerCode: $code, inForceOnly: false }) {\n      total\n      items {\n        providerCode\n        designatedFrom\n        designatedUntil\n      }\n    }\n  }\n": types.LtciDesignationsOfProviderDocument,
    "\n  query LtciDesignationOfInstitution($code: ID!) {\n    institution(code: $code) {\n      ltciDesignation {\n        designatedUntil\n        inForce\n      }\n    }\n  }\n": types.LtciDesignationOfInstitutionDocument,
    "\n  query LtciElderAcrossDepartments($id: String!, $year: Int!, $home: ID!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      ltciEnrolment {\n        scheme\n        status\n        since\n      }\n      latestLtciGrade\n      ltciSettlements(year: $year) {\n        month\n        careForm\n        days\n        fundFen\n        institution {\n          name\n          rating\n        }\n        medicalInstitution {\n          code\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      rating\n      ltciDesignation {\n        providerLevel\n        designatedFrom\n        inForce\n      }\n    }\n  }\n": types.LtciElderAcrossDepartmentsDocument,
    "\n  query LtciAreaFigures($district: ID!, $town: ID!) {\n    district: area(code: $district) {\n      name\n      ltciFigures {\n        enrolments {\n          scheme\n          status\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        residentActiveShareBasisPoints\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    city: area(code: \"371000\") {\n      ltciFigures {\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    town: area(code: $town) {\n      ltciFigures {\n        activeResidentEnrolments\n        designatedInstitutions\n      }\n    }\n  }\n": types.LtciAreaFiguresDocument,
    "\n  query LtciSharedWithDepartments($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n      latestLtciGrade\n      ltciSettlements {\n        id\n      }\n    }\n  }\n": types.LtciSharedWithDepartmentsDocument,
    "\n  query LtciSettlementTotal {\n    ltciSettlements {\n      total\n    }\n  }\n": types.LtciSettlementTotalDocument,
    "\n  query LtciPublished {\n    ltciDesignations {\n      total\n    }\n    ltciQualifyingGrades\n    ltciRateTable {\n      careForm\n      providerLevel\n      dailyCapFen\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        designatedInstitutions\n      }\n    }\n  }\n": types.LtciPublishedDocument,
    "\n  mutation RegisterElderThenHangUp($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": types.RegisterElderThenHangUpDocument,
    "\n  query ElderAfterHangUp($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": types.ElderAfterHangUpDocument,
    "\n  query ResilienceElderAcrossDepartments($key: ID!) {\n    elder(personKey: $key) {\n      name\n      hospitalStays {\n        admittedOn\n      }\n      ltciSettlements {\n        month\n      }\n      lotteryFundPayments {\n        amountFen\n      }\n      careAssignments {\n        careType\n        caregiver {\n          role\n        }\n      }\n    }\n  }\n": types.ResilienceElderAcrossDepartmentsDocument,
    "\n  query ResilienceAreaAcrossDepartments($code: ID!) {\n    area(code: $code) {\n      name\n      hospiceProviderCount\n      ltciFigures {\n        activeResidentEnrolments\n      }\n      certifiedCaregiverCount\n      lotteryFundFigures {\n        raisedYear\n      }\n    }\n  }\n": types.ResilienceAreaAcrossDepartmentsDocument,
    "\n  query ResilienceEldersWithCaregivers {\n    elders(page: { limit: 200 }) {\n      items {\n        personKey\n        careAssignments {\n          id\n        }\n      }\n    }\n  }\n": types.ResilienceEldersWithCaregiversDocument,
    "\n  query AreaNameDuringDrain($code: ID!) {\n    area(code: $code) {\n      name\n    }\n  }\n": types.AreaNameDuringDrainDocument,
    "\n  mutation IdempotencyAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      amountFen\n      fund {\n        allocatedFen\n      }\n    }\n  }\n": types.IdempotencyAllocateDocument,
    "\n  mutation IdempotencyHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      id\n      visitCount\n      lastVisitedOn\n    }\n  }\n": types.IdempotencyHomeSickbedVisitDocument,
    "\n  query IdempotencyFundAllocated($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      allocations {\n        id\n      }\n    }\n  }\n": types.IdempotencyFundAllocatedDocument,
    "\n  mutation AccessRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n": types.AccessRegisterElderDocument,
    "\n  query AccessElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": types.AccessElderByIdNumberDocument,
    "\n  query AccessElderTotal {\n    elders(filter: { includeDeceased: true }) {\n      total\n    }\n  }\n": types.AccessElderTotalDocument,
    "\n  query AccessElderAsCivilAffairs($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      economicStatus\n      assessments {\n        level\n      }\n      allowances(year: 2026) {\n        amountFen\n      }\n      visits {\n        visitedOn\n      }\n      waitlistEntries {\n        status\n      }\n    }\n  }\n": types.AccessElderAsCivilAffairsDocument,
    "\n  query AccessElderAsHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      age\n      economicStatus\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        admittedOn\n      }\n    }\n  }\n": types.AccessElderAsHealthDocument,
    "\n  query AccessInstitutionsAsFinance {\n    institutions(page: { limit: 3 }) {\n      items {\n        name\n        rating\n        bedCounts {\n          kind\n          capacity\n        }\n      }\n    }\n  }\n": types.AccessInstitutionsAsFinanceDocument,
    "\n  query AccessElderAllowancesAsFinance($personKey: ID!) {\n    elder(personKey: $personKey) {\n      age\n      allowances(year: 2026) {\n        kind\n      }\n    }\n  }\n": types.AccessElderAllowancesAsFinanceDocument,
    "\n  query AccessAggregatesAsAnalyst {\n    areas(level: DISTRICT) {\n      code\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    institutions(page: { limit: 5 }) {\n      total\n      items {\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n        currentCareAssignmentCount\n      }\n    }\n    currentFamilyBedCount(areaCode: \"371000\")\n  }\n": types.AccessAggregatesAsAnalystDocument,
    "\n  query AccessAuditTrail {\n    civilAffairsAuditTrail(page: { limit: 1 }) {\n      total\n    }\n    civilAffairsAuditVerification {\n      valid\n    }\n  }\n": types.AccessAuditTrailDocument,
    "\n  query AuditTamperVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n      keyedFrom\n      checkpoints\n    }\n  }\n": types.AuditTamperVerifyCivilAffairsDocument,
    "\n  query AuditTrailOfCivilAffairs($filter: AuditFilter) {\n    civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) {\n      total\n      items {\n        sequence\n        kind\n        operation\n        callerId\n        callerRole\n        callerDepartment\n        personKeys\n        fields\n        recordIds\n      }\n    }\n  }\n": types.AuditTrailOfCivilAffairsDocument,
    "\n  query AuditVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n    }\n  }\n": types.AuditVerifyCivilAffairsDocument,
    "\n  query AuditElderReadByHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      latestAssessment {\n        level\n      }\n    }\n  }\n": types.AuditElderReadByHealthDocument,
    "\n  query AuditDistrictsReadByAnalyst {\n    areas(level: DISTRICT) {\n      code\n    }\n  }\n": types.AuditDistrictsReadByAnalystDocument,
    "\n  query AuditElderNames($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        name\n      }\n    }\n  }\n": types.AuditElderNamesDocument,
    "\n  mutation AuditRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n": types.AuditRegisterElderDocument,
    "\n  query ClientErrorsDisbursementsOfAllocation($allocationId: ID!) {\n    lotteryFundDisbursements(filter: { allocationId: $allocationId }) {\n      total\n    }\n  }\n": types.ClientErrorsDisbursementsOfAllocationDocument,
    "\n  query CompositionCityLinkage {\n    fiveBedLinkage(areaCode: \"371000\") {\n      from\n      to\n      windowDays\n      beds {\n        kind\n        capacity\n      }\n      hospitalDischarges\n    }\n  }\n": types.CompositionCityLinkageDocument,
    "\n  query LimitsElderTotal($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      total\n    }\n  }\n": types.LimitsElderTotalDocument,
    "\n  query LimitsOnePageWithLists {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        name\n        hospitalStays {\n          admittedOn\n          dischargedOn\n        }\n        ltciSettlements {\n          month\n          amountFen\n        }\n        assessments {\n          level\n          assessedOn\n        }\n      }\n    }\n  }\n": types.LimitsOnePageWithListsDocument,
    "\n  query OracleMaskedElder($personKey: ID!) {\n    elder(personKey: $personKey) {\n      idNumber\n      maskedIdNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n": types.OracleMaskedElderDocument,
    "\n  query OracleElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": types.OracleElderByIdNumberDocument,
    "\n  query OracleMaskedCaregiver($personKey: ID!) {\n    caregiver(personKey: $personKey) {\n      idNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n": types.OracleMaskedCaregiverDocument,
    "\n  query OracleCaregiverByIdNumber($idNumber: String!) {\n    caregiverByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n": types.OracleCaregiverByIdNumberDocument,
    "\n  mutation OracleRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": types.OracleRegisterElderDocument,
    "\n  mutation OracleAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": types.OracleAdmitToHospitalDocument,
    "\n  query MaskingElderProfiles {\n    elders(page: { limit: 20 }) {\n      items {\n        personKey\n        idNumber\n        maskedIdNumber\n        name\n        phone\n      }\n    }\n  }\n": types.MaskingElderProfilesDocument,
    "\n  mutation MutationSelectionAdmitReadingName($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      elder {\n        name\n      }\n    }\n  }\n": types.MutationSelectionAdmitReadingNameDocument,
    "\n  query MutationSelectionStaysOfElder($key: ID!) {\n    elder(personKey: $key) {\n      hospitalStays {\n        id\n      }\n    }\n  }\n": types.MutationSelectionStaysOfElderDocument,
    "\n  query SmallCellsLinkage($area: ID!, $from: LocalDate, $to: LocalDate) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to) {\n      beds {\n        kind\n        capacity\n        capacitySuppressed\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n        occupancyBasisPointsSuppressed\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesSuppressed\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithNextBedSuppressed\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      medianDaysToNextBedSuppressed\n      p90DaysToNextBed\n      p90DaysToNextBedSuppressed\n    }\n  }\n": types.SmallCellsLinkageDocument,
    "\n  query SmallCellsFamilyBedsIndicator($area: ID!) {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [$area]) {\n      indicators(codes: [\"I10\"]) {\n        numerator\n        numeratorSuppressed\n        value\n        valueSuppressed\n        status\n      }\n    }\n  }\n": types.SmallCellsFamilyBedsIndicatorDocument,
    "\n  query TokensElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n": types.TokensElderTotalDocument,
    "\n  query UnauthenticatedFirstElder {\n    elders(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n": types.UnauthenticatedFirstElderDocument,
    "\n  query UnauthenticatedFirstCaregiver {\n    caregivers(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n": types.UnauthenticatedFirstCaregiverDocument,
    "\n  query UnauthenticatedElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n": types.UnauthenticatedElderTotalDocument,
    "\n  mutation BuilderRegisterFacility($input: RegisterFacilityInput!) {\n    registerFacility(input: $input) {\n      id\n      kind\n      name\n      starRating\n      closedOn\n      districtCode\n      townCode\n      communityCode\n      area {\n        name\n        level\n      }\n    }\n  }\n": types.BuilderRegisterFacilityDocument,
    "\n  mutation BuilderRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      visitedOn\n      method\n      specialDifficulty\n      followUpNeeded\n      findings\n      elder {\n        name\n      }\n    }\n  }\n": types.BuilderRecordVisitDocument,
    "\n  mutation BuilderApplyToWaitlist($input: ApplyToWaitlistInput!) {\n    applyToWaitlist(input: $input) {\n      id\n      priorityTier\n      status\n    }\n  }\n": types.BuilderApplyToWaitlistDocument,
    "\n  mutation BuilderRegisterResidentialDevelopment($input: RegisterResidentialDevelopmentInput!) {\n    registerResidentialDevelopment(input: $input) {\n      id\n      name\n      developer\n      districtCode\n      townCode\n      communityCode\n      households\n      deliveredOn\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n": types.BuilderRegisterResidentialDevelopmentDocument,
    "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": types.BuilderRegisterElderDocument,
    "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n": types.BuilderRegisterInstitutionDocument,
    "\n  query BuilderAreaChildren($code: ID!) {\n    area(code: $code) {\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.BuilderAreaChildrenDocument,
    "\n  mutation BuilderRecordAbilityAssessment($input: RecordAbilityAssessmentInput!) {\n    recordAbilityAssessment(input: $input) {\n      id\n    }\n  }\n": types.BuilderRecordAbilityAssessmentDocument,
    "\n  mutation BuilderAddBeds($input: AddBedsInput!) {\n    addBeds(input: $input) {\n      id\n    }\n  }\n": types.BuilderAddBedsDocument,
    "\n  mutation BuilderAdmitToInstitution($input: AdmitToInstitutionInput!) {\n    admitToInstitution(input: $input) {\n      id\n    }\n  }\n": types.BuilderAdmitToInstitutionDocument,
    "\n  mutation BuilderOpenFamilyBed($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n    }\n  }\n": types.BuilderOpenFamilyBedDocument,
    "\n  mutation BuilderRecordElderDeath($personKey: ID!, $deceasedOn: LocalDate!) {\n    updateElder(personKey: $personKey, input: { deceasedOn: $deceasedOn }) {\n      deceasedOn\n    }\n  }\n": types.BuilderRecordElderDeathDocument,
    "\n  mutation BuilderRecordLotteryFund($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n": types.BuilderRecordLotteryFundDocument,
    "\n  mutation BuilderAllocateLotteryFund($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n": types.BuilderAllocateLotteryFundDocument,
    "\n  mutation BuilderDisburseLotteryFund($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n    }\n  }\n": types.BuilderDisburseLotteryFundDocument,
    "\n  mutation BuilderRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n": types.BuilderRegisterMedicalInstitutionDocument,
    "\n  mutation BuilderAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n": types.BuilderAdmitToHospitalDocument,
    "\n  mutation BuilderDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      id\n    }\n  }\n": types.BuilderDischargeFromHospitalDocument,
    "\n  mutation BuilderAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n    }\n  }\n": types.BuilderAdmitToHospiceDocument,
    "\n  mutation BuilderDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      id\n    }\n  }\n": types.BuilderDischargeFromHospiceDocument,
    "\n  mutation BuilderOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n": types.BuilderOpenHomeSickbedDocument,
    "\n  mutation BuilderRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n    }\n  }\n": types.BuilderRecordHomeSickbedVisitDocument,
    "\n  mutation BuilderCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      id\n    }\n  }\n": types.BuilderCloseHomeSickbedDocument,
    "\n  mutation BuilderSignCooperationAgreement($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n    }\n  }\n": types.BuilderSignCooperationAgreementDocument,
    "\n  mutation BuilderEndCooperationAgreement($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      id\n    }\n  }\n": types.BuilderEndCooperationAgreementDocument,
    "\n  mutation BuilderFileInsideClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n    }\n  }\n": types.BuilderFileInsideClinicDocument,
    "\n  mutation BuilderCloseInsideClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      id\n    }\n  }\n": types.BuilderCloseInsideClinicDocument,
    "\n  mutation BuilderRegisterCaregiver($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n": types.BuilderRegisterCaregiverDocument,
    "\n  mutation BuilderRecordCaregiverCertificate($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n    }\n  }\n": types.BuilderRecordCaregiverCertificateDocument,
    "\n  mutation BuilderOpenCaregiverTrainingProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n    }\n  }\n": types.BuilderOpenCaregiverTrainingProgrammeDocument,
    "\n  mutation BuilderEnrolCaregiverInTraining($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n    }\n  }\n": types.BuilderEnrolCaregiverInTrainingDocument,
    "\n  mutation BuilderCompleteCaregiverTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n    }\n  }\n": types.BuilderCompleteCaregiverTrainingDocument,
    "\n  mutation BuilderRecordElderCareMajorEnrolment($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n    }\n  }\n": types.BuilderRecordElderCareMajorEnrolmentDocument,
    "\n  mutation BuilderEnrolInLtci($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n    }\n  }\n": types.BuilderEnrolInLtciDocument,
    "\n  mutation BuilderChangeLtciEnrolmentStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n    }\n  }\n": types.BuilderChangeLtciEnrolmentStatusDocument,
    "\n  mutation BuilderRecordLtciAssessment($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n    }\n  }\n": types.BuilderRecordLtciAssessmentDocument,
    "\n  mutation BuilderDesignateLtciProvider($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerCode\n    }\n  }\n": types.BuilderDesignateLtciProviderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportAssessments($input: ImportAbilityAssessmentsInput!) {\n    importAbilityAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkAssessmentBySourceRef($source: String!, $ref: String!) {\n    abilityAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkAssessmentBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportEldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkElderBySourceRef($source: String!, $ref: String!) {\n    elderBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      phone\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkElderBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkCivilAffairsChanges($after: String) {\n    civilAffairsChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').BulkCivilAffairsChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportLotteryFundAllocations($input: ImportLotteryFundAllocationsInput!) {\n    importLotteryFundAllocations(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportLotteryFundAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportLotteryFundDisbursements($input: ImportLotteryFundDisbursementsInput!) {\n    importLotteryFundDisbursements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportLotteryFundDisbursementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLotteryFundAllocationBySourceRef($source: String!, $ref: String!) {\n    lotteryFundAllocationBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkLotteryFundAllocationBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLotteryFundDisbursementBySourceRef($source: String!, $ref: String!) {\n    lotteryFundDisbursementBySourceRef(source: $source, ref: $ref) {\n      id\n      amountFen\n      decisionReference\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkLotteryFundDisbursementBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLotteryFundBalance($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      unallocatedFen\n    }\n  }\n"): typeof import('./graphql').BulkLotteryFundBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLotteryFundAllocationRemainder($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      disbursedFen\n      remainderFen\n    }\n  }\n"): typeof import('./graphql').BulkLotteryFundAllocationRemainderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAllocateLotteryFundWithRef($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkAllocateLotteryFundWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkReverseLotteryFundDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkReverseLotteryFundDisbursementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkFinanceChanges($after: String) {\n    financeChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').BulkFinanceChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportHospitalStays($input: ImportHospitalStaysInput!) {\n    importHospitalStays(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportHospitalStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportHomeSickbeds($input: ImportHomeSickbedsInput!) {\n    importHomeSickbeds(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportHomeSickbedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkHospitalStayBySourceRef($source: String!, $ref: String!) {\n    hospitalStayBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      admittedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkHospitalStayBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkHomeSickbedBySourceRef($source: String!, $ref: String!) {\n    homeSickbedBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      openedOn\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkHomeSickbedBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkHealthChanges($after: String) {\n    healthChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').BulkHealthChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAdmitToHospitalWithRef($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkAdmitToHospitalWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkOpenHomeSickbedWithRef($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkOpenHomeSickbedWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportCaregivers($input: ImportCaregiversInput!) {\n    importCaregivers(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportCaregiversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportCaregiverCertificates($input: ImportCaregiverCertificatesInput!) {\n    importCaregiverCertificates(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportCaregiverCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkCaregiverBySourceRef($source: String!, $ref: String!) {\n    caregiverBySourceRef(source: $source, ref: $ref) {\n      personKey\n      name\n      role\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkCaregiverBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkCaregiverCertificateBySourceRef($source: String!, $ref: String!) {\n    caregiverCertificateBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      level\n      certificateNumber\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkCaregiverCertificateBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkRegisterCaregiverWithRef($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').BulkRegisterCaregiverWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkHumanResourcesChanges($after: String) {\n    humanResourcesChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').BulkHumanResourcesChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportLtciEnrolments($input: ImportLtciEnrolmentsInput!) {\n    importLtciEnrolments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportLtciEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportLtciAssessments($input: ImportLtciAssessmentsInput!) {\n    importLtciAssessments(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportLtciAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkImportLtciSettlements($input: ImportLtciSettlementsInput!) {\n    importLtciSettlements(input: $input) {\n      created\n      updated\n      unchanged\n      refused\n      notWritten\n      items {\n        index\n        outcome\n        id\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BulkImportLtciSettlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLtciEnrolmentBySourceRef($source: String!, $ref: String!) {\n    ltciEnrolmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      scheme\n      status\n      since\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkLtciEnrolmentBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLtciAssessmentBySourceRef($source: String!, $ref: String!) {\n    ltciAssessmentBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      grade\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkLtciAssessmentBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkLtciSettlementBySourceRef($source: String!, $ref: String!) {\n    ltciSettlementBySourceRef(source: $source, ref: $ref) {\n      id\n      personKey\n      month\n      days\n      fundFen\n      sourceRef {\n        source\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').BulkLtciSettlementBySourceRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkMedicalInsuranceChanges($after: String) {\n    medicalInsuranceChanges(after: $after, first: 1000) {\n      items {\n        entityType\n        recordId\n        operation\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').BulkMedicalInsuranceChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkEnrolInLtciWithRef($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkEnrolInLtciWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkRecordLtciAssessmentWithRef($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkRecordLtciAssessmentWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSettleLtciMonthWithRef($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BulkSettleLtciMonthWithRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedCivilAffairs($after: String, $first: Int) {\n    civilAffairsChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ChangeFeedCivilAffairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedHealth($after: String, $first: Int) {\n    healthChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ChangeFeedHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedMedicalInsurance($after: String, $first: Int) {\n    medicalInsuranceChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ChangeFeedMedicalInsuranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedHumanResources($after: String, $first: Int) {\n    humanResourcesChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ChangeFeedHumanResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedFinance($after: String, $first: Int) {\n    financeChanges(after: $after, first: $first) {\n      items {\n        entityType\n        recordId\n        operation\n        changedAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ChangeFeedFinanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedUpdateElder($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').ChangeFeedUpdateElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').ChangeFeedUpdateMedicalInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedSuspendEnrolment($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeFeedSuspendEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeFeedAllocateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').ChangeFeedRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedAuditTrail($personKey: ID!) {\n    civilAffairsAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        kind\n        operation\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeFeedAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgeFriendlyDesignate($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      level\n      designatedYear\n      name\n      communityCode\n      townCode\n      districtCode\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AgeFriendlyDesignateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgeFriendlyInArea($code: ID!, $level: AgeFriendlyLevel) {\n    area(code: $code) {\n      ageFriendlyCommunities(level: $level) {\n        id\n        name\n        level\n        designatedYear\n      }\n    }\n  }\n"): typeof import('./graphql').AgeFriendlyInAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowancePay($input: RecordAllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      kind\n      month\n      amountFen\n      paidOn\n      elder {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AllowancePayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowancePayMany($input: RecordAllowancePaymentsInput!) {\n    recordAllowancePayments(input: $input) {\n      month\n      amountFen\n      elder {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AllowancePayManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowancesOfElder($key: ID!, $year: Int) {\n    elder(personKey: $key) {\n      allowances(year: $year) {\n        kind\n        month\n        amountFen\n        paidOn\n      }\n    }\n  }\n"): typeof import('./graphql').AllowancesOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivilAffairsAreaOnDateInstitution($code: ID!) {\n    institution(code: $code) {\n      extremePovertySupport\n    }\n  }\n"): typeof import('./graphql').CivilAffairsAreaOnDateInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area {\n          name\n          parent {\n            name\n          }\n        }\n        district {\n          name\n        }\n        latestAssessment {\n          level\n          assessedOn\n        }\n        assessments {\n          level\n        }\n        currentInstitutionStay {\n          admittedOn\n          bed {\n            kind\n            label\n          }\n          institution {\n            name\n            rating\n            bedCounts {\n              kind\n              capacity\n              occupied\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EldersWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareAssign($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n      careType\n      institutionCode\n    }\n  }\n"): typeof import('./graphql').CareAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareEndAssignment($input: EndCareAssignmentInput!) {\n    endCareAssignment(input: $input) {\n      endedOn\n    }\n  }\n"): typeof import('./graphql').CareEndAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareCurrentCountOfInstitution($code: ID!) {\n    institution(code: $code) {\n      currentCareAssignmentCount\n    }\n  }\n"): typeof import('./graphql').CareCurrentCountOfInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CareAssignmentsOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareAssignmentsOfResident($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        careType\n        startedOn\n        endedOn\n        caregiver {\n          __typename\n          personKey\n        }\n        institution {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CareAssignmentsOfResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareCurrentAssignmentsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments(currentOnly: true) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CareCurrentAssignmentsOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareSeededEldersWithAssignments($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        currentInstitutionStay {\n          institutionCode\n        }\n        careAssignments(currentOnly: true) {\n          careType\n          institutionCode\n          caregiver {\n            personKey\n          }\n          institution {\n            currentCareAssignmentCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CareSeededEldersWithAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityServicesElders($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        age\n        livingSituation\n        specialFamilyPlanningFamily\n        economicStatus\n        latestAssessment {\n          level\n        }\n        lastVisitedOn\n        visits(from: $from, to: $to) {\n          visitedOn\n          specialDifficulty\n        }\n        allowances(year: $year) {\n          kind\n          month\n          amountFen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityServicesEldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityServicesAreas($level: AreaLevel!) {\n    areas(level: $level) {\n      code\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n      facilityCounts {\n        kind\n        count\n      }\n      ageFriendlyCommunities {\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityServicesAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityServicesFacilityCounts {\n    districts: areas(level: DISTRICT) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    streets: areas(level: STREET) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    towns: areas(level: TOWN) {\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    city: area(code: \"371000\") {\n      facilityCounts {\n        kind\n        count\n      }\n      facilities(kind: MEAL_POINT) {\n        starRating\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityServicesFacilityCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElderProfileRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n      sex\n      birthDate\n    }\n  }\n"): typeof import('./graphql').ElderProfileRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElderProfileRegisterInstitution($home: RegisterInstitutionInput!) {\n    registerInstitution(input: $home) {\n      code\n    }\n  }\n"): typeof import('./graphql').ElderProfileRegisterInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderProfileByIdNumber($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      maskedIdNumber\n      area {\n        code\n        name\n        level\n        parent {\n          name\n        }\n      }\n      district {\n        name\n        fiveBedPilot\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ElderProfileByIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderProfileRegistryTotals {\n    elders(page: { limit: 10 }) {\n      total\n    }\n    institutions {\n      total\n    }\n  }\n"): typeof import('./graphql').ElderProfileRegistryTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilityUpdate($id: ID!, $input: UpdateFacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      name\n      starRating\n      closedOn\n    }\n  }\n"): typeof import('./graphql').FacilityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitiesOfArea($code: ID!, $kind: FacilityKind) {\n    area(code: $code) {\n      facilities(kind: $kind) {\n        id\n        name\n        kind\n        districtCode\n        townCode\n      }\n      facilityCounts {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').FacilitiesOfAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityList($filter: FacilityFilter) {\n    communityFacilities(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        name\n        kind\n        starRating\n        closedOn\n        districtCode\n        district {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FacilityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityById($id: ID!) {\n    communityFacility(id: $id) {\n      name\n      starRating\n      closedOn\n    }\n  }\n"): typeof import('./graphql').FacilityByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FamilyBedOpen($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n      openedOn\n    }\n  }\n"): typeof import('./graphql').FamilyBedOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FamilyBedClose($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n"): typeof import('./graphql').FamilyBedCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedCount($area: ID) {\n    currentFamilyBedCount(areaCode: $area)\n  }\n"): typeof import('./graphql').FamilyBedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedsListed($filter: FamilyBedFilter!) {\n    familyBeds(filter: $filter, page: { limit: 1000 }) {\n      total\n      items {\n        id\n        personKey\n        closedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyBedsListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedProfile($key: ID!, $operator: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n        districtCode\n        townCode\n        communityCode\n        operator {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n      }\n    }\n    institution(code: $operator) {\n      operatedFamilyBeds {\n        openedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyBedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedHistory($key: ID!) {\n    elder(personKey: $key) {\n      currentFamilyBed {\n        openedOn\n      }\n      familyBeds {\n        openedOn\n        closedOn\n        closeReason\n        operator {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyBedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedsSeeded($limit: Int!) {\n    currentFamilyBedCount\n    familyBeds(page: { limit: $limit }) {\n      total\n      items {\n        districtCode\n        elder {\n          districtCode\n          currentInstitutionStay {\n            id\n          }\n          currentFamilyBed {\n            id\n          }\n        }\n        operator {\n          operatedFamilyBeds {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyBedsSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyBedsSeededElders {\n    elders(filter: { includeDeceased: true }, page: { limit: 1 }) {\n      total\n    }\n  }\n"): typeof import('./graphql').FamilyBedsSeededEldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingEldersByOffset($offset: Int!, $limit: Int!) {\n    elders(page: { offset: $offset, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').PagingEldersByOffsetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingEldersAfter($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      items {\n        personKey\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').PagingEldersAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingEldersWithTotal($after: String, $limit: Int!) {\n    elders(page: { after: $after, limit: $limit }) {\n      total\n      items {\n        personKey\n      }\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').PagingEldersWithTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentialDevelopmentHandover($input: RecordFacilityHandoverInput!) {\n    recordFacilityHandover(input: $input) {\n      id\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n    }\n  }\n"): typeof import('./graphql').ResidentialDevelopmentHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentialDevelopmentById($id: ID!, $day: LocalDate) {\n    residentialDevelopment(id: $id) {\n      id\n      name\n      households\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      compliantOnDay: compliant(asOf: $day)\n    }\n  }\n"): typeof import('./graphql').ResidentialDevelopmentByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentialDevelopmentList($filter: ResidentialDevelopmentFilter, $page: PageInput) {\n    residentialDevelopments(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        name\n        compliant\n        deliveredOn\n        districtCode\n        townCode\n        communityCode\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentialDevelopmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentialDevelopmentAuditTrail {\n    civilAffairsAuditTrail(filter: { callerId: \"civil-affairs-system\" }, page: { limit: 1000 }) {\n      items {\n        operation\n        kind\n        recordIds\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentialDevelopmentAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentialDevelopmentsSeeded {\n    streets: areas(level: STREET) {\n      code\n    }\n    all: residentialDevelopments(page: { limit: 1000 }) {\n      total\n      items {\n        townCode\n        households\n        deliveredOn\n        facilityAreaM2\n        facilityHandedOverOn\n        requiredFacilityAreaM2\n        compliant\n      }\n    }\n    compliant: residentialDevelopments(filter: { compliant: true }) {\n      total\n    }\n  }\n"): typeof import('./graphql').ResidentialDevelopmentsSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsAloneElderProfile($key: ID!) {\n    elder(personKey: $key) {\n      name\n      currentInstitutionStay {\n        admittedOn\n        institution {\n          name\n        }\n      }\n      familyBeds {\n        openedOn\n        closedOn\n      }\n    }\n  }\n"): typeof import('./graphql').RunsAloneElderProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitsOfElder($key: ID!, $from: LocalDate, $to: LocalDate) {\n    elder(personKey: $key) {\n      lastVisitedOn\n      visits(from: $from, to: $to) {\n        visitedOn\n        method\n        visitorName\n      }\n    }\n  }\n"): typeof import('./graphql').VisitsOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistOfInstitution($code: ID!) {\n    institutionWaitlist(institutionCode: $code) {\n      position\n      priorityTier\n      appliedOn\n      elder {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistOfInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistViaInstitution($code: ID!) {\n    institution(code: $code) {\n      waitlist {\n        position\n        priorityTier\n        appliedOn\n        elder {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistViaInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistEntriesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      waitlistEntries {\n        id\n        status\n        position\n        priorityTier\n        statusChangedOn\n        institution {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistEntriesOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitlistWithdraw($input: WithdrawFromWaitlistInput!) {\n    withdrawFromWaitlist(input: $input) {\n      status\n      statusChangedOn\n      position\n    }\n  }\n"): typeof import('./graphql').WaitlistWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitlistMarkAdmitted($input: MarkWaitlistAdmittedInput!) {\n    markWaitlistAdmitted(input: $input) {\n      status\n      statusChangedOn\n      stayId\n      position\n    }\n  }\n"): typeof import('./graphql').WaitlistMarkAdmittedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistsOfSeededInstitutions($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        ownership\n        waitlist {\n          position\n          priorityTier\n          appliedOn\n          elder {\n            name\n            waitlistEntries {\n              status\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitlistsOfSeededInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeprecatedUnitNames($today: LocalDate!) {\n    ltciRateTable {\n      employeeFundRatioBp\n      employeeFundRatioBasisPoints\n      residentFundRatioBp\n      residentFundRatioBasisPoints\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        residentActiveShareBp\n        residentActiveShareBasisPoints\n      }\n    }\n    institutions(page: { limit: 20 }) {\n      items {\n        certifiedShare {\n          targetPercent\n          targetBasisPoints\n        }\n      }\n    }\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-01-01\", to: $today, windowDays: 30) {\n      beds {\n        occupancyRate\n        occupancyBasisPoints\n      }\n    }\n  }\n"): typeof import('./graphql').DeprecatedUnitNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaOnDateLotteryFundYearFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      elderCareAllocatedFen\n      elderCareShare {\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').AreaOnDateLotteryFundYearFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotteryFundRecord($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      source\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n"): typeof import('./graphql').LotteryFundRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotteryFundAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      category\n      programme\n      areaCode\n      amountFen\n      remainderFen\n    }\n  }\n"): typeof import('./graphql').LotteryFundAllocateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotteryFundDisburse($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n      amountFen\n      status\n      recipientKind\n    }\n  }\n"): typeof import('./graphql').LotteryFundDisburseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotteryFundReverseDisbursement($input: ReverseLotteryFundDisbursementInput!) {\n    reverseLotteryFundDisbursement(input: $input) {\n      id\n      status\n      reversedOn\n      reversalReason\n    }\n  }\n"): typeof import('./graphql').LotteryFundReverseDisbursementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundById($id: ID!) {\n    lotteryFund(id: $id) {\n      amountFen\n      allocatedFen\n      elderCareAllocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      allocations {\n        amountFen\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundAllocationById($id: ID!) {\n    lotteryFundAllocation(id: $id) {\n      amountFen\n      disbursedFen\n      remainderFen\n      disbursements {\n        amountFen\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundAllocationByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundsOfLevelAndYear($area: ID!, $year: Int!) {\n    lotteryFunds(filter: { areaCode: $area, raisedYear: $year }) {\n      amountFen\n    }\n  }\n"): typeof import('./graphql').LotteryFundsOfLevelAndYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundAreaReportInFull($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      area {\n        name\n      }\n      raisedYear\n      spendingYear\n      funds {\n        source\n        amountFen\n        allocatedFen\n        unallocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        requiredBasisPoints\n        met\n      }\n      disbursedFen\n      disbursements {\n        total\n        items {\n          amountFen\n          recipientKind\n          institution {\n            name\n            rating\n          }\n          elder {\n            name\n          }\n          programmeRecipient\n          decisionReference\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundAreaReportInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundFiguresOfAreaAndYear($area: ID!, $year: Int!) {\n    area(code: $area) {\n      name\n      lotteryFundFigures(fromYear: $year, toYear: $year) {\n        areaCode\n        raisedYear\n        spendingYear\n        retainedFen\n        allocatedFen\n        elderCareAllocatedFen\n        unallocatedFen\n        disbursedFen\n        elderCareShare {\n          basisPoints\n          met\n        }\n      }\n    }\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      retainedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundFiguresOfAreaAndYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundPaymentsToInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      lotteryFundPayments {\n        amountFen\n      }\n      all: lotteryFundPayments(includeReversed: true) {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundPaymentsToInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundPaymentsToElder($key: ID!) {\n    elder(personKey: $key) {\n      name\n      lotteryFundPayments {\n        amountFen\n        purpose\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundPaymentsToElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundPaymentsToCaregivers($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year, recipientKind: CAREGIVER }) {\n      items {\n        caregiver {\n          personKey\n          lotteryFundPayments {\n            amountFen\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundPaymentsToCaregiversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundRecipientNames($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          institution {\n            name\n          }\n          elder {\n            name\n          }\n          caregiver {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundRecipientNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundReportAggregates($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      funds {\n        amountFen\n        allocations {\n          programme\n          amountFen\n          remainderFen\n        }\n      }\n      elderCareShare {\n        met\n      }\n      disbursedFen\n    }\n  }\n"): typeof import('./graphql').LotteryFundReportAggregatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundReportDisbursements($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          amountFen\n          purpose\n          institution {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundReportDisbursementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundDisbursementTotal {\n    lotteryFundDisbursements {\n      total\n    }\n  }\n"): typeof import('./graphql').LotteryFundDisbursementTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundPaidPersonKeys($area: ID!, $year: Int!) {\n    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year }) {\n      items {\n        personKey\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundPaidPersonKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundReportElderKeys($area: ID!, $year: Int!) {\n    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {\n      disbursements {\n        items {\n          elder {\n            personKey\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotteryFundReportElderKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryFundFinanceAuditTrail($key: ID!) {\n    financeAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        operation\n        kind\n        fields\n      }\n    }\n    financeAuditVerification {\n      valid\n    }\n  }\n"): typeof import('./graphql').LotteryFundFinanceAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededLotteryFundFigures($year: Int!) {\n    lotteryFundFigures(raisedYear: $year) {\n      areaCode\n      spendingYear\n      retainedFen\n      allocatedFen\n      disbursedFen\n      elderCareShare {\n        basisPoints\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').SeededLotteryFundFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededLotteryFundRecipients {\n    institutions: lotteryFundDisbursements(filter: { recipientKind: INSTITUTION }, page: { limit: 1000 }) {\n      total\n      items {\n        institution {\n          code\n          name\n        }\n      }\n    }\n    elders: lotteryFundDisbursements(filter: { recipientKind: ELDER }, page: { limit: 1000 }) {\n      total\n      items {\n        elder {\n          personKey\n          name\n        }\n      }\n    }\n    caregivers: lotteryFundDisbursements(filter: { recipientKind: CAREGIVER }, page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        caregiver {\n          personKey\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededLotteryFundRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededLotteryFundDecisions {\n    lotteryFundDisbursements(page: { limit: 1000 }) {\n      total\n      items {\n        decidingDepartment\n        decisionReference\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SeededLotteryFundDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededLotteryFundsWithPage($year: Int!, $limit: Int!) {\n    lotteryFunds(filter: { raisedYear: $year }) {\n      amountFen\n      allocatedFen\n      unallocatedFen\n      disbursedFen\n      elderCareShare {\n        met\n      }\n      allocations {\n        amountFen\n        disbursedFen\n        remainderFen\n        fund {\n          areaCode\n        }\n      }\n    }\n    lotteryFundDisbursements(filter: { raisedYear: $year }, page: { limit: $limit }) {\n      items {\n        amountFen\n        allocation {\n          programme\n          remainderFen\n        }\n        personKey\n      }\n    }\n  }\n"): typeof import('./graphql').SeededLotteryFundsWithPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiveBedCloseFamilyBed($input: CloseFamilyBedInput!) {\n    closeFamilyBed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FiveBedCloseFamilyBedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiveBedDischargeFromInstitution($input: DischargeFromInstitutionInput!) {\n    dischargeFromInstitution(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FiveBedDischargeFromInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiveBedSettleLtciMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FiveBedSettleLtciMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveBedLinkageOfArea($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {\n      areaCode\n      from\n      to\n      windowDays\n      pilot\n      area {\n        name\n      }\n      beds {\n        kind\n        capacity\n        occupied\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n      }\n      hospitalDischarges\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithoutNextBed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n"): typeof import('./graphql').FiveBedLinkageOfAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveBedLinkageDefaultPeriod {\n    fiveBedLinkage(areaCode: \"371002\") {\n      from\n      to\n      windowDays\n      pilot\n    }\n  }\n"): typeof import('./graphql').FiveBedLinkageDefaultPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveBedJourneyOfElder($key: ID!) {\n    elder(personKey: $key) {\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        facilityCode\n        institution {\n          name\n        }\n        medicalInstitution {\n          code\n          name\n        }\n        ltciCareForm\n      }\n      currentFiveBed {\n        kind\n        startedOn\n        facilityCode\n      }\n    }\n  }\n"): typeof import('./graphql').FiveBedJourneyOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveBedCurrentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n    }\n  }\n"): typeof import('./graphql').FiveBedCurrentOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveBedJourneyAuditTrail($key: ID!) {\n    jointMeetingAuditTrail(filter: { personKey: $key, callerId: \"health-system\" }) {\n      items {\n        operation\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').FiveBedJourneyAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityElder($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      personKey\n      name\n      maskedIdNumber\n      age\n      area {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      latestAssessment {\n        level\n        levelNumber\n        assessedOn\n        assessor\n      }\n      currentInstitutionStay {\n        admittedOn\n        bed {\n          kind\n          label\n        }\n        institution {\n          name\n          rating\n          bedCounts {\n            kind\n            capacity\n            occupied\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParityElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityElderAcrossDepartments($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        institution {\n          name\n          rating\n          medicalCareIntegrated\n          ltciDesignation {\n            designatedFrom\n          }\n          certifiedShare {\n            ratio\n          }\n        }\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n      }\n      latestLtciGrade\n      ltciSettlements(year: 2026) {\n        month\n        careForm\n        fundFen\n        selfPaidFen\n      }\n      careAssignments {\n        caregiver {\n          name\n          role\n          certificates {\n            level\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParityElderAcrossDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityElderFiveBed($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      currentFiveBed {\n        kind\n        startedOn\n      }\n      fiveBedJourney {\n        kind\n        startedOn\n        endedOn\n        institution {\n          name\n        }\n        medicalInstitution {\n          name\n        }\n        ltciCareForm\n      }\n    }\n  }\n"): typeof import('./graphql').ParityElderFiveBedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityInstitutions {\n    institutions(filter: { areaCode: \"371083\", minRating: 3 }, page: { limit: 20 }) {\n      total\n      items {\n        code\n        name\n        ownership\n        rating\n        offersHomeVisits\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParityInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityLotteryFund {\n    lotteryFundAreaReport(areaCode: \"371083\", raisedYear: 2025) {\n      funds {\n        source\n        amountFen\n        allocatedFen\n      }\n      elderCareShare {\n        elderCareFen\n        retainedFen\n        basisPoints\n        met\n      }\n      disbursedFen\n    }\n  }\n"): typeof import('./graphql').ParityLotteryFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityFiveBedLinkage {\n    fiveBedLinkage(areaCode: \"371083\", from: \"2026-07-01\", to: \"2026-09-30\", windowDays: 30) {\n      pilot\n      beds {\n        kind\n        capacity\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      p90DaysToNextBed\n    }\n  }\n"): typeof import('./graphql').ParityFiveBedLinkageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityIndicatorReport {\n    indicatorAreas(asOf: \"2025-12-31\") {\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        definition {\n          nameZh\n          nameEn\n          unit\n          deadline\n          baseline2020\n        }\n        numerator\n        denominator\n        value\n        target\n        status\n        breakdowns {\n          key\n          label\n          numerator\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParityIndicatorReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityEldersInCare {\n    elders(page: { limit: 500 }) {\n      items {\n        idNumber\n        currentInstitutionStay {\n          admittedOn\n        }\n        hospitalStays {\n          admittedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParityEldersInCareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthAccessRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').HealthAccessRegisterMedicalInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthAccessAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HealthAccessAdmitToHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessMedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n"): typeof import('./graphql').HealthAccessMedicalInstitutionTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessPatientRecords($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n      homeSickbeds {\n        openedOn\n      }\n      hospiceStays {\n        admittedOn\n      }\n      currentHealthBed {\n        __typename\n      }\n    }\n  }\n"): typeof import('./graphql').HealthAccessPatientRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessHospitalStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n"): typeof import('./graphql').HealthAccessHospitalStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessSharedRecords($code: ID!) {\n    medicalInstitutions(page: { limit: 3 }) {\n      items {\n        name\n        bedCounts {\n          kind\n          occupied\n        }\n      }\n    }\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        services\n      }\n    }\n  }\n"): typeof import('./graphql').HealthAccessSharedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessAreaFigures {\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        shareBasisPoints\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    medicalInstitutions {\n      total\n    }\n  }\n"): typeof import('./graphql').HealthAccessAreaFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessAuditTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }) {\n      items {\n        callerId\n        kind\n        fields\n      }\n    }\n    healthAuditVerification {\n      valid\n    }\n  }\n"): typeof import('./graphql').HealthAccessAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessAuditEntriesOf($callerId: String!, $from: String!) {\n    healthAuditTrail(filter: { callerId: $callerId, from: $from }) {\n      items {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').HealthAccessAuditEntriesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthAccessAuditTotal {\n    healthAuditTrail {\n      total\n    }\n  }\n"): typeof import('./graphql').HealthAccessAuditTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaOnDateHealthUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').AreaOnDateHealthUpdateMedicalInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      personKey\n      admittedOn\n      dischargedOn\n      medicalInstitution {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').HealthBedsAdmitToHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      dischargedOn\n      dischargeDestination\n    }\n  }\n"): typeof import('./graphql').HealthBedsDischargeFromHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n      admittedOn\n    }\n  }\n"): typeof import('./graphql').HealthBedsAdmitToHospiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      dischargedOn\n      dischargeReason\n    }\n  }\n"): typeof import('./graphql').HealthBedsDischargeFromHospiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n      districtCode\n      townCode\n      visitCount\n    }\n  }\n"): typeof import('./graphql').HealthBedsOpenHomeSickbedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n      lastVisitedOn\n    }\n  }\n"): typeof import('./graphql').HealthBedsRecordHomeSickbedVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthBedsCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      closedOn\n      closeReason\n    }\n  }\n"): typeof import('./graphql').HealthBedsCloseHomeSickbedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthBedsBedCounts($code: ID!) {\n    medicalInstitution(code: $code) {\n      bedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n  }\n"): typeof import('./graphql').HealthBedsBedCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthBedsJourney($id: String!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      hospitalStays {\n        admittedOn\n        dischargedOn\n        dischargeDestination\n        medicalInstitution {\n          name\n          level\n        }\n      }\n      homeSickbeds {\n        openedOn\n        closedOn\n        closeReason\n        visitCount\n        medicalInstitution {\n          name\n        }\n      }\n      hospiceStays {\n        admittedOn\n        dischargedOn\n        dischargeReason\n        medicalInstitution {\n          name\n        }\n      }\n      currentHealthBed {\n        __typename\n        ... on HospitalStay {\n          admittedOn\n        }\n        ... on HomeSickbed {\n          openedOn\n        }\n        ... on HospiceStay {\n          admittedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HealthBedsJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalCareIntegrationSign($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n      validFrom\n      validTo\n      inForce\n      ended\n      services\n      medicalInstitution {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalCareIntegrationEnd($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      endedOn\n      inForce\n      ended\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalCareIntegrationFileClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n      name\n      kind\n      filedOn\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationFileClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalCareIntegrationCloseClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      closedOn\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationCloseClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalCareIntegrationInstitution($code: ID!) {\n    institution(code: $code) {\n      name\n      rating\n      medicalCareIntegrated\n      cooperationAgreements {\n        validFrom\n        services\n        inForce\n        medicalInstitution {\n          name\n          kind\n        }\n      }\n      insideClinic {\n        name\n        kind\n        filingNumber\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalCareIntegrationAgreementsWithEnded($code: ID!) {\n    institution(code: $code) {\n      medicalCareIntegrated\n      cooperationAgreements {\n        id\n      }\n      all: cooperationAgreements(includeEnded: true) {\n        endedOn\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalCareIntegrationAgreementsWithEndedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalInstitutionRegister($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n      name\n      districtCode\n      townCode\n      level\n      hospiceProvider\n      internetNursing\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MedicalInstitutionUpdate($code: ID!, $input: UpdateMedicalInstitutionInput!) {\n    updateMedicalInstitution(code: $code, input: $input) {\n      medicalBeds\n      internetNursing\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionsInArea($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area }) {\n      total\n      items {\n        name\n        level\n        district {\n          code\n        }\n        town {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionsInAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionTotal {\n    medicalInstitutions {\n      total\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionsFiltered($area: ID!) {\n    medicalInstitutions(filter: { areaCode: $area, isPublic: false }) {\n      items {\n        name\n      }\n    }\n    hospice: medicalInstitutions(filter: { areaCode: $area, hospiceProvider: true, minLevel: 2 }) {\n      items {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionsFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionAreaFigures($town: ID!) {\n    areas(level: DISTRICT) {\n      code\n      name\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n      openHomeSickbedCount\n    }\n    town: area(code: $town) {\n      code\n      hospiceProviderCount\n      healthBedCounts {\n        kind\n        capacity\n        occupied\n      }\n    }\n    city: area(code: \"371000\") {\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionAreaFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionCityCoverage {\n    area(code: \"371000\") {\n      internetNursingCoverage {\n        eligible\n        offering\n        shareBasisPoints\n        targetBasisPoints\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionCityCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicalInstitutionBedStock($code: ID!) {\n    medicalInstitution(code: $code) {\n      medicalBeds\n    }\n  }\n"): typeof import('./graphql').MedicalInstitutionBedStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededHealthEldersWithHealthBeds($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        districtCode\n        hospitalStays {\n          admittedOn\n          dischargedOn\n          dischargeDestination\n          medicalInstitution {\n            code\n            name\n          }\n        }\n        homeSickbeds {\n          openedOn\n          closedOn\n          visitCount\n          medicalInstitution {\n            name\n          }\n        }\n        hospiceStays {\n          admittedOn\n          dischargedOn\n          medicalInstitution {\n            name\n            hospiceProvider\n          }\n        }\n        currentHealthBed {\n          __typename\n          ... on HospitalStay {\n            admittedOn\n          }\n          ... on HomeSickbed {\n            openedOn\n          }\n          ... on HospiceStay {\n            admittedOn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededHealthEldersWithHealthBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededHealthMedicalInstitutions {\n    medicalInstitutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n      }\n    }\n    areas(level: DISTRICT) {\n      code\n      hospiceProviderCount\n      internetNursingCoverage {\n        eligible\n        offering\n      }\n    }\n  }\n"): typeof import('./graphql').SeededHealthMedicalInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededHealthIntegratedInstitutions {\n    institutions(page: { limit: 1000 }) {\n      total\n      items {\n        code\n        rating\n        medicalCareIntegrated\n        cooperationAgreements {\n          inForce\n          medicalInstitution {\n            code\n          }\n        }\n        insideClinic {\n          filedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededHealthIntegratedInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceAreaOnDateDesignatedStaff($asOf: LocalDate!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [\"371083\", \"371000\"]) {\n      areaCode\n      asOf\n      indicators(codes: [\"M20-LTC\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n"): typeof import('./graphql').WorkforceAreaOnDateDesignatedStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceAreaOnDateTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n    }\n  }\n"): typeof import('./graphql').WorkforceAreaOnDateTrainingGoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverRegister($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employerCode\n    }\n  }\n"): typeof import('./graphql').CaregiverRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverProfile($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      sex\n      birthDate\n      role\n      districtCode\n      employer {\n        code\n      }\n      certified\n      certificates {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverByIdNumber($id: String!) {\n    caregiverByIdNumber(idNumber: $id) {\n      sex\n      districtCode\n      employer {\n        code\n      }\n      graduationYear\n    }\n  }\n"): typeof import('./graphql').CaregiverByIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverMaskedIdentity($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      idNumber\n      phone\n    }\n  }\n"): typeof import('./graphql').CaregiverMaskedIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverCount {\n    caregivers(filter: { includeFormer: true }) {\n      total\n    }\n  }\n"): typeof import('./graphql').CaregiverCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverCertify($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n      kind\n      level\n      levelRank\n      validToday\n    }\n  }\n"): typeof import('./graphql').CaregiverCertifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverCertificateNumbers($key: ID!) {\n    caregiver(personKey: $key) {\n      certified\n      certificates {\n        certificateNumber\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverCertificateNumbersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverInstitutionShare($code: ID!) {\n    institution(code: $code) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetBasisPoints\n        deadline\n        targetMet\n      }\n      longTermCarerShare {\n        numerator\n        denominator\n        targetBasisPoints\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverInstitutionShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverAssignToElder($input: AssignCaregiverInput!) {\n    assignCaregiver(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CaregiverAssignToElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverElderServed($key: ID!, $home: ID!) {\n    elder(personKey: $key) {\n      name\n      careAssignments {\n        careType\n        caregiver {\n          name\n          role\n          certified\n          certificates {\n            level\n          }\n          employer {\n            name\n            certifiedShare {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      certifiedShare {\n        numerator\n        denominator\n        ratio\n        targetMet\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverElderServedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverOfElderCertificates($key: ID!) {\n    elder(personKey: $key) {\n      careAssignments {\n        caregiver {\n          certified\n          certificates {\n            level\n            issuedOn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverOfElderCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverOpenProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n      year\n      kind\n    }\n  }\n"): typeof import('./graphql').CaregiverOpenProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverEnrol($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n      districtCode\n      enrolledOn\n      completedOn\n      programme {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverCompleteTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n      completedOn\n    }\n  }\n"): typeof import('./graphql').CaregiverCompleteTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverTrainingCounts {\n    caregiverTrainingProgrammes(filter: { year: 2025 }) {\n      id\n      enrolmentCount\n      completionCount\n    }\n    area(code: \"371082\") {\n      caregiverTraineesCompleted(year: 2025)\n    }\n  }\n"): typeof import('./graphql').CaregiverTrainingCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverOwnEnrolments($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        completedOn\n        programme {\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverOwnEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverDecideSubsidy($input: DecideCaregiverSubsidyInput!) {\n    decideCaregiverSubsidy(input: $input) {\n      id\n      decisionReference\n      kind\n      occasion\n      amountFen\n      status\n      paymentReference\n      employerCode\n      districtCode\n    }\n  }\n"): typeof import('./graphql').CaregiverDecideSubsidyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaregiverPaySubsidy($input: RecordCaregiverSubsidyPaymentInput!) {\n    recordCaregiverSubsidyPayment(input: $input) {\n      status\n      paymentReference\n      paidOn\n    }\n  }\n"): typeof import('./graphql').CaregiverPaySubsidyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverSubsidiesOf($key: ID!) {\n    caregiver(personKey: $key) {\n      subsidies {\n        kind\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverSubsidiesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverPaidSubsidiesOf($key: ID!) {\n    caregiverSubsidies(filter: { status: PAID, personKey: $key }) {\n      items {\n        id\n        paymentReference\n        amountFen\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverPaidSubsidiesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverAnalystFigures($code: ID!) {\n    institution(code: $code) {\n      certifiedShare {\n        numerator\n        denominator\n      }\n    }\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n"): typeof import('./graphql').CaregiverAnalystFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverAreaCounts {\n    area(code: \"371082\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n    }\n  }\n"): typeof import('./graphql').CaregiverAreaCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverName($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n    }\n  }\n"): typeof import('./graphql').CaregiverNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverNamesOfInstitution($code: ID!) {\n    institution(code: $code) {\n      caregivers {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverNamesOfInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverSubsidyTotal {\n    caregiverSubsidies {\n      total\n    }\n  }\n"): typeof import('./graphql').CaregiverSubsidyTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverEnrolmentIds($key: ID!) {\n    caregiver(personKey: $key) {\n      trainingEnrolments {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverEnrolmentIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverCard($key: ID!) {\n    caregiver(personKey: $key) {\n      name\n      certificates {\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverAuditTrail($key: ID!) {\n    humanResourcesAuditTrail(filter: { personKey: $key }) {\n      items {\n        callerId\n        kind\n        operation\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').CaregiverAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEnrolmentRecord($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n      schoolCode\n      schoolName\n      schoolKind\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n"): typeof import('./graphql').MajorEnrolmentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEnrolmentCorrect($input: CorrectElderCareMajorEnrolmentInput!) {\n    correctElderCareMajorEnrolment(input: $input) {\n      id\n      enrolled\n    }\n  }\n"): typeof import('./graphql').MajorEnrolmentCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorEnrolmentList($year: Int, $areaCode: ID) {\n    elderCareMajorEnrolments(year: $year, areaCode: $areaCode) {\n      schoolCode\n      schoolName\n      major\n      enrolmentYear\n      enrolled\n      districtCode\n    }\n  }\n"): typeof import('./graphql').MajorEnrolmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceAssignedCaregivers {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        careAssignments(currentOnly: true) {\n          caregiver {\n            personKey\n            name\n            role\n            certified\n            certificates {\n              kind\n              level\n              validToday\n            }\n            employer {\n              code\n            }\n          }\n          institution {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceAssignedCaregiversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceInstitutionShares($limit: Int!) {\n    institutions(page: { limit: $limit }) {\n      items {\n        code\n        districtCode\n        certifiedShare {\n          numerator\n          denominator\n          ratio\n          targetBasisPoints\n          targetMet\n        }\n        longTermCarerShare {\n          numerator\n          denominator\n        }\n        caregivers {\n          role\n          certified\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceInstitutionSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceAreaCounts {\n    areas(level: DISTRICT) {\n      code\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n    area(code: \"371000\") {\n      certifiedCaregiverCount\n      socialWorkerCount\n      caregiverTraineesCompleted(year: 2024)\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceAreaCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceTrainingGoals {\n    caregiverTrainingGoals {\n      from\n      yearFrom\n      deadline\n      caregiverTarget\n      caregiversTrained\n      caregiversTrainedInGoalYear\n      socialWorkerTarget\n      socialWorkersTrained\n      socialWorkersTrainedInGoalYear\n      met\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceTrainingGoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceTargets {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [\"371000\"]) {\n      indicators(codes: [\"P-INDUCTION-TRAINING\", \"P-CERTIFIED-SPECIALISTS\"]) {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededWorkforceSubsidies {\n    caregiverSubsidies(page: { limit: 1000 }) {\n      total\n      items {\n        kind\n        status\n        amountFen\n        paymentReference\n        paidOn\n      }\n    }\n  }\n"): typeof import('./graphql').SeededWorkforceSubsidiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndicatorsDatasetDesignateAgeFriendlyCommunity($input: DesignateAgeFriendlyCommunityInput!) {\n    designateAgeFriendlyCommunity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').IndicatorsDatasetDesignateAgeFriendlyCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureTalliesI09($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"I09\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n"): typeof import('./graphql').FigureTalliesI09Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FigureTalliesCorrect($personKey: ID!, $input: UpdateElderInput!) {\n    updateElder(personKey: $personKey, input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').FigureTalliesCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FigureTalliesImportElders($input: ImportEldersInput!) {\n    importElders(input: $input) {\n      created\n    }\n  }\n"): typeof import('./graphql').FigureTalliesImportEldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeriesOfAreas($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!]) {\n    indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorSeriesOfAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeriesOneDay($asOf: LocalDate!, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      indicators {\n        code\n        numerator\n        denominator\n        value\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorSeriesOneDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsReport($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      areaCode\n      asOf\n      area {\n        name\n        fiveBedPilot\n      }\n      indicators {\n        code\n        numerator\n        numeratorSuppressed\n        denominator\n        denominatorSuppressed\n        value\n        valueSuppressed\n        target\n        status\n        breakdowns {\n          key\n          numerator\n          numeratorSuppressed\n          denominator\n          value\n          valueSuppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsRecordsBehindFigures($asOf: LocalDate!, $areas: [ID!], $codes: [ID!], $counted: Boolean) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areas) {\n      indicators(codes: $codes) {\n        code\n        records(counted: $counted) {\n          total\n          items {\n            kind\n            code\n            name\n            counted\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsRecordsBehindFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsCaseworkElders($asOf: LocalDate!, $area: ID!) {\n    indicatorAreas(asOf: $asOf, areaCodes: [$area]) {\n      indicators(codes: [\"I09\"]) {\n        records(counted: false) {\n          total\n          items {\n            kind\n            code\n            counted\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsCaseworkEldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsOneIndicatorToday($area: ID!, $code: ID!) {\n    indicatorAreas(areaCodes: [$area]) {\n      indicators(codes: [$code]) {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsOneIndicatorTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuredElderTalliesM16($asOf: LocalDate, $areaCodes: [ID!]) {\n    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {\n      indicators(codes: [\"M16\"]) {\n        numerator\n      }\n    }\n  }\n"): typeof import('./graphql').InsuredElderTalliesM16Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReusedAnswersM16($areaCodes: [ID!]) {\n    indicatorAreas(areaCodes: $areaCodes) {\n      areaCode\n      indicators(codes: [\"M16\"]) {\n        numerator\n        denominator\n      }\n    }\n  }\n"): typeof import('./graphql').ReusedAnswersM16Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReusedAnswersHealthTrail($personKey: ID!) {\n    healthAuditTrail(filter: { personKey: $personKey }, page: { limit: 10 }) {\n      total\n    }\n  }\n"): typeof import('./graphql').ReusedAnswersHealthTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReusedAnswersStays($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      hospitalStays {\n        admittedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ReusedAnswersStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSeedCityFigures {\n    area(code: \"371000\") {\n      ltciFigures {\n        enrolments {\n          scheme\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n  }\n"): typeof import('./graphql').LtciSeedCityFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSeedDesignatedInstitutions {\n    ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION, inForceOnly: false }, page: { limit: 1000 }) {\n      total\n      items {\n        providerCode\n        institution {\n          code\n          name\n        }\n      }\n    }\n    institutions {\n      total\n    }\n  }\n"): typeof import('./graphql').LtciSeedDesignatedInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSeedAllDesignations {\n    ltciDesignations(filter: { inForceOnly: false }, page: { limit: 1000 }) {\n      items {\n        providerCode\n      }\n    }\n  }\n"): typeof import('./graphql').LtciSeedAllDesignationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSeedSettlements {\n    ltciSettlements(page: { limit: 1000 }) {\n      total\n      items {\n        month\n        days\n        careForm\n        payee\n        homeCareService\n        chargedFen\n        amountFen\n        fundFen\n        selfPaidFen\n        overCapFen\n        institution {\n          code\n        }\n        medicalInstitution {\n          code\n        }\n        elder {\n          latestLtciGrade\n          ltciEnrolment {\n            status\n          }\n          latestAssessment {\n            levelNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LtciSeedSettlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciEnrol($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n      scheme\n      since\n      status\n      statusSince\n      districtCode\n      townCode\n    }\n  }\n"): typeof import('./graphql').LtciEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciChangeStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n      statusSince\n    }\n  }\n"): typeof import('./graphql').LtciChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciAssess($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n      gradeNumber\n      assessedOn\n      validUntil\n      assessingOrganisation\n      qualifiesForBenefits\n    }\n  }\n"): typeof import('./graphql').LtciAssessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciDesignate($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerKind\n      providerCode\n      providerLevel\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n"): typeof import('./graphql').LtciDesignateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciUndesignate($input: UndesignateLtciProviderInput!) {\n    undesignateLtciProvider(input: $input) {\n      providerCode\n      designatedFrom\n      designatedUntil\n      inForce\n    }\n  }\n"): typeof import('./graphql').LtciUndesignateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LtciSettleMonth($input: SettleLtciMonthInput!) {\n    settleLtciMonth(input: $input) {\n      month\n      careForm\n      homeCareService\n      payee\n      scheme\n      providerLevel\n      days\n      dailyCapFen\n      fundRatioBasisPoints\n      chargedFen\n      amountFen\n      fundFen\n      selfPaidFen\n      overCapFen\n    }\n  }\n"): typeof import('./graphql').LtciSettleMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSettlementIdsOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciSettlements {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LtciSettlementIdsOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciEnrolmentOfElder($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n    }\n  }\n"): typeof import('./graphql').LtciEnrolmentOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciGradesOfElder($key: ID!) {\n    elder(personKey: $key) {\n      latestLtciGrade\n      ltciAssessments {\n        assessedOn\n      }\n    }\n  }\n"): typeof import('./graphql').LtciGradesOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciDesignationsOfProvider($code: ID!) {\n    ltciDesignations(filter: { providerCode: $code, inForceOnly: false }) {\n      total\n      items {\n        providerCode\n        designatedFrom\n        designatedUntil\n      }\n    }\n  }\n"): typeof import('./graphql').LtciDesignationsOfProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciDesignationOfInstitution($code: ID!) {\n    institution(code: $code) {\n      ltciDesignation {\n        designatedUntil\n        inForce\n      }\n    }\n  }\n"): typeof import('./graphql').LtciDesignationOfInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciElderAcrossDepartments($id: String!, $year: Int!, $home: ID!) {\n    elderByIdNumber(idNumber: $id) {\n      name\n      age\n      area {\n        name\n      }\n      ltciEnrolment {\n        scheme\n        status\n        since\n      }\n      latestLtciGrade\n      ltciSettlements(year: $year) {\n        month\n        careForm\n        days\n        fundFen\n        institution {\n          name\n          rating\n        }\n        medicalInstitution {\n          code\n        }\n      }\n    }\n    institution(code: $home) {\n      name\n      rating\n      ltciDesignation {\n        providerLevel\n        designatedFrom\n        inForce\n      }\n    }\n  }\n"): typeof import('./graphql').LtciElderAcrossDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciAreaFigures($district: ID!, $town: ID!) {\n    district: area(code: $district) {\n      name\n      ltciFigures {\n        enrolments {\n          scheme\n          status\n          count\n        }\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        residentActiveShareBasisPoints\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    city: area(code: \"371000\") {\n      ltciFigures {\n        activeEmployeeEnrolments\n        activeResidentEnrolments\n        designatedInstitutions\n        designatedMedicalInstitutions\n      }\n    }\n    town: area(code: $town) {\n      ltciFigures {\n        activeResidentEnrolments\n        designatedInstitutions\n      }\n    }\n  }\n"): typeof import('./graphql').LtciAreaFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSharedWithDepartments($key: ID!) {\n    elder(personKey: $key) {\n      ltciEnrolment {\n        scheme\n      }\n      latestLtciGrade\n      ltciSettlements {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LtciSharedWithDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciSettlementTotal {\n    ltciSettlements {\n      total\n    }\n  }\n"): typeof import('./graphql').LtciSettlementTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtciPublished {\n    ltciDesignations {\n      total\n    }\n    ltciQualifyingGrades\n    ltciRateTable {\n      careForm\n      providerLevel\n      dailyCapFen\n    }\n    area(code: \"371083\") {\n      ltciFigures {\n        designatedInstitutions\n      }\n    }\n  }\n"): typeof import('./graphql').LtciPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterElderThenHangUp($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').RegisterElderThenHangUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderAfterHangUp($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').ElderAfterHangUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceElderAcrossDepartments($key: ID!) {\n    elder(personKey: $key) {\n      name\n      hospitalStays {\n        admittedOn\n      }\n      ltciSettlements {\n        month\n      }\n      lotteryFundPayments {\n        amountFen\n      }\n      careAssignments {\n        careType\n        caregiver {\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResilienceElderAcrossDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceAreaAcrossDepartments($code: ID!) {\n    area(code: $code) {\n      name\n      hospiceProviderCount\n      ltciFigures {\n        activeResidentEnrolments\n      }\n      certifiedCaregiverCount\n      lotteryFundFigures {\n        raisedYear\n      }\n    }\n  }\n"): typeof import('./graphql').ResilienceAreaAcrossDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceEldersWithCaregivers {\n    elders(page: { limit: 200 }) {\n      items {\n        personKey\n        careAssignments {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResilienceEldersWithCaregiversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaNameDuringDrain($code: ID!) {\n    area(code: $code) {\n      name\n    }\n  }\n"): typeof import('./graphql').AreaNameDuringDrainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyAllocate($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n      amountFen\n      fund {\n        allocatedFen\n      }\n    }\n  }\n"): typeof import('./graphql').IdempotencyAllocateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      id\n      visitCount\n      lastVisitedOn\n    }\n  }\n"): typeof import('./graphql').IdempotencyHomeSickbedVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdempotencyFundAllocated($id: ID!) {\n    lotteryFund(id: $id) {\n      allocatedFen\n      allocations {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').IdempotencyFundAllocatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').AccessRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').AccessElderByIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessElderTotal {\n    elders(filter: { includeDeceased: true }) {\n      total\n    }\n  }\n"): typeof import('./graphql').AccessElderTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessElderAsCivilAffairs($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      economicStatus\n      assessments {\n        level\n      }\n      allowances(year: 2026) {\n        amountFen\n      }\n      visits {\n        visitedOn\n      }\n      waitlistEntries {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AccessElderAsCivilAffairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessElderAsHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      personKey\n      age\n      economicStatus\n      latestAssessment {\n        level\n      }\n      currentInstitutionStay {\n        admittedOn\n      }\n    }\n  }\n"): typeof import('./graphql').AccessElderAsHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessInstitutionsAsFinance {\n    institutions(page: { limit: 3 }) {\n      items {\n        name\n        rating\n        bedCounts {\n          kind\n          capacity\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessInstitutionsAsFinanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessElderAllowancesAsFinance($personKey: ID!) {\n    elder(personKey: $personKey) {\n      age\n      allowances(year: 2026) {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AccessElderAllowancesAsFinanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAggregatesAsAnalyst {\n    areas(level: DISTRICT) {\n      code\n      facilityCounts {\n        kind\n        count\n      }\n    }\n    institutions(page: { limit: 5 }) {\n      total\n      items {\n        bedCounts {\n          kind\n          capacity\n          occupied\n        }\n        currentCareAssignmentCount\n      }\n    }\n    currentFamilyBedCount(areaCode: \"371000\")\n  }\n"): typeof import('./graphql').AccessAggregatesAsAnalystDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAuditTrail {\n    civilAffairsAuditTrail(page: { limit: 1 }) {\n      total\n    }\n    civilAffairsAuditVerification {\n      valid\n    }\n  }\n"): typeof import('./graphql').AccessAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTamperVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n      keyedFrom\n      checkpoints\n    }\n  }\n"): typeof import('./graphql').AuditTamperVerifyCivilAffairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailOfCivilAffairs($filter: AuditFilter) {\n    civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) {\n      total\n      items {\n        sequence\n        kind\n        operation\n        callerId\n        callerRole\n        callerDepartment\n        personKeys\n        fields\n        recordIds\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailOfCivilAffairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerifyCivilAffairs {\n    civilAffairsAuditVerification {\n      valid\n      checked\n      brokenAt\n      problem\n    }\n  }\n"): typeof import('./graphql').AuditVerifyCivilAffairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditElderReadByHealth($personKey: ID!) {\n    elder(personKey: $personKey) {\n      name\n      latestAssessment {\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').AuditElderReadByHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditDistrictsReadByAnalyst {\n    areas(level: DISTRICT) {\n      code\n    }\n  }\n"): typeof import('./graphql').AuditDistrictsReadByAnalystDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditElderNames($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AuditElderNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRegisterElder($elder: RegisterElderInput!) {\n    registerElder(input: $elder) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').AuditRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientErrorsDisbursementsOfAllocation($allocationId: ID!) {\n    lotteryFundDisbursements(filter: { allocationId: $allocationId }) {\n      total\n    }\n  }\n"): typeof import('./graphql').ClientErrorsDisbursementsOfAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompositionCityLinkage {\n    fiveBedLinkage(areaCode: \"371000\") {\n      from\n      to\n      windowDays\n      beds {\n        kind\n        capacity\n      }\n      hospitalDischarges\n    }\n  }\n"): typeof import('./graphql').CompositionCityLinkageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsElderTotal($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      total\n    }\n  }\n"): typeof import('./graphql').LimitsElderTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOnePageWithLists {\n    elders(page: { limit: 1000 }) {\n      items {\n        personKey\n        name\n        hospitalStays {\n          admittedOn\n          dischargedOn\n        }\n        ltciSettlements {\n          month\n          amountFen\n        }\n        assessments {\n          level\n          assessedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsOnePageWithListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OracleMaskedElder($personKey: ID!) {\n    elder(personKey: $personKey) {\n      idNumber\n      maskedIdNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n"): typeof import('./graphql').OracleMaskedElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OracleElderByIdNumber($idNumber: String!) {\n    elderByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').OracleElderByIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OracleMaskedCaregiver($personKey: ID!) {\n    caregiver(personKey: $personKey) {\n      idNumber\n      birthDate\n      sex\n      districtCode\n    }\n  }\n"): typeof import('./graphql').OracleMaskedCaregiverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OracleCaregiverByIdNumber($idNumber: String!) {\n    caregiverByIdNumber(idNumber: $idNumber) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').OracleCaregiverByIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OracleRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').OracleRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OracleAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OracleAdmitToHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaskingElderProfiles {\n    elders(page: { limit: 20 }) {\n      items {\n        personKey\n        idNumber\n        maskedIdNumber\n        name\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').MaskingElderProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationSelectionAdmitReadingName($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n      elder {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MutationSelectionAdmitReadingNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationSelectionStaysOfElder($key: ID!) {\n    elder(personKey: $key) {\n      hospitalStays {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MutationSelectionStaysOfElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmallCellsLinkage($area: ID!, $from: LocalDate, $to: LocalDate) {\n    fiveBedLinkage(areaCode: $area, from: $from, to: $to) {\n      beds {\n        kind\n        capacity\n        capacitySuppressed\n        occupied\n        occupiedSuppressed\n        occupancyBasisPoints\n        occupancyBasisPointsSuppressed\n      }\n      transfers {\n        from\n        to\n        count\n        countSuppressed\n      }\n      hospitalDischarges\n      hospitalDischargesSuppressed\n      hospitalDischargesWithNextBed\n      hospitalDischargesWithNextBedSuppressed\n      hospitalDischargesWithoutNextBed\n      hospitalDischargesWithoutNextBedSuppressed\n      medianDaysToNextBed\n      medianDaysToNextBedSuppressed\n      p90DaysToNextBed\n      p90DaysToNextBedSuppressed\n    }\n  }\n"): typeof import('./graphql').SmallCellsLinkageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmallCellsFamilyBedsIndicator($area: ID!) {\n    indicatorAreas(asOf: \"2026-06-30\", areaCodes: [$area]) {\n      indicators(codes: [\"I10\"]) {\n        numerator\n        numeratorSuppressed\n        value\n        valueSuppressed\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SmallCellsFamilyBedsIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n"): typeof import('./graphql').TokensElderTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnauthenticatedFirstElder {\n    elders(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n"): typeof import('./graphql').UnauthenticatedFirstElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnauthenticatedFirstCaregiver {\n    caregivers(page: { limit: 1 }) {\n      items {\n        personKey\n      }\n    }\n  }\n"): typeof import('./graphql').UnauthenticatedFirstCaregiverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnauthenticatedElderTotal {\n    elders(page: { limit: 1 }) {\n      total\n    }\n  }\n"): typeof import('./graphql').UnauthenticatedElderTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterFacility($input: RegisterFacilityInput!) {\n    registerFacility(input: $input) {\n      id\n      kind\n      name\n      starRating\n      closedOn\n      districtCode\n      townCode\n      communityCode\n      area {\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      visitedOn\n      method\n      specialDifficulty\n      followUpNeeded\n      findings\n      elder {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').BuilderRecordVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderApplyToWaitlist($input: ApplyToWaitlistInput!) {\n    applyToWaitlist(input: $input) {\n      id\n      priorityTier\n      status\n    }\n  }\n"): typeof import('./graphql').BuilderApplyToWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterResidentialDevelopment($input: RegisterResidentialDevelopmentInput!) {\n    registerResidentialDevelopment(input: $input) {\n      id\n      name\n      developer\n      districtCode\n      townCode\n      communityCode\n      households\n      deliveredOn\n      facilityAreaM2\n      facilityHandedOverOn\n      requiredFacilityAreaM2\n      compliant\n      area {\n        name\n        level\n      }\n      district {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterResidentialDevelopmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuilderAreaChildren($code: ID!) {\n    area(code: $code) {\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').BuilderAreaChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordAbilityAssessment($input: RecordAbilityAssessmentInput!) {\n    recordAbilityAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderRecordAbilityAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderAddBeds($input: AddBedsInput!) {\n    addBeds(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderAddBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderAdmitToInstitution($input: AdmitToInstitutionInput!) {\n    admitToInstitution(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderAdmitToInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderOpenFamilyBed($input: OpenFamilyBedInput!) {\n    openFamilyBed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderOpenFamilyBedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordElderDeath($personKey: ID!, $deceasedOn: LocalDate!) {\n    updateElder(personKey: $personKey, input: { deceasedOn: $deceasedOn }) {\n      deceasedOn\n    }\n  }\n"): typeof import('./graphql').BuilderRecordElderDeathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordLotteryFund($input: RecordLotteryFundInput!) {\n    recordLotteryFund(input: $input) {\n      id\n      areaCode\n      raisedYear\n      spendingYear\n      amountFen\n    }\n  }\n"): typeof import('./graphql').BuilderRecordLotteryFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderAllocateLotteryFund($input: AllocateLotteryFundInput!) {\n    allocateLotteryFund(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderAllocateLotteryFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderDisburseLotteryFund($input: DisburseLotteryFundInput!) {\n    disburseLotteryFund(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderDisburseLotteryFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {\n    registerMedicalInstitution(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterMedicalInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderAdmitToHospital($input: AdmitToHospitalInput!) {\n    admitToHospital(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderAdmitToHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderDischargeFromHospital($input: DischargeFromHospitalInput!) {\n    dischargeFromHospital(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderDischargeFromHospitalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderAdmitToHospice($input: AdmitToHospiceInput!) {\n    admitToHospice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderAdmitToHospiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderDischargeFromHospice($input: DischargeFromHospiceInput!) {\n    dischargeFromHospice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderDischargeFromHospiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderOpenHomeSickbed($input: OpenHomeSickbedInput!) {\n    openHomeSickbed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderOpenHomeSickbedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {\n    recordHomeSickbedVisit(input: $input) {\n      visitCount\n    }\n  }\n"): typeof import('./graphql').BuilderRecordHomeSickbedVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCloseHomeSickbed($input: CloseHomeSickbedInput!) {\n    closeHomeSickbed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderCloseHomeSickbedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderSignCooperationAgreement($input: SignCooperationAgreementInput!) {\n    signCooperationAgreement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderSignCooperationAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderEndCooperationAgreement($input: EndCooperationAgreementInput!) {\n    endCooperationAgreement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderEndCooperationAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderFileInsideClinic($input: FileInsideClinicInput!) {\n    fileInsideClinic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderFileInsideClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCloseInsideClinic($input: CloseInsideClinicInput!) {\n    closeInsideClinic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderCloseInsideClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterCaregiver($input: RegisterCaregiverInput!) {\n    registerCaregiver(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterCaregiverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordCaregiverCertificate($input: RecordCaregiverCertificateInput!) {\n    recordCaregiverCertificate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderRecordCaregiverCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderOpenCaregiverTrainingProgramme($input: OpenCaregiverTrainingProgrammeInput!) {\n    openCaregiverTrainingProgramme(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderOpenCaregiverTrainingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderEnrolCaregiverInTraining($input: EnrolCaregiverInTrainingInput!) {\n    enrolCaregiverInTraining(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderEnrolCaregiverInTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCompleteCaregiverTraining($input: CompleteCaregiverTrainingInput!) {\n    completeCaregiverTraining(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderCompleteCaregiverTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordElderCareMajorEnrolment($input: RecordElderCareMajorEnrolmentInput!) {\n    recordElderCareMajorEnrolment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BuilderRecordElderCareMajorEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderEnrolInLtci($input: EnrolInLtciInput!) {\n    enrolInLtci(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').BuilderEnrolInLtciDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderChangeLtciEnrolmentStatus($input: ChangeLtciEnrolmentStatusInput!) {\n    changeLtciEnrolmentStatus(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').BuilderChangeLtciEnrolmentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRecordLtciAssessment($input: RecordLtciAssessmentInput!) {\n    recordLtciAssessment(input: $input) {\n      grade\n    }\n  }\n"): typeof import('./graphql').BuilderRecordLtciAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderDesignateLtciProvider($input: DesignateLtciProviderInput!) {\n    designateLtciProvider(input: $input) {\n      id\n      providerCode\n    }\n  }\n"): typeof import('./graphql').BuilderDesignateLtciProviderDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
