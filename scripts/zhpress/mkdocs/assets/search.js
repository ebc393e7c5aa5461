/* zhpress: the header search box runs the language's Pagefind index (`pagefind/` of the language's folder).
 *
 * Chinese: the query is folded with the index's own table (zhpress-fold.json: variants to one
 * Simplified form) and searched as an exact phrase of single characters, so a page is found exactly
 * when it holds the query as a substring; results are shown from the page's own text, in its script.
 * Nothing is fetched before the reader opens the search; every file comes from this site.
 */
(function () {
  "use strict";

  var PAGE = 10; // results shown at a time
  var CONTEXT = 40; // characters of excerpt around the first match

  // Pagefind hands metadata back HTML-escaped: the text itself, through an element that runs nothing.
  var decoder = document.createElement("textarea");
  function decode(text) {
    decoder.innerHTML = text || "";
    return decoder.value;
  }

  function Search(root) {
    this.root = root;
    this.base = new URL(root.getAttribute("data-zp-search"), document.baseURI);
    this.chinese = root.getAttribute("data-zp-chinese") === "1";
    this.input = root.querySelector(".md-search__input");
    this.meta = root.querySelector(".md-search-result__meta");
    this.list = root.querySelector(".md-search-result__list");
    this.toggle = document.getElementById("__search");
    this.ready = null;
    this.serial = 0;
    this.timer = null;
  }

  Search.prototype.text = function (name, count) {
    var text = this.root.getAttribute("data-zp-" + name) || "";
    return count === undefined ? text : text.replace("#", String(count));
  };

  Search.prototype.load = function () {
    if (this.ready) return this.ready;
    var self = this;
    var bundle = new URL("pagefind/", this.base);
    var fold = this.chinese
      ? fetch(new URL("zhpress-fold.json", bundle)).then(function (r) { return r.json(); })
      : Promise.resolve(null);
    this.ready = Promise.all([import(new URL("pagefind.js", bundle).href), fold]).then(function (loaded) {
      var pagefind = loaded[0];
      self.fold = loaded[1];
      // noWorker: search on the page's own thread. A query costs milliseconds there, and Pagefind's
      // worker gives up starting after 5 s on a busy machine; it also saves fetching the worker's script.
      var settings = { basePath: bundle.pathname, baseUrl: self.base.pathname, excerptLength: 30, noWorker: true };
      return pagefind.options(settings).then(function () {
        return pagefind;
      });
    });
    return this.ready;
  };

  // The query as the index holds it: one folded character per token, as an exact phrase; null: nothing can match.
  Search.prototype.phrase = function (query) {
    var fold = this.fold, tokens = [];
    for (var ch of query) {
      if (/\s/.test(ch)) continue;
      if (ch === '"') ch = "\uff02";
      else if (/[A-Z]/.test(ch)) ch = ch.toLowerCase();
      else if (/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch)) ch = String.fromCharCode(ch.charCodeAt(0) - 0xfee0).toLowerCase();
      else if (fold.map[ch]) ch = fold.map[ch];
      if (!/[\p{L}\p{N}\p{M}]/u.test(ch) && fold.punctuation.indexOf(ch) < 0) return null; // not in the index
      tokens.push(ch);
    }
    return tokens.length ? '"' + tokens.join(" ") + '"' : "";
  };

  Search.prototype.run = function () {
    var self = this, query = this.input.value, serial = ++this.serial;
    this.root.setAttribute("data-zp-state", "busy");
    if (!query.trim()) {
      this.show(this.text("placeholder"), []);
      return;
    }
    this.meta.textContent = this.text("loading");
    this.load().then(function (pagefind) {
      var term = self.chinese ? self.phrase(query) : query;
      if (term === null) return { results: [] };
      return pagefind.search(term);
    }).then(function (search) {
      if (serial !== self.serial) return;
      var results = (search && search.results) || [];
      var n = results.length;
      self.show(n === 0 ? self.text("none") : n === 1 ? self.text("one") : self.text("other", n), results);
    }).catch(function (error) {
      if (serial === self.serial) {
        self.meta.textContent = String(error);
        self.root.setAttribute("data-zp-state", "error");
      }
    });
  };

  Search.prototype.show = function (message, results) {
    this.meta.textContent = message;
    this.list.textContent = "";
    this.results = results;
    this.shown = 0;
    this.more();
  };

  Search.prototype.more = function () {
    var self = this, serial = this.serial;
    var batch = this.results.slice(this.shown, this.shown + PAGE);
    this.shown += batch.length;
    var old = this.list.querySelector(".zp-search-more");
    if (old) old.parentNode.removeChild(old);
    Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      if (serial !== self.serial) return;
      pages.forEach(function (page) { self.list.appendChild(self.item(page)); });
      self.root.setAttribute("data-zp-state", "done"); // results shown (tests and scripts wait for it)
      if (self.shown < self.results.length) {
        var li = document.createElement("li");
        li.className = "md-search-result__item zp-search-more";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-search-result__link";
        button.textContent = self.text("more");
        button.addEventListener("click", function () { self.more(); });
        li.appendChild(button);
        self.list.appendChild(li);
      }
    });
  };

  Search.prototype.item = function (page) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = new URL(page.url, this.base).href; // an absolute path: baseUrl is the language's root
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var h = document.createElement("h1");
    h.textContent = decode(page.meta.title) || page.url;
    var p = document.createElement("p");
    if (this.chinese) this.excerpt(p, decode(page.meta.text), page.locations || []);
    else this.words(p, decode(page.content), page.locations || []);
    article.appendChild(h);
    article.appendChild(p);
    a.appendChild(article);
    li.appendChild(a);
    return li;
  };

  // The page's own text around its first match; the matched characters marked. Token i of the index
  // is the i-th character of the own text that is not a space (see zhpress/search/records.py).
  Search.prototype.excerpt = function (p, text, locations) {
    var chars = Array.from(text), at = [], sep = this.fold.separator;
    chars.forEach(function (ch, i) { if (ch !== " ") at.push(i); });
    var marked = {};
    locations.forEach(function (t) { if (t < at.length) marked[at[t]] = true; });
    var first = locations.length && locations[0] < at.length ? at[locations[0]] : 0;
    var start = Math.max(0, first - CONTEXT), end = Math.min(chars.length, first + CONTEXT);
    if (start > 0) p.appendChild(document.createTextNode("…"));
    var run = "";
    for (var i = start; i < end; i++) {
      var ch = chars[i] === sep ? " · " : chars[i];
      if (marked[i]) {
        if (run) p.appendChild(document.createTextNode(run));
        run = "";
        var mark = document.createElement("mark");
        mark.textContent = ch;
        p.appendChild(mark);
      } else run += ch;
    }
    if (run) p.appendChild(document.createTextNode(run));
    if (end < chars.length) p.appendChild(document.createTextNode("…"));
  };

  // A page written with spaces: the words around the first match, the matched words marked (text only).
  Search.prototype.words = function (p, content, locations) {
    var words = content.split(/\s+/), marked = {};
    locations.forEach(function (t) { marked[t] = true; });
    var first = locations.length ? locations[0] : 0;
    var start = Math.max(0, first - 12), end = Math.min(words.length, first + 18);
    if (start > 0) p.appendChild(document.createTextNode("… "));
    for (var i = start; i < end; i++) {
      if (marked[i]) {
        var mark = document.createElement("mark");
        mark.textContent = words[i];
        p.appendChild(mark);
      } else p.appendChild(document.createTextNode(words[i]));
      if (i < end - 1) p.appendChild(document.createTextNode(" "));
    }
    if (end < words.length) p.appendChild(document.createTextNode(" …"));
  };

  Search.prototype.open = function () {
    if (this.toggle && !this.toggle.checked) {
      this.toggle.checked = true;
      this.toggle.dispatchEvent(new Event("change"));
    }
  };

  Search.prototype.close = function () {
    if (this.toggle && this.toggle.checked) {
      this.toggle.checked = false;
      this.toggle.dispatchEvent(new Event("change"));
    }
    this.input.blur();
  };

  Search.prototype.setup = function () {
    var self = this;
    this.input.addEventListener("focus", function () { self.open(); });
    this.input.addEventListener("input", function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.run(); }, 150);
    });
    this.root.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      var first = self.list.querySelector("a.md-search-result__link");
      if (first) window.location.href = first.href;
    });
    this.root.querySelector("form").addEventListener("reset", function () {
      setTimeout(function () { self.run(); self.input.focus(); }, 0);
    });
    if (this.toggle) {
      this.toggle.addEventListener("change", function () {
        if (self.toggle.checked) setTimeout(function () { if (self.toggle.checked) self.input.focus(); }, 50);
      });
    }
    document.addEventListener("keydown", function (event) {
      var inField = /^(INPUT|TEXTAREA|SELECT)$/.test((event.target && event.target.tagName) || "") ||
        (event.target && event.target.isContentEditable);
      if (event.key === "Escape" && self.toggle && self.toggle.checked) {
        self.close();
      } else if (!inField && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        self.open();
        self.input.focus();
      }
    });
  };

  function start() {
    var root = document.querySelector(".md-search[data-zp-search]");
    if (root && !root.zpSearch) {
      root.zpSearch = new Search(root);
      root.zpSearch.setup();
    }
  }

  if (document.readyState !== "loading") start();
  else document.addEventListener("DOMContentLoaded", start);
})();
