// What axe finds missing in Material's and nbconvert's markup: names for the search dialog
// and the code blocks' toolbars, a landmark for the skip link, and keyboard access to code
// that scrolls sideways in the exercise notebooks. Runs on every page load.
document$.subscribe(function () {
  var skip = document.querySelector('[data-md-component="skip"]');
  if (skip) {
    skip.setAttribute("role", "navigation");
    skip.setAttribute("aria-label", "Skip link");
  }
  document.querySelectorAll(".jupyter-wrapper .highlight-ipynb").forEach(function (code) {
    if (code.scrollWidth > code.clientWidth) code.tabIndex = 0;
  });
  var search = document.querySelector(".md-search");
  if (search) search.setAttribute("aria-label", "Search");
  document.querySelectorAll(".md-code__nav").forEach(function (nav, index) {
    nav.setAttribute("aria-label", "Code block " + (index + 1));
  });
});
