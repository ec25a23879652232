// The board as this browser knows it: built from the hub's BoardView, then kept in step by applying
// each change in version order. Pure data, no DOM: apply() says what changed so the view can touch
// only those cards and lanes.

export class BoardModel {
  constructor(board, me) {
    this.me = me;
    this.id = board.id;
    this.version = board.version;
    this.canEdit = board.canEdit;
    this.canFacilitate = board.canFacilitate;
    this.locked = board.locked;
    this.timerEndsAt = board.timerEndsAt;
    this.focusLaneId = board.focusLaneId;
    this.focusCardId = board.focusCardId ?? null;
    this.present = board.present ?? [];
    this.vote = board.vote?.open ? { perPerson: board.vote.votesPerPerson, closesAt: board.vote.closesAt, mine: { ...board.vote.myVotes } } : null;
    this.results = board.vote && !board.vote.open ? { ...(board.vote.results ?? {}) } : null;
    this.privateWriting = board.privateWriting ?? false;
    this.hiddenCards = board.hiddenCards ?? 0;
    this.clusters = (board.clusters ?? []).map(k => ({ ...k }));
    // The learning cycle or gathering that opened the board: what its cards can become (decision 0041).
    this.context = board.context ?? null;
    // A lane's order holds the cards everyone sees; this person's private cards follow them, apart.
    // A lane may be loaded only in part (decision 0038): cardIds are its first cards, total how many it has.
    // heldIds: cards moved past the loaded ones while this person was editing them, kept until they finish.
    this.lanes = board.lanes.map(l => {
      const cardIds = l.cards.filter(c => !c.private).map(c => c.id);
      return { id: l.id, title: l.title, cardIds, heldIds: [], privateIds: l.cards.filter(c => c.private).map(c => c.id), total: Math.max(l.total ?? 0, cardIds.length) };
    });
    /** Whether a card is being worked on here (set by the page): such a card is never dropped from the model. */
    this.holding = () => false;
    this.cards = new Map();
    for (const lane of board.lanes)
      for (const card of lane.cards) this.cards.set(card.id, { ...card, laneId: lane.id, comments: [...card.comments], outcomes: [...(card.outcomes ?? [])] });
  }

  lane(id) { return this.lanes.find(l => l.id === id); }

  /** How many of a lane's cards are not loaded yet. */
  unloaded(lane) { return Math.max(0, lane.total - lane.cardIds.length); }

  /**
   * Adds a page of a lane's cards ("show more"), if it was taken at this model's version and starts
   * where the loaded cards end; otherwise says so, and the caller asks again.
   */
  merge(page) {
    const lane = this.lane(page.laneId);
    if (!lane) return "gone";
    if (page.version !== this.version || page.from !== lane.cardIds.length) return "stale";
    for (const card of page.cards) {
      // A card held while being edited takes its place among the loaded ones again.
      if (lane.heldIds.includes(card.id)) lane.heldIds = lane.heldIds.filter(c => c !== card.id);
      else if (this.cards.has(card.id)) continue;
      else this.cards.set(card.id, { ...card, laneId: lane.id, comments: [...card.comments], outcomes: [...(card.outcomes ?? [])] });
      lane.cardIds.push(card.id);
    }
    lane.total = Math.max(page.total, lane.cardIds.length);
    return "merged";
  }

  /**
   * Lets go of a card held past a lane's loaded cards once nobody here is working on it: it is
   * dropped, like any card not loaded. Returns its lane, or null when it was not held.
   */
  release(cardId) {
    const lane = this.lanes.find(l => l.heldIds.includes(cardId));
    if (!lane) return null;
    lane.heldIds = lane.heldIds.filter(c => c !== cardId);
    this.cards.delete(cardId);
    return lane;
  }

  /** May this person change cards at all now (members, and not while locked unless facilitating)? */
  get mayEdit() { return this.canEdit && (!this.locked || this.canFacilitate); }

  mayChange(card) { return this.mayEdit && (this.canFacilitate || card.author.id === this.me); }

  /** What a card can become here, as the server's list view offers it: [kind, label] pairs. */
  offers(card) {
    if (card.private || !this.mayEdit) return [];
    const has = kind => (card.outcomes ?? []).some(o => o.kind === kind);
    const offers = [];
    if (this.context?.kind === "Cycle" && !has("Experiment")) offers.push(["experiment", "Make this an experiment"]);
    if (this.context?.kind === "Gathering" && !has("Action")) offers.push(["action", "Make this an action"]);
    offers.push(["evidence", "Use as evidence"]);
    return offers;
  }

  mine(cardId) { return this.vote?.mine[cardId] ?? 0; }

  votes(cardId) { return this.results ? (this.results[cardId] ?? 0) : null; }

  /** Applies one change (the next version); returns what the view should refresh. */
  apply(change) {
    this.version = change.version;
    const e = change.event;
    const done = { cards: new Set(), lanes: new Set(), status: false, lanesChanged: false, allCards: false, change };
    // Whether each lane was wholly loaded before this change: a card placed beyond the loaded ones
    // is counted but not loaded, so the loaded cards stay the lane's first, in order.
    const whole = new Map(this.lanes.map(l => [l.id, l.cardIds.length >= l.total]));
    const removeFromLane = id => {
      const card = this.cards.get(id);
      const lane = card && this.lane(card.laneId);
      if (lane) {
        if (!card.private && (lane.cardIds.includes(id) || lane.heldIds.includes(id))) lane.total = Math.max(0, lane.total - 1);
        lane.cardIds = lane.cardIds.filter(c => c !== id); lane.heldIds = lane.heldIds.filter(c => c !== id); lane.privateIds = lane.privateIds.filter(c => c !== id); done.lanes.add(lane.id);
      }
    };
    const place = (card, position) => {
      const lane = this.lane(card.laneId);
      if (!lane) return;
      done.lanes.add(lane.id); done.cards.add(card.id);
      if (card.private) { lane.privateIds.push(card.id); return; }
      lane.total++;
      const at = Math.max(0, position ?? lane.total);
      if (whole.get(lane.id) ? false : at > lane.cardIds.length) {
        // Someone here is editing it: it stays (after the loaded cards) until they finish, so nothing typed is lost.
        if (this.holding(card.id)) { lane.heldIds.push(card.id); done.held = card.id; return; }
        this.cards.delete(card.id); done.unloaded = card.id; return;
      }
      lane.cardIds.splice(Math.min(at, lane.cardIds.length), 0, card.id);
    };
    switch (e.type) {
      case "cardAdded": {
        const card = { id: e.cardId, laneId: e.laneId, text: e.text, colour: e.colour, author: change.actor, createdAt: change.at, comments: [], votes: null, private: !!e.private };
        this.cards.set(e.cardId, card);
        place(card);
        break;
      }
      case "cardRestored": {
        const card = { id: e.cardId, laneId: e.laneId, text: e.text, colour: e.colour, author: e.author, createdAt: e.createdAt, comments: [...e.comments], votes: null, private: !!e.private, clusterId: e.clusterId ?? null };
        this.cards.set(e.cardId, card);
        place(card);
        break;
      }
      case "privateWritingStarted":
        this.privateWriting = true;
        this.hiddenCards = 0;
        done.status = true;
        break;
      case "privateWork":
        // Someone did something to a card only they can see: how many there are is all that is known.
        this.hiddenCards = Math.max(0, e.privateCards - this.lanes.reduce((n, l) => n + l.privateIds.length, 0));
        done.status = true;
        break;
      case "cardsRevealed":
        this.privateWriting = false;
        this.hiddenCards = 0;
        for (const { laneId, card: shown } of e.cards) {
          const mine = this.cards.get(shown.id);
          removeFromLane(shown.id);
          // Your own card keeps your name on your page, even when revealed without names.
          const card = { ...shown, laneId, comments: [...shown.comments], outcomes: [...(shown.outcomes ?? [])], private: false, author: mine?.author ?? shown.author };
          this.cards.set(card.id, card);
          place(card);
        }
        done.status = true;
        break;
      case "cardEdited": {
        const card = this.cards.get(e.cardId);
        if (card) Object.assign(card, { text: e.text, colour: e.colour });
        done.cards.add(e.cardId);
        break;
      }
      case "cardMoved": {
        // A card not loaded here comes with the move, to be shown if it lands among the loaded ones.
        const known = this.cards.get(e.cardId);
        const card = known ?? (e.card && { ...e.card, comments: [...e.card.comments], outcomes: [...(e.card.outcomes ?? [])], private: !!e.card.private });
        if (known) removeFromLane(e.cardId);
        if (!card) break;
        card.laneId = e.laneId;
        this.cards.set(card.id, card);
        place(card, e.position);
        break;
      }
      case "cardDeleted":
        removeFromLane(e.cardId);
        this.cards.delete(e.cardId);
        if (this.vote) delete this.vote.mine[e.cardId];
        done.cards.add(e.cardId);
        break;
      case "commentAdded": {
        const card = this.cards.get(e.cardId);
        card?.comments.push({ id: e.commentId, author: change.actor, text: e.text, at: change.at });
        done.cards.add(e.cardId);
        break;
      }
      case "voteCast":
      case "voteRetracted":
        if (this.vote && change.actor.id === this.me && e.cardId) {
          this.vote.mine[e.cardId] = Math.max(0, this.mine(e.cardId) + (e.type === "voteCast" ? 1 : -1));
          done.cards.add(e.cardId);
        }
        done.status = true;
        break;
      case "voteOpened":
        this.vote = { perPerson: e.votesPerPerson, closesAt: e.closesAt, mine: {} };
        this.results = null;
        done.status = done.allCards = true;
        break;
      case "voteClosed":
        this.vote = null;
        this.results = { ...e.results };
        done.status = done.allCards = true;
        break;
      case "laneAdded":
        this.lanes.push({ id: e.laneId, title: e.title, cardIds: [], heldIds: [], privateIds: [], total: 0 });
        done.lanesChanged = true;
        break;
      case "templateApplied":
        for (const lane of e.lanes) this.lanes.push({ id: lane.laneId, title: lane.title, cardIds: [], heldIds: [], privateIds: [], total: 0 });
        done.lanesChanged = true;
        break;
      case "laneRenamed":
        if (this.lane(e.laneId)) this.lane(e.laneId).title = e.title;
        done.lanesChanged = true;
        break;
      case "laneRemoved":
        this.lanes = this.lanes.filter(l => l.id !== e.laneId);
        if (this.focusLaneId === e.laneId) this.focusLaneId = null;
        done.lanesChanged = done.status = true;
        break;
      case "timerStarted":
        this.timerEndsAt = e.endsAt;
        done.status = true;
        break;
      case "timerStopped":
        this.timerEndsAt = null;
        done.status = true;
        break;
      case "lockChanged":
        this.locked = e.locked;
        done.status = done.allCards = done.lanesChanged = true;
        break;
      case "laneFocused":
        this.focusLaneId = e.laneId;
        this.focusCardId = e.cardId ?? null;
        done.status = true;
        done.focus = true;
        break;
      case "clusterAdded":
        this.clusters.push({ id: e.clusterId, title: e.title });
        done.clusters = done.allCards = true;
        break;
      case "clusterRenamed": {
        const cluster = this.clusters.find(k => k.id === e.clusterId);
        if (cluster) cluster.title = e.title;
        done.clusters = done.allCards = true;
        break;
      }
      case "clusterRemoved":
        this.clusters = this.clusters.filter(k => k.id !== e.clusterId);
        for (const card of this.cards.values()) if (card.clusterId === e.clusterId) card.clusterId = null;
        done.clusters = done.allCards = true;
        break;
      case "cardClustered": {
        const card = this.cards.get(e.cardId);
        if (card) card.clusterId = e.clusterId ?? null;
        done.cards.add(e.cardId);
        done.clusters = true;
        break;
      }
      case "cardPromoted": {
        const card = this.cards.get(e.cardId);
        if (card) card.outcomes = [...(card.outcomes ?? []), e.outcome];
        done.cards.add(e.cardId);
        break;
      }
      default:
        done.status = true;
    }
    // The server's counts, where it sent them, put right what could not be known here (a card
    // not loaded that was added, moved or deleted).
    for (const [laneId, count] of Object.entries(change.laneCounts ?? {})) {
      const lane = this.lane(laneId);
      if (lane && lane.total !== count) { lane.total = Math.max(count, lane.cardIds.length); done.lanes.add(laneId); }
    }
    return done;
  }
}
