import { start } from './start';

void start(process.env).then((result) => {
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  const { dashboard, graphql } = result.urls;
  console.log(`\nLagebild is running.\n  Dashboard: ${dashboard}\n  GraphQL:   ${graphql}\n`);
});
