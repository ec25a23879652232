// Progressive enhancement only: every page works without this script.
import { initAll } from "/lib/govuk/govuk-frontend.min.js";
import { initAutosave } from "/js/autosave.mjs";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
document.querySelectorAll("form[data-autosave]").forEach(initAutosave);
if (document.querySelector("[data-passkey-create], [data-passkey-get]")) import("/js/passkeys.mjs").then((m) => m.initPasskeys());
import("/js/notifications.mjs").then(m => m.initNotifications()).catch(() => { /* the count still shows on each page load */ });
