import { graphql } from '../../lib/graphql/generated';

export const OrganisationSettingsFieldsFragment = graphql(`
  fragment OrganisationSettingsFields on OrganisationSettings {
    organisationName
    statusPageTitle
    supportContact
    timeZone
    publicUrl
    fourEyesApproval
    version
    contactWays {
      kind
      label
      value
    }
    cadence {
      severity
      minutes
    }
    services {
      serviceKey
      publicName
      shownOnStatusPage
    }
  }
`);

export const OrganisationSettingsQuery = graphql(`
  query OrganisationSettings {
    settings {
      ...OrganisationSettingsFields
    }
    services {
      key
      name
    }
  }
`);

export const UpdateSettingsMutation = graphql(`
  mutation UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      ...OrganisationSettingsFields
    }
  }
`);
