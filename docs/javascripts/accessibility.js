// What axe finds missing in Material's markup: names for the search dialog and the code
// blocks' toolbars, and a landmark for the skip link. Material adds a code block's toolbar
// when the block scrolls into view (content.lazy), so toolbars are named as they appear.
document$.subscribe(function () {
  var skip = document.querySelector('[data-md-component="skip"]');
  if (skip) {
    skip.setAttribute("role", "navigation");
    skip.setAttribute("aria-label", "Skip link");
  }
  var search = document.querySelector(".md-search");
  if (search) search.setAttribute("aria-label", "Search");
});

new MutationObserver(function () {
  var unnamed = document.querySelectorAll(".md-code__nav:not([aria-label])");
  if (!unnamed.length) return;
  var blocks = document.querySelectorAll("pre");
  unnamed.forEach(function (nav) {
    nav.setAttribute("aria-label", "Code block " + (Array.prototype.indexOf.call(blocks, nav.parentNode) + 1));
  });
}).observe(document.body, { childList: true, subtree: true });
