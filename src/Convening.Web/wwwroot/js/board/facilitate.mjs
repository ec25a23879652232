// The facilitator's controls, live (issue 13): lock, timer, vote, private writing and its reveal,
// and "bring everyone to a lane" go through the hub instead of reloading the page; the controls
// then show the board's state from the model, whoever changed it (another facilitator, the vote's
// timer). Without JavaScript the same forms post and reload.

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
};

export class Facilitate {
  constructor(panel, model, send, announce) {
    Object.assign(this, { panel, model, send, announce });
    if (!panel) return;
    panel.addEventListener("submit", event => {
      // A button's formAction property falls back to the page's address, so read its attribute.
      const handler = new URL(event.submitter?.getAttribute("formaction") || event.target.action, location.href).searchParams.get("handler");
      if (!commands[handler]) return; // lanes are still plain forms that reload
      event.preventDefault();
      this.run(commands[handler](new FormData(event.target)), event.submitter);
    });
    this.render();
  }

  async run(command, button) {
    const error = this.panel.querySelector("#facilitator-error");
    if (button) button.disabled = true;
    const refused = await this.send({ ...command, requestId: crypto.randomUUID?.() ?? String(Math.random()).slice(2) });
    if (button) button.disabled = false;
    error.hidden = !refused;
    error.textContent = refused ? `Error: ${refused}` : "";
    this.announce(refused ? `Not done: ${refused}` : said[command.type](command));
    this.render();
    // A control that just hid itself (Close the vote, Stop the timer) leaves focus on its panel.
    if (button && button.closest("[hidden]")) this.panel.querySelector("summary").focus();
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
      for (const lane of m.lanes)
        if (!focus.querySelector(`option[value="${lane.id}"]`)) focus.append(Object.assign(document.createElement("option"), { value: lane.id, textContent: lane.title }));
      focus.value = m.focusLaneId ?? "";
    }
  }
}
