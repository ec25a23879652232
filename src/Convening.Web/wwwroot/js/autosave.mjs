// Autosaves a journal entry while it is being written. Without this script the form still saves
// with its button. Each autosave carries the version it edits, like the button does, so a draft
// open in two tabs is told it conflicts instead of overwriting the other silently.
const quietFor = 2000;

export function initAutosave(form) {
  const status = form.querySelector("[data-autosave-status]");
  const version = form.querySelector("input[name=version]");
  let timer;
  let saving = Promise.resolve();
  let inFlight = false;

  const save = async () => {
    inFlight = true;
    try {
      await send();
    } finally {
      inFlight = false;
    }
  };

  const send = async () => {
    const body = new FormData(form);
    const response = await fetch(form.action.split("?")[0] + "?handler=autosave", { method: "POST", body, credentials: "same-origin" });
    const reply = await response.json();
    if (response.ok) {
      version.value = reply.version;
      form.action = "/journal/write/" + reply.id;
      history.replaceState(null, "", form.action);
      status.textContent = "Draft saved at " + new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
    } else if (reply.code === "reflection.conflict") {
      status.textContent = "Not saved: this reflection was changed in another tab or window. Save it with the button to see both versions.";
    } else if (reply.code !== "reflection.empty" && reply.code !== "title.empty") {
      status.textContent = "Not saved yet: " + reply.message;
    }
  };

  form.addEventListener("input", () => {
    clearTimeout(timer);
    // One save at a time, so each one sends the version the previous one produced.
    timer = setTimeout(() => { saving = saving.then(save, save); }, quietFor);
  });

  // The button's save must carry the version an autosave in flight is about to produce.
  form.addEventListener("submit", (event) => {
    clearTimeout(timer);
    if (inFlight) {
      event.preventDefault();
      saving.then(() => form.submit(), () => form.submit());
    }
  });
}
