import { graphql } from '../../lib/graphql/generated';

/** Management's situation picture, computed by the API from the domain in one request. */
export const OverviewQuery = graphql(`
  query Overview {
    overview {
      asOf
      activeIncidentCount
      activeIncidents {
        incident {
          id
          ref
          title
          severity
          status
          startedAt
        }
        firstTasks {
          id
          title
          rank
          reasons
          reasonDetails {
            code
            params
          }
        }
        recoveryProgress {
          taskCount
          doneTaskCount
          percentDone
          expectedCompletionAt
          withinRto
        }
        promisesMissed
        personalDataClock {
          state
          deadline
          minutesLeft
          minutesOverdue
          notifiedLate
        }
        activePlans {
          id
          title
        }
      }
      servicesNotOperational {
        serviceKey
        service {
          name
        }
        status
        since
        rtoMinutes
        rtoPassed
        minutesLeft
        minutesOverRto
      }
      backlogs {
        totalOpen
        clearsAt
        someNeverClear
        backlogs {
          backlog {
            key
            name
            unit
            promiseHours
          }
          open
          clearsAt
          notClearingReason
          itemsWillMissPromise
        }
      }
      overdueCommunications {
        incident {
          id
          ref
          title
        }
        debt {
          overdueMinutes
          lastPublicUpdateAt
        }
      }
      promisesMissed {
        total
      }
      notBusinessRecovered {
        incident {
          id
          ref
          title
          resolvedAt
        }
        gaps {
          code
          backlogName
          open
          status
        }
      }
      outageCost {
        orders
        euros
        since
        unestimatedServiceKeys
      }
      supplierGaps {
        code
        serviceKey
        service {
          name
        }
        supplierKey
        supplier {
          name
        }
        direct
        promisedMinutes
        requiredMinutes
        exceedsByMinutes
      }
    }
  }
`);

/** Tells the overview that something it shows changed; the page then reads it again. */
export const OverviewChangedSubscription = graphql(`
  subscription OverviewChanged {
    overviewChanged {
      change
    }
  }
`);
