// An admin form is sent once, however often its Save button is clicked: the clicks after the first are ignored
// and the buttons disabled until the next page. The server also saves an add form once (timeline.admin_safety), so
// this spares the editor a second wait, not a duplicate. A page brought back by the Back button can be sent again.
(function () {
  "use strict";

  function sendOnce(form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "true";
      // Disabled after the form is sent: a button disabled now would leave its name (_continue, _addanother) out.
      window.setTimeout(function () {
        submitButtons(form).forEach(function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  }

  function submitButtons(form) {
    return form.querySelectorAll("input[type=submit], button[type=submit]");
  }

  function forms() {
    return document.querySelectorAll("#content-main form[method=post]");
  }

  document.addEventListener("DOMContentLoaded", function () {
    forms().forEach(sendOnce);
  });

  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    forms().forEach(function (form) {
      delete form.dataset.sent;
      submitButtons(form).forEach(function (button) {
        button.disabled = false;
      });
    });
  });
})();
