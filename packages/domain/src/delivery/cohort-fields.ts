/** The fields a cohort notice's text may carry; each is filled per recipient. */
export const COHORT_MERGE_FIELDS = [
  'greeting',
  'customerName',
  'orderRefs',
  'forecastDate',
  'forecastSentence',
] as const;

/** One of {@link COHORT_MERGE_FIELDS}. */
export type CohortMergeField = (typeof COHORT_MERGE_FIELDS)[number];
