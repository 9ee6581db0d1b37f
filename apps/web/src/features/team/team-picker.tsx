import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";

/**
 * The team select a manager with several teams sees (nothing for one team): each team's name and
 * head count.
 */
export function TeamPicker(props: {
  teams: readonly { id: string; name: string; memberCount: number }[] | undefined;
  teamId: string | null;
  onChoose: (teamId: string) => void;
}): ReactElement | null {
  const id = useId();
  if (!props.teams || props.teams.length <= 1) return null;
  return (
    <div>
      <label htmlFor={`${id}-team`} className={ui.label}>
        Team
      </label>
      <select id={`${id}-team`} className={ui.input} value={props.teamId ?? ""} onChange={(e) => props.onChoose(e.target.value)}>
        {props.teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({t.memberCount})
          </option>
        ))}
      </select>
    </div>
  );
}
