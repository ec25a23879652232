// Updates an import's progress on its page while it runs. Without this script the page has a
// button to refresh it. When the import ends, the page is loaded again to show the report.
const every = 2000;

const region = document.querySelector("[data-import-progress]");
if (region && region.dataset.status === "running") {
  const url = region.dataset.importProgress;
  const count = region.querySelector("#import-progress");
  const field = (name) => region.querySelector(`[data-field="${name}"]`);
  const number = new Intl.NumberFormat("en-GB");

  const show = (job) => {
    count.textContent = job.progress;
    field("status").textContent = job.statusText;
    field("imported").textContent = number.format(job.imported);
    field("unchanged").textContent = number.format(job.unchanged);
    field("rejected").textContent = number.format(job.rejected);
  };

  const poll = async () => {
    let running = true;
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.ok) {
        const job = await response.json();
        running = job.status === "running";
        if (running) show(job);
        else window.location.reload();
      }
    } catch {
      // Offline for a moment: try again at the next tick; the refresh button still works.
    }
    if (running) setTimeout(poll, every);
  };
  setTimeout(poll, every);
}
