import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import type { ReactNode, RefObject } from "react";

/**
 * Virtual rows of a table inside a scrolling box: the rows in view (and `overscan` more on each
 * side) and the heights of the space that stands for the rows above and below them.
 *
 * @example
 * const { items, paddingTop, paddingBottom } = useVirtualRows(rows.length, scrollRef, 37, 12);
 */
export function useVirtualRows(
  count: number,
  scrollRef: RefObject<HTMLElement | null>,
  rowHeight: number,
  overscan: number,
): { items: VirtualItem[]; paddingTop: number; paddingBottom: number } {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan });
  const items = virtualizer.getVirtualItems();
  return { items, paddingTop: items[0]?.start ?? 0, paddingBottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) };
}

/** An empty row `height` pixels tall across `colSpan` columns, standing for rows out of view; nothing when there are none. */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }): ReactNode {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={colSpan} style={{ height, padding: 0 }} />
    </tr>
  );
}
