/**
 * Browser code (ES5, one IIFE) that shows a chart mark's values at once on hover: the text of the
 * mark's own SVG `<title>` (which gives the same text, slower, with JavaScript off) in a floating
 * box set with `textContent`. The `<title>` is held aside while the box shows, so the browser's
 * tooltip does not double it; a scroll hides it once the mark is no longer under the pointer.
 * Chart numbers open for printing. Part of {@link interactiveScript}.
 */
export const chartScript = `(function () {
  "use strict";
  var tip = null, held = null, pointer = null;
  function ownTitle(element) {
    for (var child = element.firstElementChild; child; child = child.nextElementSibling)
      if (child.localName === "title") return child;
    return null;
  }
  function hide() {
    if (held) {
      held.mark.insertBefore(held.title, held.mark.firstChild);
      held.mark.classList.remove("chart-hover");
      held = null;
    }
    if (tip) tip.hidden = true;
  }
  function place(event) {
    pointer = { x: event.clientX, y: event.clientY };
    var x = event.clientX + 14, y = event.clientY + 14;
    var box = tip.getBoundingClientRect();
    if (x + box.width > window.innerWidth - 4) x = Math.max(4, event.clientX - box.width - 14);
    if (y + box.height > window.innerHeight - 4) y = Math.max(4, event.clientY - box.height - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  document.addEventListener("pointerover", function (event) {
    var mark = event.target;
    if (!mark || !mark.ownerSVGElement || (held && held.mark === mark)) return;
    var title = ownTitle(mark);
    hide();
    if (!title) return;
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "chart-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = title.textContent;
    tip.hidden = false;
    held = { mark: mark, title: title };
    mark.removeChild(title);
    mark.classList.add("chart-hover");
    place(event);
  });
  document.addEventListener("pointermove", function (event) { if (held) place(event); });
  document.addEventListener("pointerout", function (event) {
    if (held && event.target === held.mark) hide();
  });
  // A scroll moves the page under a still pointer: the box goes only if the mark went with it.
  // (Browsers may deliver the scroll after the pointerover it caused.)
  window.addEventListener("scroll", function () {
    if (held && (!pointer || document.elementFromPoint(pointer.x, pointer.y) !== held.mark)) hide();
  }, { passive: true });
  var opened = [];
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.tns-plot-numbers:not([open])"), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();`;
