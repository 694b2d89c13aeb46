// Progressive enhancement of /search/: suggestions while typing, and the sort
// and page-size choices apply without pressing Search. Without JavaScript the form works as is.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("q-suggestions");
  if (input && list && window.fetch) {
    var timer = null;
    var latest = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { list.replaceChildren(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(text);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (ticket !== latest) { return; }
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.text;
              return option;
            }));
          })
          .catch(function () { list.replaceChildren(); });
      }, 150);
    });
  }
  // A choice made with the mouse or a finger applies at once. From the keyboard, arrow keys only move
  // through the options (WCAG 3.2.2: no change of context on a change of setting); Enter applies them.
  Array.prototype.forEach.call(document.querySelectorAll("select.auto-submit"), function (select) {
    var byKeyboard = false;
    select.addEventListener("keydown", function (event) {
      byKeyboard = true;
      if (event.key === "Enter") { event.preventDefault(); select.form.requestSubmit(); }
    });
    select.addEventListener("pointerdown", function () { byKeyboard = false; });
    select.addEventListener("change", function () {
      if (!byKeyboard) { select.form.requestSubmit(); }
    });
  });
})();
