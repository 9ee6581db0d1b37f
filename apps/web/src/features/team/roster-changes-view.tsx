import type { RosterDiff, RosterPerson } from "@paypath/core";
import type { ReactElement } from "react";
import { changedFieldsText, changesSentence } from "./roster-changes";

/** A few people of one kind of change, with "and N more" when the list is cut. */
function Examples(props: { label: string; total: number; people: readonly (RosterPerson & { detail?: string })[] }): ReactElement | null {
  if (props.total === 0) return null;
  const more = props.total - props.people.length;
  return (
    <div>
      <dt className="font-medium text-slate-800">
        {props.label} ({props.total})
      </dt>
      <dd className="text-slate-700">
        {props.people.map((p) => `${p.name} (${p.employeeId})${p.detail ? `: ${p.detail}` : ""}`).join("; ")}
        {more > 0 && `; and ${more} more`}
      </dd>
    </div>
  );
}

/** What replacing a roster changes: the counts in a sentence, then the first people of each kind. */
export function RosterChangesView({ changes, testId }: { changes: RosterDiff; testId: string }): ReactElement {
  return (
    <div className="space-y-2 text-sm" data-testid={testId}>
      <p className="font-medium">{changesSentence(changes)}</p>
      <dl className="space-y-1">
        <Examples label="Added" total={changes.added} people={changes.examples.added} />
        <Examples label="Removed" total={changes.removed} people={changes.examples.removed} />
        <Examples
          label="Changed"
          total={changes.changed}
          people={changes.examples.changed.map((c) => ({ ...c, detail: changedFieldsText(c.fields) }))}
        />
      </dl>
    </div>
  );
}
