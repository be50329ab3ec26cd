// The query both variants answer: the incident list with impacts, each impact's service and that
// service's dependencies, and the timeline. Three levels of field resolvers under a list.
export const NESTED_INCIDENTS_QUERY = `query IncidentsPicture {
  incidents {
    id
    ref
    title
    severity
    status
    startedAt
    impacts {
      status
      since
      service {
        key
        name
        tier
        dependsOn { key name }
      }
    }
    updates { id body author visibility displayAt }
  }
}`;
