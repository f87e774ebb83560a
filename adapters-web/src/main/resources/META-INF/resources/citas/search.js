/* The search page: while the form is being answered, say so (the button waits and a status reads "Buscando…");
   once the answer is shown, focus the results' heading so that screen readers read the count first. */
(function () {
  "use strict";
  function start() {
    var form = document.querySelector("form.search-form");
    if (!form) { return; }
    var status = form.querySelector(".search-progress");
    var button = form.querySelector("button[type=submit]");
    function idle() {
      form.removeAttribute("aria-busy");
      button.disabled = false;
      status.textContent = "";
    }
    form.addEventListener("submit", function () {
      form.setAttribute("aria-busy", "true");
      status.textContent = status.getAttribute("data-searching");
      // after the submission has read the form: a second press would only start the same search again
      setTimeout(function () { button.disabled = true; }, 0);
    });
    // Back to a page kept in the browser's memory must not still say "searching"
    window.addEventListener("pageshow", idle);
    var error = document.querySelector("[aria-invalid='true']");
    var results = document.getElementById("resultsTitle");
    if (error) { error.focus(); } else if (results) { results.focus(); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
