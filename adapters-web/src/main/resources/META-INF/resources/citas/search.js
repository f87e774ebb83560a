/* The search page: while the form is being answered, say so (the button waits and a status reads "Buscando…");
   once the answer is shown, focus the results' heading so that screen readers read the count first. */
(function () {
  "use strict";
  function start() {
    var form = document.querySelector("form.search-form");
    if (!form) { return; }
    var status = form.querySelector(".search-progress");
    var button = form.querySelector("button[type=submit]");
    // Back and reload must show the choices of the results below them, not what was picked before leaving: the
    // browser may restore the selects it remembers, so each takes back the option the server marked as chosen
    function idle() {
      form.removeAttribute("aria-busy");
      button.disabled = false;
      status.textContent = "";
      var selects = form.querySelectorAll("select");
      for (var i = 0; i < selects.length; i++) {
        var chosen = 0;
        for (var j = 0; j < selects[i].options.length; j++) {
          if (selects[i].options[j].defaultSelected) { chosen = j; }
        }
        selects[i].selectedIndex = chosen;
      }
    }
    form.addEventListener("submit", function () {
      form.setAttribute("aria-busy", "true");
      status.textContent = status.getAttribute("data-searching");
      // after the submission has read the form: a second press would only start the same search again
      setTimeout(function () { button.disabled = true; }, 0);
    });
    // also when Back shows a page kept in the browser's memory, which would still say "searching"
    window.addEventListener("pageshow", idle);
    var error = document.querySelector("[aria-invalid='true']");
    var results = document.getElementById("resultsTitle");
    if (error) { error.focus(); } else if (results) { results.focus(); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
