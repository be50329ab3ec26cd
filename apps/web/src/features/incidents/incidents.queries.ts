import { graphql } from '../../lib/graphql/generated';

export const IncidentsQuery = graphql(`
  query Incidents($filter: IncidentFilterInput, $first: Int, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ref
        title
        severity
        status
        startedAt
        resolvedAt
      }
    }
  }
`);

export const IncidentQuery = graphql(`
  query Incident($ref: String!) {
    incidentByRef(ref: $ref) {
      id
      ref
      title
      publicTitle
      summary
      severity
      status
      startedAt
      detectedAt
      resolvedAt
      commander
      version
      active
      allowedNextStatuses
      personalDataBreach {
        ...PersonalDataBreachFields
      }
      activeContinuationPlans {
        id
        title
        activatedAt
        activatedBy
        addsCapacity {
          backlogKey
          staff
        }
      }
      impacts {
        serviceKey
        status
        since
        until
        service {
          key
          name
          rtoMinutes
        }
      }
      affectedServices {
        serviceKey
        direct
        causedBy
      }
      backlogs {
        key
        name
        unit
        accepted
        promiseHours
        open
        forecast {
          clearsAt
          itemsWillMissPromiseCount
        }
      }
      communicationDebt {
        status
        overdueMinutes
        lastPublicUpdateAt
        nextUpdateDueAt
        minutesSinceLastPublicWord
      }
      communications {
        ...CommunicationFields
      }
      recoveryTasks {
        id
        title
        serviceKey
        owner
        estimateMinutes
        status
        dependsOn
        rank
        reasons
        reasonDetails {
          code
          params
        }
        version
        override {
          rank
          reason
        }
      }
      recoveryPlan {
        expectedCompletionAt
        criticalPathMinutes
        openTaskCount
        doneTaskCount
        unestimatedTaskIds
      }
      timeline {
        id
        body
        author
        visibility
        statusChange
        displayAt
        nextUpdateAt
      }
      withdrawnTimelineEntryIds
      metrics {
        timeToFirstPublicUpdateMinutes
        longestSilenceMinutes
        longestSilenceFrom
        longestSilenceTo
        timeToResolveMinutes
        services {
          serviceKey
          outcome
          rtoMinutes
          minutesOverRto
          timeToRecoverMinutes
          impairedMinutes
        }
      }
    }
    services {
      key
      name
      status
    }
  }
`);

export const PostIncidentUpdateMutation = graphql(`
  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) {
      id
      version
      status
    }
  }
`);

export const SetServiceImpactMutation = graphql(`
  mutation SetServiceImpact($input: SetServiceImpactInput!) {
    setServiceImpact(input: $input) {
      id
      version
    }
  }
`);

export const ResolveIncidentMutation = graphql(`
  mutation ResolveIncident($input: ResolveIncidentInput!) {
    resolveIncident(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdateRecoveryTaskMutation = graphql(`
  mutation UpdateRecoveryTask($input: UpdateRecoveryTaskInput!) {
    updateRecoveryTask(input: $input) {
      id
      version
      status
    }
  }
`);

export const CommunicationFieldsFragment = graphql(`
  fragment CommunicationFields on Communication {
    id
    channel
    audience
    locale
    subject
    body
    status
    version
    createdAt
    createdBy
    publishedAt
    cohort {
      backlogKeys
      openOnly
    }
    correctsId
  }
`);

/** A customer notice's preview and delivery records (RESPONDER and up). */
export const CohortNoticeQuery = graphql(`
  query CohortNotice($ref: String!, $status: [DeliveryStatus!], $after: String) {
    incidentByRef(ref: $ref) {
      id
      communications {
        id
        cohortPreview {
          recipientCount
          suppressedCount
          otherLocaleCount
          samples {
            email
            name
            subject
            body
          }
        }
        deliveries(status: $status, first: 50, after: $after) {
          totalCount
          queued
          sent
          failed
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            email
            name
            status
            unsentReason
            attempts
            lastError
            sentAt
          }
        }
      }
    }
  }
`);

export const CohortDeliveriesCsvQuery = graphql(`
  query CohortDeliveriesCsv($ref: String!) {
    incidentByRef(ref: $ref) {
      id
      communications {
        id
        deliveriesCsv
      }
    }
  }
`);

export const DraftCorrectionNoticeMutation = graphql(`
  mutation DraftCorrectionNotice($input: DraftCorrectionNoticeInput!) {
    draftCorrectionNotice(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const DraftCommunicationMutation = graphql(`
  mutation DraftCommunication($input: DraftCommunicationInput!) {
    draftCommunication(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const EditCommunicationDraftMutation = graphql(`
  mutation EditCommunicationDraft($input: EditCommunicationDraftInput!) {
    editCommunicationDraft(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const ApproveCommunicationMutation = graphql(`
  mutation ApproveCommunication($input: CommunicationTransitionInput!) {
    approveCommunication(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const PublishCommunicationMutation = graphql(`
  mutation PublishCommunication($input: PublishCommunicationInput!) {
    publishCommunication(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const RetractCommunicationMutation = graphql(`
  mutation RetractCommunication($input: CommunicationTransitionInput!) {
    retractCommunication(input: $input) {
      ...CommunicationFields
    }
  }
`);

export const DeclareIncidentMutation = graphql(`
  mutation DeclareIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      id
      ref
    }
  }
`);

export const ServiceChoicesQuery = graphql(`
  query ServiceChoices {
    services {
      key
      name
    }
  }
`);

export const AddRecoveryTaskMutation = graphql(`
  mutation AddRecoveryTask($input: AddRecoveryTaskInput!) {
    addRecoveryTask(input: $input) {
      id
    }
  }
`);

export const IncidentChangedSubscription = graphql(`
  subscription IncidentChanged($id: ID) {
    incidentChanged(id: $id) {
      incidentId
      change
    }
  }
`);

/** The incident as the public page shows it, so the team sees what customers read. */
export const IncidentPublicViewQuery = graphql(`
  query IncidentPublicView {
    statusPage {
      activeIncidents {
        id
        title
        titleCode
        titleServices
      }
      recentIncidents {
        id
        title
        titleCode
        titleServices
      }
    }
  }
`);

export const UpdateIncidentMutation = graphql(`
  mutation UpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) {
      id
      version
    }
  }
`);
