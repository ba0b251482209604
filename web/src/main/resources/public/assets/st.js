// Security Targets pages: after htmx puts a result in place, move keyboard and screen-reader focus to its heading;
// when the server refuses a request, say so in the result area instead of failing silently.
document.addEventListener("htmx:afterSwap", function (event) {
  var heading = event.detail.target.querySelector("[data-focus-after-swap]");
  if (heading) {
    heading.focus();
  }
});
document.addEventListener("htmx:responseError", function (event) {
  var target = event.detail.target;
  var message = document.createElement("p");
  message.className = "sev-error";
  message.setAttribute("role", "alert");
  message.textContent = "The server refused the request (HTTP " + event.detail.xhr.status + "). Reload the page and try again.";
  target.replaceChildren(message);
});
document.addEventListener("htmx:sendError", function (event) {
  var message = document.createElement("p");
  message.className = "sev-error";
  message.setAttribute("role", "alert");
  message.textContent = "The server could not be reached. Check your connection and try again.";
  event.detail.target.replaceChildren(message);
});
