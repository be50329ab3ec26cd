import { graphql } from '../../lib/graphql/generated';

export const BacklogsQuery = graphql(`
  query Backlogs {
    backlogs {
      id
      key
      name
      unit
      promiseHours
      accepted
      version
      arrivalRatePerHour
      capacity {
        staff
        itemsPerStaffHour
        perHour
      }
      snapshots {
        at
        open
      }
      forecast {
        asOf
        open
        staff
        capacityPerHour
        arrivalRatePerHour
        clearsAt
        notClearingReason
        itemsWillMissPromiseCount
        projection {
          at
          open
        }
      }
    }
  }
`);

/** The what-if of one backlog: another number of people, and people needed for a deadline. */
export const BacklogScenarioQuery = graphql(`
  query BacklogScenario($key: String!, $staff: Float!, $deadline: DateTime) {
    backlog(key: $key) {
      id
      whatIf: forecast(staff: $staff, deadline: $deadline) {
        staff
        clearsAt
        notClearingReason
        staffNeededByDeadline
        staffNeededByDeadlineUnreachableReason
        projection {
          at
          open
        }
      }
    }
  }
`);

export const SetBacklogCapacityMutation = graphql(`
  mutation SetBacklogCapacity($input: SetBacklogCapacityInput!) {
    setBacklogCapacity(input: $input) {
      id
      key
      version
      capacity {
        staff
        itemsPerStaffHour
        perHour
      }
    }
  }
`);

export const AcceptBacklogMutation = graphql(`
  mutation AcceptBacklog($input: AcceptBacklogInput!) {
    acceptBacklog(input: $input) {
      id
      key
      version
      accepted
    }
  }
`);

export const RecordBacklogSnapshotMutation = graphql(`
  mutation RecordBacklogSnapshot($input: RecordBacklogSnapshotInput!) {
    recordBacklogSnapshot(input: $input) {
      replayed
    }
  }
`);

export const CreateBacklogMutation = graphql(`
  mutation CreateBacklog($input: CreateBacklogInput!) {
    createBacklog(input: $input) {
      id
      key
    }
  }
`);

export const UpdateBacklogMutation = graphql(`
  mutation UpdateBacklog($input: UpdateBacklogInput!) {
    updateBacklog(input: $input) {
      id
      key
      version
      name
      unit
      promiseHours
    }
  }
`);

export const ImportBacklogCaptureMutation = graphql(`
  mutation ImportBacklogCapture($input: ImportBacklogCaptureInput!) {
    importBacklogCapture(input: $input) {
      dryRun
      rows
      created
      updated
      unchanged
      replayed
      errorCount
      errors {
        line
        column
        code
        params
        message
      }
    }
  }
`);
