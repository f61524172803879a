// The admin's autocomplete fields (select2, for a source, an era's or an event's actors) hide their <select> and
// draw their own combobox and search box, which the field's <label> does not name: a screen reader announced an
// empty evidence row's Source as a nameless combobox and the Actors search box as an unlabelled text field. Each
// widget is named by its field's label when select2 draws it, on the page and in every inline row added later.
(function () {
  "use strict";

  function labelId(select) {
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (!label) return null;
    if (!label.id) label.id = select.id + "-label";
    return label.id;
  }

  function nameWidget(container) {
    var select = container.previousElementSibling;
    if (!select || select.tagName !== "SELECT") return;
    var id = labelId(select);
    if (!id) return;
    container.querySelectorAll(".select2-selection--single").forEach(function (combobox) {
      var shown = combobox.querySelector(".select2-selection__rendered");
      combobox.setAttribute("aria-labelledby", shown ? id + " " + shown.id : id);
      if (shown) shown.setAttribute("aria-labelledby", id);
    });
    container.querySelectorAll(".select2-search__field").forEach(function (search) {
      search.setAttribute("aria-labelledby", id);
    });
    // select2 puts a multiple choice's "remove all" × straight into its list of choices, where only items may be. It
    // answers the mouse alone (each choice has its own ×), so it is kept from screen readers rather than read as a list.
    container.querySelectorAll(".select2-selection__rendered > .select2-selection__clear").forEach(function (clear) {
      clear.setAttribute("aria-hidden", "true");
    });
  }

  function nameAll() {
    document.querySelectorAll("select + .select2-container").forEach(nameWidget);
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameAll();
    // select2 draws its widgets after the page is ready, on an added inline row, and again on every choice.
    new MutationObserver(nameAll).observe(document.body, { childList: true, subtree: true });
  });
})();
