/** The audit log's actions for the factor catalog, one per kind of change. */
export const catalogActions = {
  createDraft: "catalog.create-draft",
  updateDraft: "catalog.update-draft",
  approve: "catalog.approve",
  clearApproval: "catalog.clear-approval",
  publish: "catalog.publish",
  archive: "catalog.archive",
  rollback: "catalog.rollback",
  rebase: "catalog.rebase",
  import: "catalog.import",
  refit: "catalog.refit",
  setFourEyes: "catalog.set-four-eyes",
} as const;
export type CatalogAction = (typeof catalogActions)[keyof typeof catalogActions];

/** Every catalog action, for filters. */
export const catalogActionList = Object.values(catalogActions) as [CatalogAction, ...CatalogAction[]];

/** The actions that change a version's content: whoever did the newest of them last edited it. */
export const contentActions: readonly CatalogAction[] = [catalogActions.createDraft, catalogActions.updateDraft, catalogActions.import, catalogActions.refit, catalogActions.rebase];
