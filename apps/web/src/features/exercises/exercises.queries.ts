import { graphql } from '../../lib/graphql/generated';

export const ExercisesQuery = graphql(`
  query Exercises {
    exercises {
      id
      title
      scenarioKey
      startedAt
      elapsedMinutes
      endedAt
    }
    exerciseScenarios {
      key
      injects {
        atMinute
      }
    }
  }
`);

export const ExerciseQuery = graphql(`
  query Exercise($id: ID!) {
    exercise(id: $id) {
      id
      title
      scenarioKey
      startedAt
      startedBy
      elapsedMinutes
      nextInjectAtMinute
      endedAt
      version
      injects {
        atMinute
        code
        arrived
        params {
          name
          value
        }
      }
      entries {
        id
        kind
        text
        atMinute
        loggedBy
      }
      improvements {
        id
        title
        owner
        dueOn
      }
      report {
        elapsedMinutes
        minutesToFirstCustomerWord
        longestWaitForWordMinutes
        customerWordCount
        decisions {
          atMinute
          text
        }
        gaps {
          atMinute
          text
        }
      }
    }
  }
`);

export const ExerciseMarkdownQuery = graphql(`
  query ExerciseMarkdown($id: ID!, $locale: CommunicationLocale!) {
    exercise(id: $id) {
      id
      reportMarkdown(locale: $locale)
    }
  }
`);

export const StartExerciseMutation = graphql(`
  mutation StartExercise($input: StartExerciseInput!) {
    startExercise(input: $input) {
      id
    }
  }
`);

export const AdvanceExerciseClockMutation = graphql(`
  mutation AdvanceExerciseClock($input: AdvanceExerciseClockInput!) {
    advanceExerciseClock(input: $input) {
      id
      version
    }
  }
`);

export const LogExerciseEntryMutation = graphql(`
  mutation LogExerciseEntry($input: LogExerciseEntryInput!) {
    logExerciseEntry(input: $input) {
      id
      version
    }
  }
`);

export const EndExerciseMutation = graphql(`
  mutation EndExercise($input: EndExerciseInput!) {
    endExercise(input: $input) {
      id
      version
    }
  }
`);
