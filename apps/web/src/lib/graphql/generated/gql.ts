/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  query Backlogs {\n    backlogs {\n      id\n      key\n      name\n      unit\n      promiseHours\n      accepted\n      version\n      arrivalRatePerHour\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n      snapshots {\n        at\n        open\n      }\n      forecast {\n        asOf\n        open\n        staff\n        capacityPerHour\n        arrivalRatePerHour\n        clearsAt\n        notClearingReason\n        itemsWillMissPromiseCount\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n': typeof types.BacklogsDocument;
  '\n  query BacklogScenario($key: String!, $staff: Float!, $deadline: DateTime) {\n    backlog(key: $key) {\n      id\n      whatIf: forecast(staff: $staff, deadline: $deadline) {\n        staff\n        clearsAt\n        notClearingReason\n        staffNeededByDeadline\n        staffNeededByDeadlineUnreachableReason\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n': typeof types.BacklogScenarioDocument;
  '\n  mutation SetBacklogCapacity($input: SetBacklogCapacityInput!) {\n    setBacklogCapacity(input: $input) {\n      id\n      key\n      version\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n    }\n  }\n': typeof types.SetBacklogCapacityDocument;
  '\n  mutation AcceptBacklog($input: AcceptBacklogInput!) {\n    acceptBacklog(input: $input) {\n      id\n      key\n      version\n      accepted\n    }\n  }\n': typeof types.AcceptBacklogDocument;
  '\n  mutation RecordBacklogSnapshot($input: RecordBacklogSnapshotInput!) {\n    recordBacklogSnapshot(input: $input) {\n      replayed\n    }\n  }\n': typeof types.RecordBacklogSnapshotDocument;
  '\n  mutation CreateBacklog($input: CreateBacklogInput!) {\n    createBacklog(input: $input) {\n      id\n      key\n    }\n  }\n': typeof types.CreateBacklogDocument;
  '\n  mutation UpdateBacklog($input: UpdateBacklogInput!) {\n    updateBacklog(input: $input) {\n      id\n      key\n      version\n      name\n      unit\n      promiseHours\n    }\n  }\n': typeof types.UpdateBacklogDocument;
  '\n  mutation ImportBacklogCapture($input: ImportBacklogCaptureInput!) {\n    importBacklogCapture(input: $input) {\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      replayed\n      errorCount\n      errors {\n        line\n        column\n        code\n        params\n        message\n      }\n    }\n  }\n': typeof types.ImportBacklogCaptureDocument;
  '\n  fragment ContinuationPlanFields on ContinuationPlan {\n    id\n    serviceKey\n    title\n    owner\n    steps\n    needs\n    addsCapacity {\n      backlogKey\n      staff\n    }\n    version\n  }\n': typeof types.ContinuationPlanFieldsFragmentDoc;
  '\n  query ContinuationPlans($serviceKey: String) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n  }\n': typeof types.ContinuationPlansDocument;
  '\n  query PlansPrint($serviceKey: String!) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n    services {\n      key\n      name\n    }\n    statusPage {\n      organisationName\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n    }\n  }\n': typeof types.PlansPrintDocument;
  '\n  mutation CreateContinuationPlan($input: CreateContinuationPlanInput!) {\n    createContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n': typeof types.CreateContinuationPlanDocument;
  '\n  mutation UpdateContinuationPlan($input: UpdateContinuationPlanInput!) {\n    updateContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n': typeof types.UpdateContinuationPlanDocument;
  '\n  mutation DeleteContinuationPlan($input: DeleteContinuationPlanInput!) {\n    deleteContinuationPlan(input: $input)\n  }\n': typeof types.DeleteContinuationPlanDocument;
  '\n  mutation ActivateContinuationPlan($input: ActivateContinuationPlanInput!) {\n    activateContinuationPlan(input: $input) {\n      id\n    }\n  }\n': typeof types.ActivateContinuationPlanDocument;
  '\n  mutation EndContinuationPlan($input: EndContinuationPlanInput!) {\n    endContinuationPlan(input: $input) {\n      id\n    }\n  }\n': typeof types.EndContinuationPlanDocument;
  '\n  query Outbox($status: [DeliveryStatus!]) {\n    outboxSummary {\n      mailServerConfigured\n      queued\n      sent\n      failed\n    }\n    outboxMessages(status: $status, first: 200) {\n      id\n      channel\n      kind\n      recipient\n      subject\n      body\n      status\n      unsentReason\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n': typeof types.OutboxDocument;
  '\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n': typeof types.RetryOutboxMessageDocument;
  '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      url\n      description\n      serviceKeys\n      enabled\n      disabledReason\n      createdAt\n      version\n    }\n  }\n': typeof types.WebhookSubscriptionsDocument;
  '\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n      }\n    }\n  }\n': typeof types.CreateWebhookSubscriptionDocument;
  '\n  mutation DisableWebhookSubscription($input: DisableWebhookSubscriptionInput!) {\n    disableWebhookSubscription(input: $input) {\n      id\n      enabled\n      version\n    }\n  }\n': typeof types.DisableWebhookSubscriptionDocument;
  '\n  query SubscriberCounts {\n    statusSubscriberCounts {\n      confirmed\n      pending\n      allServices\n      byService {\n        serviceKey\n        confirmed\n      }\n    }\n  }\n': typeof types.SubscriberCountsDocument;
  '\n  query SubscribersCsv {\n    statusSubscribersCsv\n  }\n': typeof types.SubscribersCsvDocument;
  '\n  query Exercises {\n    exercises {\n      id\n      title\n      scenarioKey\n      startedAt\n      elapsedMinutes\n      endedAt\n    }\n    exerciseScenarios {\n      key\n      injects {\n        atMinute\n      }\n    }\n  }\n': typeof types.ExercisesDocument;
  '\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      id\n      title\n      scenarioKey\n      startedAt\n      startedBy\n      elapsedMinutes\n      nextInjectAtMinute\n      endedAt\n      version\n      injects {\n        atMinute\n        code\n        arrived\n        params {\n          name\n          value\n        }\n      }\n      entries {\n        id\n        kind\n        text\n        atMinute\n        loggedBy\n      }\n      improvements {\n        id\n        title\n        owner\n        dueOn\n      }\n      report {\n        elapsedMinutes\n        minutesToFirstCustomerWord\n        longestWaitForWordMinutes\n        customerWordCount\n        decisions {\n          atMinute\n          text\n        }\n        gaps {\n          atMinute\n          text\n        }\n      }\n    }\n  }\n': typeof types.ExerciseDocument;
  '\n  query ExerciseMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    exercise(id: $id) {\n      id\n      reportMarkdown(locale: $locale)\n    }\n  }\n': typeof types.ExerciseMarkdownDocument;
  '\n  mutation StartExercise($input: StartExerciseInput!) {\n    startExercise(input: $input) {\n      id\n    }\n  }\n': typeof types.StartExerciseDocument;
  '\n  mutation AdvanceExerciseClock($input: AdvanceExerciseClockInput!) {\n    advanceExerciseClock(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.AdvanceExerciseClockDocument;
  '\n  mutation LogExerciseEntry($input: LogExerciseEntryInput!) {\n    logExerciseEntry(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.LogExerciseEntryDocument;
  '\n  mutation EndExercise($input: EndExerciseInput!) {\n    endExercise(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.EndExerciseDocument;
  '\n  query Incidents($filter: IncidentFilterInput, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ref\n        title\n        severity\n        status\n        startedAt\n        resolvedAt\n      }\n    }\n  }\n': typeof types.IncidentsDocument;
  '\n  query Incident($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      publicTitle\n      summary\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      commander\n      version\n      active\n      allowedNextStatuses\n      personalDataBreach {\n        ...PersonalDataBreachFields\n      }\n      activeContinuationPlans {\n        id\n        title\n        activatedAt\n        activatedBy\n        addsCapacity {\n          backlogKey\n          staff\n        }\n      }\n      impacts {\n        serviceKey\n        status\n        since\n        until\n        service {\n          key\n          name\n          rtoMinutes\n        }\n      }\n      affectedServices {\n        serviceKey\n        direct\n        causedBy\n      }\n      backlogs {\n        key\n        name\n        unit\n        accepted\n        promiseHours\n        open\n        forecast {\n          clearsAt\n          itemsWillMissPromiseCount\n        }\n      }\n      communicationDebt {\n        status\n        overdueMinutes\n        lastPublicUpdateAt\n        nextUpdateDueAt\n        minutesSinceLastPublicWord\n      }\n      communications {\n        ...CommunicationFields\n      }\n      recoveryTasks {\n        id\n        title\n        serviceKey\n        owner\n        estimateMinutes\n        status\n        dependsOn\n        rank\n        reasons\n        reasonDetails {\n          code\n          params\n        }\n        version\n        override {\n          rank\n          reason\n        }\n      }\n      recoveryPlan {\n        expectedCompletionAt\n        criticalPathMinutes\n        openTaskCount\n        doneTaskCount\n        unestimatedTaskIds\n      }\n      timeline {\n        id\n        body\n        author\n        visibility\n        statusChange\n        displayAt\n        nextUpdateAt\n      }\n      withdrawnTimelineEntryIds\n      metrics {\n        timeToFirstPublicUpdateMinutes\n        longestSilenceMinutes\n        longestSilenceFrom\n        longestSilenceTo\n        timeToResolveMinutes\n        services {\n          serviceKey\n          outcome\n          rtoMinutes\n          minutesOverRto\n          timeToRecoverMinutes\n          impairedMinutes\n        }\n      }\n    }\n    services {\n      key\n      name\n      status\n    }\n  }\n': typeof types.IncidentDocument;
  '\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.PostIncidentUpdateDocument;
  '\n  mutation SetServiceImpact($input: SetServiceImpactInput!) {\n    setServiceImpact(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.SetServiceImpactDocument;
  '\n  mutation ResolveIncident($input: ResolveIncidentInput!) {\n    resolveIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ResolveIncidentDocument;
  '\n  mutation UpdateRecoveryTask($input: UpdateRecoveryTaskInput!) {\n    updateRecoveryTask(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.UpdateRecoveryTaskDocument;
  '\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    audience\n    locale\n    subject\n    body\n    status\n    version\n    createdAt\n    createdBy\n    publishedAt\n    cohort {\n      backlogKeys\n      openOnly\n    }\n    correctsId\n  }\n': typeof types.CommunicationFieldsFragmentDoc;
  '\n  query CohortNotice($ref: String!, $status: [DeliveryStatus!], $after: String) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        cohortPreview {\n          recipientCount\n          suppressedCount\n          otherLocaleCount\n          samples {\n            email\n            name\n            subject\n            body\n          }\n        }\n        deliveries(status: $status, first: 50, after: $after) {\n          totalCount\n          queued\n          sent\n          failed\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            email\n            name\n            status\n            unsentReason\n            attempts\n            lastError\n            sentAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.CohortNoticeDocument;
  '\n  query CohortDeliveriesCsv($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        deliveriesCsv\n      }\n    }\n  }\n': typeof types.CohortDeliveriesCsvDocument;
  '\n  mutation DraftCorrectionNotice($input: DraftCorrectionNoticeInput!) {\n    draftCorrectionNotice(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.DraftCorrectionNoticeDocument;
  '\n  mutation DraftCommunication($input: DraftCommunicationInput!) {\n    draftCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.DraftCommunicationDocument;
  '\n  mutation EditCommunicationDraft($input: EditCommunicationDraftInput!) {\n    editCommunicationDraft(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.EditCommunicationDraftDocument;
  '\n  mutation ApproveCommunication($input: CommunicationTransitionInput!) {\n    approveCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.ApproveCommunicationDocument;
  '\n  mutation PublishCommunication($input: PublishCommunicationInput!) {\n    publishCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.PublishCommunicationDocument;
  '\n  mutation RetractCommunication($input: CommunicationTransitionInput!) {\n    retractCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n': typeof types.RetractCommunicationDocument;
  '\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ref\n    }\n  }\n': typeof types.DeclareIncidentDocument;
  '\n  query ServiceChoices {\n    services {\n      key\n      name\n    }\n  }\n': typeof types.ServiceChoicesDocument;
  '\n  mutation AddRecoveryTask($input: AddRecoveryTaskInput!) {\n    addRecoveryTask(input: $input) {\n      id\n    }\n  }\n': typeof types.AddRecoveryTaskDocument;
  '\n  subscription IncidentChanged($id: ID) {\n    incidentChanged(id: $id) {\n      incidentId\n      change\n    }\n  }\n': typeof types.IncidentChangedDocument;
  '\n  query IncidentPublicView {\n    statusPage {\n      activeIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n      recentIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n    }\n  }\n': typeof types.IncidentPublicViewDocument;
  '\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateIncidentDocument;
  '\n  query Overview {\n    overview {\n      asOf\n      activeIncidentCount\n      activeIncidents {\n        incident {\n          id\n          ref\n          title\n          severity\n          status\n          startedAt\n        }\n        firstTasks {\n          id\n          title\n          rank\n          reasons\n          reasonDetails {\n            code\n            params\n          }\n        }\n        recoveryProgress {\n          taskCount\n          doneTaskCount\n          percentDone\n          expectedCompletionAt\n          withinRto\n        }\n        promisesMissed\n        personalDataClock {\n          state\n          deadline\n          minutesLeft\n          minutesOverdue\n          notifiedLate\n        }\n        activePlans {\n          id\n          title\n        }\n      }\n      servicesNotOperational {\n        serviceKey\n        service {\n          name\n        }\n        status\n        since\n        rtoMinutes\n        rtoPassed\n        minutesLeft\n        minutesOverRto\n      }\n      backlogs {\n        totalOpen\n        clearsAt\n        someNeverClear\n        backlogs {\n          backlog {\n            key\n            name\n            unit\n            promiseHours\n          }\n          open\n          clearsAt\n          notClearingReason\n          itemsWillMissPromise\n        }\n      }\n      overdueCommunications {\n        incident {\n          id\n          ref\n          title\n        }\n        debt {\n          overdueMinutes\n          lastPublicUpdateAt\n        }\n      }\n      promisesMissed {\n        total\n      }\n      notBusinessRecovered {\n        incident {\n          id\n          ref\n          title\n          resolvedAt\n        }\n        gaps {\n          code\n          backlogName\n          open\n          status\n        }\n      }\n      outageCost {\n        orders\n        euros\n        since\n        unestimatedServiceKeys\n      }\n      supplierGaps {\n        code\n        serviceKey\n        service {\n          name\n        }\n        supplierKey\n        supplier {\n          name\n        }\n        direct\n        promisedMinutes\n        requiredMinutes\n        exceedsByMinutes\n      }\n    }\n  }\n': typeof types.OverviewDocument;
  '\n  subscription OverviewChanged {\n    overviewChanged {\n      change\n    }\n  }\n': typeof types.OverviewChangedDocument;
  '\n  fragment PersonalDataBreachFields on PersonalDataBreach {\n    incidentId\n    aspects\n    awareAt\n    facts\n    effects\n    remedialAction\n    affectedPeopleEstimate\n    authorityDecision\n    authorityNotifiedAt\n    authorityReason\n    version\n    clock {\n      state\n      deadline\n      minutesLeft\n      minutesOverdue\n      notifiedLate\n    }\n  }\n': typeof types.PersonalDataBreachFieldsFragmentDoc;
  '\n  mutation RecordPersonalDataBreach($input: RecordPersonalDataBreachInput!) {\n    recordPersonalDataBreach(input: $input) {\n      ...PersonalDataBreachFields\n    }\n  }\n': typeof types.RecordPersonalDataBreachDocument;
  '\n  query IncidentReview($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      review {\n        generatedAt\n        cadenceMinutes\n        metrics {\n          timeToDetectMinutes\n          timeToFirstPublicUpdateMinutes\n          timeToResolveMinutes\n          longestSilenceMinutes\n          promisesMissed\n          services {\n            serviceKey\n            rtoMinutes\n            timeToRecoverMinutes\n            outcome\n          }\n        }\n        backlogs {\n          backlogKey\n          name\n          peakOpen\n          forecastAtResolution\n          clearedAt\n        }\n        findings {\n          code\n          params\n        }\n        wentWell\n        wentBadly\n        version\n        actions {\n          id\n          title\n          owner\n          dueOn\n          done\n          version\n        }\n      }\n    }\n    services {\n      key\n      name\n    }\n  }\n': typeof types.IncidentReviewDocument;
  '\n  query ReviewMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    incident(id: $id) {\n      id\n      reviewMarkdown(locale: $locale)\n    }\n  }\n': typeof types.ReviewMarkdownDocument;
  '\n  mutation UpdateIncidentReview($input: UpdateIncidentReviewInput!) {\n    updateIncidentReview(input: $input) {\n      version\n    }\n  }\n': typeof types.UpdateIncidentReviewDocument;
  '\n  mutation AddReviewAction($input: AddReviewActionInput!) {\n    addReviewAction(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.AddReviewActionDocument;
  '\n  mutation UpdateReviewAction($input: UpdateReviewActionInput!) {\n    updateReviewAction(input: $input) {\n      id\n      done\n      version\n    }\n  }\n': typeof types.UpdateReviewActionDocument;
  '\n  query Services {\n    services {\n      ...ServiceFields\n    }\n  }\n': typeof types.ServicesDocument;
  '\n  fragment ServiceFields on Service {\n    key\n    name\n    description\n    tier\n    rtoMinutes\n    rpoMinutes\n    dependsOn\n    status\n    version\n    dependents\n    mtpdMinutes\n    outageCostPerHour {\n      orders\n      euros\n    }\n    supplier\n    supplierGaps {\n      ...SupplierGapFields\n    }\n  }\n': typeof types.ServiceFieldsFragmentDoc;
  '\n  fragment SupplierGapFields on SupplierGap {\n    code\n    serviceKey\n    service {\n      name\n    }\n    supplierKey\n    supplier {\n      name\n    }\n    direct\n    promisedMinutes\n    requiredMinutes\n    exceedsByMinutes\n  }\n': typeof types.SupplierGapFieldsFragmentDoc;
  '\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n': typeof types.CreateServiceDocument;
  '\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n': typeof types.UpdateServiceDocument;
  '\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      enabled\n      version\n      lastLoginAt\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      enabled\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdBy\n      createdAt\n      lastUsedAt\n      active\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      active\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  query AuditLog(\n    $entity: String\n    $actor: String\n    $from: DateTime\n    $to: DateTime\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {\n      id\n      at\n      actor\n      action\n      entityType\n      entityId\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationName\n    statusPageTitle\n    supportContact\n    timeZone\n    publicUrl\n    fourEyesApproval\n    version\n    contactWays {\n      kind\n      label\n      value\n    }\n    cadence {\n      severity\n      minutes\n    }\n    services {\n      serviceKey\n      publicName\n      shownOnStatusPage\n    }\n  }\n': typeof types.OrganisationSettingsFieldsFragmentDoc;
  '\n  query OrganisationSettings {\n    settings {\n      ...OrganisationSettingsFields\n    }\n    services {\n      key\n      name\n    }\n  }\n': typeof types.OrganisationSettingsDocument;
  '\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n': typeof types.UpdateSettingsDocument;
  '\n  query StatusPage {\n    statusPage {\n      organisationName\n      title\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n      indicator\n      description\n      updatedAt\n      services {\n        key\n        name\n        status\n      }\n      activeIncidents {\n        ...PublicIncidentFields\n      }\n      recentIncidents {\n        ...PublicIncidentFields\n      }\n    }\n  }\n': typeof types.StatusPageDocument;
  '\n  fragment PublicIncidentFields on PublicIncident {\n    id\n    ref\n    title\n    titleCode\n    titleServices\n    severity\n    status\n    startedAt\n    resolvedAt\n    affectedServiceKeys\n    nextUpdateAt\n    updates {\n      id\n      body\n      status\n      displayAt\n    }\n  }\n': typeof types.PublicIncidentFieldsFragmentDoc;
  '\n  mutation SubscribeToStatus($input: SubscribeToStatusInput!) {\n    subscribeToStatus(input: $input) {\n      accepted\n    }\n  }\n': typeof types.SubscribeToStatusDocument;
};
const documents: Documents = {
  '\n  query Backlogs {\n    backlogs {\n      id\n      key\n      name\n      unit\n      promiseHours\n      accepted\n      version\n      arrivalRatePerHour\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n      snapshots {\n        at\n        open\n      }\n      forecast {\n        asOf\n        open\n        staff\n        capacityPerHour\n        arrivalRatePerHour\n        clearsAt\n        notClearingReason\n        itemsWillMissPromiseCount\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n':
    types.BacklogsDocument,
  '\n  query BacklogScenario($key: String!, $staff: Float!, $deadline: DateTime) {\n    backlog(key: $key) {\n      id\n      whatIf: forecast(staff: $staff, deadline: $deadline) {\n        staff\n        clearsAt\n        notClearingReason\n        staffNeededByDeadline\n        staffNeededByDeadlineUnreachableReason\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n':
    types.BacklogScenarioDocument,
  '\n  mutation SetBacklogCapacity($input: SetBacklogCapacityInput!) {\n    setBacklogCapacity(input: $input) {\n      id\n      key\n      version\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n    }\n  }\n':
    types.SetBacklogCapacityDocument,
  '\n  mutation AcceptBacklog($input: AcceptBacklogInput!) {\n    acceptBacklog(input: $input) {\n      id\n      key\n      version\n      accepted\n    }\n  }\n':
    types.AcceptBacklogDocument,
  '\n  mutation RecordBacklogSnapshot($input: RecordBacklogSnapshotInput!) {\n    recordBacklogSnapshot(input: $input) {\n      replayed\n    }\n  }\n':
    types.RecordBacklogSnapshotDocument,
  '\n  mutation CreateBacklog($input: CreateBacklogInput!) {\n    createBacklog(input: $input) {\n      id\n      key\n    }\n  }\n':
    types.CreateBacklogDocument,
  '\n  mutation UpdateBacklog($input: UpdateBacklogInput!) {\n    updateBacklog(input: $input) {\n      id\n      key\n      version\n      name\n      unit\n      promiseHours\n    }\n  }\n':
    types.UpdateBacklogDocument,
  '\n  mutation ImportBacklogCapture($input: ImportBacklogCaptureInput!) {\n    importBacklogCapture(input: $input) {\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      replayed\n      errorCount\n      errors {\n        line\n        column\n        code\n        params\n        message\n      }\n    }\n  }\n':
    types.ImportBacklogCaptureDocument,
  '\n  fragment ContinuationPlanFields on ContinuationPlan {\n    id\n    serviceKey\n    title\n    owner\n    steps\n    needs\n    addsCapacity {\n      backlogKey\n      staff\n    }\n    version\n  }\n':
    types.ContinuationPlanFieldsFragmentDoc,
  '\n  query ContinuationPlans($serviceKey: String) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n  }\n':
    types.ContinuationPlansDocument,
  '\n  query PlansPrint($serviceKey: String!) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n    services {\n      key\n      name\n    }\n    statusPage {\n      organisationName\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n    }\n  }\n':
    types.PlansPrintDocument,
  '\n  mutation CreateContinuationPlan($input: CreateContinuationPlanInput!) {\n    createContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n':
    types.CreateContinuationPlanDocument,
  '\n  mutation UpdateContinuationPlan($input: UpdateContinuationPlanInput!) {\n    updateContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n':
    types.UpdateContinuationPlanDocument,
  '\n  mutation DeleteContinuationPlan($input: DeleteContinuationPlanInput!) {\n    deleteContinuationPlan(input: $input)\n  }\n':
    types.DeleteContinuationPlanDocument,
  '\n  mutation ActivateContinuationPlan($input: ActivateContinuationPlanInput!) {\n    activateContinuationPlan(input: $input) {\n      id\n    }\n  }\n':
    types.ActivateContinuationPlanDocument,
  '\n  mutation EndContinuationPlan($input: EndContinuationPlanInput!) {\n    endContinuationPlan(input: $input) {\n      id\n    }\n  }\n':
    types.EndContinuationPlanDocument,
  '\n  query Outbox($status: [DeliveryStatus!]) {\n    outboxSummary {\n      mailServerConfigured\n      queued\n      sent\n      failed\n    }\n    outboxMessages(status: $status, first: 200) {\n      id\n      channel\n      kind\n      recipient\n      subject\n      body\n      status\n      unsentReason\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n':
    types.OutboxDocument,
  '\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n':
    types.RetryOutboxMessageDocument,
  '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      url\n      description\n      serviceKeys\n      enabled\n      disabledReason\n      createdAt\n      version\n    }\n  }\n':
    types.WebhookSubscriptionsDocument,
  '\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n      }\n    }\n  }\n':
    types.CreateWebhookSubscriptionDocument,
  '\n  mutation DisableWebhookSubscription($input: DisableWebhookSubscriptionInput!) {\n    disableWebhookSubscription(input: $input) {\n      id\n      enabled\n      version\n    }\n  }\n':
    types.DisableWebhookSubscriptionDocument,
  '\n  query SubscriberCounts {\n    statusSubscriberCounts {\n      confirmed\n      pending\n      allServices\n      byService {\n        serviceKey\n        confirmed\n      }\n    }\n  }\n':
    types.SubscriberCountsDocument,
  '\n  query SubscribersCsv {\n    statusSubscribersCsv\n  }\n': types.SubscribersCsvDocument,
  '\n  query Exercises {\n    exercises {\n      id\n      title\n      scenarioKey\n      startedAt\n      elapsedMinutes\n      endedAt\n    }\n    exerciseScenarios {\n      key\n      injects {\n        atMinute\n      }\n    }\n  }\n':
    types.ExercisesDocument,
  '\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      id\n      title\n      scenarioKey\n      startedAt\n      startedBy\n      elapsedMinutes\n      nextInjectAtMinute\n      endedAt\n      version\n      injects {\n        atMinute\n        code\n        arrived\n        params {\n          name\n          value\n        }\n      }\n      entries {\n        id\n        kind\n        text\n        atMinute\n        loggedBy\n      }\n      improvements {\n        id\n        title\n        owner\n        dueOn\n      }\n      report {\n        elapsedMinutes\n        minutesToFirstCustomerWord\n        longestWaitForWordMinutes\n        customerWordCount\n        decisions {\n          atMinute\n          text\n        }\n        gaps {\n          atMinute\n          text\n        }\n      }\n    }\n  }\n':
    types.ExerciseDocument,
  '\n  query ExerciseMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    exercise(id: $id) {\n      id\n      reportMarkdown(locale: $locale)\n    }\n  }\n':
    types.ExerciseMarkdownDocument,
  '\n  mutation StartExercise($input: StartExerciseInput!) {\n    startExercise(input: $input) {\n      id\n    }\n  }\n':
    types.StartExerciseDocument,
  '\n  mutation AdvanceExerciseClock($input: AdvanceExerciseClockInput!) {\n    advanceExerciseClock(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.AdvanceExerciseClockDocument,
  '\n  mutation LogExerciseEntry($input: LogExerciseEntryInput!) {\n    logExerciseEntry(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.LogExerciseEntryDocument,
  '\n  mutation EndExercise($input: EndExerciseInput!) {\n    endExercise(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.EndExerciseDocument,
  '\n  query Incidents($filter: IncidentFilterInput, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ref\n        title\n        severity\n        status\n        startedAt\n        resolvedAt\n      }\n    }\n  }\n':
    types.IncidentsDocument,
  '\n  query Incident($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      publicTitle\n      summary\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      commander\n      version\n      active\n      allowedNextStatuses\n      personalDataBreach {\n        ...PersonalDataBreachFields\n      }\n      activeContinuationPlans {\n        id\n        title\n        activatedAt\n        activatedBy\n        addsCapacity {\n          backlogKey\n          staff\n        }\n      }\n      impacts {\n        serviceKey\n        status\n        since\n        until\n        service {\n          key\n          name\n          rtoMinutes\n        }\n      }\n      affectedServices {\n        serviceKey\n        direct\n        causedBy\n      }\n      backlogs {\n        key\n        name\n        unit\n        accepted\n        promiseHours\n        open\n        forecast {\n          clearsAt\n          itemsWillMissPromiseCount\n        }\n      }\n      communicationDebt {\n        status\n        overdueMinutes\n        lastPublicUpdateAt\n        nextUpdateDueAt\n        minutesSinceLastPublicWord\n      }\n      communications {\n        ...CommunicationFields\n      }\n      recoveryTasks {\n        id\n        title\n        serviceKey\n        owner\n        estimateMinutes\n        status\n        dependsOn\n        rank\n        reasons\n        reasonDetails {\n          code\n          params\n        }\n        version\n        override {\n          rank\n          reason\n        }\n      }\n      recoveryPlan {\n        expectedCompletionAt\n        criticalPathMinutes\n        openTaskCount\n        doneTaskCount\n        unestimatedTaskIds\n      }\n      timeline {\n        id\n        body\n        author\n        visibility\n        statusChange\n        displayAt\n        nextUpdateAt\n      }\n      withdrawnTimelineEntryIds\n      metrics {\n        timeToFirstPublicUpdateMinutes\n        longestSilenceMinutes\n        longestSilenceFrom\n        longestSilenceTo\n        timeToResolveMinutes\n        services {\n          serviceKey\n          outcome\n          rtoMinutes\n          minutesOverRto\n          timeToRecoverMinutes\n          impairedMinutes\n        }\n      }\n    }\n    services {\n      key\n      name\n      status\n    }\n  }\n':
    types.IncidentDocument,
  '\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.PostIncidentUpdateDocument,
  '\n  mutation SetServiceImpact($input: SetServiceImpactInput!) {\n    setServiceImpact(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.SetServiceImpactDocument,
  '\n  mutation ResolveIncident($input: ResolveIncidentInput!) {\n    resolveIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.ResolveIncidentDocument,
  '\n  mutation UpdateRecoveryTask($input: UpdateRecoveryTaskInput!) {\n    updateRecoveryTask(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.UpdateRecoveryTaskDocument,
  '\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    audience\n    locale\n    subject\n    body\n    status\n    version\n    createdAt\n    createdBy\n    publishedAt\n    cohort {\n      backlogKeys\n      openOnly\n    }\n    correctsId\n  }\n':
    types.CommunicationFieldsFragmentDoc,
  '\n  query CohortNotice($ref: String!, $status: [DeliveryStatus!], $after: String) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        cohortPreview {\n          recipientCount\n          suppressedCount\n          otherLocaleCount\n          samples {\n            email\n            name\n            subject\n            body\n          }\n        }\n        deliveries(status: $status, first: 50, after: $after) {\n          totalCount\n          queued\n          sent\n          failed\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            email\n            name\n            status\n            unsentReason\n            attempts\n            lastError\n            sentAt\n          }\n        }\n      }\n    }\n  }\n':
    types.CohortNoticeDocument,
  '\n  query CohortDeliveriesCsv($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        deliveriesCsv\n      }\n    }\n  }\n':
    types.CohortDeliveriesCsvDocument,
  '\n  mutation DraftCorrectionNotice($input: DraftCorrectionNoticeInput!) {\n    draftCorrectionNotice(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.DraftCorrectionNoticeDocument,
  '\n  mutation DraftCommunication($input: DraftCommunicationInput!) {\n    draftCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.DraftCommunicationDocument,
  '\n  mutation EditCommunicationDraft($input: EditCommunicationDraftInput!) {\n    editCommunicationDraft(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.EditCommunicationDraftDocument,
  '\n  mutation ApproveCommunication($input: CommunicationTransitionInput!) {\n    approveCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.ApproveCommunicationDocument,
  '\n  mutation PublishCommunication($input: PublishCommunicationInput!) {\n    publishCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.PublishCommunicationDocument,
  '\n  mutation RetractCommunication($input: CommunicationTransitionInput!) {\n    retractCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n':
    types.RetractCommunicationDocument,
  '\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ref\n    }\n  }\n':
    types.DeclareIncidentDocument,
  '\n  query ServiceChoices {\n    services {\n      key\n      name\n    }\n  }\n':
    types.ServiceChoicesDocument,
  '\n  mutation AddRecoveryTask($input: AddRecoveryTaskInput!) {\n    addRecoveryTask(input: $input) {\n      id\n    }\n  }\n':
    types.AddRecoveryTaskDocument,
  '\n  subscription IncidentChanged($id: ID) {\n    incidentChanged(id: $id) {\n      incidentId\n      change\n    }\n  }\n':
    types.IncidentChangedDocument,
  '\n  query IncidentPublicView {\n    statusPage {\n      activeIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n      recentIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n    }\n  }\n':
    types.IncidentPublicViewDocument,
  '\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateIncidentDocument,
  '\n  query Overview {\n    overview {\n      asOf\n      activeIncidentCount\n      activeIncidents {\n        incident {\n          id\n          ref\n          title\n          severity\n          status\n          startedAt\n        }\n        firstTasks {\n          id\n          title\n          rank\n          reasons\n          reasonDetails {\n            code\n            params\n          }\n        }\n        recoveryProgress {\n          taskCount\n          doneTaskCount\n          percentDone\n          expectedCompletionAt\n          withinRto\n        }\n        promisesMissed\n        personalDataClock {\n          state\n          deadline\n          minutesLeft\n          minutesOverdue\n          notifiedLate\n        }\n        activePlans {\n          id\n          title\n        }\n      }\n      servicesNotOperational {\n        serviceKey\n        service {\n          name\n        }\n        status\n        since\n        rtoMinutes\n        rtoPassed\n        minutesLeft\n        minutesOverRto\n      }\n      backlogs {\n        totalOpen\n        clearsAt\n        someNeverClear\n        backlogs {\n          backlog {\n            key\n            name\n            unit\n            promiseHours\n          }\n          open\n          clearsAt\n          notClearingReason\n          itemsWillMissPromise\n        }\n      }\n      overdueCommunications {\n        incident {\n          id\n          ref\n          title\n        }\n        debt {\n          overdueMinutes\n          lastPublicUpdateAt\n        }\n      }\n      promisesMissed {\n        total\n      }\n      notBusinessRecovered {\n        incident {\n          id\n          ref\n          title\n          resolvedAt\n        }\n        gaps {\n          code\n          backlogName\n          open\n          status\n        }\n      }\n      outageCost {\n        orders\n        euros\n        since\n        unestimatedServiceKeys\n      }\n      supplierGaps {\n        code\n        serviceKey\n        service {\n          name\n        }\n        supplierKey\n        supplier {\n          name\n        }\n        direct\n        promisedMinutes\n        requiredMinutes\n        exceedsByMinutes\n      }\n    }\n  }\n':
    types.OverviewDocument,
  '\n  subscription OverviewChanged {\n    overviewChanged {\n      change\n    }\n  }\n':
    types.OverviewChangedDocument,
  '\n  fragment PersonalDataBreachFields on PersonalDataBreach {\n    incidentId\n    aspects\n    awareAt\n    facts\n    effects\n    remedialAction\n    affectedPeopleEstimate\n    authorityDecision\n    authorityNotifiedAt\n    authorityReason\n    version\n    clock {\n      state\n      deadline\n      minutesLeft\n      minutesOverdue\n      notifiedLate\n    }\n  }\n':
    types.PersonalDataBreachFieldsFragmentDoc,
  '\n  mutation RecordPersonalDataBreach($input: RecordPersonalDataBreachInput!) {\n    recordPersonalDataBreach(input: $input) {\n      ...PersonalDataBreachFields\n    }\n  }\n':
    types.RecordPersonalDataBreachDocument,
  '\n  query IncidentReview($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      review {\n        generatedAt\n        cadenceMinutes\n        metrics {\n          timeToDetectMinutes\n          timeToFirstPublicUpdateMinutes\n          timeToResolveMinutes\n          longestSilenceMinutes\n          promisesMissed\n          services {\n            serviceKey\n            rtoMinutes\n            timeToRecoverMinutes\n            outcome\n          }\n        }\n        backlogs {\n          backlogKey\n          name\n          peakOpen\n          forecastAtResolution\n          clearedAt\n        }\n        findings {\n          code\n          params\n        }\n        wentWell\n        wentBadly\n        version\n        actions {\n          id\n          title\n          owner\n          dueOn\n          done\n          version\n        }\n      }\n    }\n    services {\n      key\n      name\n    }\n  }\n':
    types.IncidentReviewDocument,
  '\n  query ReviewMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    incident(id: $id) {\n      id\n      reviewMarkdown(locale: $locale)\n    }\n  }\n':
    types.ReviewMarkdownDocument,
  '\n  mutation UpdateIncidentReview($input: UpdateIncidentReviewInput!) {\n    updateIncidentReview(input: $input) {\n      version\n    }\n  }\n':
    types.UpdateIncidentReviewDocument,
  '\n  mutation AddReviewAction($input: AddReviewActionInput!) {\n    addReviewAction(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.AddReviewActionDocument,
  '\n  mutation UpdateReviewAction($input: UpdateReviewActionInput!) {\n    updateReviewAction(input: $input) {\n      id\n      done\n      version\n    }\n  }\n':
    types.UpdateReviewActionDocument,
  '\n  query Services {\n    services {\n      ...ServiceFields\n    }\n  }\n':
    types.ServicesDocument,
  '\n  fragment ServiceFields on Service {\n    key\n    name\n    description\n    tier\n    rtoMinutes\n    rpoMinutes\n    dependsOn\n    status\n    version\n    dependents\n    mtpdMinutes\n    outageCostPerHour {\n      orders\n      euros\n    }\n    supplier\n    supplierGaps {\n      ...SupplierGapFields\n    }\n  }\n':
    types.ServiceFieldsFragmentDoc,
  '\n  fragment SupplierGapFields on SupplierGap {\n    code\n    serviceKey\n    service {\n      name\n    }\n    supplierKey\n    supplier {\n      name\n    }\n    direct\n    promisedMinutes\n    requiredMinutes\n    exceedsByMinutes\n  }\n':
    types.SupplierGapFieldsFragmentDoc,
  '\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n':
    types.CreateServiceDocument,
  '\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n':
    types.UpdateServiceDocument,
  '\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      enabled\n      version\n      lastLoginAt\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      enabled\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdBy\n      createdAt\n      lastUsedAt\n      active\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      active\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  query AuditLog(\n    $entity: String\n    $actor: String\n    $from: DateTime\n    $to: DateTime\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {\n      id\n      at\n      actor\n      action\n      entityType\n      entityId\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationName\n    statusPageTitle\n    supportContact\n    timeZone\n    publicUrl\n    fourEyesApproval\n    version\n    contactWays {\n      kind\n      label\n      value\n    }\n    cadence {\n      severity\n      minutes\n    }\n    services {\n      serviceKey\n      publicName\n      shownOnStatusPage\n    }\n  }\n':
    types.OrganisationSettingsFieldsFragmentDoc,
  '\n  query OrganisationSettings {\n    settings {\n      ...OrganisationSettingsFields\n    }\n    services {\n      key\n      name\n    }\n  }\n':
    types.OrganisationSettingsDocument,
  '\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n':
    types.UpdateSettingsDocument,
  '\n  query StatusPage {\n    statusPage {\n      organisationName\n      title\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n      indicator\n      description\n      updatedAt\n      services {\n        key\n        name\n        status\n      }\n      activeIncidents {\n        ...PublicIncidentFields\n      }\n      recentIncidents {\n        ...PublicIncidentFields\n      }\n    }\n  }\n':
    types.StatusPageDocument,
  '\n  fragment PublicIncidentFields on PublicIncident {\n    id\n    ref\n    title\n    titleCode\n    titleServices\n    severity\n    status\n    startedAt\n    resolvedAt\n    affectedServiceKeys\n    nextUpdateAt\n    updates {\n      id\n      body\n      status\n      displayAt\n    }\n  }\n':
    types.PublicIncidentFieldsFragmentDoc,
  '\n  mutation SubscribeToStatus($input: SubscribeToStatusInput!) {\n    subscribeToStatus(input: $input) {\n      accepted\n    }\n  }\n':
    types.SubscribeToStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Backlogs {\n    backlogs {\n      id\n      key\n      name\n      unit\n      promiseHours\n      accepted\n      version\n      arrivalRatePerHour\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n      snapshots {\n        at\n        open\n      }\n      forecast {\n        asOf\n        open\n        staff\n        capacityPerHour\n        arrivalRatePerHour\n        clearsAt\n        notClearingReason\n        itemsWillMissPromiseCount\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Backlogs {\n    backlogs {\n      id\n      key\n      name\n      unit\n      promiseHours\n      accepted\n      version\n      arrivalRatePerHour\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n      snapshots {\n        at\n        open\n      }\n      forecast {\n        asOf\n        open\n        staff\n        capacityPerHour\n        arrivalRatePerHour\n        clearsAt\n        notClearingReason\n        itemsWillMissPromiseCount\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BacklogScenario($key: String!, $staff: Float!, $deadline: DateTime) {\n    backlog(key: $key) {\n      id\n      whatIf: forecast(staff: $staff, deadline: $deadline) {\n        staff\n        clearsAt\n        notClearingReason\n        staffNeededByDeadline\n        staffNeededByDeadlineUnreachableReason\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BacklogScenario($key: String!, $staff: Float!, $deadline: DateTime) {\n    backlog(key: $key) {\n      id\n      whatIf: forecast(staff: $staff, deadline: $deadline) {\n        staff\n        clearsAt\n        notClearingReason\n        staffNeededByDeadline\n        staffNeededByDeadlineUnreachableReason\n        projection {\n          at\n          open\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetBacklogCapacity($input: SetBacklogCapacityInput!) {\n    setBacklogCapacity(input: $input) {\n      id\n      key\n      version\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetBacklogCapacity($input: SetBacklogCapacityInput!) {\n    setBacklogCapacity(input: $input) {\n      id\n      key\n      version\n      capacity {\n        staff\n        itemsPerStaffHour\n        perHour\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptBacklog($input: AcceptBacklogInput!) {\n    acceptBacklog(input: $input) {\n      id\n      key\n      version\n      accepted\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptBacklog($input: AcceptBacklogInput!) {\n    acceptBacklog(input: $input) {\n      id\n      key\n      version\n      accepted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBacklogSnapshot($input: RecordBacklogSnapshotInput!) {\n    recordBacklogSnapshot(input: $input) {\n      replayed\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBacklogSnapshot($input: RecordBacklogSnapshotInput!) {\n    recordBacklogSnapshot(input: $input) {\n      replayed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBacklog($input: CreateBacklogInput!) {\n    createBacklog(input: $input) {\n      id\n      key\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBacklog($input: CreateBacklogInput!) {\n    createBacklog(input: $input) {\n      id\n      key\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBacklog($input: UpdateBacklogInput!) {\n    updateBacklog(input: $input) {\n      id\n      key\n      version\n      name\n      unit\n      promiseHours\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBacklog($input: UpdateBacklogInput!) {\n    updateBacklog(input: $input) {\n      id\n      key\n      version\n      name\n      unit\n      promiseHours\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportBacklogCapture($input: ImportBacklogCaptureInput!) {\n    importBacklogCapture(input: $input) {\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      replayed\n      errorCount\n      errors {\n        line\n        column\n        code\n        params\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportBacklogCapture($input: ImportBacklogCaptureInput!) {\n    importBacklogCapture(input: $input) {\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      replayed\n      errorCount\n      errors {\n        line\n        column\n        code\n        params\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContinuationPlanFields on ContinuationPlan {\n    id\n    serviceKey\n    title\n    owner\n    steps\n    needs\n    addsCapacity {\n      backlogKey\n      staff\n    }\n    version\n  }\n',
): (typeof documents)['\n  fragment ContinuationPlanFields on ContinuationPlan {\n    id\n    serviceKey\n    title\n    owner\n    steps\n    needs\n    addsCapacity {\n      backlogKey\n      staff\n    }\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContinuationPlans($serviceKey: String) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n  }\n',
): (typeof documents)['\n  query ContinuationPlans($serviceKey: String) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlansPrint($serviceKey: String!) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n    services {\n      key\n      name\n    }\n    statusPage {\n      organisationName\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlansPrint($serviceKey: String!) {\n    continuationPlans(serviceKey: $serviceKey) {\n      ...ContinuationPlanFields\n    }\n    services {\n      key\n      name\n    }\n    statusPage {\n      organisationName\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContinuationPlan($input: CreateContinuationPlanInput!) {\n    createContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContinuationPlan($input: CreateContinuationPlanInput!) {\n    createContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContinuationPlan($input: UpdateContinuationPlanInput!) {\n    updateContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContinuationPlan($input: UpdateContinuationPlanInput!) {\n    updateContinuationPlan(input: $input) {\n      ...ContinuationPlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteContinuationPlan($input: DeleteContinuationPlanInput!) {\n    deleteContinuationPlan(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteContinuationPlan($input: DeleteContinuationPlanInput!) {\n    deleteContinuationPlan(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActivateContinuationPlan($input: ActivateContinuationPlanInput!) {\n    activateContinuationPlan(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ActivateContinuationPlan($input: ActivateContinuationPlanInput!) {\n    activateContinuationPlan(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndContinuationPlan($input: EndContinuationPlanInput!) {\n    endContinuationPlan(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation EndContinuationPlan($input: EndContinuationPlanInput!) {\n    endContinuationPlan(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Outbox($status: [DeliveryStatus!]) {\n    outboxSummary {\n      mailServerConfigured\n      queued\n      sent\n      failed\n    }\n    outboxMessages(status: $status, first: 200) {\n      id\n      channel\n      kind\n      recipient\n      subject\n      body\n      status\n      unsentReason\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query Outbox($status: [DeliveryStatus!]) {\n    outboxSummary {\n      mailServerConfigured\n      queued\n      sent\n      failed\n    }\n    outboxMessages(status: $status, first: 200) {\n      id\n      channel\n      kind\n      recipient\n      subject\n      body\n      status\n      unsentReason\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      url\n      description\n      serviceKeys\n      enabled\n      disabledReason\n      createdAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      url\n      description\n      serviceKeys\n      enabled\n      disabledReason\n      createdAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableWebhookSubscription($input: DisableWebhookSubscriptionInput!) {\n    disableWebhookSubscription(input: $input) {\n      id\n      enabled\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableWebhookSubscription($input: DisableWebhookSubscriptionInput!) {\n    disableWebhookSubscription(input: $input) {\n      id\n      enabled\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubscriberCounts {\n    statusSubscriberCounts {\n      confirmed\n      pending\n      allServices\n      byService {\n        serviceKey\n        confirmed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubscriberCounts {\n    statusSubscriberCounts {\n      confirmed\n      pending\n      allServices\n      byService {\n        serviceKey\n        confirmed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubscribersCsv {\n    statusSubscribersCsv\n  }\n',
): (typeof documents)['\n  query SubscribersCsv {\n    statusSubscribersCsv\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Exercises {\n    exercises {\n      id\n      title\n      scenarioKey\n      startedAt\n      elapsedMinutes\n      endedAt\n    }\n    exerciseScenarios {\n      key\n      injects {\n        atMinute\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Exercises {\n    exercises {\n      id\n      title\n      scenarioKey\n      startedAt\n      elapsedMinutes\n      endedAt\n    }\n    exerciseScenarios {\n      key\n      injects {\n        atMinute\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      id\n      title\n      scenarioKey\n      startedAt\n      startedBy\n      elapsedMinutes\n      nextInjectAtMinute\n      endedAt\n      version\n      injects {\n        atMinute\n        code\n        arrived\n        params {\n          name\n          value\n        }\n      }\n      entries {\n        id\n        kind\n        text\n        atMinute\n        loggedBy\n      }\n      improvements {\n        id\n        title\n        owner\n        dueOn\n      }\n      report {\n        elapsedMinutes\n        minutesToFirstCustomerWord\n        longestWaitForWordMinutes\n        customerWordCount\n        decisions {\n          atMinute\n          text\n        }\n        gaps {\n          atMinute\n          text\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      id\n      title\n      scenarioKey\n      startedAt\n      startedBy\n      elapsedMinutes\n      nextInjectAtMinute\n      endedAt\n      version\n      injects {\n        atMinute\n        code\n        arrived\n        params {\n          name\n          value\n        }\n      }\n      entries {\n        id\n        kind\n        text\n        atMinute\n        loggedBy\n      }\n      improvements {\n        id\n        title\n        owner\n        dueOn\n      }\n      report {\n        elapsedMinutes\n        minutesToFirstCustomerWord\n        longestWaitForWordMinutes\n        customerWordCount\n        decisions {\n          atMinute\n          text\n        }\n        gaps {\n          atMinute\n          text\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExerciseMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    exercise(id: $id) {\n      id\n      reportMarkdown(locale: $locale)\n    }\n  }\n',
): (typeof documents)['\n  query ExerciseMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    exercise(id: $id) {\n      id\n      reportMarkdown(locale: $locale)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartExercise($input: StartExerciseInput!) {\n    startExercise(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartExercise($input: StartExerciseInput!) {\n    startExercise(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdvanceExerciseClock($input: AdvanceExerciseClockInput!) {\n    advanceExerciseClock(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AdvanceExerciseClock($input: AdvanceExerciseClockInput!) {\n    advanceExerciseClock(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogExerciseEntry($input: LogExerciseEntryInput!) {\n    logExerciseEntry(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation LogExerciseEntry($input: LogExerciseEntryInput!) {\n    logExerciseEntry(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndExercise($input: EndExerciseInput!) {\n    endExercise(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation EndExercise($input: EndExerciseInput!) {\n    endExercise(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Incidents($filter: IncidentFilterInput, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ref\n        title\n        severity\n        status\n        startedAt\n        resolvedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Incidents($filter: IncidentFilterInput, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ref\n        title\n        severity\n        status\n        startedAt\n        resolvedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Incident($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      publicTitle\n      summary\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      commander\n      version\n      active\n      allowedNextStatuses\n      personalDataBreach {\n        ...PersonalDataBreachFields\n      }\n      activeContinuationPlans {\n        id\n        title\n        activatedAt\n        activatedBy\n        addsCapacity {\n          backlogKey\n          staff\n        }\n      }\n      impacts {\n        serviceKey\n        status\n        since\n        until\n        service {\n          key\n          name\n          rtoMinutes\n        }\n      }\n      affectedServices {\n        serviceKey\n        direct\n        causedBy\n      }\n      backlogs {\n        key\n        name\n        unit\n        accepted\n        promiseHours\n        open\n        forecast {\n          clearsAt\n          itemsWillMissPromiseCount\n        }\n      }\n      communicationDebt {\n        status\n        overdueMinutes\n        lastPublicUpdateAt\n        nextUpdateDueAt\n        minutesSinceLastPublicWord\n      }\n      communications {\n        ...CommunicationFields\n      }\n      recoveryTasks {\n        id\n        title\n        serviceKey\n        owner\n        estimateMinutes\n        status\n        dependsOn\n        rank\n        reasons\n        reasonDetails {\n          code\n          params\n        }\n        version\n        override {\n          rank\n          reason\n        }\n      }\n      recoveryPlan {\n        expectedCompletionAt\n        criticalPathMinutes\n        openTaskCount\n        doneTaskCount\n        unestimatedTaskIds\n      }\n      timeline {\n        id\n        body\n        author\n        visibility\n        statusChange\n        displayAt\n        nextUpdateAt\n      }\n      withdrawnTimelineEntryIds\n      metrics {\n        timeToFirstPublicUpdateMinutes\n        longestSilenceMinutes\n        longestSilenceFrom\n        longestSilenceTo\n        timeToResolveMinutes\n        services {\n          serviceKey\n          outcome\n          rtoMinutes\n          minutesOverRto\n          timeToRecoverMinutes\n          impairedMinutes\n        }\n      }\n    }\n    services {\n      key\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query Incident($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      publicTitle\n      summary\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      commander\n      version\n      active\n      allowedNextStatuses\n      personalDataBreach {\n        ...PersonalDataBreachFields\n      }\n      activeContinuationPlans {\n        id\n        title\n        activatedAt\n        activatedBy\n        addsCapacity {\n          backlogKey\n          staff\n        }\n      }\n      impacts {\n        serviceKey\n        status\n        since\n        until\n        service {\n          key\n          name\n          rtoMinutes\n        }\n      }\n      affectedServices {\n        serviceKey\n        direct\n        causedBy\n      }\n      backlogs {\n        key\n        name\n        unit\n        accepted\n        promiseHours\n        open\n        forecast {\n          clearsAt\n          itemsWillMissPromiseCount\n        }\n      }\n      communicationDebt {\n        status\n        overdueMinutes\n        lastPublicUpdateAt\n        nextUpdateDueAt\n        minutesSinceLastPublicWord\n      }\n      communications {\n        ...CommunicationFields\n      }\n      recoveryTasks {\n        id\n        title\n        serviceKey\n        owner\n        estimateMinutes\n        status\n        dependsOn\n        rank\n        reasons\n        reasonDetails {\n          code\n          params\n        }\n        version\n        override {\n          rank\n          reason\n        }\n      }\n      recoveryPlan {\n        expectedCompletionAt\n        criticalPathMinutes\n        openTaskCount\n        doneTaskCount\n        unestimatedTaskIds\n      }\n      timeline {\n        id\n        body\n        author\n        visibility\n        statusChange\n        displayAt\n        nextUpdateAt\n      }\n      withdrawnTimelineEntryIds\n      metrics {\n        timeToFirstPublicUpdateMinutes\n        longestSilenceMinutes\n        longestSilenceFrom\n        longestSilenceTo\n        timeToResolveMinutes\n        services {\n          serviceKey\n          outcome\n          rtoMinutes\n          minutesOverRto\n          timeToRecoverMinutes\n          impairedMinutes\n        }\n      }\n    }\n    services {\n      key\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetServiceImpact($input: SetServiceImpactInput!) {\n    setServiceImpact(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SetServiceImpact($input: SetServiceImpactInput!) {\n    setServiceImpact(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveIncident($input: ResolveIncidentInput!) {\n    resolveIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveIncident($input: ResolveIncidentInput!) {\n    resolveIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRecoveryTask($input: UpdateRecoveryTaskInput!) {\n    updateRecoveryTask(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRecoveryTask($input: UpdateRecoveryTaskInput!) {\n    updateRecoveryTask(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    audience\n    locale\n    subject\n    body\n    status\n    version\n    createdAt\n    createdBy\n    publishedAt\n    cohort {\n      backlogKeys\n      openOnly\n    }\n    correctsId\n  }\n',
): (typeof documents)['\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    audience\n    locale\n    subject\n    body\n    status\n    version\n    createdAt\n    createdBy\n    publishedAt\n    cohort {\n      backlogKeys\n      openOnly\n    }\n    correctsId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortNotice($ref: String!, $status: [DeliveryStatus!], $after: String) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        cohortPreview {\n          recipientCount\n          suppressedCount\n          otherLocaleCount\n          samples {\n            email\n            name\n            subject\n            body\n          }\n        }\n        deliveries(status: $status, first: 50, after: $after) {\n          totalCount\n          queued\n          sent\n          failed\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            email\n            name\n            status\n            unsentReason\n            attempts\n            lastError\n            sentAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortNotice($ref: String!, $status: [DeliveryStatus!], $after: String) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        cohortPreview {\n          recipientCount\n          suppressedCount\n          otherLocaleCount\n          samples {\n            email\n            name\n            subject\n            body\n          }\n        }\n        deliveries(status: $status, first: 50, after: $after) {\n          totalCount\n          queued\n          sent\n          failed\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            email\n            name\n            status\n            unsentReason\n            attempts\n            lastError\n            sentAt\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortDeliveriesCsv($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        deliveriesCsv\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortDeliveriesCsv($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      communications {\n        id\n        deliveriesCsv\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DraftCorrectionNotice($input: DraftCorrectionNoticeInput!) {\n    draftCorrectionNotice(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DraftCorrectionNotice($input: DraftCorrectionNoticeInput!) {\n    draftCorrectionNotice(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DraftCommunication($input: DraftCommunicationInput!) {\n    draftCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DraftCommunication($input: DraftCommunicationInput!) {\n    draftCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditCommunicationDraft($input: EditCommunicationDraftInput!) {\n    editCommunicationDraft(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditCommunicationDraft($input: EditCommunicationDraftInput!) {\n    editCommunicationDraft(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveCommunication($input: CommunicationTransitionInput!) {\n    approveCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveCommunication($input: CommunicationTransitionInput!) {\n    approveCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishCommunication($input: PublishCommunicationInput!) {\n    publishCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishCommunication($input: PublishCommunicationInput!) {\n    publishCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetractCommunication($input: CommunicationTransitionInput!) {\n    retractCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetractCommunication($input: CommunicationTransitionInput!) {\n    retractCommunication(input: $input) {\n      ...CommunicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ref\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ref\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceChoices {\n    services {\n      key\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ServiceChoices {\n    services {\n      key\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddRecoveryTask($input: AddRecoveryTaskInput!) {\n    addRecoveryTask(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddRecoveryTask($input: AddRecoveryTaskInput!) {\n    addRecoveryTask(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription IncidentChanged($id: ID) {\n    incidentChanged(id: $id) {\n      incidentId\n      change\n    }\n  }\n',
): (typeof documents)['\n  subscription IncidentChanged($id: ID) {\n    incidentChanged(id: $id) {\n      incidentId\n      change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IncidentPublicView {\n    statusPage {\n      activeIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n      recentIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IncidentPublicView {\n    statusPage {\n      activeIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n      recentIncidents {\n        id\n        title\n        titleCode\n        titleServices\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overview {\n    overview {\n      asOf\n      activeIncidentCount\n      activeIncidents {\n        incident {\n          id\n          ref\n          title\n          severity\n          status\n          startedAt\n        }\n        firstTasks {\n          id\n          title\n          rank\n          reasons\n          reasonDetails {\n            code\n            params\n          }\n        }\n        recoveryProgress {\n          taskCount\n          doneTaskCount\n          percentDone\n          expectedCompletionAt\n          withinRto\n        }\n        promisesMissed\n        personalDataClock {\n          state\n          deadline\n          minutesLeft\n          minutesOverdue\n          notifiedLate\n        }\n        activePlans {\n          id\n          title\n        }\n      }\n      servicesNotOperational {\n        serviceKey\n        service {\n          name\n        }\n        status\n        since\n        rtoMinutes\n        rtoPassed\n        minutesLeft\n        minutesOverRto\n      }\n      backlogs {\n        totalOpen\n        clearsAt\n        someNeverClear\n        backlogs {\n          backlog {\n            key\n            name\n            unit\n            promiseHours\n          }\n          open\n          clearsAt\n          notClearingReason\n          itemsWillMissPromise\n        }\n      }\n      overdueCommunications {\n        incident {\n          id\n          ref\n          title\n        }\n        debt {\n          overdueMinutes\n          lastPublicUpdateAt\n        }\n      }\n      promisesMissed {\n        total\n      }\n      notBusinessRecovered {\n        incident {\n          id\n          ref\n          title\n          resolvedAt\n        }\n        gaps {\n          code\n          backlogName\n          open\n          status\n        }\n      }\n      outageCost {\n        orders\n        euros\n        since\n        unestimatedServiceKeys\n      }\n      supplierGaps {\n        code\n        serviceKey\n        service {\n          name\n        }\n        supplierKey\n        supplier {\n          name\n        }\n        direct\n        promisedMinutes\n        requiredMinutes\n        exceedsByMinutes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Overview {\n    overview {\n      asOf\n      activeIncidentCount\n      activeIncidents {\n        incident {\n          id\n          ref\n          title\n          severity\n          status\n          startedAt\n        }\n        firstTasks {\n          id\n          title\n          rank\n          reasons\n          reasonDetails {\n            code\n            params\n          }\n        }\n        recoveryProgress {\n          taskCount\n          doneTaskCount\n          percentDone\n          expectedCompletionAt\n          withinRto\n        }\n        promisesMissed\n        personalDataClock {\n          state\n          deadline\n          minutesLeft\n          minutesOverdue\n          notifiedLate\n        }\n        activePlans {\n          id\n          title\n        }\n      }\n      servicesNotOperational {\n        serviceKey\n        service {\n          name\n        }\n        status\n        since\n        rtoMinutes\n        rtoPassed\n        minutesLeft\n        minutesOverRto\n      }\n      backlogs {\n        totalOpen\n        clearsAt\n        someNeverClear\n        backlogs {\n          backlog {\n            key\n            name\n            unit\n            promiseHours\n          }\n          open\n          clearsAt\n          notClearingReason\n          itemsWillMissPromise\n        }\n      }\n      overdueCommunications {\n        incident {\n          id\n          ref\n          title\n        }\n        debt {\n          overdueMinutes\n          lastPublicUpdateAt\n        }\n      }\n      promisesMissed {\n        total\n      }\n      notBusinessRecovered {\n        incident {\n          id\n          ref\n          title\n          resolvedAt\n        }\n        gaps {\n          code\n          backlogName\n          open\n          status\n        }\n      }\n      outageCost {\n        orders\n        euros\n        since\n        unestimatedServiceKeys\n      }\n      supplierGaps {\n        code\n        serviceKey\n        service {\n          name\n        }\n        supplierKey\n        supplier {\n          name\n        }\n        direct\n        promisedMinutes\n        requiredMinutes\n        exceedsByMinutes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OverviewChanged {\n    overviewChanged {\n      change\n    }\n  }\n',
): (typeof documents)['\n  subscription OverviewChanged {\n    overviewChanged {\n      change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonalDataBreachFields on PersonalDataBreach {\n    incidentId\n    aspects\n    awareAt\n    facts\n    effects\n    remedialAction\n    affectedPeopleEstimate\n    authorityDecision\n    authorityNotifiedAt\n    authorityReason\n    version\n    clock {\n      state\n      deadline\n      minutesLeft\n      minutesOverdue\n      notifiedLate\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonalDataBreachFields on PersonalDataBreach {\n    incidentId\n    aspects\n    awareAt\n    facts\n    effects\n    remedialAction\n    affectedPeopleEstimate\n    authorityDecision\n    authorityNotifiedAt\n    authorityReason\n    version\n    clock {\n      state\n      deadline\n      minutesLeft\n      minutesOverdue\n      notifiedLate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPersonalDataBreach($input: RecordPersonalDataBreachInput!) {\n    recordPersonalDataBreach(input: $input) {\n      ...PersonalDataBreachFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPersonalDataBreach($input: RecordPersonalDataBreachInput!) {\n    recordPersonalDataBreach(input: $input) {\n      ...PersonalDataBreachFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IncidentReview($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      review {\n        generatedAt\n        cadenceMinutes\n        metrics {\n          timeToDetectMinutes\n          timeToFirstPublicUpdateMinutes\n          timeToResolveMinutes\n          longestSilenceMinutes\n          promisesMissed\n          services {\n            serviceKey\n            rtoMinutes\n            timeToRecoverMinutes\n            outcome\n          }\n        }\n        backlogs {\n          backlogKey\n          name\n          peakOpen\n          forecastAtResolution\n          clearedAt\n        }\n        findings {\n          code\n          params\n        }\n        wentWell\n        wentBadly\n        version\n        actions {\n          id\n          title\n          owner\n          dueOn\n          done\n          version\n        }\n      }\n    }\n    services {\n      key\n      name\n    }\n  }\n',
): (typeof documents)['\n  query IncidentReview($ref: String!) {\n    incidentByRef(ref: $ref) {\n      id\n      ref\n      title\n      severity\n      status\n      startedAt\n      detectedAt\n      resolvedAt\n      review {\n        generatedAt\n        cadenceMinutes\n        metrics {\n          timeToDetectMinutes\n          timeToFirstPublicUpdateMinutes\n          timeToResolveMinutes\n          longestSilenceMinutes\n          promisesMissed\n          services {\n            serviceKey\n            rtoMinutes\n            timeToRecoverMinutes\n            outcome\n          }\n        }\n        backlogs {\n          backlogKey\n          name\n          peakOpen\n          forecastAtResolution\n          clearedAt\n        }\n        findings {\n          code\n          params\n        }\n        wentWell\n        wentBadly\n        version\n        actions {\n          id\n          title\n          owner\n          dueOn\n          done\n          version\n        }\n      }\n    }\n    services {\n      key\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    incident(id: $id) {\n      id\n      reviewMarkdown(locale: $locale)\n    }\n  }\n',
): (typeof documents)['\n  query ReviewMarkdown($id: ID!, $locale: CommunicationLocale!) {\n    incident(id: $id) {\n      id\n      reviewMarkdown(locale: $locale)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIncidentReview($input: UpdateIncidentReviewInput!) {\n    updateIncidentReview(input: $input) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIncidentReview($input: UpdateIncidentReviewInput!) {\n    updateIncidentReview(input: $input) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddReviewAction($input: AddReviewActionInput!) {\n    addReviewAction(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AddReviewAction($input: AddReviewActionInput!) {\n    addReviewAction(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReviewAction($input: UpdateReviewActionInput!) {\n    updateReviewAction(input: $input) {\n      id\n      done\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReviewAction($input: UpdateReviewActionInput!) {\n    updateReviewAction(input: $input) {\n      id\n      done\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Services {\n    services {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  query Services {\n    services {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ServiceFields on Service {\n    key\n    name\n    description\n    tier\n    rtoMinutes\n    rpoMinutes\n    dependsOn\n    status\n    version\n    dependents\n    mtpdMinutes\n    outageCostPerHour {\n      orders\n      euros\n    }\n    supplier\n    supplierGaps {\n      ...SupplierGapFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ServiceFields on Service {\n    key\n    name\n    description\n    tier\n    rtoMinutes\n    rpoMinutes\n    dependsOn\n    status\n    version\n    dependents\n    mtpdMinutes\n    outageCostPerHour {\n      orders\n      euros\n    }\n    supplier\n    supplierGaps {\n      ...SupplierGapFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupplierGapFields on SupplierGap {\n    code\n    serviceKey\n    service {\n      name\n    }\n    supplierKey\n    supplier {\n      name\n    }\n    direct\n    promisedMinutes\n    requiredMinutes\n    exceedsByMinutes\n  }\n',
): (typeof documents)['\n  fragment SupplierGapFields on SupplierGap {\n    code\n    serviceKey\n    service {\n      name\n    }\n    supplierKey\n    supplier {\n      name\n    }\n    direct\n    promisedMinutes\n    requiredMinutes\n    exceedsByMinutes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      enabled\n      version\n      lastLoginAt\n    }\n  }\n',
): (typeof documents)['\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      enabled\n      version\n      lastLoginAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      enabled\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      enabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdBy\n      createdAt\n      lastUsedAt\n      active\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdBy\n      createdAt\n      lastUsedAt\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog(\n    $entity: String\n    $actor: String\n    $from: DateTime\n    $to: DateTime\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {\n      id\n      at\n      actor\n      action\n      entityType\n      entityId\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog(\n    $entity: String\n    $actor: String\n    $from: DateTime\n    $to: DateTime\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {\n      id\n      at\n      actor\n      action\n      entityType\n      entityId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationName\n    statusPageTitle\n    supportContact\n    timeZone\n    publicUrl\n    fourEyesApproval\n    version\n    contactWays {\n      kind\n      label\n      value\n    }\n    cadence {\n      severity\n      minutes\n    }\n    services {\n      serviceKey\n      publicName\n      shownOnStatusPage\n    }\n  }\n',
): (typeof documents)['\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationName\n    statusPageTitle\n    supportContact\n    timeZone\n    publicUrl\n    fourEyesApproval\n    version\n    contactWays {\n      kind\n      label\n      value\n    }\n    cadence {\n      severity\n      minutes\n    }\n    services {\n      serviceKey\n      publicName\n      shownOnStatusPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationSettings {\n    settings {\n      ...OrganisationSettingsFields\n    }\n    services {\n      key\n      name\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationSettings {\n    settings {\n      ...OrganisationSettingsFields\n    }\n    services {\n      key\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatusPage {\n    statusPage {\n      organisationName\n      title\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n      indicator\n      description\n      updatedAt\n      services {\n        key\n        name\n        status\n      }\n      activeIncidents {\n        ...PublicIncidentFields\n      }\n      recentIncidents {\n        ...PublicIncidentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatusPage {\n    statusPage {\n      organisationName\n      title\n      supportContact\n      contactWays {\n        kind\n        label\n        value\n      }\n      indicator\n      description\n      updatedAt\n      services {\n        key\n        name\n        status\n      }\n      activeIncidents {\n        ...PublicIncidentFields\n      }\n      recentIncidents {\n        ...PublicIncidentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicIncidentFields on PublicIncident {\n    id\n    ref\n    title\n    titleCode\n    titleServices\n    severity\n    status\n    startedAt\n    resolvedAt\n    affectedServiceKeys\n    nextUpdateAt\n    updates {\n      id\n      body\n      status\n      displayAt\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicIncidentFields on PublicIncident {\n    id\n    ref\n    title\n    titleCode\n    titleServices\n    severity\n    status\n    startedAt\n    resolvedAt\n    affectedServiceKeys\n    nextUpdateAt\n    updates {\n      id\n      body\n      status\n      displayAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubscribeToStatus($input: SubscribeToStatusInput!) {\n    subscribeToStatus(input: $input) {\n      accepted\n    }\n  }\n',
): (typeof documents)['\n  mutation SubscribeToStatus($input: SubscribeToStatusInput!) {\n    subscribeToStatus(input: $input) {\n      accepted\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
