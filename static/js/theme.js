// Runs in <head> before the style sheet, so the page is painted in the right theme from
// the start: the reader's remembered choice, if any (otherwise the CSS follows
// prefers-color-scheme), and the "js" class that shows what only works with JavaScript.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var theme = window.localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  } catch (error) {
    // Storage refused (private mode, blocked cookies): the reader's system setting applies.
  }
})();
