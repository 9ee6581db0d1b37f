import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadFile } from "./download-file";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("downloadFile", () => {
  it("clicks a link to the data with the file's name, then removes the link and releases the data", async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, "createObjectURL");
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const clicked: { download: string; href: string }[] = [];
    const onClick = (event: Event): void => {
      event.preventDefault();
      const link = event.target as HTMLAnchorElement;
      clicked.push({ download: link.download, href: link.href });
    };
    document.addEventListener("click", onClick);
    try {
      downloadFile("offers-comparison.csv", "offer,total\nBigCo,260000\n", "text/csv;charset=utf-8");
    } finally {
      document.removeEventListener("click", onClick);
    }

    const blob = create.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    expect(await blob.text()).toBe("offer,total\nBigCo,260000\n");
    expect(clicked).toEqual([{ download: "offers-comparison.csv", href: create.mock.results[0]!.value }]);
    expect(document.querySelector("a")).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith(create.mock.results[0]!.value);
  });
});
