// "Bring everyone here": when the facilitator points the board at a lane or card, everyone else's
// view goes there too, until they step away. Following only scrolls and highlights: it never takes
// keyboard focus, so nobody's typing is interrupted.

export class Follow {
  constructor(model, view, banner) {
    this.model = model;
    this.view = view;
    this.banner = banner;
    this.following = sessionStorage.getItem(this.key) !== "away";
    banner.addEventListener("click", event => {
      const action = event.target.closest("button")?.dataset.follow;
      if (action === "stop") this.stepAway();
      else if (action === "release") this.release?.();
      else if (action === "resume") { this.setFollowing(true); this.go(); }
    });
  }

  get key() { return `board-follow:${this.model.id}`; }

  setFollowing(on) {
    this.following = on;
    if (on) sessionStorage.removeItem(this.key); else sessionStorage.setItem(this.key, "away");
    this.render();
  }

  stepAway() { this.setFollowing(false); }

  target() {
    const m = this.model;
    const card = m.focusCardId && m.cards.get(m.focusCardId);
    const lane = m.focusLaneId && m.lane(m.focusLaneId);
    if (!lane) return null;
    return { lane, card, element: (card && this.view.cardEl(card.id)) || this.view.laneEl(lane.id) };
  }

  /** The facilitator moved everyone (or it was so when the page opened). */
  moved(opening = false) {
    const target = this.target();
    for (const old of document.querySelectorAll(".app-card--focus")) old.classList.remove("app-card--focus");
    if (!target) {
      // Released: the next "bring everyone here" takes this person along again.
      if (!opening) this.setFollowing(true);
      this.render();
      return;
    }
    if (target.card) this.view.cardEl(target.card.id)?.classList.add("app-card--focus");
    this.render();
    if (this.following && !this.model.canFacilitate) this.go();
  }

  go() {
    this.target()?.element?.scrollIntoView({ behavior: "smooth", block: "start", inline: "start" });
  }

  render() {
    const target = this.target();
    this.banner.hidden = !target;
    if (!target) return;
    const where = target.card ? `a card in ${target.lane.title}` : target.lane.title;
    const text = this.banner.querySelector(".app-follow__text");
    const button = this.banner.querySelector("button");
    if (this.model.canFacilitate) {
      text.textContent = `You have brought everyone to ${where}.`;
      Object.assign(button, { hidden: false, textContent: "Let everyone look where they like" });
      button.dataset.follow = "release";
    } else if (this.following) {
      text.textContent = `Following the facilitator to ${where}.`;
      Object.assign(button, { hidden: false, textContent: "Stop following" });
      button.dataset.follow = "stop";
    } else {
      text.textContent = `The facilitator is at ${where}. You have stepped away.`;
      Object.assign(button, { hidden: false, textContent: "Follow the facilitator" });
      button.dataset.follow = "resume";
    }
  }
}
