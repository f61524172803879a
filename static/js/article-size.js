// The article text of "Add a source from its text": a text larger than the server takes
// (data-max-bytes, counted in UTF-8 as it is sent) is not sent. The editor is told its size
// and the limit (data-too-large), and the text stays in the field.
(function () {
  "use strict";

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1) + " MB";
  }

  function setUp(field) {
    var limit = Number(field.dataset.maxBytes);
    var note = document.createElement("ul");
    note.className = "errorlist";
    note.id = field.id + "-size-error";
    note.hidden = true;
    note.setAttribute("role", "alert");
    // Where the admin puts a field's own errors: above the label and the field.
    var place = field.closest(".flex-container") || field;
    place.parentElement.insertBefore(note, place);
    var row = field.closest(".form-row");

    function tooLarge() {
      var size = new TextEncoder().encode(field.value).length;
      if (size <= limit) {
        note.hidden = true;
        field.removeAttribute("aria-invalid");
        if (row) row.classList.remove("errors");
        return false;
      }
      note.innerHTML = "";
      var item = document.createElement("li");
      item.textContent = field.dataset.tooLarge
        .replace("%(size)s", megabytes(size))
        .replace("%(limit)s", megabytes(limit));
      note.appendChild(item);
      note.hidden = false;
      if (row) row.classList.add("errors");
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", note.id);
      return true;
    }

    field.addEventListener("input", tooLarge);
    field.form.addEventListener("submit", function (event) {
      if (tooLarge()) {
        event.preventDefault();
        field.focus();
      }
    });
  }

  document.querySelectorAll("textarea[data-max-bytes]").forEach(setUp);
})();
