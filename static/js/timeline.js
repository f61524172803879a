// The timeline page. Its address holds the whole view (filters, list page, the event open in
// the panel), and the server renders any address in full, so reload, Back and Forward and a
// shared link need nothing from this file. What it does: opens and closes events in the panel
// without reloading, keeps focus where the reader is, closes menus and the panel on Escape,
// and keeps the filter form's error marks in step with htmx's swaps (the menus' counts come with
// the results, out of band).
// The chart (static/js/chart.js) opens an event with RelationsTimeline.openEvent(slug).
(function () {
  "use strict";

  var NARROW = window.matchMedia("(max-width: 959px)");
  var opener = null; // what opened the panel, to give focus back when it closes
  var closingSlug = null;

  function panel() {
    return document.getElementById("panel");
  }

  function openArticle() {
    var current = panel();
    return current ? current.querySelector("[data-event-slug]") : null;
  }

  function listLink(slug) {
    return document.querySelector('#results a[data-event-slug="' + CSS.escape(slug) + '"]');
  }

  // The view on screen with this event open: the address keeps the filters and the list's page.
  function viewWith(slug) {
    var url = new URL(window.location.href);
    url.searchParams.set("event", slug);
    return url.pathname + url.search;
  }

  function rememberOpener(element) {
    if (element && element !== document.body && !panel().contains(element)) opener = element;
  }

  function openEvent(slug) {
    rememberOpener(document.activeElement);
    return htmx.ajax("GET", viewWith(slug), { target: "#panel", swap: "innerHTML" });
  }

  function closePanel() {
    var close = panel() && panel().querySelector("[data-close-panel]");
    if (close) close.click();
  }

  // Back to what opened the panel; if the reader walked on to other events, to the list's
  // link of the last one; failing both, to the list.
  function returnFocus() {
    var target = null;
    var link = closingSlug ? listLink(closingSlug) : null;
    var openerStillFits =
      opener && opener.isConnected && !(opener.dataset.eventSlug && opener.dataset.eventSlug !== closingSlug);
    if (openerStillFits) target = opener;
    else if (link) target = link;
    else if (opener && opener.isConnected) target = opener;
    else target = document.getElementById("results");
    opener = null;
    if (target) target.focus();
  }

  function showOpenEvent() {
    var article = openArticle();
    var slug = article ? article.dataset.eventSlug : "";
    var form = document.getElementById("filters");
    if (form && form.elements.event) form.elements.event.value = slug;
    document.querySelectorAll("#results a[data-event-slug]").forEach(function (link) {
      if (link.dataset.eventSlug === slug) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }

  // Each field's error element sits beside it; htmx replaces the element, the control is marked here.
  function markInvalidFields() {
    document.querySelectorAll("#filters .field-error").forEach(function (error) {
      var control = document.getElementById(error.id.replace(/_error$/, ""));
      if (!control) return;
      var described = (control.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== error.id;
      });
      if (error.hidden) {
        control.removeAttribute("aria-invalid");
      } else {
        control.setAttribute("aria-invalid", "true");
        described.push(error.id);
      }
      if (described.length) control.setAttribute("aria-describedby", described.join(" "));
      else control.removeAttribute("aria-describedby");
    });
  }

  function closeMenu(menu, focusSummary) {
    menu.open = false;
    if (focusSummary) menu.querySelector("summary").focus();
  }

  htmx.on("htmx:beforeRequest", function (event) {
    if (event.detail.target && event.detail.target.id === "panel") rememberOpener(event.detail.elt);
  });

  htmx.on("htmx:beforeSwap", function (event) {
    if (event.detail.target && event.detail.target.id !== "panel") return;
    var article = openArticle();
    closingSlug = article ? article.dataset.eventSlug : null;
  });

  // Focus moves once htmx has settled the panel: only then are its links htmx's, so a reader who
  // presses Escape or Enter at once gets the panel's own behaviour, not a page load.
  function focusPanel() {
    var article = openArticle();
    if (!article) {
      returnFocus();
      return;
    }
    article.querySelector("h2").focus({ preventScroll: true });
    if (NARROW.matches) panel().scrollIntoView({ behavior: "smooth", block: "start" });
  }

  // New results that take away the focused element (another page of the list takes away the link that asked for
  // it, a period narrowed to from the chart its bar, with the chart): the reader goes on from the list's start.
  var focusedBeforeSwap = null;

  function focusResults() {
    var taken = focusedBeforeSwap && focusedBeforeSwap !== document.body && !focusedBeforeSwap.isConnected;
    focusedBeforeSwap = null;
    if (!taken) return;
    var results = document.getElementById("results");
    results.focus({ preventScroll: true });
    results.scrollIntoView({ block: "start" });
  }

  htmx.on("htmx:beforeSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "results") focusedBeforeSwap = document.activeElement;
  });

  htmx.on("htmx:afterSettle", function (event) {
    showOpenEvent();
    markInvalidFields();
    if (event.detail.target && event.detail.target.id === "panel") focusPanel();
    if (event.detail.target && event.detail.target.id === "results") focusResults();
  });

  // An event opened, closed or walked to keeps the chart's zoom (chart.js) in the address htmx pushes.
  htmx.on("htmx:configRequest", function (event) {
    var zoom = new URLSearchParams(window.location.search).get("zoom");
    if (zoom && event.detail.target && event.detail.target.id === "panel") event.detail.parameters.set("zoom", zoom);
  });

  // Filters: leave empty fields out of the request, so shared addresses stay short.
  htmx.on("htmx:configRequest", function (event) {
    var form = event.detail.elt;
    if (!form || form.id !== "filters") return;
    var parameters = event.detail.parameters;
    Array.from(new Set(parameters.keys())).forEach(function (name) {
      if (parameters.getAll(name).every(function (value) { return value === ""; })) parameters.delete(name);
    });
    // Typing a search sends it after a pause; leaving the field then fires "change" with the same
    // filters, whose request would push the same address again and make Back seem to do nothing.
    if (isCurrentView(event.detail.path, parameters)) event.preventDefault();
  });

  function isCurrentView(path, parameters) {
    var query = new URLSearchParams();
    Array.from(new Set(parameters.keys())).forEach(function (name) {
      parameters.getAll(name).forEach(function (value) { query.append(name, value); });
    });
    var here = new URLSearchParams(window.location.search);
    return new URL(path, window.location.href).pathname === window.location.pathname &&
      query.toString() === here.toString();
  }

  // Menus: one open at a time; a click or focus outside closes them, Escape closes the one in use.
  document.addEventListener(
    "toggle",
    function (event) {
      var opened = event.target;
      if (!opened.matches || !opened.matches(".choice-menu") || !opened.open) return;
      document.querySelectorAll(".choice-menu[open]").forEach(function (menu) {
        if (menu !== opened) closeMenu(menu, false);
      });
    },
    true
  );

  document.addEventListener("click", function (event) {
    document.querySelectorAll(".choice-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) closeMenu(menu, false);
    });
  });

  document.addEventListener("focusin", function (event) {
    document.querySelectorAll(".choice-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) closeMenu(menu, false);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    var disclosure = event.target.closest && event.target.closest("details[open]");
    var menu = disclosure || document.querySelector(".choice-menu[open]");
    if (menu) {
      event.preventDefault();
      closeMenu(menu, true);
    } else if (openArticle()) {
      event.preventDefault();
      closePanel();
    }
  });

  window.RelationsTimeline = { openEvent: openEvent };
})();

