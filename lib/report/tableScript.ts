/**
 * Browser code (ES5, one IIFE) that makes report tables sortable and long ones filterable. It moves
 * the header's own text into a `<button>` (keyboard and screen-reader reachable), marks the sorted
 * column with `aria-sort`, reorders existing rows and hides rows with the `hidden` attribute; it
 * reads cells with `textContent` and creates only empty elements, so no data becomes markup.
 * Part of {@link interactiveScript}.
 */
export const tableScript = `(function () {
  "use strict";
  var longTable = 10;
  // The page's language gives the words (body data attributes); English when it gives none.
  function word(name, fallback) {
    return (document.body && document.body.getAttribute("data-" + name)) || fallback;
  }
  function fill(template, values) {
    for (var key in values) template = template.split("{" + key + "}").join(String(values[key]));
    return template;
  }
  var rowCount = word("row-count", "{n} rows");
  var rowsOf = word("rows-of", "{shown} of {total} rows");
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  function isDigit(c) { return c >= "0" && c <= "9"; }
  // The number a cell starts with ("1,204", "−0.6/day", "65.5% [54.8–74.8%]", "₩5,000"), read
  // with a loop, not a pattern; NaN when it does not start with one or is a date or time
  // ("2026-10-29", "5/6/2026", "14:05"), which sort as text.
  function leadingNumber(text) {
    var i = 0, sign = 1, digits = "", seen = false;
    while (i < text.length && (text[i] === " " || text[i] === "₩" || text[i] === "+")) i++;
    if (text[i] === "-" || text[i] === "−") { sign = -1; i++; }
    if (text[i] === "₩") i++;
    for (; i < text.length; i++) {
      var c = text[i];
      if (isDigit(c)) { digits += c; seen = true; }
      else if (c === "." && digits.indexOf(".") < 0) digits += c;
      else if (c === "," && seen && isDigit(text[i + 1] || "")) continue;
      else break;
    }
    var next = text[i], after = text[i + 1] || "";
    if ((next === "-" || next === "/" || next === ":") && isDigit(after)) return NaN;
    return seen ? sign * Number(digits) : NaN;
  }
  function cellText(row, k) {
    var cell = row.cells[k];
    return cell ? cell.textContent.trim() : "";
  }
  function isBlank(text) { return text === "" || text === "–" || text === "—" || text === "n/a"; }
  function sortBy(table, th, k) {
    var body = table.tBodies[0];
    var keyed = Array.prototype.map.call(body.rows, function (row, i) {
      var text = cellText(row, k);
      return { row: row, i: i, text: text, value: leadingNumber(text) };
    });
    var numeric = keyed.every(function (r) { return isBlank(r.text) || !isNaN(r.value); });
    var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    keyed.sort(function (a, b) {
      // Blank and missing values stay last in both directions; ties keep the page's order.
      var blankA = isBlank(a.text) || (numeric && isNaN(a.value));
      var blankB = isBlank(b.text) || (numeric && isNaN(b.value));
      if (blankA || blankB) return blankA === blankB ? a.i - b.i : blankA ? 1 : -1;
      var c = numeric ? a.value - b.value : a.text.localeCompare(b.text, undefined, { numeric: true });
      return direction * c || a.i - b.i;
    });
    keyed.forEach(function (r) { body.appendChild(r.row); });
    each(th.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
  }
  function sortButton(table, th, k) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) button.appendChild(th.firstChild);
    var arrow = document.createElement("span");
    arrow.className = "sort-arrow";
    arrow.setAttribute("aria-hidden", "true");
    button.appendChild(arrow);
    button.addEventListener("click", function () { sortBy(table, th, k); });
    th.appendChild(button);
  }
  function filterBox(table) {
    var rows = table.tBodies[0].rows;
    var total = rows.length;
    var box = document.createElement("div");
    box.className = "table-filter";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = word("filter-placeholder", "Filter rows");
    input.setAttribute("aria-label", word("filter-label", "Filter the rows of the next table"));
    var count = document.createElement("span");
    count.className = "table-filter-count";
    count.setAttribute("aria-live", "polite");
    count.textContent = fill(rowCount, { n: total });
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      each(rows, function (row) {
        var keep = query === "" || row.textContent.toLowerCase().indexOf(query) >= 0;
        row.hidden = !keep;
        if (keep) shown++;
      });
      count.textContent =
        query === "" ? fill(rowCount, { n: total }) : fill(rowsOf, { shown: shown, total: total });
    });
    box.appendChild(input);
    box.appendChild(count);
    table.parentNode.insertBefore(box, table);
  }
  each(document.querySelectorAll("table"), function (table) {
    var head = table.tHead && table.tHead.rows.length === 1 ? table.tHead.rows[0] : null;
    var body = table.tBodies.length === 1 ? table.tBodies[0] : null;
    if (!head || !body || body.rows.length < 2) return;
    each(head.cells, function (th, k) {
      if (th.textContent.trim() !== "" && th.colSpan === 1) sortButton(table, th, k);
    });
    if (body.rows.length > longTable) filterBox(table);
  });
})();`;
