// A decision sent back with its form's errors reopens the Suggest page at that form (the address ends in its
// #candidate-N), but the keyboard's focus stayed at the top of the page: a keyboard user had to Tab through every
// candidate before it, and a screen reader said nothing of the error. The focus goes to the first field in error,
// whose message is its description (an autocomplete field's own box, select2 hiding the <select>), or to the note of
// an error of the whole form.
(function () {
  "use strict";

  function whereTheErrorIs() {
    var field = document.querySelector('.candidate [aria-invalid="true"], .look [aria-invalid="true"]');
    if (field && field.classList.contains("select2-hidden-accessible")) {
      return field.parentElement.querySelector(".select2-selection");
    }
    return field || document.querySelector(".candidate .errornote, .look .errornote");
  }

  // select2 draws its boxes when the document is ready: after load, the box to focus is there.
  window.addEventListener("load", function () {
    var target = whereTheErrorIs();
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  });
})();
