// Briefbot's local chat page: asks POST /api/ask and shows the answer with its numbered sources,
// the way the chat bots show them. Everything from the server is inserted as text, never as HTML.
"use strict";

(function () {
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const log = document.getElementById("log");

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function webLink(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url);
  }

  function link(url, text, className) {
    if (!webLink(url)) return el("span", className, text);
    const a = el("a", className, text);
    a.href = url;
    return a;
  }

  // "... jets [1]." -> text with [1] as a link to citation 1's paragraph.
  function answerText(text, citations) {
    const p = el("p", "a");
    const byNumber = new Map(citations.map(c => [c.n, c]));
    const parts = text.split(/(\[\d+\])/);
    for (const part of parts) {
      const m = /^\[(\d+)\]$/.exec(part);
      const c = m && byNumber.get(Number(m[1]));
      if (c) {
        const a = link(c.url, part, "cite");
        a.title = (c.title || c.articleId) + ", paragraph " + c.paragraph;
        p.append(a);
      } else if (part) {
        p.append(document.createTextNode(part));
      }
    }
    return p;
  }

  function sources(citations) {
    const list = el("ol", "sources");
    for (const c of citations) {
      const item = el("li");
      item.id = "source-" + c.n;
      item.append(link(c.url, "[" + c.n + "] " + (c.title || c.articleId), "source"));
      const where = [c.source, "paragraph " + c.paragraph].filter(Boolean).join(", ");
      item.append(el("span", "where", " — " + where));
      if (webLink(c.originalUrl)) {
        item.append(document.createTextNode(" · "));
        const original = link(c.originalUrl, "original", "original");
        original.rel = "noopener noreferrer nofollow";
        item.append(original);
      }
      item.append(el("blockquote", null, c.text));
      list.append(item);
    }
    return list;
  }

  function show(question, reply) {
    const box = el("article", "exchange " + (reply.status || "error"));
    box.append(el("p", "q", question));
    if (reply.status === "answered") {
      box.append(answerText(reply.answer, reply.citations || []));
      box.append(sources(reply.citations || []));
    } else if (reply.status === "no_answer") {
      box.append(el("p", "a", reply.answer));
    } else {
      box.append(el("p", "a", reply.error || "Something went wrong; please try again."));
    }
    log.prepend(box);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    send.disabled = true;
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({question: question})
      });
      let reply;
      try {
        reply = await response.json();
      } catch (e) {
        reply = {error: "The server answered " + response.status + " without a readable reply."};
      }
      show(question, reply);
      if (response.ok) input.value = "";
    } catch (e) {
      show(question, {error: "Briefbot could not be reached: " + e.message});
    } finally {
      send.disabled = false;
      input.focus();
    }
  });
})();
