// Live board: keeps this page in step with everyone else's changes, without reloading.
// The page works without this script; it only adds live updates, presence and keyboard moves.
const root = document.getElementById("board");
const boardId = root.dataset.boardId;
let version = Number(root.dataset.version);
let refreshing = null;

const connection = new signalR.HubConnectionBuilder()
  .withUrl("/hubs/boards")
  .withAutomaticReconnect()
  .build();

// Versions are 1, 2, 3, … with no gaps: anything newer than what is shown means a refresh.
connection.on("Changed", (id, change) => {
  if (id === boardId && change.version > version) refresh();
});

connection.on("Presence", (id, present) => {
  if (id !== boardId) return;
  const names = present.map(p => p.name).join(", ");
  document.getElementById("presence").textContent = "On the board now: " + (names || "nobody else");
});

// Removed from the board's group: nothing more will come, so reload to show the refusal.
connection.on("AccessEnded", id => {
  if (id === boardId) window.location.reload();
});

connection.onreconnected(() => join());

async function join() {
  const joined = await connection.invoke("Join", boardId, version);
  if (joined.version > version) refresh();
}

// Swaps in the server-rendered live part, keeping keyboard focus where it was.
function refresh() {
  if (refreshing) return refreshing;
  refreshing = (async () => {
    try {
      const response = await fetch(`/boards/${encodeURIComponent(boardId)}?handler=Live`, { headers: { Accept: "text/html" } });
      if (!response.ok) return;
      const focused = document.activeElement?.id;
      root.innerHTML = await response.text();
      version = Number(root.querySelector("[data-version]")?.dataset.version ?? version);
      if (focused) document.getElementById(focused)?.focus();
      tickTimers();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

// Alt + arrow keys move the selected card: left/right between lanes, up/down within its lane.
root.addEventListener("keydown", event => {
  if (!event.altKey || !event.key.startsWith("Arrow")) return;
  const card = event.target.closest("[data-card-id]");
  const form = card?.querySelector("[data-move-form]");
  if (!form) return;
  const select = form.querySelector("select[name=lane]");
  let direction = "lane";
  if (event.key === "ArrowUp") direction = "up";
  else if (event.key === "ArrowDown") direction = "down";
  else {
    const step = event.key === "ArrowRight" ? 1 : -1;
    const next = select.selectedIndex + step;
    if (next < 0 || next >= select.options.length) return;
    select.selectedIndex = next;
  }
  event.preventDefault();
  form.requestSubmit(form.querySelector(`button[value=${direction}]`));
});

// Tell the others which lane this person is working in (the server passes on ~10 a second at most).
root.addEventListener("focusin", event => {
  const lane = event.target.closest("[data-lane-id]");
  if (lane && connection.state === signalR.HubConnectionState.Connected) connection.send("Here", boardId, lane.dataset.laneId);
});

function tickTimers() {
  for (const timer of root.querySelectorAll("[data-ends-at]")) {
    const left = Math.max(0, Math.round((Date.parse(timer.dataset.endsAt) - Date.now()) / 1000));
    timer.textContent = left > 0 ? `Timer: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")} left` : "Timer: time is up";
  }
}
setInterval(tickTimers, 1000);
tickTimers();

// After a move by keyboard the page reloads; put focus back on the card that moved.
if (location.hash.startsWith("#card-")) document.getElementById(location.hash.slice(1))?.focus();

await connection.start();
await join();
