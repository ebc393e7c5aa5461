/* zhpress: sortable figures tables (and the site's figures index). Served from the site itself; no other host is contacted. */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var raw = cell.getAttribute("data-sort");
    return raw !== null ? raw : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a && String(y) === b) return x - y;
    return a.localeCompare(b, document.documentElement.lang || undefined, { numeric: true });
  }

  // Rows are sorted within their group (a table grouped by section has one tbody per section);
  // a group's heading row stays at its top.
  function sortBy(table, index, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var rows = Array.prototype.filter.call(body.rows, function (row) { return row.hasAttribute("data-figure") || row.hasAttribute("data-article"); });
      rows.sort(function (r1, r2) {
        var result = compare(cellValue(r1, index), cellValue(r2, index));
        return ascending ? result : -result;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  }

  function setup() {
    document.querySelectorAll("table.zp-figures, table.zp-index").forEach(function (table) {
      if (table.getAttribute("data-zp-sortable")) return;
      table.setAttribute("data-zp-sortable", "1");
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "zp-sort";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () { sortBy(table, index, th); });
      });
    });
  }

  if (typeof document$ !== "undefined") { document$.subscribe(setup); }
  else if (document.readyState !== "loading") { setup(); }
  else { document.addEventListener("DOMContentLoaded", setup); }
})();
