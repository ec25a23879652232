// The facilitator's controls, live (issue 13): lock, timer, vote, private writing and its reveal,
// "bring everyone to a lane", lanes (add, rename, remove) and templates go through the hub instead
// of reloading the page; the controls
// then show the board's state from the model, whoever changed it (another facilitator, the vote's
// timer). Without JavaScript the same forms post and reload.
import { el, hidden } from "./view.mjs";

/** Each live form's handler, and the command it sends (from the form's fields). */
const commands = {
  Lock: f => ({ type: "setLocked", locked: f.get("number") === "1" }),
  CloseVote: () => ({ type: "closeVote" }),
  StopTimer: () => ({ type: "stopTimer" }),
  StartTimer: f => ({ type: "startTimer", seconds: Math.round(Number(f.get("minutes") || 0) * 60) }),
  OpenVote: f => ({ type: "openVote", votesPerPerson: Number(f.get("number") || 3), seconds: Number(f.get("minutes")) > 0 ? Math.round(Number(f.get("minutes")) * 60) : null }),
  Private: () => ({ type: "startPrivateWriting" }),
  Reveal: f => ({ type: "revealCards", anonymous: f.get("number") === "1" }),
  Focus: f => ({ type: "focusLane", laneId: f.get("lane") || null }),
  AddLane: f => ({ type: "addLane", title: f.get("text") ?? "" }),
  RenameLane: f => ({ type: "renameLane", laneId: f.get("lane"), title: f.get("text") ?? "" }),
  RemoveLane: f => ({ type: "removeLane", laneId: f.get("lane") }),
  ApplyTemplate: f => ({ type: "applyTemplate", template: f.get("template") }),
};

const said = {
  setLocked: c => c.locked ? "Board locked." : "Board unlocked.",
  closeVote: () => "Vote closed: the results are showing.",
  stopTimer: () => "Timer stopped.",
  startTimer: () => "Timer started.",
  openVote: () => "Vote opened.",
  startPrivateWriting: () => "Private writing started: each new card is seen only by its author until you reveal them.",
  revealCards: () => "Cards revealed.",
  focusLane: c => c.laneId ? "Everyone has been brought to the lane." : "Everyone is free to look where they like.",
  addLane: c => `Lane added: ${c.title.trim()}.`,
  renameLane: c => `Lane renamed: ${c.title.trim()}.`,
  removeLane: () => "Lane removed.",
  applyTemplate: () => "The template's lanes have been added.",
};

export class Facilitate {
  constructor(panel, model, send, announce) {
    Object.assign(this, { panel, model, send, announce });
    if (!panel) return;
    panel.addEventListener("submit", event => {
      // A button's formAction property falls back to the page's address, so read its attribute.
      const handler = new URL(event.submitter?.getAttribute("formaction") || event.target.action, location.href).searchParams.get("handler");
      if (!commands[handler]) return;
      event.preventDefault();
      this.run(commands[handler](new FormData(event.target)), event.submitter, event.target);
    });
    // The lanes' forms are drawn from the model from now on, so lanes added or removed live have theirs.
    panel.querySelector("#lane-controls")?.replaceChildren();
    this.render();
  }

  async run(command, button, form) {
    const error = this.panel.querySelector("#facilitator-error");
    if (button) button.disabled = true;
    const refused = await this.send({ ...command, requestId: crypto.randomUUID?.() ?? String(Math.random()).slice(2) });
    if (button) button.disabled = false;
    error.hidden = !refused;
    error.textContent = refused ? `Error: ${refused}` : "";
    this.announce(refused ? `Not done: ${refused}` : said[command.type](command));
    if (!refused && command.type === "addLane") form?.reset();
    this.render();
    // A control that just hid itself (Close the vote, Stop the timer) or went (a removed lane's) leaves focus on its panel.
    if (button && (button.closest("[hidden]") || !button.isConnected)) this.panel.querySelector("summary").focus();
  }

  /** Shows the controls that fit the board as it is now. */
  render() {
    if (!this.panel) return;
    const m = this.model;
    const now = { "vote-open": !!m.vote, "vote-closed": !m.vote, timer: !!m.timerEndsAt, private: m.privateWriting, "not-private": !m.privateWriting };
    for (const form of this.panel.querySelectorAll("[data-show]")) form.hidden = !now[form.dataset.show];
    const lock = this.panel.querySelector("[data-lock-label]");
    lock.textContent = m.locked ? "Unlock the board" : "Lock the board";
    lock.form.querySelector("input[name=number]").value = m.locked ? "0" : "1";
    const focus = this.panel.querySelector("#focus-lane");
    if (focus && document.activeElement !== focus) {
      // Its options are made again only when the lanes or their titles changed, not on every change to the board.
      const lanes = JSON.stringify(m.lanes.map(lane => [lane.id, lane.title]));
      if (this.focusLanes !== lanes)
        focus.replaceChildren(focus.options[0], ...m.lanes.map(lane => el("option", { value: lane.id, text: lane.title })));
      this.focusLanes = lanes;
      focus.value = m.focusLaneId ?? "";
    }
    this.renderLanes();
  }

  /** A rename form per lane, in the lanes' order; "Remove empty lane" only where a lane has no cards. */
  renderLanes() {
    const box = this.panel.querySelector("#lane-controls"), m = this.model;
    if (!box) return;
    for (const form of [...box.children]) if (!m.lane(form.dataset.laneForm)) form.remove();
    m.lanes.forEach((lane, i) => {
      const form = box.querySelector(`form[data-lane-form="${lane.id}"]`) ?? this.laneForm(lane);
      if (box.children[i] !== form) box.insertBefore(form, box.children[i] ?? null);
      const label = form.querySelector("label"), input = form.querySelector("input[name=text]");
      if (label.dataset.title !== lane.title) {
        // What the facilitator is typing stays; an untouched box shows the new title.
        if (document.activeElement !== input && input.value === (label.dataset.title ?? "")) input.value = lane.title;
        label.dataset.title = lane.title;
        label.textContent = `Rename '${lane.title}'`;
        form.querySelector("[data-rename]").replaceChildren("Rename", hidden(` lane: ${lane.title}`));
        form.querySelector("[data-remove]").replaceChildren("Remove empty lane", hidden(` '${lane.title}'`));
      }
      form.querySelector("[data-remove]").hidden = lane.total > 0 || lane.privateIds.length > 0 || m.lanes.length < 2;
    });
  }

  laneForm(lane) {
    const action = handler => `/boards/${encodeURIComponent(this.model.id)}?handler=${handler}`;
    return el("form", { method: "post", action: action("RenameLane"), novalidate: true, "data-lane-form": lane.id },
      el("input", { type: "hidden", name: "lane", value: lane.id }),
      el("label", { class: "govuk-label", for: `rename-${lane.id}` }),
      el("input", { class: "govuk-input govuk-input--width-20", id: `rename-${lane.id}`, name: "text", type: "text" }),
      el("button", { type: "submit", class: "govuk-button govuk-button--secondary", formaction: action("RenameLane"), "data-rename": true }),
      " ",
      el("button", { type: "submit", class: "govuk-button govuk-button--warning", formaction: action("RemoveLane"), "data-remove": true }));
  }
}
