// The header's unread count, kept live over SignalR. Without this script the count is still right
// on every page load, and the notifications page works with plain links and forms.
const count = document.querySelector("[data-unread-count]");

function show(n) {
  count.textContent = n > 0 ? ` (${n} unread)` : "";
}

function loadSignalR() {
  if (window.signalR) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "/lib/signalr/signalr.min.js";
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

export async function initNotifications() {
  if (!count) return;
  await loadSignalR();
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl("/hubs/notifications")
    .withAutomaticReconnect()
    .build();
  connection.on("Unread", show);
  connection.onreconnected(async () => show(await connection.invoke("Unread")));
  await connection.start();
  show(await connection.invoke("Unread"));
  document.documentElement.dataset.notificationsLive = "true";
}
