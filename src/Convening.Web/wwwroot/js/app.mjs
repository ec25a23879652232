// Progressive enhancement only: every page works without this script.
import { initAll } from "/lib/govuk/govuk-frontend.min.js";
import { initAutosave } from "/js/autosave.mjs";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
document.querySelectorAll("form[data-autosave]").forEach(initAutosave);
if (document.querySelector("[data-passkey-create], [data-passkey-get]")) import("/js/passkeys.mjs").then((m) => m.initPasskeys());

// The unread count's live connection waits until the page has loaded and drawn (decision 0060), so it
// does not compete with a board's first drawing; once connected it asks for the count, so nothing is missed.
function whenIdle(run) {
  const soon = () => (window.requestIdleCallback ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0));
  if (document.readyState === "complete") soon();
  else window.addEventListener("load", soon, { once: true });
}
whenIdle(() => import("/js/notifications.mjs").then(m => m.initNotifications()).catch(() => { /* the count still shows on each page load */ }));
