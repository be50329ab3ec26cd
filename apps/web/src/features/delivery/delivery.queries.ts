import { graphql } from '../../lib/graphql/generated';

export const OutboxQuery = graphql(`
  query Outbox($status: [DeliveryStatus!]) {
    outboxSummary {
      mailServerConfigured
      queued
      sent
      failed
    }
    outboxMessages(status: $status, first: 200) {
      id
      channel
      kind
      recipient
      subject
      body
      status
      unsentReason
      attempts
      lastError
      nextAttemptAt
      sentAt
      createdAt
    }
  }
`);

export const RetryOutboxMessageMutation = graphql(`
  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {
    retryOutboxMessage(input: $input) {
      id
      status
      attempts
    }
  }
`);

export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions {
      id
      url
      description
      serviceKeys
      enabled
      disabledReason
      createdAt
      version
    }
  }
`);

export const CreateWebhookSubscriptionMutation = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
      }
    }
  }
`);

export const DisableWebhookSubscriptionMutation = graphql(`
  mutation DisableWebhookSubscription($input: DisableWebhookSubscriptionInput!) {
    disableWebhookSubscription(input: $input) {
      id
      enabled
      version
    }
  }
`);

export const SubscriberCountsQuery = graphql(`
  query SubscriberCounts {
    statusSubscriberCounts {
      confirmed
      pending
      allServices
      byService {
        serviceKey
        confirmed
      }
    }
  }
`);

export const SubscribersCsvQuery = graphql(`
  query SubscribersCsv {
    statusSubscribersCsv
  }
`);
