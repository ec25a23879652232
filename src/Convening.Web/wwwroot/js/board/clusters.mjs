// Clusters on the live board (issue 13): a panel listing the board's named clusters (add, rename,
// remove), and on each card a "Cluster" control to put it in one or take it out. Kept apart from
// view.mjs: it hooks in through view.onCard and draws its own elements, keyed by id, so nothing a
// person is typing is replaced.
import { el, excerpt, hidden, label } from "./view.mjs";

export class Clusters {
  /** send(command) resolves to null when done, or the refusal's message; announce(text) speaks. */
  constructor(root, model, view, send, announce) {
    Object.assign(this, { root, model, view, send, announce });
    // Folded away by default (as on the page without JavaScript), so the lanes stay near the top.
    this.panel = el("details", { class: "govuk-details app-clusters", id: "clusters" },
      el("summary", { class: "govuk-details__summary" }, el("span", { class: "govuk-details__summary-text app-clusters__summary" })));
    this.panel.append(el("div", { class: "govuk-details__text" },
      el("p", { class: "govuk-body-s app-clusters__none", text: "No clusters yet. A cluster groups cards that belong together, across lanes." }),
      el("ul", { class: "govuk-list app-clusters__list" }),
      el("form", { class: "app-clusters__add", novalidate: true },
        el("div", { class: "govuk-form-group" },
          el("label", { class: "govuk-label govuk-label--s", for: "cluster-title", text: "New cluster" }),
          el("p", { class: "govuk-error-message", id: "cluster-title-error", hidden: true }),
          el("input", { class: "govuk-input govuk-input--width-20", id: "cluster-title", name: "text", type: "text", maxlength: "80" })),
        el("button", { type: "submit", class: "govuk-button govuk-button--secondary", text: "Add cluster" }))));
    view.onCard = (li, card, pending) => this.card(li, card, pending);
    root.addEventListener("submit", event => this.submitted(event));
    root.addEventListener("click", event => this.clicked(event));
  }

  /** Puts the panel above the lanes (once the view has drawn the board). */
  mount() {
    this.root.insertBefore(this.panel, this.view.lanesEl);
    this.render();
  }

  title(id) { return this.model.clusters.find(k => k.id === id)?.title; }

  render() {
    const m = this.model, list = this.panel.querySelector("ul");
    this.panel.querySelector(".app-clusters__summary").textContent = `Clusters (${m.clusters.length})`;
    this.panel.querySelector(".app-clusters__none").hidden = m.clusters.length > 0;
    this.panel.querySelector(".app-clusters__add").hidden = !m.mayEdit;
    for (const row of [...list.children]) if (!this.title(row.dataset.clusterId)) row.remove();
    m.clusters.forEach((cluster, i) => {
      let row = list.querySelector(`[data-cluster-id="${cluster.id}"]`);
      if (!row) {
        row = el("li", { "data-cluster-id": cluster.id },
          el("strong", { class: "app-clusters__name" }), " ", el("span", { class: "app-clusters__count" }),
          el("form", { class: "app-inline-form app-clusters__change", novalidate: true },
            el("label", { class: "govuk-label govuk-visually-hidden", for: `rename-cluster-${cluster.id}` }),
            el("input", { class: "govuk-input govuk-input--width-10", id: `rename-cluster-${cluster.id}`, name: "text", type: "text", maxlength: "80" }),
            el("button", { type: "submit", class: "govuk-button govuk-button--secondary", "data-cluster-action": "rename" }),
            el("button", { type: "button", class: "govuk-button govuk-button--warning", "data-cluster-action": "remove" })));
        row.querySelector("input").value = cluster.title;
      }
      if (list.children[i] !== row) list.insertBefore(row, list.children[i] ?? null);
      const count = [...m.cards.values()].filter(c => c.clusterId === cluster.id).length;
      row.querySelector(".app-clusters__name").textContent = cluster.title;
      row.querySelector(".app-clusters__count").textContent = `(${count} ${count === 1 ? "card" : "cards"})`;
      row.querySelector("label").textContent = `New name for cluster: ${cluster.title}`;
      const input = row.querySelector("input");
      if (document.activeElement !== input && input.dataset.shown === input.value) input.value = cluster.title;
      input.dataset.shown = input.value;
      row.querySelector("[data-cluster-action=rename]").replaceChildren("Rename", hidden(` cluster: ${cluster.title}`));
      row.querySelector("[data-cluster-action=remove]").replaceChildren("Remove", hidden(` cluster: ${cluster.title}`));
      row.querySelector("form").hidden = !m.mayEdit;
    });
  }

  /** The card's own cluster control: a button naming the card, opening a choice of clusters (made when first opened). */
  card(li, card, pending) {
    const m = this.model;
    let button = li.querySelector("[data-action=cluster]");
    const panel = li.querySelector(".app-card__cluster-panel");
    if (!button) li.querySelector(".app-card__actions").append(button = el("button", { type: "button", class: "app-card__button", "data-action": "cluster", "aria-expanded": "false" }, "", hidden("")));
    label(button, card.clusterId ? "Change cluster" : "Cluster", ` of card: ${excerpt(card.text)}`, !pending && m.mayEdit && m.clusters.length > 0);
    if (button.hidden && panel) panel.hidden = true;
    button.setAttribute("aria-expanded", String(!!panel && !panel.hidden));
    if (panel) {
      const name = excerpt(card.text);
      panel.querySelector("label").textContent = `Cluster for card: ${name}`;
      panel.querySelector("button").replaceChildren("Save", hidden(` the cluster for card: ${name}`));
      const select = panel.querySelector("select");
      if (panel.hidden) {
        select.replaceChildren(el("option", { value: "", text: "No cluster" }), ...m.clusters.map(k => el("option", { value: k.id, text: k.title })));
        select.value = card.clusterId ?? "";
      }
    }
    const title = this.title(card.clusterId);
    let tag = li.querySelector(".app-card__cluster");
    if (title && !tag) li.querySelector(".app-card__meta").after(tag = el("p", { class: "govuk-body-s app-card__cluster" }));
    if (tag) { tag.hidden = !title; tag.textContent = title ? `In cluster: ${title}` : ""; }
  }

  /** The choice of clusters for a card, made the first time its button is pressed. */
  cardPanel(li) {
    const id = li.dataset.cardId;
    const panel = el("form", { class: "app-card__cluster-panel", id: `card-${id}-cluster`, hidden: true, novalidate: true },
      el("label", { class: "govuk-label govuk-label--s", for: `cluster-${id}` }),
      el("select", { class: "govuk-select", id: `cluster-${id}`, name: "cluster" }),
      el("button", { type: "submit", class: "govuk-button govuk-button--secondary" }));
    li.querySelector(".app-card__error").before(panel);
    li.querySelector("[data-action=cluster]").setAttribute("aria-controls", panel.id);
    return panel;
  }

  clicked(event) {
    const button = event.target.closest("button[data-action=cluster], button[data-cluster-action=remove]");
    if (!button) return;
    if (button.dataset.action === "cluster") {
      const li = button.closest(".app-card"), panel = li.querySelector(".app-card__cluster-panel") ?? this.cardPanel(li);
      if (panel.hidden) this.card(li, this.model.cards.get(li.dataset.cardId), false);
      panel.hidden = !panel.hidden;
      button.setAttribute("aria-expanded", String(!panel.hidden));
      if (!panel.hidden) panel.querySelector("select").focus();
      return;
    }
    const id = button.closest("[data-cluster-id]").dataset.clusterId, title = this.title(id);
    this.run({ type: "removeCluster", clusterId: id }, `Cluster removed: ${title}. Its cards stay where they are.`);
  }

  async submitted(event) {
    const form = event.target;
    if (form.classList.contains("app-clusters__add")) {
      const input = form.querySelector("input"), text = input.value;
      const refused = await this.run({ type: "addCluster", title: text }, `Cluster added: ${text.trim()}`);
      const error = form.querySelector(".govuk-error-message");
      error.hidden = !refused;
      error.textContent = refused ? `Error: ${refused}` : "";
      form.querySelector(".govuk-form-group").classList.toggle("govuk-form-group--error", !!refused);
      if (!refused && input.value === text) input.value = "";
    } else if (form.classList.contains("app-clusters__change")) {
      const id = form.closest("[data-cluster-id]").dataset.clusterId, input = form.querySelector("input");
      if (!await this.run({ type: "renameCluster", clusterId: id, title: input.value }, `Cluster renamed: ${input.value.trim()}`))
        input.dataset.shown = input.value;
    } else if (form.classList.contains("app-card__cluster-panel")) {
      const li = form.closest(".app-card"), cardId = li.dataset.cardId, clusterId = form.querySelector("select").value || null;
      form.hidden = true;
      const said = clusterId ? `Put in cluster: ${this.title(clusterId)}` : "Taken out of its cluster";
      const refused = await this.run({ type: "clusterCard", cardId, clusterId }, said);
      this.card(li, this.model.cards.get(cardId) ?? { id: cardId, text: "" }, false);
      li.querySelector("[data-action=cluster]")?.focus();
      if (refused) { const error = li.querySelector(".app-card__error"); error.textContent = `Error: ${refused}`; error.hidden = false; }
    }
  }

  async run(command, said) {
    const refused = await this.send({ ...command, requestId: crypto.randomUUID?.() ?? String(Math.random()).slice(2) });
    this.announce(refused ? `Not done: ${refused}` : said);
    return refused;
  }
}
