// Live board (decision 0033). The page works without this script (a list of forms); with it the
// board is drawn as cards in lanes and kept in step by applying the hub's changes one by one, in
// version order, to a local model. Your own changes show at once and are confirmed or rolled back.
// The page loads it built with its modules, SortableJS and markdown-it as one module, /js/dist/board.js
// (client/bundle.mjs, run by the build; decision 0060).
import Sortable from "sortablejs";
import { BoardModel } from "./board/model.mjs";
import { BoardView, excerpt, keepingFocus, thousands } from "./board/view.mjs";
import { Follow } from "./board/follow.mjs";
import { Clusters } from "./board/clusters.mjs";
import { Facilitate } from "./board/facilitate.mjs";

performance.mark("board-start");

const root = document.getElementById("board");
const boardId = root.dataset.boardId;
const me = root.dataset.me;
const announcer = document.getElementById("board-announce");
/** How long a missing version may take to arrive (messages can overtake) before asking for it. */
const gapWait = 250;

let model = null, view = null, follow = null, clusters = null, facilitate = null;
const undoForm = document.getElementById("board-undo-last");
const waiting = new Map();      // version → change received ahead of the one before it
const pendingAdds = new Map();  // request id → the element standing in for a card not yet confirmed
let gapTimer = null, catchingUp = false, dragging = 0, rangFor = null, lanesDeferred = false;
const deferred = new Set();   // lanes that changed during a drag
const reaching = new Set();   // { version, resolve }: waiting for the model to reach a version
const loadingLanes = new Set();
let pressed = null;             // what the mouse or a finger is pressing on the board, until let go

const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/boards").withAutomaticReconnect().build();

connection.on("Changed", (id, change) => { if (id === boardId) receive([change]); });
connection.on("Presence", (id, present) => {
  if (id !== boardId || !model) return;
  model.present = present;
  view.renderPresence();
});
// Removed from the board's group: nothing more will come, so reload to show the refusal.
connection.on("AccessEnded", id => { if (id === boardId) window.location.reload(); });
connection.onreconnected(() => rejoin());

// The page carries the board as Join would send it (decision 0048): it is drawn and usable at once,
// while the hub connects and joins from the page's version, sending only what changed since.
const joinedHub = connection.start()
  .then(() => { performance.mark("board-connected"); return connection.invoke("Join", boardId, Number(root.dataset.version)); })
  .then(joined => { performance.mark("board-joined"); receive(joined.missed); });

/** Calls the hub once it has joined the board: what a person does before then waits for it, rather than failing. */
async function invoke(method, ...args) {
  await joinedHub;
  return connection.invoke(method, ...args);
}

function receive(changes) {
  for (const change of changes) if (!model || change.version > model.version) waiting.set(change.version, change);
  drain();
}

/** Applies every change that is next in line; a gap waits briefly, then just the missing ones are fetched. */
function drain() {
  if (!model) return;
  while (waiting.has(model.version + 1)) {
    const change = waiting.get(model.version + 1);
    waiting.delete(change.version);
    show(model.apply(change));
  }
  for (const r of [...reaching]) if (model.version >= r.version) { reaching.delete(r); r.resolve(); }
  for (const v of waiting.keys()) if (v <= model.version) waiting.delete(v);
  clearTimeout(gapTimer);
  if (waiting.size > 0) gapTimer = setTimeout(catchUp, gapWait);
}

/** Resolves once the model has applied every change up to a version (fetching them if they are slow to come). */
function reach(version) {
  if (model.version >= version) return Promise.resolve();
  return new Promise(resolve => {
    reaching.add({ version, resolve });
    setTimeout(async () => {
      if (model.version < version) receive(await invoke("Since", boardId, model.version));
    }, gapWait);
  });
}

/**
 * Loads a lane's next page of cards (decision 0038). The page is as of a version: it is merged once
 * the model is at that version, and asked for again if changes since moved the lane's cards.
 */
async function loadMore(laneId) {
  if (loadingLanes.has(laneId)) return;
  loadingLanes.add(laneId);
  try {
    for (let tries = 0; tries < 5; tries++) {
      const lane = model.lane(laneId);
      if (!lane || model.unloaded(lane) === 0) return;
      const page = await invoke("More", boardId, laneId, lane.cardIds.length);
      await reach(page.version);
      if (model.merge(page) !== "stale") break;
    }
    const lane = model.lane(laneId);
    if (!lane) return;
    keepingInPlace(laneId, () => view.syncLane(laneId));
    announce(`Showing ${thousands(lane.cardIds.length)} of ${thousands(lane.total)} cards in ${lane.title}`);
  } catch (error) {
    announce(`More cards could not be loaded: ${String(error?.message ?? error).replace(/^.*?HubException: /, "").replace(/^[a-z.-]+: /, "")}`);
  } finally {
    loadingLanes.delete(laneId);
  }
}

/**
 * Runs a change to one lane keeping what the person is pressing, or has focus in, elsewhere on the board
 * where it is on the screen: lanes stacked or wrapped put a lane's next page above other lanes' cards,
 * and a Save pressed as the page arrived would otherwise be released over something else (issue 13).
 */
function keepingInPlace(laneId, change) {
  const lane = view.laneEl(laneId);
  const inView = e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; };
  // Only what is on the screen: focus left in a lane scrolled away from must not pull the view back to it.
  const anchor = [pressed, document.activeElement].find(e => e?.isConnected && root.contains(e) && !lane?.contains(e) && inView(e));
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor?.isConnected) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
}

async function catchUp() {
  if (catchingUp || waiting.size === 0) return;
  catchingUp = true;
  try {
    receive(await invoke("Since", boardId, model.version));
  } finally {
    catchingUp = false;
  }
}

/** Touches only what the change affected. */
function show(done) {
  const { change } = done;
  if (change.requestId && pendingAdds.has(change.requestId)) {
    pendingAdds.get(change.requestId).remove();
    pendingAdds.delete(change.requestId);
    // Added at the end of a lane loaded only in part: it is there, after the cards shown.
    const lane = done.unloaded && model.lane(change.event.laneId);
    if (lane) announce(`Card added at the end of ${lane.title}, card ${lane.total} of ${lane.total}. Show more cards to see it.`);
  }
  // Lanes added, renamed or removed while a card is being dragged are drawn once it is dropped.
  if (done.lanesChanged) dragging ? (lanesDeferred = true) : view.renderLanes();
  // While a card is being dragged its lists are left alone (SortableJS holds them); they catch up on the drop.
  for (const lane of done.lanes) dragging ? deferred.add(lane) : view.syncLane(lane);
  if (done.allCards) view.refreshAllCards();
  else for (const card of done.cards) view.refreshCard(card);
  if (done.status) { view.renderStatus(); tickTimers(); }
  if (done.focus) follow.moved();
  if (done.clusters) clusters.render();
  if (done.status || done.lanesChanged) { facilitate.render(); clusters.render(); if (undoForm) undoForm.hidden = !model.mayEdit; }
  const event = change.event;
  if (change.actor.id !== me && event.type === "cardEdited") noticeEdit(event.cardId, change.actor.name);
  if (change.actor.id !== me && event.type === "cardDeleted") noticeDeleted(event.cardId, change.actor.name);
  if (done.held) noticeHeld(done.held, change.actor.id === me ? "You" : change.actor.name);
}

/** A card being edited here was moved past the cards loaded: it stays, with the editor, until the person finishes. */
function noticeHeld(cardId, who) {
  const li = view.cardEl(cardId), lane = model.lane(model.cards.get(cardId)?.laneId);
  const notice = li?.querySelector(".app-card__editor .app-card__notice");
  if (!notice || !lane) return;
  notice.textContent = `${who} moved this card further down ${lane.title}, past the cards shown. It stays here while you edit it.`;
  notice.hidden = false;
}

/** Once nobody here works on a card that was held past the loaded cards, it goes where it belongs (not loaded). */
function releaseIfIdle(cardId) {
  if (view.busy(cardId)) return;
  const hadFocus = view.cardEl(cardId)?.contains(document.activeElement);
  const lane = model.release(cardId);
  if (!lane) return;
  view.syncLane(lane.id);
  if (hadFocus) view.laneEl(lane.id)?.querySelector("[data-action=more-cards]")?.focus();
  announce(`The card is in ${lane.title}, past the cards shown. Show more cards to see it.`);
}

/** Someone else changed a card this person is editing: their text stays, and they are told. */
function noticeEdit(cardId, who) {
  const editor = view.cardEl(cardId)?.querySelector(".app-card__editor");
  if (!editor || editor.hidden) return;
  const notice = editor.querySelector(".app-card__notice");
  notice.textContent = `${who} changed this card while you were editing it. Saving keeps your text.`;
  notice.hidden = false;
}

function noticeDeleted(cardId, who) {
  const li = view.cardEl(cardId);
  if (!li) return;
  const editing = li.querySelector(".app-card__editor:not([hidden]) textarea, .app-card__comments:not([hidden]) textarea");
  if (editing?.value.trim()) announce(`${who} deleted a card you were writing on. Your text is kept in the box until you leave the page.`);
  else li.remove();
}

function announce(text) {
  announcer.textContent = "";
  requestAnimationFrame(() => { announcer.textContent = text; });
}

function newRequestId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, "0")).join("");
}

/** Sends a command; a refusal comes back as "code: message", shown in plain words. */
async function send(command) {
  try {
    await invoke("Do", boardId, command);
    return null;
  } catch (error) {
    const message = String(error?.message ?? error);
    return message.replace(/^.*?HubException: /, "").replace(/^[a-z.-]+: /, "") || "That did not work. Please try again.";
  }
}

function showError(container, message) {
  const error = container.querySelector(".govuk-error-message");
  if (!error) return;
  error.hidden = !message;
  error.replaceChildren(...(message ? [Object.assign(document.createElement("span"), { className: "govuk-visually-hidden", textContent: "Error: " }), message] : []));
  container.querySelector(".govuk-form-group")?.classList.toggle("govuk-form-group--error", !!message);
}

// Adding: the card shows at once, marked as saving, and the box is cleared for the next one.
async function addCard(form) {
  const laneId = form.dataset.laneId;
  const textarea = form.querySelector("textarea");
  const text = textarea.value;
  if (!text.trim()) { showError(form, "Write something on the card first."); textarea.focus(); return; }
  showError(form, null);
  const requestId = newRequestId();
  const stand = view.newCard({ id: `pending-${requestId}`, text, colour: "yellow", author: { id: me, name: "you" }, comments: [] });
  view.updateCard(stand, { id: stand.dataset.cardId, text, colour: "yellow", author: { id: me }, comments: [] }, true);
  view.listEl(laneId).append(stand);
  pendingAdds.set(requestId, stand);
  textarea.value = "";
  const refused = await send({ type: "addCard", laneId, text, requestId });
  if (refused) {
    stand.remove();
    pendingAdds.delete(requestId);
    if (!textarea.value) textarea.value = text;
    // Its lane may have been removed meanwhile: the text stays, and the form now adds to a lane that is there.
    view.renderLanes();
    showError(form, refused);
  } else if (form.closest(".app-lane--removed") && !textarea.value.trim()) view.renderLanes();
}

async function saveEdit(li, editor) {
  const card = model.cards.get(li.dataset.cardId);
  const text = editor.querySelector("textarea").value, colour = editor.querySelector("select").value;
  closeEditor(li);
  view.updateCard(li, { ...card, text, colour }, true);
  const refused = await send({ type: "editCard", cardId: card.id, text, colour, requestId: newRequestId() });
  if (refused) {
    openEditor(li, text, colour);
    showCardError(li, refused);
  }
  view.refreshCard(card.id);
  if (!refused) releaseIfIdle(card.id);
}

function openEditor(li, text, colour) {
  const card = model.cards.get(li.dataset.cardId);
  const editor = view.editor(li);
  editor.hidden = false;
  editor.querySelector(".app-card__notice").hidden = true;
  editor.querySelector("textarea").value = text ?? card.text;
  editor.querySelector("select").value = colour ?? card.colour;
  li.querySelector("[data-action=edit]").setAttribute("aria-expanded", "true");
  editor.querySelector("textarea").focus();
}

function closeEditor(li) {
  li.querySelector(".app-card__editor").hidden = true;
  li.querySelector("[data-action=edit]").setAttribute("aria-expanded", "false");
  here(li.dataset.cardId, null);
}

function showCardError(li, message) {
  const error = li.querySelector(".app-card__error");
  error.textContent = message ? `Error: ${message}` : "";
  error.hidden = !message;
}

async function addComment(li, form) {
  const textarea = form.querySelector("textarea");
  const text = textarea.value;
  if (!text.trim()) return;
  const list = li.querySelector(".app-card__comment-list");
  const stand = Object.assign(document.createElement("li"), { className: "app-comment--pending", textContent: `You: ${text} (saving…)` });
  list.append(stand);
  textarea.value = "";
  const refused = await send({ type: "addComment", cardId: li.dataset.cardId, text, requestId: newRequestId() });
  stand.remove();
  if (refused) {
    if (!textarea.value) textarea.value = text;
    showCardError(li, refused);
  } else releaseIfIdle(li.dataset.cardId);
}

/** Moves a card (already moved on this page) and says where it went; a refusal puts it back. */
async function moveCard(cardId, laneId, position) {
  const lane = model.lane(laneId);
  if (!lane) { view.renderLanes(); announce("Not moved: that lane has just been removed."); return; }
  const count = lane.total + (model.cards.get(cardId)?.laneId === laneId ? 0 : 1);
  announce(`Moved to ${lane.title}, ${Math.min(position, count - 1) + 1} of ${count}`);
  const refused = await send({ type: "moveCard", cardId, laneId, position, requestId: newRequestId() });
  if (refused) {
    announce(`Not moved: ${refused}`);
    view.renderLanes();
    const li = view.cardEl(cardId);
    if (li) showCardError(li, refused);
  }
}

function keyboardMove(li, key) {
  const card = model.cards.get(li.dataset.cardId);
  if (!card || !model.mayEdit) return false;
  const lanes = model.lanes, from = lanes.findIndex(l => l.id === card.laneId);
  const at = lanes[from].cardIds.indexOf(card.id);
  let laneId = card.laneId, position = at;
  if (key === "ArrowUp") position = at - 1;
  else if (key === "ArrowDown") position = at + 1;
  else {
    const to = lanes[from + (key === "ArrowRight" ? 1 : -1)];
    if (!to) return true;
    laneId = to.id;
    position = to.cardIds.length;
  }
  if (laneId === card.laneId && (position < 0 || position >= lanes[from].cardIds.length)) return true;
  const list = view.listEl(laneId);
  keepingFocus(() => {
    const others = [...list.children].filter(c => c !== li);
    list.insertBefore(li, others[position] ?? null);
  });
  moveCard(card.id, laneId, position);
  return true;
}

function wire() {
  root.addEventListener("submit", event => {
    const form = event.target;
    event.preventDefault();
    const li = form.closest(".app-card");
    if (form.classList.contains("app-lane__add")) addCard(form);
    else if (form.classList.contains("app-card__editor")) saveEdit(li, form);
    else if (form.classList.contains("app-card__comment-form")) addComment(li, form);
  });
  root.addEventListener("click", async event => {
    const button = event.target.closest("button[data-action]");
    if (button?.dataset.action === "bring-lane") return bring(button.closest("[data-lane-id]").dataset.laneId, null);
    if (button?.dataset.action === "more-cards") return loadMore(button.closest("[data-lane-id]").dataset.laneId);
    const li = button?.closest(".app-card");
    if (!li) return;
    const cardId = li.dataset.cardId;
    showCardError(li, null);
    switch (button.dataset.action) {
      case "edit": if (li.querySelector(".app-card__editor")?.hidden === false) { closeEditor(li); releaseIfIdle(cardId); } else openEditor(li); break;
      case "cancel": closeEditor(li); li.querySelector("[data-action=edit]").focus(); releaseIfIdle(cardId); break;
      case "comments": {
        const panel = view.comments(li);
        panel.hidden = !panel.hidden;
        button.setAttribute("aria-expanded", String(!panel.hidden));
        break;
      }
      case "vote": case "unvote": {
        const refused = await send({ type: button.dataset.action === "vote" ? "castVote" : "retractVote", cardId, requestId: newRequestId() });
        if (refused) showCardError(li, refused);
        break;
      }
      case "more": {
        const open = li.classList.toggle("app-card--open");
        button.setAttribute("aria-expanded", String(open));
        view.refreshCard(cardId);
        break;
      }
      case "bring-card": bring(model.cards.get(cardId)?.laneId, cardId); break;
      case "delete": {
        const text = model.cards.get(cardId)?.text;
        li.hidden = true;
        const refused = await send({ type: "deleteCard", cardId, requestId: newRequestId() });
        if (refused) { li.hidden = false; showCardError(li, refused); }
        else offerUndo(cardId, text);
        break;
      }
    }
  });
  root.addEventListener("keydown", event => {
    const li = event.target.closest(".app-card");
    if (!li || !event.key.startsWith("Arrow") || event.target.matches("textarea, select, input")) return;
    const onHandle = event.target.matches(".app-card__handle");
    if (!event.altKey && !onHandle) return;
    if (keyboardMove(li, event.key)) event.preventDefault();
  });
  root.addEventListener("focusin", event => {
    const t = event.target, li = t.closest(".app-card"), laneId = t.closest("[data-lane-id]")?.dataset.laneId ?? null;
    if (t.matches(".app-lane__text")) here(null, "writing", laneId);
    else if (t.closest(".app-card__editor")) here(li.dataset.cardId, "editing");
    else if (t.closest(".app-card__comment-form")) here(li.dataset.cardId, "commenting");
    else here(li?.dataset.cardId ?? null, null, laneId);
  });
}

/** Facilitator: everyone's view follows to this lane or card (null releases them). */
async function bring(laneId, cardId) {
  const refused = await send({ type: "focusLane", laneId, cardId, requestId: newRequestId() });
  announce(refused ? `Not done: ${refused}` : laneId ? "Everyone has been brought here." : "Everyone is free to look where they like.");
}

function offerUndo(cardId, text) {
  const box = document.getElementById("board-undo");
  const button = Object.assign(document.createElement("button"), { type: "button", className: "govuk-button govuk-button--secondary govuk-!-margin-bottom-0" });
  button.append("Undo", Object.assign(document.createElement("span"), { className: "govuk-visually-hidden", textContent: ` and bring back card: ${excerpt(text)}` }));
  button.addEventListener("click", async () => {
    box.hidden = true;
    const refused = await send({ type: "restoreCard", cardId, requestId: newRequestId() });
    if (refused) announce(`Not brought back: ${refused}`);
  });
  box.querySelector(".app-board-undo__body").replaceChildren(`Card deleted: ${excerpt(text)} `, button);
  box.hidden = false;
  announce("Card deleted. Undo is after the board's heading.");
}

/** Tells the others where this person is and what they are doing (the server passes ~10 a second on). */
function here(cardId, activity, laneId) {
  if (connection.state !== signalR.HubConnectionState.Connected) return;
  const lane = laneId ?? (cardId ? model.cards.get(cardId)?.laneId : null) ?? null;
  connection.send("Working", boardId, lane, cardId, activity).catch(() => {});
}

function dragAndDrop() {
  view.onLanes = () => {
    for (const list of root.querySelectorAll("ol.app-cards")) {
      if (list.sortable) { list.sortable.option("disabled", !model.mayEdit); continue; }
      list.sortable = Sortable.create(list, {
        group: "cards",
        animation: 120,
        // Pointer events rather than the browser's own drag and drop: the same for mouse, pen and touch.
        forceFallback: true,
        fallbackTolerance: 4,
        delayOnTouchOnly: true,
        delay: 150,
        disabled: !model.mayEdit,
        filter: "textarea, select, input, a, .app-card__comments, .app-card__editor, .app-card--pending",
        preventOnFilter: false,
        ghostClass: "app-card--ghost",
        onStart: () => { dragging++; },
        onEnd: event => {
          dragging--;
          const cardId = event.item.dataset.cardId, laneId = event.to.dataset.laneId;
          // The lanes the drop touched are put right by the move's own change (or its refusal).
          for (const lane of deferred) if (lane !== laneId && lane !== event.from.dataset.laneId) view.syncLane(lane);
          deferred.clear();
          const from = model.cards.get(cardId);
          if (lanesDeferred) { lanesDeferred = false; view.renderLanes(); }
          if (!from) { view.renderLanes(); return; }
          // Dropped on a lane removed during the drag: the card stays where it was.
          if (!model.lane(laneId)) { view.renderLanes(); announce(`Not moved: that lane has just been removed. The card is still in ${model.lane(from.laneId)?.title ?? "its lane"}.`); return; }
          if (from.laneId === laneId && model.lane(laneId).cardIds.indexOf(cardId) === event.newIndex) { view.syncLane(laneId); return; }
          moveCard(cardId, laneId, event.newIndex);
        },
      });
    }
  };
}

function tickTimers() {
  for (const timer of root.querySelectorAll("[data-ends-at]")) {
    const left = Math.max(0, Math.round((Date.parse(timer.dataset.endsAt) - Date.now()) / 1000));
    const text = left > 0 ? `Timer: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")} left` : "Timer: time is up";
    if (timer.textContent !== text) timer.textContent = text;
    if (left === 0) timer.classList.add("app-timer--up");
    if (left === 0 && rangFor !== timer.dataset.endsAt) { rangFor = timer.dataset.endsAt; timeUp(); }
  }
}

/** The end of the timer is seen (a highlighted banner) and heard (a short tone, where the browser allows sound). */
function timeUp() {
  announce("The timer has ended.");
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 660;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  } catch { /* no sound here; the banner still shows */ }
}

async function rejoin() {
  const joined = await connection.invoke("Join", boardId, model.version);
  receive(joined.missed);
}

model = new BoardModel(JSON.parse(root.dataset.board), me);
view = new BoardView(root, model);
model.holding = id => view.busy(id);
// Scrolling to the end of a lane's loaded cards loads the next page, as the button does. A button reached
// by keyboard is left to the person: focus scrolls it into view, which would otherwise load a page before
// they press it, and their press would then load a second (issue 13).
const nearEnd = new IntersectionObserver(entries => {
  for (const { isIntersecting, target } of entries)
    if (isIntersecting && !target.hidden && !target.contains(document.activeElement)) loadMore(target.closest("[data-lane-id]").dataset.laneId);
}, { rootMargin: "200px" });
view.onNewLane = section => nearEnd.observe(section.querySelector(".app-lane__more"));
root.addEventListener("pointerdown", event => { pressed = event.target; });
for (const type of ["pointerup", "pointercancel"]) window.addEventListener(type, () => { pressed = null; });
follow = new Follow(model, view, document.getElementById("board-follow"));
follow.release = () => bring(null, null);
clusters = new Clusters(root, model, view, send, announce);
dragAndDrop();
view.render();
const help = document.getElementById("board-help");
help.textContent = help.dataset.live;
clusters.mount();
facilitate = new Facilitate(document.getElementById("facilitator"), model, send, announce);
wire();
// Undo of one's own last change to a card, through the hub; the change comes back like any other.
undoForm?.addEventListener("submit", async event => {
  event.preventDefault();
  const refused = await send({ type: "undo", requestId: newRequestId() });
  announce(refused ? `Not undone: ${refused}` : "Your last change has been undone.");
});
follow.moved(true);
setInterval(tickTimers, 1000);
tickTimers();
drain();
performance.mark("board-usable");
joinedHub.catch(error => announce(`The board is not live: ${String(error?.message ?? error).replace(/^.*?HubException: /, "").replace(/^[a-z.-]+: /, "")} Reload the page to try again.`));
