import type { GraphQLResolveInfo } from 'graphql';

/**
 * Whether the field's selection asks nothing of the object but its `id` (and `__typename`): a
 * reference the parent already holds, such as `melding { casus { id } }`, then needs no read.
 * Fragments and directives count as "more", so the answer is only ever a safe "yes".
 */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === 'Field' &&
        !selection.directives?.length &&
        (selection.name.value === 'id' || selection.name.value === '__typename'),
    ),
  );
}
