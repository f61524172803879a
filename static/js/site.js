// Every page of the site: the theme toggle and the "Copy link" buttons (both need JavaScript, so
// they carry the js-only class, hidden until static/js/theme.js runs), the language switch and the
// event page's way back to the timeline.
(function () {
  "use strict";

  var root = document.documentElement;
  var darkScheme = window.matchMedia("(prefers-color-scheme: dark)");

  // Theme: the reader's choice, remembered in localStorage; without one, the system's.
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : darkScheme.matches;
  }

  function showTheme() {
    document.querySelectorAll("[data-theme-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(isDark()));
    });
  }

  function themeChanged() {
    showTheme();
    document.dispatchEvent(new CustomEvent("relations:themechange", { detail: { dark: isDark() } }));
  }

  function chooseTheme(theme) {
    root.dataset.theme = theme;
    try {
      window.localStorage.setItem("theme", theme);
    } catch (error) {
      // Not remembered, but applied to this page.
    }
    themeChanged();
  }

  // Copy link: the button's data-copy-link, or the address of the view on screen.
  function linkOf(button) {
    return button.dataset.copyLink || window.location.origin + window.location.pathname + window.location.search;
  }

  function copyWithSelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "visually-hidden";
    document.body.appendChild(field);
    field.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (error) {
      done = false;
    }
    field.remove();
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  function copyLink(button) {
    var status = button.parentElement.querySelector(".copy-status");
    var link = linkOf(button);
    copy(link).then(
      function () {
        status.textContent = button.dataset.copiedText;
      },
      function () {
        status.textContent = button.dataset.failedText + " " + link;
      }
    );
  }

  // The language switch: the view on screen (htmx may have changed its address since the page came)
  // in the other language, whose addresses differ only in what they start with ("/ru" or nothing).
  function viewIn(link) {
    var from = link.dataset.fromBase;
    var path = window.location.pathname;
    if (from && (path === from || path.indexOf(from + "/") === 0)) path = path.slice(from.length) || "/";
    return link.dataset.toBase + path + window.location.search + window.location.hash;
  }

  function updateLanguageSwitches() {
    document.querySelectorAll("[data-language-switch]").forEach(function (link) {
      link.href = viewIn(link);
    });
  }

  // "← Timeline" on an event page: when the reader came from the timeline, the view they left (its
  // filters, zoom and open event) rather than the whole timeline. The referrer is sent only within
  // the site (Referrer-Policy: strict-origin-when-cross-origin).
  function linkBackToTheViewLeft() {
    if (!document.referrer) return;
    var left = new URL(document.referrer);
    document.querySelectorAll("[data-back-to-view]").forEach(function (link) {
      if (left.origin === link.origin && left.pathname === link.pathname) link.href = left.pathname + left.search;
    });
  }

  document.addEventListener("htmx:pushedIntoHistory", updateLanguageSwitches);
  document.addEventListener("htmx:replacedInHistory", updateLanguageSwitches);
  window.addEventListener("popstate", updateLanguageSwitches);

  document.addEventListener("click", function (event) {
    var switchLink = event.target.closest("[data-language-switch]");
    if (switchLink) switchLink.href = viewIn(switchLink);
    var toggle = event.target.closest("[data-theme-toggle]");
    if (toggle) chooseTheme(isDark() ? "light" : "dark");
    var copyButton = event.target.closest("[data-copy-link]");
    if (copyButton) copyLink(copyButton);
  });

  darkScheme.addEventListener("change", function () {
    if (!root.dataset.theme) themeChanged();
  });

  showTheme();
  linkBackToTheViewLeft();
  window.RelationsTheme = { isDark: isDark };
})();
