// What axe finds missing in Material's markup: names for the search dialog and the code
// blocks' toolbars, and a landmark for the skip link. Material adds a code block's toolbar
// when the block scrolls into view (content.lazy), so toolbars are named as they appear.
// The names are in the page's language.
var names = {
  en: { skip: "Skip link", search: "Search", code: "Code block " },
  zh: { skip: "跳转链接", search: "搜索", code: "代码块 " },
}[document.documentElement.lang] || { skip: "Skip link", search: "Search", code: "Code block " };

document$.subscribe(function () {
  var skip = document.querySelector('[data-md-component="skip"]');
  if (skip) {
    skip.setAttribute("role", "navigation");
    skip.setAttribute("aria-label", names.skip);
  }
  var search = document.querySelector(".md-search");
  if (search) search.setAttribute("aria-label", names.search);
});

new MutationObserver(function () {
  var unnamed = document.querySelectorAll(".md-code__nav:not([aria-label])");
  if (!unnamed.length) return;
  var blocks = document.querySelectorAll("pre");
  unnamed.forEach(function (nav) {
    nav.setAttribute("aria-label", names.code + (Array.prototype.indexOf.call(blocks, nav.parentNode) + 1));
  });
}).observe(document.body, { childList: true, subtree: true });
