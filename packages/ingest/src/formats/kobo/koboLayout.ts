import type { ToolLayout } from "../toolLayout.ts";
import { PLAIN_VALUES } from "../valueConventions.ts";

/**
 * KoboToolbox's metadata columns. Source: kobotoolbox/kpi `kpi/models/import_export_task.py`
 * (`SubmissionExportTaskBase.COPY_FIELDS`: `_id`, `_uuid`, `_submission_time`, `_validation_status`,
 * `_notes`, `_status`, `_submitted_by`, `__version__`, `_tags`, `meta/rootUuid`; `force_index` adds
 * `_index`), and the XLSForm metadata questions (`start`, `end`, `today`, `deviceid`, `username`,
 * `audit`…) and `meta/instanceID` of a submission.
 */
export const KOBO_METADATA: ReadonlySet<string> = new Set([
  "_id",
  "_uuid",
  "_submission_time",
  "_validation_status",
  "_notes",
  "_status",
  "_submitted_by",
  "__version__",
  "_tags",
  "_index",
  "_parent_index",
  "_attachments",
  "_geolocation",
  "start",
  "end",
  "today",
  "deviceid",
  "username",
  "phonenumber",
  "audit",
  "instanceid",
  "rootuuid",
  "uuid",
]);

/** Whether a KoboToolbox header is metadata: its last path segment is (`meta/instanceID`, `formhub/uuid`, `_uuid`). */
function isKoboMetadata(header: string): boolean {
  const h = header.trim().toLowerCase();
  if (KOBO_METADATA.has(h)) return true;
  const last = h.split("/").pop() ?? h;
  return KOBO_METADATA.has(last) || (h.includes("/") && (h.startsWith("meta/") || h.startsWith("formhub/")));
}

/**
 * KoboToolbox exports, as formpack writes them (kobotoolbox/formpack `src/formpack/reporting/export.py`,
 * `Export.to_csv` / `Export.to_xlsx`): XML values and headers (`A/A1`, choice codes) or labels in one
 * of the form's languages, with or without group names or labels in headers (any group separator),
 * select_multiple as one column, one 0/1 column per choice, or both; metadata columns at the end.
 * CSV is `;`-separated, every cell quoted, numbers with a point.
 */
export const koboLayout: ToolLayout = {
  format: "kobo",
  isMetadata: isKoboMetadata,
  idColumn: (header) => {
    const lower = header.map((h) => h.trim().toLowerCase());
    for (const want of ["_uuid", "_id"]) {
      const i = lower.indexOf(want);
      if (i >= 0) return i;
    }
    return -1;
  },
  completionColumn: () => -1,
  values: PLAIN_VALUES,
  decimalByDefault: () => ".",
  exportHelp: "export_help_kobo",
};
