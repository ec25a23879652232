// Passkeys (WebAuthn): the forms marked data-passkey-create (add one) and data-passkey-get (sign in)
// are shown only where the browser can make passkeys. On submit, the script asks the page for the
// options (its data-begin handler), asks the authenticator, puts the answer in the form's hidden
// fields and submits the form as usual, so the server's answer is an ordinary page.

const toBytes = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

// The server's JSON carries nulls for options it leaves unset; WebAuthn wants them left out.
const prune = (value) => {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, prune(v)]));
};

const withIds = (list) => (list ?? []).map((c) => ({ ...c, id: toBytes(c.id) }));

const creationOptions = (json) => {
  const options = prune(json);
  return { ...options, challenge: toBytes(options.challenge), user: { ...options.user, id: toBytes(options.user.id) }, excludeCredentials: withIds(options.excludeCredentials) };
};

const requestOptions = (json) => {
  const options = prune(json);
  return { ...options, challenge: toBytes(options.challenge), allowCredentials: withIds(options.allowCredentials) };
};

const answer = (credential) => {
  const r = credential.response;
  const response = { clientDataJSON: toText(r.clientDataJSON) };
  if (r.attestationObject) {
    response.attestationObject = toText(r.attestationObject);
    response.transports = r.getTransports ? r.getTransports() : [];
  } else {
    response.authenticatorData = toText(r.authenticatorData);
    response.signature = toText(r.signature);
    if (r.userHandle) response.userHandle = toText(r.userHandle);
  }
  return JSON.stringify({ id: credential.id, rawId: toText(credential.rawId), type: credential.type, response, clientExtensionResults: credential.getClientExtensionResults() });
};

const begin = async (form) => {
  const reply = await fetch(form.dataset.begin, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" });
  return reply.ok ? reply.json() : null;
};

const enhance = (form, ceremony) => {
  form.addEventListener("submit", async (event) => {
    if (form.elements.credential.value) return;
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const started = await begin(form);
      if (started) await ceremony(form, started);
    } catch (error) {
      form.elements["browser-error"].value = error?.name ?? "Error";
    }
    // The server says what happened, including a refusal or a cancelled request.
    form.submit();
  });
  form.hidden = false;
};

export const initPasskeys = () => {
  if (!window.PublicKeyCredential || !navigator.credentials) return;
  document.querySelectorAll("[data-passkey-needs-script]").forEach((note) => { note.hidden = true; });
  document.querySelectorAll("form[data-passkey-create]").forEach((form) => enhance(form, async (f, options) => {
    const credential = await navigator.credentials.create({ publicKey: creationOptions(options) });
    f.elements.credential.value = answer(credential);
  }));
  document.querySelectorAll("form[data-passkey-get]").forEach((form) => enhance(form, async (f, started) => {
    f.elements.ceremony.value = started.ceremony;
    const credential = await navigator.credentials.get({ publicKey: requestOptions(started.options) });
    f.elements.credential.value = answer(credential);
  }));
};
