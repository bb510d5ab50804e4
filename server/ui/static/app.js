// postwarden's only script, loaded from /static/ (the CSP allows no inline script). Pages
// work without it; it only adds conveniences.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // The skip link moves keyboard focus to the main content, not just the scroll position.
  var skip = document.querySelector(".skip");
  var main = document.getElementById("main");
  if (skip && main) {
    skip.addEventListener("click", function () { main.focus(); });
  }
  // A challenge form opened from a link to it (#event-...) shows its form at once.
  if (location.hash.indexOf("#event-") === 0) {
    var item = document.getElementById(location.hash.slice(1));
    if (item) { item.scrollIntoView(); }
  }
});
