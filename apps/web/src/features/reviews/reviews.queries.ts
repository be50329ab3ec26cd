import { graphql } from '../../lib/graphql/generated';

export const IncidentReviewQuery = graphql(`
  query IncidentReview($ref: String!) {
    incidentByRef(ref: $ref) {
      id
      ref
      title
      severity
      status
      startedAt
      detectedAt
      resolvedAt
      review {
        generatedAt
        cadenceMinutes
        metrics {
          timeToDetectMinutes
          timeToFirstPublicUpdateMinutes
          timeToResolveMinutes
          longestSilenceMinutes
          promisesMissed
          services {
            serviceKey
            rtoMinutes
            timeToRecoverMinutes
            outcome
          }
        }
        backlogs {
          backlogKey
          name
          peakOpen
          forecastAtResolution
          clearedAt
        }
        findings {
          code
          params
        }
        wentWell
        wentBadly
        version
        actions {
          id
          title
          owner
          dueOn
          done
          version
        }
      }
    }
    services {
      key
      name
    }
  }
`);

export const ReviewMarkdownQuery = graphql(`
  query ReviewMarkdown($id: ID!, $locale: CommunicationLocale!) {
    incident(id: $id) {
      id
      reviewMarkdown(locale: $locale)
    }
  }
`);

export const UpdateIncidentReviewMutation = graphql(`
  mutation UpdateIncidentReview($input: UpdateIncidentReviewInput!) {
    updateIncidentReview(input: $input) {
      version
    }
  }
`);

export const AddReviewActionMutation = graphql(`
  mutation AddReviewAction($input: AddReviewActionInput!) {
    addReviewAction(input: $input) {
      id
      version
    }
  }
`);

export const UpdateReviewActionMutation = graphql(`
  mutation UpdateReviewAction($input: UpdateReviewActionInput!) {
    updateReviewAction(input: $input) {
      id
      done
      version
    }
  }
`);
