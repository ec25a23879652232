// Draws the board from the model and keeps the page in step card by card: an element is made once
// per card and then only updated or moved, so whatever a person has open or is typing in stays.

import markdownit from "markdown-it";
const md = markdownit({ html: false, linkify: true, typographer: false });
md.disable("image");
// As the server's renderer: only http(s), mailto and this site's own links survive.
md.validateLink = url => /^(https?:|mailto:)/i.test(url.trim()) || /^\/(?!\/)/.test(url.trim());
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  tokens[i].attrSet("rel", "nofollow noopener");
  return self.renderToken(tokens, i, options);
};

const longCard = 600;

export const colours = ["yellow", "blue", "green", "pink", "purple", "grey"];

/** An element with attributes (class, text, others) and children: the one way the board's modules draw. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter(c => c != null));
  return node;
}

/** Words read out but not shown, e.g. which card a button acts on. */
export function hidden(text) { return el("span", { class: "govuk-visually-hidden", text }); }

/** Sets an element's text only where it differs (an unchanged card is left as it is). */
function setText(node, text) { if (node.textContent !== text) node.textContent = text; }

/**
 * A card's button or link (made with an empty text and a hidden span): its visible words, the card it
 * acts on (read out, not shown), and whether it shows. Words are written only where shown and changed.
 */
export function label(control, visible, rest, show) {
  control.hidden = !show;
  if (!show) return;
  setText(control.firstChild, visible);
  setText(control.lastChild, rest);
}

/** A whole number as the server writes it ("1,250"), without Intl: its first use costs a page ~20 ms. */
export function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

let ukTime;
/** A clock time in UK time whatever the browser's own zone, as the server draws it (ShowModel.UkClock). */
export function ukClock(instant) {
  ukTime ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return ukTime.format(new Date(instant));
}

let cardTemplate = null;

/** A few words of a card, to name the controls that act on it. */
export function excerpt(text) {
  const plain = (text ?? "").replace(/[*_`#>[\]()!~|-]+/g, " ").replace(/\s+/g, " ").trim();
  return plain.length > 40 ? plain.slice(0, 40).trimEnd() + "…" : plain || "an empty card";
}

/** Runs a DOM change that may move the element holding focus, and puts focus (and the caret) back. */
export function keepingFocus(change) {
  const active = document.activeElement;
  const selection = active && "selectionStart" in active ? [active.selectionStart, active.selectionEnd] : null;
  change();
  if (active && active !== document.body && document.activeElement !== active && active.isConnected) {
    active.focus({ preventScroll: true });
    if (selection) try { active.setSelectionRange(...selection); } catch { /* not a text field */ }
  }
}

export class BoardView {
  constructor(root, model) {
    this.root = root;
    this.model = model;
    this.lanesEl = el("div", { class: "app-lanes app-lanes--live" });
    this.statusEl = el("div", { class: "app-board-status", id: "board-status" });
    this.pageSize = 50;
  }

  render() {
    this.root.replaceChildren(this.statusEl, this.lanesEl);
    this.root.classList.add("app-board--live");
    this.renderStatus();
    this.renderLanes();
  }

  laneEl(id) { return document.getElementById(`lane-${id}`); }
  listEl(id) { return this.laneEl(id)?.querySelector("ol.app-cards"); }
  cardEl(id) { return document.getElementById(`card-${id}`); }

  renderLanes() {
    const wanted = this.model.lanes.map(l => l.id);
    for (const section of [...this.lanesEl.children])
      if (!wanted.includes(section.dataset.laneId)) this.retire(section);
    keepingFocus(() => {
      this.model.lanes.forEach((lane, i) => {
        const section = this.laneEl(lane.id) ?? this.newLane(lane);
        this.updateLane(section, lane);
        if (this.lanesEl.children[i] !== section) this.lanesEl.insertBefore(section, this.lanesEl.children[i] ?? null);
        this.syncLane(lane.id);
      });
    });
    this.onLanes?.();
  }

  /**
   * A lane the facilitator removed goes, unless someone here is writing a card in it: then it stays,
   * marked removed, with their text, and its form adds the card to the first lane instead.
   */
  retire(section) {
    const form = section.querySelector(".app-lane__add"), first = this.model.lanes[0];
    const writing = form?.querySelector("textarea").value.trim() || section.querySelector(".app-card--pending");
    if (!writing || !first) { section.remove(); return; }
    if (section.classList.contains("app-lane--removed") && form.dataset.laneId === first.id) return;
    section.classList.add("app-lane--removed");
    section.querySelector(".app-lane__count").textContent = "(removed)";
    for (const hide of section.querySelectorAll(".app-lane__more, [data-action=bring-lane]")) hide.hidden = true;
    form.dataset.laneId = first.id;
    form.querySelector("label").textContent = `This lane was removed. Your card is kept here: add it to ${first.title}`;
    form.querySelector("button").replaceChildren("Add card", hidden(` to ${first.title}`));
  }

  newLane(lane) {
    const section = el("section", { class: "app-lane", id: `lane-${lane.id}`, "data-lane-id": lane.id, "aria-labelledby": `lane-${lane.id}-title` },
      el("h2", { class: "govuk-heading-s app-lane__title", id: `lane-${lane.id}-title` },
        el("span", { class: "app-lane__name" }), " ", el("span", { class: "app-lane__count govuk-caption-m govuk-!-display-inline" })),
      el("button", { type: "button", class: "app-card__button app-lane__bring", "data-action": "bring-lane" }),
      el("ol", { class: "app-cards", "data-lane-id": lane.id }),
      // The lane's further cards, loaded a page at a time (decision 0038).
      el("p", { class: "govuk-body-s app-lane__more" },
        el("span", { class: "app-lane__shown" }), " ",
        el("button", { type: "button", class: "govuk-button govuk-button--secondary govuk-!-margin-bottom-0", "data-action": "more-cards" })),
      this.addForm(lane));
    this.onNewLane?.(section);
    return section;
  }

  addForm(lane) {
    const id = `add-${lane.id}`;
    return el("form", { class: "app-lane__add", "data-lane-id": lane.id, novalidate: true },
      el("div", { class: "govuk-form-group" },
        el("label", { class: "govuk-label govuk-label--s", for: id }),
        el("p", { class: "govuk-error-message", id: `${id}-error`, hidden: true }),
        el("textarea", { class: "govuk-textarea app-lane__text", id, name: "text", rows: "2" })),
      el("button", { type: "submit", class: "govuk-button govuk-button--secondary app-lane__button" }));
  }

  updateLane(section, lane) {
    const count = lane.total + lane.privateIds.length, unloaded = this.model.unloaded(lane);
    section.querySelector(".app-lane__name").textContent = lane.title;
    section.querySelector(".app-lane__count").textContent = `(${count})`;
    const more = section.querySelector(".app-lane__more");
    more.hidden = unloaded === 0;
    if (unloaded > 0) {
      section.querySelector(".app-lane__shown").textContent = `Showing ${thousands(lane.cardIds.length)} of ${thousands(lane.total)} cards.`;
      more.querySelector("button").textContent = `Show ${Math.min(unloaded, this.pageSize)} more in ${lane.title}`;
    }
    section.classList.toggle("app-lane--focus", lane.id === this.model.focusLaneId);
    const form = section.querySelector(".app-lane__add");
    form.hidden = !this.model.mayEdit;
    const bring = section.querySelector("[data-action=bring-lane]");
    bring.hidden = !this.model.canFacilitate;
    bring.replaceChildren("Bring everyone here", hidden(` to lane: ${lane.title}`));
    form.querySelector("label").textContent = `Add a card to ${lane.title}`;
    form.querySelector("button").replaceChildren("Add card", hidden(` to ${lane.title}`));
  }

  /** Puts the lane's card elements in the model's order, moving only those out of place. */
  syncLane(laneId) {
    const lane = this.model.lane(laneId);
    const list = this.listEl(laneId);
    if (!lane || !list) return;
    const ids = [...lane.cardIds, ...lane.heldIds, ...lane.privateIds];
    keepingFocus(() => {
      ids.forEach((id, i) => {
        const card = this.cardEl(id) ?? this.newCard(this.model.cards.get(id));
        if (list.children[i] !== card) list.insertBefore(card, list.children[i] ?? null);
      });
      for (const stray of [...list.children].slice(ids.length))
        if (!stray.classList.contains("app-card--pending") && !ids.includes(stray.dataset.cardId) && !this.model.cards.has(stray.dataset.cardId)) stray.remove();
    });
    this.updateLane(this.laneEl(laneId), lane);
  }

  newCard(card) {
    const id = card.id;
    // A copy of one card's fixed parts (several times cheaper than making each element): its
    // comments, editor and "make this…" links are made when first needed.
    const li = (cardTemplate ??= this.cardShape()).cloneNode(true);
    li.id = `card-${id}`;
    li.dataset.cardId = id;
    li.setAttribute("aria-labelledby", `card-${id}-text`);
    li.querySelector(".app-card__text").id = `card-${id}-text`;
    li.querySelector("[data-action=more]").setAttribute("aria-controls", `card-${id}-text`);
    this.updateCard(li, card);
    return li;
  }

  /** What every card starts as: its buttons hold their visible words and, hidden, the card they act on (filled in by updateCard). */
  cardShape() {
    const button = (action, attributes = {}) => el("button", { type: "button", class: "app-card__button", "data-action": action, ...attributes }, "", hidden(""));
    return el("li", { class: "app-card", tabindex: "-1" },
      el("div", { class: "app-card__text app-markdown" }),
      button("more", { class: "app-card__button app-card__more", "aria-expanded": "false" }),
      el("p", { class: "app-card__meta govuk-body-s" }),
      el("ul", { class: "govuk-list govuk-body-s app-card__outcomes", hidden: true }),
      el("div", { class: "app-card__actions" },
        button("move", { class: "app-card__button app-card__handle", "aria-describedby": "board-help" }),
        button("vote"),
        button("unvote"),
        // Each opens a part made on first use; aria-controls is set once that part is there.
        button("comments", { "aria-expanded": "false" }),
        button("edit", { "aria-expanded": "false" }),
        button("delete", { class: "app-card__button app-card__button--warning" }),
        button("bring-card")),
      el("p", { class: "govuk-error-message app-card__error", hidden: true }));
  }

  /** The card's comments and the form to add one, made the first time they are opened (hidden: the caller shows them). */
  comments(li) {
    let panel = li.querySelector(".app-card__comments");
    if (panel) return panel;
    const id = li.dataset.cardId;
    panel = el("div", { class: "app-card__comments", id: `card-${id}-comments`, hidden: true },
      el("ul", { class: "govuk-list govuk-body-s app-card__comment-list" }),
      el("form", { class: "app-card__comment-form", novalidate: true },
        el("label", { class: "govuk-label govuk-label--s", for: `comment-${id}` }),
        el("textarea", { class: "govuk-textarea", id: `comment-${id}`, name: "text", rows: "2" }),
        el("button", { type: "submit", class: "govuk-button govuk-button--secondary" }, "Add comment", hidden(""))));
    li.insertBefore(panel, li.querySelector(".app-card__editor"));
    li.querySelector("[data-action=comments]").setAttribute("aria-controls", panel.id);
    this.renderOpened(li, this.model.cards.get(id));
    return panel;
  }

  /** The card's editor, made the first time it is opened (hidden: the caller fills and shows it). */
  editor(li) {
    let editor = li.querySelector(".app-card__editor");
    if (editor) return editor;
    const id = li.dataset.cardId;
    editor = el("form", { class: "app-card__editor", id: `card-${id}-editor`, hidden: true, novalidate: true },
      el("p", { class: "govuk-inset-text app-card__notice", hidden: true }),
      el("label", { class: "govuk-label govuk-label--s", for: `edit-${id}`, text: "Card text" }),
      el("textarea", { class: "govuk-textarea", id: `edit-${id}`, name: "text", rows: "4" }),
      el("label", { class: "govuk-label govuk-label--s", for: `colour-${id}`, text: "Colour" }),
      el("select", { class: "govuk-select", id: `colour-${id}`, name: "colour" }, ...colours.map(c => el("option", { value: c, text: c }))),
      el("div", { class: "govuk-button-group app-card__editor-buttons" },
        el("button", { type: "submit", class: "govuk-button govuk-button--secondary" }, "Save", hidden("")),
        el("button", { type: "button", class: "govuk-button govuk-button--secondary", "data-action": "cancel" }, "Cancel", hidden(""))));
    li.append(editor);
    li.querySelector("[data-action=edit]").setAttribute("aria-controls", editor.id);
    this.renderOpened(li, this.model.cards.get(id));
    return editor;
  }

  /** Refreshes one card's text, details and buttons in place (the editor's text is left alone). */
  updateCard(li, card, pending = false) {
    if (!li || !card) return;
    const m = this.model, source = card.text ?? "";
    const name = excerpt(card.text);
    const open = li.classList.contains("app-card--open"), brought = li.classList.contains("app-card--focus");
    // A long card shows its start; "Show all" opens it (a clipped box, not a scrolling one, so no extra tab stop).
    // Opened, and brought to by the facilitator (follow.mjs), are this page's own and stay.
    li.className = `app-card app-card--${card.colour}${pending ? " app-card--pending" : ""}${open ? " app-card--open" : ""}${brought ? " app-card--focus" : ""}${card.private ? " app-card--private" : ""}${source.length > longCard ? " app-card--long" : ""}`;
    li.toggleAttribute("aria-busy", pending);
    const text = li.querySelector(".app-card__text");
    if (text.dataset.source !== source) { text.innerHTML = md.render(source); text.dataset.source = source; }
    const votes = m.votes(card.id), mine = m.mine(card.id), comments = card.comments.length;
    const details = [pending ? "Saving…" : `By ${card.author.id === m.me ? "you" : card.author.name}`];
    if (card.private) details.push("only you can see it until the reveal");
    if (votes != null) details.push(`${votes} ${votes === 1 ? "vote" : "votes"}`);
    if (mine > 0) details.push(`${mine} of your votes`);
    if (comments > 0) details.push(`${comments} ${comments === 1 ? "comment" : "comments"}`);
    setText(li.querySelector(".app-card__meta"), details.join(" · "));
    const buttons = { more: li.querySelector("[data-action=more]") };
    const actions = li.querySelector(".app-card__actions");
    for (const b of actions.children) if (b.dataset.action) buttons[b.dataset.action] = b;
    const editable = !pending && m.mayEdit;
    label(buttons.more, open ? "Show less" : "Show all", ` of card: ${name}`, source.length > longCard);
    label(buttons.move, "Move", ` card: ${name}`, editable);
    label(buttons.vote, "Vote", ` for card: ${name}`, editable && !!m.vote && !card.private);
    label(buttons.unvote, "Take back a vote", ` from card: ${name}`, editable && mine > 0);
    label(buttons.comments, `Comments (${comments})`, ` on card: ${name}`, !pending);
    label(buttons.edit, "Edit", ` card: ${name}`, !pending && m.mayChange(card));
    label(buttons.delete, "Delete", ` card: ${name}`, !pending && m.mayChange(card));
    label(buttons["bring-card"], "Bring everyone here", ` to card: ${name}`, !pending && m.canFacilitate);
    // Two clicks to make the card an experiment, an action or evidence: its link, then the form's button
    // (decision 0041). A link is made the first time it is offered, in this order after "Bring everyone here".
    const offers = new Map(pending ? [] : m.offers(card));
    let previous = buttons["bring-card"];
    for (const kind of ["experiment", "action", "evidence"]) {
      let link = actions.querySelector(`[data-become=${kind}]`);
      const offer = offers.get(kind);
      if (!link && !offer) continue;
      link ??= el("a", { class: "app-card__button app-card__become", "data-become": kind, href: `/boards/${m.id}/cards/${card.id}/become/${kind}` }, "", hidden(""));
      label(link, offer, ` (card: ${name})`, !!offer);
      if (previous.nextSibling !== link) previous.after(link);
      previous = link;
    }
    this.renderOutcomes(li, card);
    this.renderOpened(li, card, name);
    this.onCard?.(li, card, pending);
  }

  /** The parts made on first use, where they have been: named for the card, and its comments listed. */
  renderOpened(li, card, name = excerpt(card?.text)) {
    if (!card) return;
    const form = li.querySelector(".app-card__comment-form");
    if (form) {
      this.renderComments(li, card);
      form.hidden = !this.model.mayEdit;
      setText(form.querySelector("label"), `Your comment on card: ${name}`);
      setText(form.querySelector("button").lastChild, ` to card: ${name}`);
    }
    const editor = li.querySelector(".app-card__editor");
    if (editor) {
      setText(editor.querySelector("button[type=submit]").lastChild, ` card: ${name}`);
      setText(editor.querySelector("[data-action=cancel]").lastChild, ` editing card: ${name}`);
    }
  }

  /** "Experiment: Try a single phone number", linked to where it is, for every card something became. */
  renderOutcomes(li, card) {
    const list = li.querySelector(".app-card__outcomes"), outcomes = card.outcomes ?? [];
    list.hidden = outcomes.length === 0;
    if (list.children.length === outcomes.length) return;
    list.replaceChildren(...outcomes.map(o => el("li", {}, `${o.label}: `, el("a", { class: "govuk-link", href: o.path, text: o.title }))));
  }

  renderComments(li, card) {
    const list = li.querySelector(".app-card__comment-list");
    if (!list) return;
    for (const [i, comment] of card.comments.entries()) {
      if (list.children[i]?.dataset.commentId === comment.id) continue;
      const item = el("li", { "data-comment-id": comment.id }, el("strong", { text: `${comment.author.name}:` }), " ", comment.text);
      list.insertBefore(item, list.children[i] ?? null);
    }
    for (const extra of [...list.children].slice(card.comments.length)) if (!extra.classList.contains("app-comment--pending")) extra.remove();
  }

  /** Whether someone here is working on a card: its editor is open, or a comment is half-written. */
  busy(id) {
    const li = this.cardEl(id);
    return !!li && (li.querySelector(".app-card__editor")?.hidden === false || !!li.querySelector(".app-card__comment-form textarea")?.value.trim());
  }

  refreshCard(id) {
    const card = this.model.cards.get(id);
    const li = this.cardEl(id);
    if (!card) { li?.remove(); return; }
    this.updateCard(li, card);
  }

  refreshAllCards() { for (const card of this.model.cards.values()) this.refreshCard(card.id); }

  renderStatus() {
    const m = this.model;
    const items = [];
    if (m.locked) items.push(el("li", {}, el("strong", { class: "govuk-tag govuk-tag--red", text: "Locked" }), " Only the facilitator can change the board for now."));
    if (m.vote) {
      const used = Object.values(m.vote.mine).reduce((a, b) => a + b, 0);
      const closes = m.vote.closesAt ? ` It closes at ${ukClock(m.vote.closesAt)}.` : "";
      items.push(el("li", {}, el("strong", { class: "govuk-tag", text: "Vote open" }), ` You have used ${used} of your ${m.vote.perPerson} votes.${closes}`));
    }
    if (m.timerEndsAt) items.push(el("li", {}, el("span", { class: "app-timer", role: "timer", "data-ends-at": m.timerEndsAt })));
    if (m.privateWriting) {
      const others = m.hiddenCards > 0 ? ` Others have written ${m.hiddenCards} ${m.hiddenCards === 1 ? "card" : "cards"} so far.` : "";
      items.push(el("li", {}, el("strong", { class: "govuk-tag govuk-tag--purple", text: "Private writing" }), ` New cards are seen only by the person who wrote them until the facilitator reveals them.${others}`));
    }
    const focus = m.focusLaneId && m.lane(m.focusLaneId);
    if (focus) items.push(el("li", {}, "The facilitator has brought everyone to ", el("a", { class: "govuk-link", href: `#lane-${focus.id}`, text: focus.title }), "."));
    this.statusEl.replaceChildren(el("ul", { class: "govuk-list" }, ...items), this.presenceEl ?? (this.presenceEl = el("p", { class: "govuk-body-s", id: "presence" })));
    this.renderPresence();
  }

  /** "On the board now: Morag Innes (editing a card in What we notice), Lewis Grant". */
  renderPresence() {
    const m = this.model;
    const described = m.present.map(p => {
      const lane = p.laneId && m.lane(p.laneId);
      if (!lane) return p.name;
      const doing = { editing: "editing a card", writing: "writing a card", commenting: "commenting on a card" }[p.activity] ?? "looking";
      return `${p.name} (${doing} in ${lane.title})`;
    });
    this.presenceEl.textContent = `On the board now: ${described.join(", ") || "nobody else"}`;
  }
}
