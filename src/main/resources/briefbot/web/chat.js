// Briefbot's local chat page: asks POST /api/ask within one conversation (so follow-ups follow) and shows each
// answer with its numbered sources, the way the chat bots show them. Everything from the server is inserted as
// text, never as HTML. The conversation is kept in this tab (sessionStorage), so "back to the answer" finds it.
// The page's own words come with the page, in the browser's language; an answer's frame ("Understood as",
// "paragraph 3") is in the answer's language, as on Slack and Teams.
"use strict";

(function () {
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const fresh = document.getElementById("new");
  const log = document.getElementById("log");
  const STORE = "briefbot.chat";
  const WORDS = JSON.parse(document.getElementById("words").textContent);
  const PAGE = WORDS.page;

  function answerWords(reply) {
    return WORDS.answers[reply.language] || WORDS.answers[document.documentElement.lang] || WORDS.answers.en;
  }

  function fill1(text, value) {
    return text.replace("{0}", value);
  }

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE) || "null");
      if (saved && typeof saved.conversation === "string" && Array.isArray(saved.exchanges)) return saved;
    } catch (e) {
      // a damaged entry starts a new conversation
    }
    return {conversation: newId(), exchanges: []};
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return String(Date.now()) + "-" + Math.random().toString(36).slice(2);
  }

  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) {
      // storage full or off: the page still works, "back to the answer" just finds nothing
    }
  }

  let state = load();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function webLink(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url);
  }

  // The reader page on this server, whatever address the server thinks it has: a relative link.
  function readerLink(c, exchange) {
    const params = new URLSearchParams({answer: String(exchange.n), q: exchange.question});
    return "/articles/" + encodeURIComponent(c.articleId) + "?" + params + "#p" + c.paragraph;
  }

  function link(href, text, className) {
    const a = el("a", className, text);
    a.href = href;
    return a;
  }

  // "... jets [1]." -> text with [1] as a link to citation 1's paragraph.
  function answerText(text, citations, exchange, words) {
    const p = el("p", "a");
    const byNumber = new Map(citations.map(c => [c.n, c]));
    for (const part of text.split(/(\[\d+\])/)) {
      const m = /^\[(\d+)\]$/.exec(part);
      const c = m && byNumber.get(Number(m[1]));
      if (c) {
        const a = link(readerLink(c, exchange), part, "cite");
        a.title = (c.title || c.articleId) + ", " + words.paragraph + " " + c.paragraph;
        p.append(a);
      } else if (part) {
        p.append(document.createTextNode(part));
      }
    }
    return p;
  }

  function sources(citations, exchange, words) {
    const list = el("ol", "sources");
    for (const c of citations) {
      const item = el("li");
      item.append(link(readerLink(c, exchange), "[" + c.n + "] " + (c.title || c.articleId), "source"));
      const where = [c.source, words.paragraph + " " + c.paragraph].filter(Boolean).join(", ");
      item.append(el("span", "where", " — " + where));
      if (webLink(c.originalUrl)) {
        item.append(document.createTextNode(" · "));
        const original = link(c.originalUrl, words.original, "original");
        original.rel = "noopener noreferrer nofollow";
        item.append(original);
      }
      item.append(el("blockquote", null, c.text));
      list.append(item);
    }
    return list;
  }

  function box(exchange) {
    const node = el("article", "exchange");
    node.id = "answer-" + exchange.n;
    node.append(el("p", "q", exchange.question));
    return node;
  }

  function fill(node, exchange) {
    const reply = exchange.reply;
    const words = answerWords(reply);
    node.className = "exchange " + (reply.status || "error");
    node.removeAttribute("aria-busy");
    node.querySelectorAll(".searching").forEach(s => s.remove());
    if (reply.question && reply.status === "answered" && reply.question !== exchange.question) {
      node.append(el("p", "understood", words.understoodAs + ": " + reply.question));
    }
    if (reply.status === "answered") {
      node.append(answerText(reply.answer, reply.citations || [], exchange, words));
      node.append(sources(reply.citations || [], exchange, words));
    } else if (reply.status === "no_answer" || reply.status === "reply") {
      node.append(el("p", "a", reply.answer));
      // a refusal's closest paragraphs, to read: its text says they may not answer
      if (reply.closest && reply.closest.length) {
        node.append(sources(reply.closest, exchange, words));
      }
    } else {
      node.append(el("p", "a", reply.error || PAGE.failed));
    }
  }

  function searching(node) {
    node.className = "exchange pending";
    node.setAttribute("aria-busy", "true");
    const status = el("p", "a searching", PAGE.searching);
    status.setAttribute("role", "status");
    node.append(status);
  }

  async function ask(question) {
    const exchange = {n: state.exchanges.length + 1, question: question, reply: null};
    const node = box(exchange);
    searching(node);
    log.prepend(node);
    send.disabled = true;
    send.textContent = PAGE.searchingButton;
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({question: question, conversation: state.conversation})
      });
      try {
        exchange.reply = await response.json();
      } catch (e) {
        exchange.reply = {error: fill1(PAGE.unreadable, response.status)};
      }
      if (response.ok) input.value = "";
    } catch (e) {
      exchange.reply = {error: fill1(PAGE.unreachable, e.message)};
    } finally {
      fill(node, exchange);
      state.exchanges.push(exchange);
      save();
      send.disabled = false;
      send.textContent = PAGE.ask;
      input.focus();
    }
  }

  function restore() {
    for (const exchange of state.exchanges) {
      if (!exchange || !exchange.reply) continue;
      const node = box(exchange);
      fill(node, exchange);
      log.prepend(node);
    }
    const target = /^#answer-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
    if (target) {
      target.classList.add("focus");
      target.scrollIntoView({block: "start"});
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (question && !send.disabled) ask(question);
  });

  fresh.addEventListener("click", () => {
    state = {conversation: newId(), exchanges: []};
    save();
    log.replaceChildren();
    input.focus();
  });

  restore();
})();
