/** The audit log's entity and actions for refit jobs (a refit's draft and figures are audited as catalog changes, `catalog.refit`). */
export const refitAuditEntity = "refit_job";
export const refitActions = {
  upload: "refit.upload",
  fail: "refit.fail",
  deleteFiles: "refit.delete-files",
} as const;

/** Uploads in all may add up to this many bytes (50 MB). */
export const maxUploadBytes = 50 * 1000 * 1000;
