import { readFileSync } from 'node:fs';
import { GraphQLObjectType, GraphQLSchema, buildSchema } from 'graphql';
import { diff, type Change } from '@graphql-inspector/core';
import { pruneOrphanTypes } from '@vt/platform';

/**
 * The public contract: a breaking change between the released schema (contract/<app>.released.gql)
 * and the committed one (apps/<app>/schema.gql) must be declared in CHANGELOG.md under
 * "Unreleased", naming its path in backticks. Types no operation could reach (orphans) are not
 * part of the contract, so they are left out on both sides.
 */
const contract = (file: string) => pruneOrphanTypes(buildSchema(readFileSync(file, 'utf8')));

function unreleased(): string {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const start = changelog.indexOf('## Unreleased');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start, next < 0 ? undefined : next);
}

describe.each(['api', 'benchmark'])('the %s contract', (app) => {
  let changes: Change[];

  beforeAll(async () => {
    changes = await diff(contract(`contract/${app}.released.gql`), contract(`apps/${app}/schema.gql`));
  });

  it('has no breaking change that the changelog does not declare', () => {
    const declared = unreleased();
    const undeclared = changes
      .filter((change) => change.criticality.level === 'BREAKING')
      .filter((change) => !declared.includes('`' + (change.path ?? '') + '`'))
      .map((change) => `${change.path}: ${change.message}`);
    expect(undeclared).toEqual([]);
  });

  it('detects a breaking change when one is made (the check can fail)', async () => {
    // Remove the first field of Query: a client asking for it would break.
    const released = contract(`contract/${app}.released.gql`);
    const config = released.toConfig();
    const queryConfig = config.query!.toConfig();
    const removed = Object.keys(queryConfig.fields)[0]!;
    const { [removed]: _removed, ...fields } = queryConfig.fields;
    const query = new GraphQLObjectType({ ...queryConfig, fields });
    const broken = new GraphQLSchema({ ...config, query, types: config.types.map((type) => (type.name === 'Query' ? query : type)) });
    const found = await diff(released, broken);
    expect(found.filter((change) => change.criticality.level === 'BREAKING').map((change) => change.path)).toEqual([`Query.${removed}`]);
  });
});
